"""Session 5: dates of written prose (encyclopedias, biographies) that the news rules misread.

- a bracket that holds only a day (and month) right after a day restates it in the other calendar
  (Old Style / New Style: ``10 (23) – 25 сәуір (8 мамыр)``): the day written first is the value;
- a biography line may open with a range of years and no year word (``1965 – 67 Қазақстан ҒА-ның
  ...``), as it opens with a single year (``date_wiki.opening_year``);
- a month in the nominative before a year (``қаңтар 2012 жылдары``): that month of that year;
- a bare year right before the verb that ends its clause (``кафедрасы 1996 ашылды``), a periodical's
  year before its issue (``«Жұлдыз», 1992, № 2``: date_context.py), three-digit years before
  ``жылы/жылғы`` (date_parts.py);
- ``шілде`` after ``кіші, үлкен, қысқы`` is the folk calendar's forty days (data/months.FOLK_PERIODS);
  ``бүгінгі`` set against ``бұрынғы`` in its sentence is 'present-day' (data/calendar.THEN_WORDS);
- a text with no publication date has no 'now' to count from: ``кешегі``, ``бүгінгі`` are 'former',
  'present-day' (data/calendar.UNDATED_DEICTIC), a count forward (``15 күннен кейін``) runs from an
  event of the text, and ``келесі жылы`` follows the last year the paragraph names (a bare season in
  the locative whose verb is no definite past states a habit: ``date_wiki.timeless_season``).
"""

from __future__ import annotations

import dataclasses
import re

from ..doc import DateMention
from . import grammar as g
from .data.calendar import THEN_WORDS, UNDATED_DEICTIC
from .data.months import FOLK_PERIODS
from .date_parts import (
    _MONTH_RE,
    ANY_YEAR,
    MONTH,
    MONTH_NAME,
    MONTH_STEM,
    SEP,
    YEAR,
    YEAR_WORD,
    L,
    _parts,
    _year_range,
)
from .date_wiki import opening_year
from .resolve import Parts


# ``(23)``, ``(8 мамыр)``: a bracket that holds only a day, or a day and a month.
def _twin(n: str) -> str:
    return f"[ \\t]*\\((?P<{n}>\\d{{1,2}})(?:[ \\t]+(?P<{n}m>{MONTH_NAME}))?\\)"


# A year after the date (``10 (22) қыркүйек 1845 жылы``, ``... 1845 туған``): four digits, the year word optional.
_YEAR_AFTER = f"(?:{g.SP}(?P<year>1\\d{{3}}|20\\d\\d)(?:[ \\t-]*{YEAR_WORD})?)"


# ``1885 жылы 25 сәуір (8 мамыр)``: a day and month, then its twin in brackets.
DAY_MONTH_TWIN = f"(?:{ANY_YEAR}{g.SP})?(?P<day>\\d{{1,2}}){SEP}{MONTH}{_twin('tw')}"
# ``10 (23) – 25 сәуір (8 мамыр)``: a range of days in one month, either end with its twin.
DAYS_TWIN = (
    f"(?P<day>\\d{{1,2}})(?:{_twin('tw')})?[ \\t]*{g.DASH}[ \\t]*(?P<day2>\\d{{1,2}}){SEP}{MONTH}"
    f"(?:{_twin('tw2')})?{_YEAR_AFTER}?"
)
# ``10 (22) қыркүйек 1845 жылы``, ``6 шілде (23 маусым) 1904``: a twinned day with its year after it.
TWIN_YEAR = (
    f"(?P<day>\\d{{1,2}})(?:{_twin('tw')})?{SEP}(?P<month>{MONTH_STEM})(?:{_twin('tw2')})?{_YEAR_AFTER}"
)


def _month_of(word: str | None) -> int | None:
    if not word:
        return None
    return next((n for rx, n, _ in _MONTH_RE if rx.match(word)), None)


def _is_twin(day: int, month: int, twin: int, twin_month: int | None) -> bool:
    """A twin day lies 10-14 days from the day, either way (the calendars' gap: ``5 (17) қаңтарда``,
    ``6 шілдеде (23 маусымда)``); when a month is written too, any later day within two months (the
    sources write such twins with slips: ``30 сәуір (13 маусым)`` for 13 May)."""
    if not 1 <= twin <= 31:
        return False
    if twin_month is None:
        return (twin - day) % 31 in range(10, 15) or (day - twin) % 31 in range(10, 15)
    gap = (twin_month - month) * 31 + twin - day
    return -14 <= gap <= -10 or 0 < gap <= 62


def day_month_twin(m: re.Match[str]) -> Parts | None:
    """``25 сәуір (8 мамыр)``: the day written first; the bracket restates it."""
    p = _parts(m)
    if p is None or p.day is None or p.month is None:
        return None
    if not _is_twin(p.day, p.month, int(m.group("tw")), _month_of(m.group("twm"))):
        return None
    return p


def days_twin(m: re.Match[str]) -> Parts | None:
    """``10 (23) – 25 сәуір (8 мамыр)``: the range of the days written first."""
    if m.group("tw") is None and m.group("tw2") is None:
        return None  # no bracket: the plain day-range rule
    p = _parts(m)
    d2 = int(m.group("day2"))
    if p is None or p.day is None or p.month is None or not p.day < d2 <= 31:
        return None
    twins = ((p.day, "tw"), (d2, "tw2"))
    if any(
        m.group(n) and not _is_twin(d, p.month, int(m.group(n)), _month_of(m.group(n + "m")))
        for d, n in twins
    ):
        return None
    return Parts(year=p.year, month=p.month, day=p.day, day2=d2)


def twin_year(m: re.Match[str]) -> Parts | None:
    """``10 (22) қыркүйек 1845 жылы``: the day written first, in the year after it."""
    if (m.group("tw") is None) == (m.group("tw2") is None):
        return None  # one twin, before or after the month
    p = _parts(m)
    if p is None or p.day is None or p.month is None:
        return None
    n = "tw" if m.group("tw") else "tw2"
    return p if _is_twin(p.day, p.month, int(m.group(n)), _month_of(m.group(n + "m"))) else None


# ``1965 – 67 Қазақстан ҒА-ның академик - хатшысы;``: a biography line opening with a range of years.
OPENING_YEARS = (
    f"(?P<year>1[6-9]\\d\\d|20[0-2]\\d)[ \\t]*{g.DASH}[ \\t]*(?P<year2>1[6-9]\\d\\d|20[0-2]\\d|\\d\\d)"
    f"(?=[ \\t]+[{g.alphabet_upper()}][{L}])"
)


def opening_years(m: re.Match[str]) -> Parts | None:
    """``1965 – 67 Қазақстан ...``: the years opening a line, before a capitalized word."""
    return _year_range(m) if opening_year(m) is not None else None


# ``қаңтар 2012 жылдары``, ``қараша 2009 ж.``: a nominative month before its year (written order).
MONTH_YEAR = f"(?P<month>{MONTH_STEM}){g.SP}{YEAR}"


def month_year(m: re.Match[str]) -> Parts | None:
    """``қаңтар 2012 жылдары``: that month of that year (a four-digit year only)."""
    if not re.fullmatch(r"\d{4}", m.group("year")):
        return None
    p = _parts(m)
    return None if p is None or p.month is None else Parts(year=p.year, month=p.month)


_FOLK = re.compile(
    f"{g.B}{g.alt(w for w, _ in FOLK_PERIODS)}[ \\t]+$", re.I
)  # not Көрсеткіші шілде (session 16)


def folk_period(text: str, start: int) -> bool:
    """``кіші шілде``, ``Қысқы шілде``: the forty days of the folk calendar, not the month
    (data/months.FOLK_PERIODS)."""
    return (
        text[start : start + 5].lower() == "шілде"
        and _FOLK.search(text, max(0, start - 12), start) is not None
    )


_UNDATED = tuple(w for w, _ in UNDATED_DEICTIC)
_FORWARD = re.compile("(?:кейін|соң)$", re.I)


def undated_none(parts: Parts, name: str, mention: str) -> bool:
    """parts (Parts); name (str): the rule; mention (str): its text -> True for what has no time in a text
    with no publication date: ``Кешегі``, ``бүгінгі`` ('former', 'present-day'), a count forward
    (``15 күннен кейін``: from an event of the text)."""
    low = mention.lower()
    if name == "deictic" and low.startswith(_UNDATED) and " " not in low:
        return True
    if name == "months into year" and parts.year is None:
        return True  # Осы жылдың тоғыз айында with no publication date: which year is not known (session 13)
    return name == "ago" and _FORWARD.search(low) is not None


_NEXT_YEAR = re.compile(f"(?:келесі|келер|осы)[ \\t]+жыл(?:ы|ғы|да)(?![{L}])", re.I)


def undated_shift(
    parts: Parts, mention: str, text: str, start: int, found: list[DateMention]
) -> Parts | None:
    """parts (Parts); mention (str); text (str); start (int); found (list): dates before -> in a text with
    no publication date, ``келесі жылы`` is the year after the last year named in its paragraph
    (``1919 жылы ..., ал келесі жылы`` -> 1920), ``осы жылы`` that year; with none, no date (``осы жылы``
    stays ``XXXX``, as ``бұл жылы`` does). ``өткен жылы`` is 'last year', the writer's, not the year before
    one named (news: ``... 2018 жылы ... берген. Ал, өткен жылы ...``; session 12, news-test29): no date."""
    if not _NEXT_YEAR.fullmatch(mention):
        return parts
    para = text.rfind("\n", 0, start)
    for d in reversed(found):
        if d.start < para:
            break
        if re.fullmatch(r"\d{4}", d.value[:4]) and d.granularity in ("year", "month", "day"):
            return Parts(year=int(d.value[:4]) + (parts.year_shift or 0))
    return parts if mention.lower().startswith("осы") else None


def written_year(parts: Parts, year: str | None) -> Parts:
    """parts (Parts); year (str | None): the four-digit year written just before in the sentence -> a
    year-less day or range of days takes it (``2007 жылғы ... чемпионаты ... қыркүйектің 17 мен 23
    аралығында``)."""
    if year is None or parts.day is None or parts.month is None or parts.year is not None:
        return parts
    if parts.year_shift is not None or parts.tense:
        return parts
    return dataclasses.replace(parts, year=int(year))


_THEN = re.compile(f"{g.B}{g.alt(w for w, _ in THEN_WORDS)}[ \\t]+([{g.LETTER}]+)", re.I)
_NEXT_WORD = re.compile(f"[ \\t]+([{g.LETTER}]+)")


def then_and_now(name: str, text: str, start: int, end: int) -> bool:
    """``Бүгінгі Түркістан бұрынғы Түркістан емес``: ``бүгінгі X`` set against ``бұрынғы X`` (the same
    noun) in its sentence is 'present-day' (data/calendar.THEN_WORDS); ``Бүгінгі жиында бұрынғы шешім``
    stays today."""
    now = _NEXT_WORD.match(text, end)
    if name != "deictic" or text[start:end].lower() != "бүгінгі" or now is None:
        return False
    left = g.sentence_start(text, start)
    stop = re.compile("[.!?\n]").search(text, end)
    stem = now.group(1).lower()[:5]
    return any(
        m.group(1).lower()[:5] == stem
        for m in _THEN.finditer(text, left, stop.start() if stop else len(text))
    )


def drop(parts: Parts, name: str, text: str, start: int, end: int, published) -> bool:
    """parts (Parts); name (str): the rule; text (str); start, end (int): the match; published (date |
    None) -> True when the match is no date (a folk period; what has no time in an undated text)."""
    if parts.month is not None and parts.day is None and folk_period(text, start):
        return True
    if then_and_now(name, text, start, end):
        return True
    return published is None and undated_none(parts, name, text[start:end])


def adjust(
    parts: Parts, text: str, start: int, end: int, found: list[DateMention], published
) -> Parts | None:
    """parts (Parts); text (str); start, end (int): the match; found (list): dates before; published ->
    the parts with a year from the text, in an undated text only (``келесі жылы``, a year written just
    before a year-less day), or None when an undated relative year has nothing to count from."""
    if published is not None:
        return parts  # news: the publication year and the verb's tense decide (tense.py)
    parts = undated_shift(parts, text[start:end], text, start, found)
    if parts is None:
        return None
    last = found[-1] if found else None
    near = last is not None and start - last.end <= 60 and not re.search(r"[.!?\n]", text[last.end : start])
    if (
        near
        and re.search(r"\d{4}", last.text)
        and re.match(r"\d{4}", last.value)
        and last.granularity in ("year", "day", "month")
    ):
        return written_year(parts, last.value[:4])
    return parts


# ``кафедрасы 1996 ашылды.``: a bare year right before the verb that ends its clause (the year word dropped;
# Kazakh puts the finite verb last, so a count's noun, ``1500 адам``, or an object never stands there).
# A number before the copula or 'amounted to' is a quantity (``Саны 1500 болды.``, ``2000 құрады.``).
YEAR_BEFORE_VERB = f"(?P<year>1[5-9]\\d\\d|20[0-2]\\d)(?=[ \\t]+(?!(?:бол|құра)[{L}]+)[{L}]{{2,}}(?:ды|ді|ты|ті)[ \\t]*(?:[.!?;]|$))"


def year_before_verb(m: re.Match[str]) -> Parts | None:
    """``1996 ашылды.``: the year of a past event stated without ``жылы``."""
    return Parts(year=int(m.group("year")))


RULES = (
    g.rule("day month twin", DAY_MONTH_TWIN, day_month_twin),
    g.rule("days twin", DAYS_TWIN, days_twin),
    g.rule("twin year", TWIN_YEAR, twin_year),
    g.rule("opening years", OPENING_YEARS, opening_years),
    g.rule("month year", MONTH_YEAR, month_year),
    g.rule("year before verb", YEAR_BEFORE_VERB, year_before_verb),
)
