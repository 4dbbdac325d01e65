"""Round 10 date rules: a month's start, middle or end; anaphoric ``сол жылы``, ``сол күні``; a
range of days in one month; and two sentence checks moved from dates.py (a recurring day, a season
inheriting a named year).

- ``наурыздың соңында``, ``мамыр айының басында``, ``қаңтардың ортасына дейін``: the month itself
  (as a year's edge is the year and a century's start the century); every case form of the edge
  word is taken (``соңы, соңында, соңына, соңынан, соңындағы``);
- ``сол жылы`` 'that year', ``сол күні`` 'that day' point back at a date named earlier in the same
  paragraph: they take its year or day, and are no date when there is none (a single sentence);
  ``бұл жылы`` is 'this year' in news, but in a text with no publication date (narrative prose,
  an encyclopedia) it points back the same way.
"""

from __future__ import annotations

import calendar
import dataclasses
import re

from ..doc import DateMention
from . import date_context as ctx
from . import grammar as g
from .data.months import CITY_MONTHS, SEASON_SENSE_MONTHS
from .date_parts import (
    _SEASON_CODES,
    _SHIFT_WORDS,
    ANY_YEAR,
    MONTH_NAME,
    MONTH_STEM,
    L,
    _century_value,
    _parts,
)
from .numbers import NUMBER_WORDS, number_value
from .resolve import Parts
from .tense import Lookup, verb_tense

# The edge words of a period, in any case form: басы 'start', ортасы 'middle', соңы / аяғы 'end'; session 6:
# a half, the value still the period (``наурыздың 1 - жартысында`` -> March, test22; as test9's centuries).
_HALF = "(?:бірінші|екінші|[12](?:[ \\t]*-[ \\t]*|-?)(?:ші|нші|інші)?)[ \\t]*-?[ \\t]*жарты"
EDGE = f"(?:бас{g.SP}кез[{L}]*|(?:бас|ортас|соң|аяғ|{_HALF}с)ы(?:н|на|нда|нан|ндағы|ның)?(?:{g.SP}кез[{L}]*)?)(?![{L}])"
MONTH_EDGE = (
    f"(?:{ANY_YEAR}{g.SP})?(?P<month>{MONTH_STEM}(?:[ыі]?ның|[ыі]?нің|дың|дің|тың|тің)"
    f"|{MONTH_NAME}(?={g.SP}айының))(?:{g.SP}(?P<ai>айының))?{g.SP}(?P<edge>{EDGE})"
)


_EDGE_RE = re.compile(MONTH_EDGE)
_SEASON_SENSE = tuple(w for w, _ in SEASON_SENSE_MONTHS)
_CITIES = tuple(c for c, _ in CITY_MONTHS)


def month_edge(m: re.Match[str]) -> Parts | None:
    """``наурыздың соңында``, ``мамыр айының басында``: the month (the tense rule may move a year-less one)."""
    word = m.group("month").lower()
    if word.startswith(_SEASON_SENSE) and not m.group("ai"):
        return None  # маусымның соңында: also a (sports) season's end; June needs айының
    if not m.group("month").islower() and word.startswith(_CITIES):
        return None  # Қазанның ортасында: the city
    lower = _EDGE_RE.match(m.string.lower(), m.start())
    p = _parts(m) or (_parts(lower) if lower else None)  # Наурыздың соңында
    if p is None or p.month is None:
        return None
    return Parts(year=p.year, year_shift=p.year_shift, month=p.month)


ANAPHOR = f"(?P<ana>[Сс]ол|[Бб]ұл|[Оо]сы){g.SP}(?P<unit>жыл(?:ы|ғы|дың|дағы|да)|күн(?:і|гі|дің)?)(?![{L}])"


def anaphor(m: re.Match[str]) -> Parts | None:
    """``сол жылы``, ``сол күні``, ``бұл жылы``; ``осы күні`` too since session 14 (four annotators of news-test46
    … news-test58 give it the day named before): resolved in :func:`antecedent`. ``бұл күні`` is none (two read
    parts leave it out), nor is ``осы күн`` in the nominative (``дәл осы күн Конституция күні болып``)."""
    unit = "year" if m.group("unit").lower().startswith("жыл") else "day"
    ana = m.group("ana").lower()
    if ana == "осы" and (unit == "year" or m.group("unit").lower() == "күн"):
        return None  # осы жылы: the relative year rule's
    if ana == "бұл" and unit == "day":
        return None
    return Parts(anaphor=unit)


_YEAR_OWNER = re.compile(r"(\d{4})[ \t]+жылдың[ \t]+(?:дәл[ \t]+)?$")


def _search_from(parts: Parts, text: str, start: int) -> int:
    """Where an anaphor's antecedent may lie: its paragraph; for a day (``осы күні``) the last 400 characters,
    across wrapped lines and short paragraphs (session 15: news-test46's KASE reports, news-test63)."""
    return max(0, start - 400) if parts.anaphor == "day" else text.rfind("\n", 0, start)


def antecedent(parts: Parts, text: str, start: int, found: list[DateMention], published) -> Parts | None:
    """parts (Parts): a match; text (str); start (int); found (list): dates before it; published -> parts or None.

    ``сол жылы`` takes the year of the last date in its paragraph that names one; ``сол күні`` the
    last day; with none, no date. ``бұл жылы`` does so only in a text with no publication date.
    """
    if parts.anaphor is None:
        return parts
    this = text[start : start + 3].lower() == "бұл"
    if this and published is not None and parts.anaphor == "year":
        return Parts(year_shift=0)  # бұл жылы: this year, in news
    para = _search_from(parts, text, start)
    for d in reversed(found):
        if d.start < para:
            break
        if parts.anaphor == "year" and d.value[:4].isdigit() and d.granularity in ("year", "month", "day"):
            return Parts(year=int(d.value[:4]))
        if (
            parts.anaphor == "day"
            and d.granularity == "day"
            and re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\d", d.value)
        ):
            y, mo, da = d.value.split("-")
            if (owner := _YEAR_OWNER.search(text, max(0, start - 20), start)) is not None:
                y = owner.group(1)  # 1990 жылдың дәл осы күні: that day of the year named (session 15)
            if y == "XXXX":  # Тамыз айының соңғы күнінде ... Осы күні: a day that comes every year
                return Parts(month=int(mo), day=int(da), recurring=True)
            return Parts(year=int(y), month=int(mo), day=int(da))
    return Parts(year_shift=0) if this and parts.anaphor == "year" else None


def without_anaphor(parts: Parts) -> Parts:
    """parts (Parts) -> the same parts with the marker cleared."""
    return dataclasses.replace(parts, anaphor=None)


# Two days of one month, from ... to: ``қарашаның 1-інен 15-іне дейін`` (1–15 November), also with a
# dash (round 12: ``қыркүйектің 25-і — 26-сына дейін``).
# A day said in digits (``5-і``) or in words with its ending (``бесі``, ``жиырма алтысына``; round 14).
DAY_FORM = f"\\d{{1,2}}-[{L}]{{0,4}}|(?:{NUMBER_WORDS})[{L}]{{0,4}}"
# Session 32: the month with ``айының`` (``мамыр айының 10-нен 15-не дейінгі мерзімде``, news-test314).
MONTH_DAYS_TO = (
    f"(?:{ANY_YEAR}{g.SP})?(?P<month>{MONTH_STEM}(?:[ыі]?ның|[ыі]?нің|дың|дің|тың|тің|{g.SP}айының)){g.SP}"
    f"(?P<day>{DAY_FORM})(?:(?:нан|нен|дан|ден|тан|тен){g.SP}|[ \\t]*[-–—][ \\t]*)"
    f"(?P<day2>{DAY_FORM})(?:ға|ге|қа|ке|на|не){g.SP}дейін(?:гі)?"
)


# Round 13: ``Наурыздың 5-і мен 14-і аралығында`` (two days of one month, joined before ``аралығында``).
MONTH_DAYS_BETWEEN = (
    f"(?:{ANY_YEAR}{g.SP})?(?P<month>{MONTH_STEM}(?:[ыі]?ның|[ыі]?нің|дың|дің|тың|тің)){g.SP}"
    f"(?P<day>{DAY_FORM}|\\d{{1,2}}){g.SP}(?:мен|бен|пен){g.SP}(?P<day2>{DAY_FORM}|\\d{{1,2}})"
    f"(?:(?:{g.SP}күндер[{L}]*)?{g.SP}аралығ[{L}]*|{g.SP}күндер[{L}]*)"
    # session 5: bare digits too, ``қыркүйектің 17 мен 23 аралығында``; session 33: ``күндері`` alone closes it too
    # (``Сәуірдің 27-і мен 28-і күндері``, news-test246)
)


def month_days_to(m: re.Match[str]) -> Parts | None:
    """``қарашаның 1-інен 15-іне дейін``: a range of days in one month."""
    p = _parts(m)
    d2 = number_value(m.group("day2")) or 0
    if p is None or p.day is None or not p.day < d2 <= 31:
        return None
    return Parts(year=p.year, year_shift=p.year_shift, month=p.month, day=p.day, day2=d2)


def yearly(parts: Parts, text: str, start: int, end: int, lookup: Lookup | None) -> bool:
    """A weekday with a word of frequency (``Жексенбі күні жол апаты жиілеп``), or a year-less day after
    a feast's name with a present-future verb (``Жаңа жыл наурыздың жиырма бірінде кіреді``), recurs."""
    if parts.weekday is not None and not parts.week_shift and ctx.frequent(text, start, end):
        return True
    if parts.day is None or parts.month is None or parts.year is not None or parts.year_shift is not None:
        return False
    return ctx.feast_before(text, start) and lookup is not None and verb_tense(text, end, lookup) == "future"


def inherit_year(parts: Parts, mention: str, year: str | None) -> Parts:
    """``Өткен жылы осы көктемнің``: a season said with осы (or bare) after a dated year in the sentence is that year's."""
    if year is None or parts.season is None or parts.year is not None or parts.year_shift != 0:
        return parts
    if not mention.lower().startswith(("осы",) + tuple(_SEASON_CODES)):
        return parts
    return dataclasses.replace(parts, year=int(year), year_shift=None)


def sentence_year(parts: Parts, year: int | None) -> Parts:
    """``2020 жылы 15 маусымға дейін ... немесе 15 қыркүйекке дейін``: a year-less day or month after a date that
    names its year in the same sentence is that year's (session 15, news-test61, undated texts; session 17,
    news-test88, dated ones: ``ITIA 14 наурыз 2024 жылы ... , 16 наурыздан бастап уақытша шеттетті``)."""
    if year is None or parts.month is None or parts.year is not None or parts.year_shift is not None:
        return parts
    if parts.shift is not None or parts.weekday is not None:
        return parts
    return dataclasses.replace(parts, year=year)


# a comparison with the year before: ``өткен жылмен (салыстырғанда)``, ``бір жыл бұрынғы көрсеткіштен``
_COMPARED = re.compile("(?:мен|пен|бен)$|бұрынғы$", re.I)
_THAN = re.compile(
    f"{g.SP}(?:[{L}-]+{g.SP})?[{L}-]+(?:дан|ден|тан|тен|нан|нен)(?![{L}])|{g.SP}салыстыр", re.I
)


def year_before(parts: Parts, year: int | None, text: str, start: int, end: int) -> Parts:
    """``2024 жылы ... көрсеткіш өткен жылмен салыстырғанда 45 пайызға артып``: a bare year one before now, compared
    with, after a year (or a range of it) the sentence names is the year before that one, not before the
    publication's (session 18: 3 of 3 in the read news parts, dated articles of January on the year past; undated
    texts leave it undated; ``2017-нші жылы ..., ал былтыр`` in facts_dev stays last year)."""
    mention = text[start:end]
    if not _COMPARED.search(mention) or (mention.lower().endswith("бұрынғы") and not _THAN.match(text, end)):
        return parts
    bare = parts.month is None and parts.day is None and parts.season is None and parts.half is None
    bare = bare and parts.quarter is None and parts.year is None
    before = (parts.year_shift == -1 and parts.shift is None) or (
        parts.shift == ("year", -1) and parts.shift2 is None
    )
    return Parts(year=year - 1) if year is not None and bare and before else parts


# A day of a month named by a shift word: ``осы айдың 20-сы күні``, ``өткен айдың 5-інде``; without
# one, a day of a month not named (``айдың 24-інде`` -> ``XXXX-XX-24``).
REL_MONTH_DAY = (
    f"(?:(?P<shift>осы|өткен|келесі|келер|ағымдағы|үстіміздегі){g.SP})?айдың{g.SP}"
    f"(?P<day>\\d{{1,2}}-[{L}]{{1,6}}|{NUMBER_WORDS}(?:сы|сі|ы|і)[{L}]*)(?:{g.SP}күн[{L}]*)?"
)


def relative_month_day(m: re.Match[str]) -> Parts | None:
    """``осы айдың 20-сы күні``: that day of this (last, next) month."""
    day = number_value(m.group("day").split("-")[0])
    if not day or not 1 <= day <= 31:
        return None
    if m.group("shift") is None:
        if _COUNTED.search(m.string, max(0, m.start() - 30), m.start()):
            return None  # жыл 12 айдың 8-інде жұмыс істейді: 8 of the 12 months, no day (session 10, news-test13)
        return Parts(day=day)
    return Parts(shift=("month", _SHIFT_WORDS[m.group("shift").lower()]), day=day)


_COUNTED = re.compile(f"(?<![{L}])(?:\\d+|{NUMBER_WORDS})[ \\t]+$", re.I)


# A year said in words in the locative, without ``жыл``: ``екі мың он жетіде ... азайған`` (2017).
# Round 14: in digits, after a year named with ``жыл`` in the same sentence (``2016-ншы жылы ..., 2017-де``).
WORD_YEAR = (
    f"(?P<year>(?:екі{g.SP}мың|мың{g.SP}тоғыз{g.SP}жүз){g.SP}{NUMBER_WORDS}?)(?:де|да|те|та)(?![{L}])"
    f"|(?P<dyear>(?:19|20)\\d\\d)-(?:де|да|те|та)(?![{L}])"
)
_YEAR_BEFORE = re.compile(f"\\d{{4}}[ \\t-]*(?:[{L}]{{1,6}}[ \\t]+)?жыл[{L}]*[^.!?]*$", re.I)


def word_year(m: re.Match[str]) -> Parts | None:
    """``екі мың он жетіде``: a year of 1950-2049 said in words in the locative (or in digits after a year)."""
    if m.group("dyear"):
        before = _YEAR_BEFORE.search(m.string, max(0, m.start() - 150), m.start())
        year = int(m.group("dyear"))
        return Parts(year=year) if before and abs(int(before.group()[:4]) - year) <= 10 else None
    year = number_value(m.group("year"))
    return Parts(year=year) if year and 1950 <= year <= 2049 else None


# The first of two listed centuries or years that share one plural word: ``19-ыншы, 20-сыншы
# ғасырларда`` (18, 19), ``XVIII және XIX ғасырлар``, ``1995, 1996 жылдары``; session 6: any of more
# (``1970, 1975, 1980 жылдары``), the last one a year, not a decade (``_decade``).
_CENT = f"(?:{g.ROMAN}|\\d{{1,2}}-?[{L}]{{0,7}}|{NUMBER_WORDS})"
_AND = "[ \\t]*(?:,|және|мен|бен|пен)[ \\t]*"
LISTED = (
    f"(?P<cent>{_CENT})(?={_AND}{_CENT}[ \\t-]+ғасырлар)"
    # years listed before one year word, plural or singular (session 21: ``2011, 2012, ... 2018 жылы туған балалар``,
    # ``1983 және 1956 жылы туған``: 11 of 11 such in the read news parts marked)
    f"|(?P<year>\\d{{4}})(?=(?:{_AND}\\d{{4}})+[ \\t-]*(?:-?[{L}]{{1,7}}[ \\t]*)?(?:жылдар|жж?\\.|жыл(?:ы|ғы)(?![{L}])))"
    # a range of years before another (``2009-2011 және 2012-2016 жылдарға``; session 20: 3 of 3 in the read news parts)
    f"|(?P<from>\\d{{4}})[ \\t]*{g.DASH}[ \\t]*(?P<to>\\d{{4}})"
    f"(?=(?:{_AND}\\d{{4}}[ \\t]*{g.DASH}[ \\t]*\\d{{4}})+[ \\t-]*(?:жылдар|жж?\\.))"
)


_COUNT_AFTER_YEAR = re.compile(f"жыл[{L}]*[ \\t]*{g.DASH}[ \\t]*$", re.I)


def listed(m: re.Match[str]) -> Parts | None:
    """``19-ыншы, 20-сыншы ғасырларда``: the first one (the second is read by its own rule)."""
    if m.group("from"):
        a, b = int(m.group("from")), int(m.group("to"))
        return Parts(year=a, year2=b) if 1000 <= a < b <= 2200 else None
    if m.group("year"):
        y = int(m.group("year"))
        if _COUNT_AFTER_YEAR.search(m.string, 0, m.start()):
            return (
                None  # 2010 жылы — 1123, 2011 жылы — 1150: a count for each year (session 34, news-test336)
            )
        return Parts(year=y) if 1000 <= y <= 2200 else None
    value = _century_value(m.group("cent"))
    return Parts(century=value - 1) if value and 1 <= value <= 22 else None


# A day with no month after ``күні``, in the locative: ``Кетер күні он бірінде`` (the 11th).
DAY_AFTER_KUNI = f"(?<=күні )(?P<day>{NUMBER_WORDS}|\\d{{1,2}}-)(?:сы|сі|ы|і)(?:нда|нде)(?![{L}])"


def day_after_kuni(m: re.Match[str]) -> Parts | None:
    """``Кетер күні он бірінде``: a day of an unnamed month (``XXXX-XX-11``)."""
    day = number_value(m.group("day").rstrip("-"))
    return Parts(day=day) if day and 2 <= day <= 31 else None


# A clock time in words with no ``сағат``: ``Он жеті қырық екіде`` (17:42); the minutes start with a
# tens word and carry the locative.
_UNIT = "(?:бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз)"
_TENS = "(?:он|жиырма|отыз|қырық|елу)"
WORD_CLOCK = (
    f"(?P<h>(?:он|жиырма)(?:{g.SP}{_UNIT})?|{_UNIT}){g.SP}"
    f"(?P<min>{_TENS}(?:{g.SP}{_UNIT})?)(?:да|де|та|те)(?![{L}])"
)


def word_clock(m: re.Match[str]) -> Parts | None:
    """``Он жеті қырық екіде``: 17:42."""
    hour = number_value(m.group("h").lower())
    minute = number_value(m.group("min").lower())
    if hour is None or minute is None or not (0 <= hour <= 23 and 10 <= minute <= 59):
        return None
    return Parts(hour=hour, minute=minute)


def decade_century(parts: Parts, mention: str, start: int, text: str, found: list[DateMention]) -> Parts:
    """parts (Parts); mention (str); start (int); text (str); found (list) -> parts: a decade said short
    (``жетпісінші жылдардың``) takes the century of the last four-digit year before it in its paragraph."""
    if parts.decade is None or parts.decade2 is not None or parts.year_shift is not None:
        return parts
    if re.search(r"\d{3}|ғасыр", mention, re.I):
        return parts
    para = _search_from(parts, text, start)
    for d in reversed(found):
        if d.start < para:
            break
        if re.match(r"\d{4}", d.value) and d.granularity in ("year", "month", "day", "range"):
            return dataclasses.replace(parts, decade=int(d.value[:2]) * 10 + parts.decade % 10)
    return parts


_YEAR_START_TOO = re.compile(
    f"(?:([^ \\t.!?]+)[ \\t]+)?{g.B}жыл(?:дың)?{g.SP}бас(?:ында|ынан|ы)(?![{L}])[^.!?]*$", re.I
)


_YEAR_END_AFTER = re.compile(f"[^.!?]*?{g.B}жыл(?:дың)?{g.SP}(?:аяғ|соң)", re.I)


def _bare_year_start(before: str) -> bool:
    """A bare ``жыл басында`` (no year number or shift word before it) ends the text ``before``."""
    m = _YEAR_START_TOO.search(before)
    prev = (m.group(1) or "").lower() if m else ""
    return (
        m is not None
        and not any(c.isdigit() for c in prev)
        and number_value(prev) is None
        and prev not in _SHIFT_WORDS
    )


def this_month_edge(m: re.Match[str]) -> Parts | None:
    """``ай соңына дейін``, ``осы айдың аяғында``: the month of publication, unless a word before ``ай`` names
    another month (``наурыз айының соңы`` is the month rule's) or a count (``үш ай``: a duration)."""
    before = m.string[max(0, m.start() - 30) : m.start()].split()[-1:]
    if (
        not m.groupdict().get("mshift")
        and before
        and (number_value(before[0].lower()) is not None or before[0].lower() in _EVERY_OR_LAST)
    ):
        return None
    return Parts(shift=("month", 0))


def week_edge(m: re.Match[str]) -> Parts:
    """``Аптаның басында``, ``апта соңына дейін``: this week; ``Жаңа аптаның басында``, ``келесі аптаның соңына``: the
    next; ``өткен аптаның соңында``: the last."""
    rel = (m.group("rel") or "").lower()
    return Parts(shift=("week", 1 if rel == "жаңа" else _SHIFT_WORDS.get(rel, 0)))


_EVERY_OR_LAST = ("әр", "әрбір", "соңғы")  # әр ай соңында, соңғы ай соңында: no one month


def this_half(m: re.Match[str]) -> Parts:
    """``биылғы жарты жылдың ішінде`` 'in this year's half': the first half of the year of publication."""
    return Parts(year_shift=0, half=1)


def year_edge(m: re.Match[str]) -> Parts | None:
    """``жыл соңына``: the year; a bare one is this year unless its verb says otherwise (edge month 12)."""
    if "жылдар" in (m.groupdict().get("yword") or "").lower():
        return None  # 50-інші жылдардың аяғы: the decade's end (the decade rule), not the year 1950
    p = _parts(m)
    if p is None:
        return None
    if p.year is None and p.year_shift is None:  # Жыл соңына дейін ... болды: the tense rule may move it
        if _bare_year_start(m.string[max(0, m.start() - 80) : m.start()]):
            return None  # жыл басында күшейеді де, жыл аяғына қарай әлсірейді: the year's start and end set against each other, a habit
        if "бас" in m.group().lower():
            if _YEAR_END_AFTER.match(m.string, m.end()):
                return None  # the same habit seen from its start
            return Parts(edge=1)  # жыл басында: January for the tense rule
        return Parts(edge=6 if "орта" in m.group().lower() else 12)  # жыл ортасына: June
    return Parts(year=p.year, year_shift=p.year_shift)


# The edge of a school year stays that school year (``2025-2026 оқу жылының басына дейін``: 2025/2026).
SCHOOL_EDGE = f"(?:басы|соңы|аяғы|ортасы)[{L}]*"
_SCHOOL_SHIFTS = {
    "биылғы": 0,
    "осы": 0,
    "ағымдағы": 0,
    "үстіміздегі": 0,
    "жаңа": 0,
    "былтырғы": -1,
    "өткен": -1,
    "келесі": 1,
    "келер": 1,
    "алдағы": 1,
}
# A school year said relative to the publication (``Былтырғы оқу жылында``, ``жаңа оқу жылына``), or its edge
# with no word before (``оқу жылының басында``: the current one). ``әр оқу жылы`` is a set, no date.
SCHOOL_YEAR = (
    f"(?<![әӘ]р[ \\t])(?:(?P<school>{g.alt(_SCHOOL_SHIFTS)})(?:{g.SP}жаңа)?{g.SP}оқу{g.SP}"
    f"жыл(?:ы|ында|ына|ының|ынан|ындағы|ымен)?(?![{L}])(?:{g.SP}{SCHOOL_EDGE})?"
    f"|оқу{g.SP}жылының{g.SP}{SCHOOL_EDGE})"
)


_APPROACHING = ("жақында", "қарсаңында")  # жақындаған 'approaching', қарсаңында 'on the eve of'


def school_year(m: re.Match[str]) -> Parts | None:
    """``Биылғы оқу жылында``, ``жаңа оқу жылына``, ``оқу жылының басында``: a school year, September to May,
    as a range of its two years. The current one (``жаңа`` 'new' too) is the one that begins in September of
    the publication year when the article appears from August on, the one begun the year before otherwise
    (``биылғы жаңа оқу жылынан бастап ... берілген``, June 2021: 2020/2021; session 13, news-test26, news-test30)."""
    if m.group().lower().startswith("жаңа") and m.group().lower().endswith("жылы"):
        nxt = g.NEXT_WORD.match(m.string, m.end())
        if not (nxt and nxt.group(1).lower().startswith(_APPROACHING)):
            return None  # Жаңа оқу жылы ... басталды, жаңа оқу жылы басталғанда: 'a new school year', any (facts_dev)
        # Жаңа оқу жылы жақындаған сайын, жаңа оқу жылы қарсаңында: the coming one (session 33: 3 of 3 in the read
        # dated news parts)
    school = (m.group("school") or "").lower()
    if (
        school == "жаңа"
    ):  # the new school year said before August is the one to come (session 14, news-test55)
        return Parts(school_year=0, tense="future")
    return Parts(school_year=_SCHOOL_SHIFTS.get(school, 0))


# The first months of a year counted as a span (``2019 жылдың 9 айында``, ``Осы жылдың 10 айында``, ``Биылғы 10
# айда``): January to the month counted, as a range; ``N айлық`` 'N months long' and ``N ай бойы`` are spans of
# time, no date (session 13: news-test35, and the same reading by two more annotators of fresh parts).
MONTHS_INTO_YEAR = (
    f"{ANY_YEAR}{g.SP}(?:(?:алғашқы|бірінші|алғашқа)[ \\t]+)?(?P<count>\\d{{1,2}}|{NUMBER_WORDS}){g.SP}"
    f"ай(?:ы|ында|ының|да|ындағы|дағы|дың|ымен|ынан)?(?![{L}])"  # 2025 жылдың алғашқы екі айында (session 15)
    # ``Өткен жылдың 9 айымен салыстырғанда`` 'compared with last year's nine months' (session 32, news-test309)
    f"(?![ \\t]+бойы)"
)


# ... or its results (``Биыл 9 айдың қорытындысы бойынша``; session 18)
_WITHIN = re.compile(f"(?<=айдың){g.SP}(?:ішінде(?![{L}])|қорытынды)", re.I)


def months_into_year(m: re.Match[str]) -> Parts | None:
    """``2019 жылдың 9 айында``: the year's first nine months, ``2019-01/2019-09``."""
    n = number_value(m.group("count"))
    p = _parts(m)
    # twelve too: ``2015 жылдың 12 айымен`` is the range 2015-01/2015-12 (session 35)
    if p is None or n is None or not 2 <= n <= 12:
        return None
    yword = (m.groupdict().get("yword") or m.groupdict().get("relyear") or "").lower()
    bare = yword in ("биыл", "былтыр") and (
        m.group().lower().endswith(("айда", "айында")) or _WITHIN.match(m.string, m.end()) is not None
    )  # Биыл 6 айдың ішінде, Биыл 9 айда: this year's first months (session 14, news-test46)
    if not (yword.endswith(("дың", "ғы", "гі")) or bare):
        return None  # 2019 жылы 9 ай ...: a count of months in that year, not its first ones
    return Parts(year=p.year, year_shift=p.year_shift, month=1, month2=n)


# A ten-day part of a month (``қарашаның екінші онкүндігінен бастап``: 11-20 November), the way farm and weather
# news date its work (session 13, news-test37).
_DEKADS = {"бірінші": 1, "алғашқы": 1, "екінші": 2, "үшінші": 3, "соңғы": 3}
# a month owning a part of it, a year perhaps before: ``қарашаның``, ``2025 жылғы тамыз айының``
_MONTH_OWNER = (
    f"(?:{ANY_YEAR}{g.SP})?(?P<month>{MONTH_STEM}(?:[ыі]?ның|[ыі]?нің|дың|дің|тың|тің)|{MONTH_NAME}(?={g.SP}айының))"
    f"(?:{g.SP}(?P<ai>айының))?{g.SP}"
)
MONTH_DEKAD = f"{_MONTH_OWNER}(?P<dekad>{g.alt(_DEKADS)}){g.SP}он[ \\t-]?күнді[кг][{L}]*"


# A month's last day (``Тамыз айының соңғы күнінде``: 31 August, the miners' day; session 14, news-test48); the
# plural ``соңғы күндері`` 'its last days' is no one day.
MONTH_LAST_DAY = f"{_MONTH_OWNER}(?P<which>соңғы|алғашқы|бірінші){g.SP}күн(?:і|інде|іне|ін|інен)(?![{L}])"


def month_last_day(m: re.Match[str]) -> Parts | None:
    """``Тамыз айының соңғы күнінде``: the month's last day; ``шілденің алғашқы күні``: its first (session 16)."""
    p = _parts(m)
    if p is None or p.month is None:
        return None
    if m.group("which").lower() != "соңғы":
        return Parts(year=p.year, year_shift=p.year_shift, month=p.month, day=1)
    day = calendar.monthrange(2000, p.month)[1]  # a leap year's; resolve() fits February to its year
    return Parts(year=p.year, year_shift=p.year_shift, month=p.month, day=day, last_day=True)


def month_dekad(m: re.Match[str]) -> Parts | None:
    """``қарашаның екінші онкүндігінен``: days 11 to 20 of November; the third runs to the month's last day."""
    p = _parts(m)
    if p is None or p.month is None:
        return None
    k = _DEKADS[m.group("dekad").lower()]
    last = calendar.monthrange(2000, p.month)[1]  # a leap year's length; resolve() fits it to the year
    return Parts(
        year=p.year, year_shift=p.year_shift, month=p.month, day=10 * k - 9, day2=last if k == 3 else 10 * k
    )


# ``2023 жылдың 9 айында ..., 2024 жылдың осы мерзімінде``, ``2022 жылдың төртінші тоқсанында ... 2021 жылдың сәйкес
# кезеңімен``: a year's "same period" is the period a date before named, in that year (session 32, news-test313; 3 of
# 3 such in the read news parts)
_SAME_PERIOD = re.compile(
    f"[ \\t]+(?:дәл[ \\t]+)?(?:осы|сәйкес|ұқсас|тиісті)[ \\t]+(?P<noun>кезең|мерзім|тоқсан)[{L}]*", re.I
)
_PERIOD_YEAR = re.compile("(?<![0-9])(\\d{4})(?=-)")
_DAY_SPAN = re.compile("-\\d\\d-\\d\\d")  # a value with days in it


def same_period(text: str, found: list[DateMention]) -> list[DateMention]:
    """text; found (the mentions, in order) -> the same, a bare year before ``осы/сәйкес кезеңі`` (or ``ұқсас
    тоқсаны``) taking the period of the nearest date up to 1,000 characters before it that names part of one year
    (a quarter, a month, a span of months), with its own year; the span grows to the period's word."""
    out = list(found)
    for i, m in enumerate(found):
        tail = _SAME_PERIOD.match(text, m.end)
        if tail is None or m.granularity != "year" or not m.value.isdigit():
            continue
        quarter = tail.group("noun").lower() == "тоқсан"
        for p in reversed(out[:i]):
            if m.start - p.end > 1000:
                break
            years = set(_PERIOD_YEAR.findall(p.value))
            fits = ("-Q" in p.value) if quarter else (p.granularity in ("month", "range") or "-Q" in p.value)
            if len(years) == 1 and fits and "T" not in p.value and p.value.count("-") <= 3:
                if p.granularity == "range" and _DAY_SPAN.search(p.value):
                    break  # a span of days, no period of the year
                value = _PERIOD_YEAR.sub(m.value, p.value)
                out[i] = DateMention(m.start, tail.end(), text[m.start : tail.end()], value, p.granularity)
                break
    return out
