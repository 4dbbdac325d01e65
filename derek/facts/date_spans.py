"""More date rules: month spans, day ranges over two months, season months, the animal-year cycle.

Interpreters for ``dates.RULES`` (see date_parts.py for the shared constants).
"""

from __future__ import annotations

import calendar
import re

from . import grammar as g
from .data.calendar import (
    ANIMAL_BIRTH,
    ANIMALS,
    FROM_THAT,
    SEASON_DAYS,
    SEASON_EDGES,
    SEASON_FIRST_MONTH,
    SEASON_MONTH_ORDINALS,
)
from .data.months import MONTHS, SEASON_SENSE_MONTHS, WEEKDAYS
from .data.numerals import CENTURY_FRACTIONS
from .date_context import show_season
from .date_parts import (
    _MONTH_RE,
    _SEASON_CODES,
    _SHIFT_WORDS,
    _UNITS,
    _WEEKDAYS,
    ANY_YEAR,
    MONTH_NAME,
    NUM,
    SEP,
    L,
    _century_value,
    _parts,
)
from .numbers import NUMBER_WORDS, number_value
from .resolve import Parts

# A dash with or without spaces (``қаңтар-маусым``; round 14: ``{SP}?`` was a lazy ``[ \t]+``), a
# conjunction between spaces.
_JOIN = f"(?:[ \\t]*(?=[-–—])|{g.SP})(?P<join>[-–—]|мен|бен|пен)(?:(?<=[-–—])[ \\t]*|{g.SP})"
_BETWEEN = f"(?P<between>{g.SP}аралығ[{L}]*)?"

MONTH_SPAN = (
    f"(?:{ANY_YEAR}{g.SP})?(?P<month>{MONTH_NAME}){_JOIN}(?P<month2>{MONTH_NAME})"
    f"(?:{g.SP}(?P<ai>айлар[{L}]*))?{_BETWEEN}"
)
DAY_MONTH_RANGE = (
    f"(?P<day>{NUM}){SEP}(?P<month>{MONTH_NAME}){_JOIN}(?P<day2>{NUM}){SEP}(?P<month2>{MONTH_NAME})"
    f"(?:{g.SP}күндер[{L}]*)?{_BETWEEN}"
)
SEASON_MONTH = (
    f"(?P<season>{g.alt(_SEASON_CODES)})(?:тың|тің|дың|дің|ның|нің|ының|інің){g.SP}"
    f"(?P<nth>{g.alt(w for w, _, _ in SEASON_MONTH_ORDINALS)}){g.SP}ай[{L}]*"
)
_SEASON_GEN = f"(?P<season>{g.alt(_SEASON_CODES)})(?:тың|тің|дың|дің|ның|нің|ының|інің){g.SP}"
SEASON_EDGE = f"{_SEASON_GEN}(?P<edge>{g.alt(w for w, _, _ in SEASON_EDGES)})[{L}]*"
SEASON_DAY = f"{_SEASON_GEN}(?P<nth>{g.alt(w for w, _, _ in SEASON_DAYS)}){g.SP}күн[{L}]*"
NIGHT_BETWEEN = (
    f"{_WEEKDAYS}(?:нен|нан|ден|дан|тен|тан){g.SP}(?P<wd>{_WEEKDAYS})(?:ге|ға|ке|қа|не|на)"
    f"{g.SP}қараған{g.SP}түн[{L}]*"
)
# Bare years inside brackets, alone, listed or as a range: ``«Ильич» (1964)``, ``(1942, 1947)``,
# ``(бұл да ...; 1952, 1956)``, ``(1999 — 2005)``.
_Y4 = "(?:1[0-9]{3}|20[0-9]{2})"
BRACKET_YEAR = (
    f"(?P<year>{_Y4})(?:[ \\t]*[-–—][ \\t]*(?P<year2>{_Y4}|\\d\\d))?(?=[ \\t]*[,;)])"  # (1965 – 91)
)
_YEARS_TO_CLOSE = re.compile(f"(?:[ \\t]*[,;][ \\t]*{_Y4}(?:[ \\t]*[-–—][ \\t]*{_Y4})?)*[ \\t]*\\)")
# Two decades said short: ``50-60 жж.``, ``80-90 жылдары``.
DECADE_RANGE = f"(?P<dec>[1-9]0){g.DASH}(?P<dec2>[1-9]0)(?:-?[{L}]{{1,6}})?[ \\t-]*(?:жж\\.|жылдар[{L}]*)"
# A day after ``айының``: ``1931 жылы наурыз айының 8-інде``.
# The day as an ordinal word before күн or жұлдыз 'day': ``қазан айының бірінші күнінен`` (session 10, news-test13).
WORD_DAY = f"{NUMBER_WORDS}(?<=ншы|нші)(?={g.SP}(?:күн|жұлдыз))"
DAY_NOUN = f"(?:(?<=ншы|нші){g.SP}(?:күн|жұлдыз)[{L}]*)?"
MONTH_AI_DAY = (
    f"(?:{ANY_YEAR}{g.SP})?(?P<month>{MONTH_NAME}){g.SP}(?P<ai>айының){g.SP}"
    f"(?P<day>\\d{{1,2}}-[{L}]{{1,6}}|{WORD_DAY}){DAY_NOUN}"
)
_BORN = re.compile(f"{g.SP}{g.alt(w for w, _ in ANIMAL_BIRTH)}", re.I)
_SEASON_SENSE = tuple(w for w, _ in SEASON_SENSE_MONTHS)
ANIMAL_FIRST = f"{g.alt(s for s, _, _ in ANIMALS)}{g.SP}жыл"  # доңыз жылын шығарып салып
ANIMAL_YEAR = (
    f"(?:(?P<ashift>өткен|осы|биылғы|келесі|келер|алдағы){g.SP})?"
    f"(?P<animal>{g.alt(s for s, _, _ in ANIMALS)}){g.SP}жыл(?:ы|ын|ында|ынан|ына|ының)"
)


def _second_month(m: re.Match[str]) -> int | None:
    word = m.group("month2")
    return next((n for rx, n, _ in _MONTH_RE if rx.match(word)), None)


_BARE_MONTH = re.compile("(?:" + "|".join(stem for stem, *_ in MONTHS) + ")", re.I)  # a stem, no ending


def month_span(m: re.Match[str]) -> Parts | None:
    """``Осы жылдың қаңтар – мамыр айларында``: a range of months."""
    if not m.group("ai") and (m.group("join") not in "-–—" or not _BARE_MONTH.fullmatch(m.group("month"))):
        return None  # without айлар only a bare month, a dash and a month: қаңтар – ақпандағы (round 13)
    p = _parts(m)
    second = _second_month(m)
    if p is None or second is None or p.month is None or second == p.month:
        return None
    if second < p.month and not m.group("ai"):
        return (
            None  # a span over the new year is read only with айлар: Қыркүйек-наурыз айларында (session 13)
        )
    return Parts(year=p.year, year_shift=p.year_shift, month=p.month, month2=second)


def day_month_range(m: re.Match[str]) -> Parts | None:
    """``27-нші наурыз бен 4-інші сәуір аралығында``; with мен/бен/пен only before ``аралығында``."""
    if m.group("join") not in "-–—" and not m.group("between"):
        return None
    p = _parts(m)
    second = _second_month(m)
    d2 = number_value(m.group("day2"))
    if p is None or second is None or not (d2 and 1 <= d2 <= 31) or p.month is None or second <= p.month:
        return None
    return Parts(month=p.month, day=p.day, month2=second, day2=d2)


def season_month(m: re.Match[str]) -> Parts | None:
    """``жаздың алғашқы айы``: a month counted within a season."""
    first = SEASON_FIRST_MONTH[_SEASON_CODES[m.group("season").lower()]]
    offset = next(o for w, o, _ in SEASON_MONTH_ORDINALS if w == m.group("nth").lower())
    return Parts(month=(first - 1 + offset) % 12 + 1)


def season_edge(m: re.Match[str]) -> Parts | None:
    """``жаздың соңына қарай``: the season; its edge month lets the verb's tense move the year."""
    code = _SEASON_CODES[m.group("season").lower()]
    offset = next(o for w, o, _ in SEASON_EDGES if m.group("edge").lower().startswith(w))
    return Parts(season=code, edge=(SEASON_FIRST_MONTH[code] - 1 + offset) % 12 + 1)


def season_day(m: re.Match[str]) -> Parts | None:
    """``Көктемнің алғашқы күні``: the first (or last) day of a season."""
    code = _SEASON_CODES[m.group("season").lower()]
    first = next(f for w, f, _ in SEASON_DAYS if w == m.group("nth").lower())
    month = SEASON_FIRST_MONTH[code] if first else (SEASON_FIRST_MONTH[code] + 1) % 12 + 1
    return Parts(month=month, day=1 if first else calendar.monthrange(2001, month)[1])


def night_between(m: re.Match[str]) -> Parts | None:
    """``жексенбіден дүйсенбіге қараған түні``: the night before the second weekday, dated by that day."""
    word = m.group("wd").lower()
    return next((Parts(weekday=iso) for stem, iso, _ in WEEKDAYS if word.startswith(stem)), None)


def bracket_year(m: re.Match[str]) -> Parts | None:
    """``(1963)``, ``(1942, 1947)``: a bare year in an open bracket, after ``(``, ``,`` or ``;``."""
    before = m.string[: m.start()].rstrip()
    sentence = before[max(before.rfind(c) for c in ".!?\n") + 1 :]
    if not before.endswith(("(", ",", ";")) or sentence.rfind("(") <= sentence.rfind(")"):
        return None
    if not _YEARS_TO_CLOSE.match(m.string, m.end()):
        return None  # (1500, 2000 теңге): only years may follow up to the bracket's end
    a, b = int(m.group("year")), m.group("year2")
    if b is not None:
        end = int(b) if len(b) == 4 else a // 100 * 100 + int(b)  # (1965 – 91): the first year's century
        return Parts(year=a, year2=end) if a < end else None
    return Parts(year=a)


def decade_range(m: re.Match[str]) -> Parts | None:
    """``50-60 жж.``: two decades of the last century said short."""
    a, b = int(m.group("dec")), int(m.group("dec2"))
    return Parts(decade=190 + a // 10, decade2=190 + b // 10) if a < b else None


def animal_year(m: re.Match[str]) -> Parts | None:
    """``Өткен доңыз жылында``: a year of the twelve-year animal cycle."""
    index = next(i for s, i, _ in ANIMALS if m.group("animal").lower() == s)
    shift = m.group("ashift")
    if shift is None and _BORN.match(m.string, m.end()):
        return None  # қоян жылы туған ақын: born in some year of the cycle, not the latest one
    return Parts(cycle=index, year_shift=_SHIFT_WORDS.get(shift.lower(), 0) if shift else None)


def relative_month(m: re.Match[str]) -> Parts | None:
    """``өткен желтоқсаннан бері``, ``келесі наурызда``: a year-less month whose tense the date itself says."""
    p = _parts(m)
    shift = m.group("mshift").lower()
    if (
        p is not None
        and p.day is None
        and not m.group("ai")
        and m.group("month").lower().startswith(_SEASON_SENSE)
    ):
        if show_season(m.string, m.start(), m.end()):
            return None  # Келесі маусымда қатысушылар ...: a show's season (data/calendar.SHOW_WORDS)
        # Келер маусымда ... жарыстарға: a season of sport is that year, as биылғы маусымда (round 14)
        return Parts(year_shift=_SHIFT_WORDS.get(shift, 0))
    if p is None:
        return None
    return Parts(month=p.month, day=p.day, tense="past" if shift == "өткен" else "future")


_QUARTERS = {"бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4, "алғашқы": 1, "соңғы": 4}


def quarter(m: re.Match[str]) -> Parts | None:
    raw = m.group("q").lower().removesuffix("-ші").removesuffix("-шы")  # I-ші тоқсанында (session 31)
    roman = _century_value(raw) if set(raw.upper()) <= set("IVІ") else None  # І тоқсандағы: Cyrillic І too
    q = roman or _QUARTERS.get(raw) or number_value(raw)
    if not q or not 1 <= q <= 4:
        return None
    p = _parts(m)
    return (
        None
        if p is None
        else Parts(
            year=p.year,
            year_shift=p.year_shift,  # a bare quarter: the publication year, unless its verb says otherwise
            quarter=q,
        )
    )


# A day of the month with no month: ``отыз бірі күні жолға шығамыз`` (the 31st); the possessive
# ending says 'the Nth (of the month)'; ``бірі`` alone is 'one of them' and ``күні бойы`` 'all day'.
DAY_NO_MONTH = f"(?P<day>{NUMBER_WORDS}|\\d{{1,2}}-)(?:сы|сі|ы|і){g.SP}күні(?!{g.SP}бойы)"


def day_no_month(m: re.Match[str]) -> Parts | None:
    """``отыз бірі күні``: a day of an unnamed month (``XXXX-XX-31``)."""
    day = number_value(m.group("day").rstrip("-"))
    return Parts(day=day) if day and 2 <= day <= 31 else None


# The start of a named year: ``20-сыншы жылдың басында`` is the year (as ``1928 жылдың аяғында``);
# ``осы жылдың басынан (бері)`` 'since the start of this year' too (session 28; round 4 had made it no date).
YEAR_START = f"{ANY_YEAR}{g.SP}бас(?P<start>ы|ында|ына|ынан)(?:{g.SP}кезінде)?"
# Half of a named year: ``осы жылдың бірінші жартысында`` (as ``бірінші жартыжылдықта``).
# The first or last day of a year: ``жаңа жылдың алғашқы күні`` (1 January).
YEAR_DAY = f"(?:{ANY_YEAR}|(?:жаңа{g.SP})?жылдың){g.SP}(?P<nth>алғашқы|бірінші|соңғы){g.SP}күн[{L}]*"


def year_start(m: re.Match[str]) -> Parts | None:
    """``20-сыншы жылдың басында``: the year."""
    if "жылдар" in (m.group("yword") or "").lower():
        return None  # тоқсаныншы жылдардың басынан: the decade's start (the decade rule)
    p = _parts(m)
    return None if p is None else Parts(year=p.year, year_shift=p.year_shift)


def year_day(m: re.Match[str]) -> Parts | None:
    """``жаңа жылдың алғашқы күні``: 1 January (31 December for ``соңғы``); the verb's tense sets a bare one's year."""
    p = _parts(m) if (m.group("year") or m.group("relyear")) else Parts()
    if p is None:
        return None
    last = m.group("nth").lower() == "соңғы"
    return Parts(year=p.year, year_shift=p.year_shift, month=12 if last else 1, day=31 if last else 1)


# The ablative of a participle right before a count: the count runs from that event, not from now
# (``жоспарланғаннан 2 күн бұрын`` 'two days before planned').
_FROM_EVENT = re.compile(f"[{L}]{{2,}}(?:{'|'.join(g.PARTICIPLE)})(?:нан|нен)[ \\t]+$", re.I)
_FROM_THAT = re.compile(f"{g.B}{g.alt(w for w, _ in FROM_THAT)}[ \\t]+$", re.I)
# A converb clause and a comma right before ``N ... кейін/соң``: counted from that event
# (``заңды қабылдап, 2 – 3 айдан кейін оған өзгеріс енгізетін`` 'two or three months after passing it').
_AFTER_CONVERB = re.compile(f"[{L}]{{2,}}(?:ып|іп|[аеәоөұүыі]п),[ \\t]*(?:[0-9]+[ \\t]*[–—-][ \\t]*)?$", re.I)


_FRACTIONS = {w: years for w, years, _ in CENTURY_FRACTIONS}  # Ширек ғасыр бұрын: 25 years ago
FRACTION = f"{g.alt(_FRACTIONS)}(?=[ \\t]+ғасыр)"  # in the ``ago`` rule's count (dates.py)


def ago(m: re.Match[str]) -> Parts | None:
    n = number_value(m.group("n")) or _FRACTIONS.get(m.group("n").lower())
    unit = "year" if m.group("n").lower() in _FRACTIONS else _UNITS[m.group("unit").lower()]
    if n is None or n > (3000 if unit == "year" else 1000):
        return None
    if unit == "year" and 1000 <= n <= 2200 and "жылдан" in m.group().lower():
        return None  # 1868 жылдан кейін: after the year 1868, not 1868 years later
    sign = -1 if m.group("dir").lower().startswith("бұрын") else 1
    before = m.string[max(0, m.start() - 30) : m.start()]
    if (
        sign > 0
        and (_FROM_THAT.search(before) or _AFTER_CONVERB.search(before))
        or _FROM_EVENT.search(before)
    ):
        return None  # Содан 5 күннен соң, жоспарланғаннан 2 күн бұрын: counted from an event
    if sign > 0 and re.match(f"{g.SP}ғана(?![{L}])", m.string[m.end() :], re.I):
        return None  # 3 жылдан кейін ғана ... бастауға болады: 'only after', from an event not named
    n2 = number_value(m.group("n2")) if m.groupdict().get("n2") else None
    if n2 is not None and not n < n2 <= 3 * n + 10:
        return None
    return Parts(shift=(unit, sign * n), shift2=sign * n2 if n2 is not None else None)


def month_range(m: re.Match[str]) -> Parts | None:
    """``сәуірдің 29-ы мен мамырдың 5-і аралығында``: days of two months."""
    p = _parts(m)
    second = next((n for rx, n, _ in _MONTH_RE if rx.match(m.group("month2"))), None)
    d2 = number_value(m.group("day2"))
    if p is None or second is None or not (d2 and 1 <= d2 <= 31):
        return None
    return Parts(year=p.year, year_shift=p.year_shift, month=p.month, day=p.day, month2=second, day2=d2)


def listed_days(m: re.Match[str]) -> Parts | None:
    """``16, 17, 18 қазан``, ``10 мен 16 маусым``, ``22 және 24 мамыр аралығында``: a range of days in one month;
    not days whose last one және joins with no ``аралығында`` after them (``22 және 24 шілдеде`` is two days, 5 of
    the 7 such lists in the news parts read by session 27, and both its range readings were ``аралығында`` or
    three days in a row; dates.py's ``listed day`` reads them one by one)."""
    if m.group("joint") == "және" and m.group("between") is None:
        return None
    return day_range(m)


def day_range(m: re.Match[str]) -> Parts | None:
    """``5-7 наурызда``, ``24-інші — 27-нші маусым``: a range of days in one month."""
    p = _parts(m)
    d2 = number_value(m.group("day2").split("-")[0]) or 0
    if p is None or not (p.day and p.day < d2 <= 31):
        return None
    return Parts(year=p.year, year_shift=p.year_shift, month=p.month, day=p.day, day2=d2)
