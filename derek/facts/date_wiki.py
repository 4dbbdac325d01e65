"""Date rules of written, encyclopedic prose (Wikipedia biographies and histories).

Written Kazakh puts the year before a range of days (``1997 ж. 23-24 қыркүйекте``), writes a
citation date with a bare year after the month (``(31 желтоқсан 2006)``), adds the year after
a day in a comma phrase (``3 қыркүйекте, 2009 жылы``) and gives old-style days in brackets
(``1885 жылы 5 (17) қаңтарда``). Each pattern feeds ``dates.RULES``.
"""

from __future__ import annotations

import re

from . import grammar as g
from .data.calendar import PLAN_WORDS
from .data.months import SEASONS
from .date_parts import (
    ANY_YEAR,
    DAY,
    MONTH,
    MONTH_STEM,
    NUM_SUFFIX,
    SEP,
    YEAR,
    L,
    _century,
    _century_range,
    _century_value,
    _decade,
    _parts,
)
from .numbers import NUMBER_WORDS, number_value
from .resolve import Parts
from .tense import verb_tense

_DAY_FORM = f"\\d{{1,2}}(?:-[{L}]{{1,6}})?|{NUMBER_WORDS}"

# ``1997 ж. 23-24 қыркүйекте``, ``1917 жылы 2 – 8 сәуірде``: a year, then a range of days in one month.
YEAR_DAYS_MONTH = (
    f"{ANY_YEAR}{g.SP}(?P<day>{_DAY_FORM})[ \\t]*{g.DASH}[ \\t]*(?P<day2>{_DAY_FORM}){SEP}{MONTH}"
    f"(?:{g.SP}аралығ[{L}]*)?"
)

# ``(31 желтоқсан 2006)``: day, month in the nominative, a bare four-digit year closing a phrase, or
# before a dash and a second date (session 5: ``19 қараша 2009 - қаңтар 2012 жылдары``).
_SECOND = f"{g.DASH}[ \\t]*(?:\\d|{MONTH_STEM})"
DAY_MONTH_BARE_YEAR = f"{DAY}{SEP}(?P<month>{MONTH_STEM}){g.SP}(?P<year>1[5-9]\\d\\d|20\\d\\d)(?=[ \\t]*(?:[),;]|\\.|$|{_SECOND}))"

# ``3 қыркүйекте, 2009 жылы``: a day and month, then its year after a comma (not a second date's year).
DAY_MONTH_COMMA_YEAR = f"{DAY}{SEP}{MONTH}[ \\t]*,[ \\t]*{YEAR}(?![ \\t]+(?:\\d|{NUMBER_WORDS}|{MONTH_STEM}))"

# ``1885 жылы 5 (17) қаңтарда``: the old-style day, then the new-style day in brackets.
OLD_STYLE_DAY = f"(?:{ANY_YEAR}{g.SP})?{DAY}[ \\t]*\\((?P<day2>\\d{{1,2}})\\){SEP}{MONTH}"


def year_days_month(m: re.Match[str]) -> Parts | None:
    """``1997 ж. 23-24 қыркүйекте``: the range of days in that year's month."""
    p = _parts(m)
    d2 = number_value(m.group("day2").split("-")[0]) or 0
    if p is None or p.day is None or not p.day < d2 <= 31:
        return None
    return Parts(year=p.year, year_shift=p.year_shift, month=p.month, day=p.day, day2=d2)


def old_style_day(m: re.Match[str]) -> Parts | None:
    """``5 (17) қаңтарда``: the day as written first (old style); the bracket is its new-style twin."""
    p = _parts(m)
    new = int(m.group("day2"))
    if p is None or p.day is None or not 1 <= new <= 31:
        return None
    gap = {
        (new - p.day) % 31,
        (p.day - new) % 31,
    }  # either way (session 5: ``17 (5) қаңтарда``, new style first)
    return p if gap & set(range(10, 15)) else None


_Y4 = "(?:1[0-9]{3}|20[0-9]{2})"
_UPPER = g.alphabet_upper()

# ``институтын (1961, қазіргі ... академиясы) бітірген``: a year opening a bracket, then a note in words.
BRACKET_YEAR_NOTE = f"(?P<year>{_Y4})(?=[ \\t]*,[ \\t]*[{g.LETTER}])"

# ``Футболдан Қазақстан Чемпионаты 2002 — ...``: a year closing a capitalized name, before a dash.
NAME_YEAR = f"(?P<year>{_Y4})(?=[ \\t]+[—–])"
_NAME_BEFORE = re.compile(f"[{_UPPER}][{g.LETTER}-]*[ \\t]+$")

# ``1959 Қорқыт Ата атындағы ... университетін бітірген.``: a biography line opening with a bare year.
OPENING_YEAR = f"(?P<year>1[6-9]\\d\\d|20[0-2]\\d)(?=[ \\t]+[{_UPPER}][{L}])"
_PLANS = tuple(w for w, _ in PLAN_WORDS)


def bracket_year_note(m: re.Match[str]) -> Parts | None:
    """``(1961, қазіргі Қарағанды ... академиясы)``: the year right after an open bracket."""
    before = m.string[: m.start()].rstrip()
    return Parts(year=int(m.group("year"))) if before.endswith("(") else None


def name_year(m: re.Match[str]) -> Parts | None:
    """``Чемпионаты 2002 —``: the year of a named season, contest or show (not a plan's target year)."""
    word = _NAME_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    if word is None or not word.group()[0].isupper() or word.group().lower().startswith(_PLANS):
        return None
    if not any(c.islower() for c in word.group()):
        return None  # NGC 1688 —, IC 1073 —: a catalogue number after an acronym (session 5)
    return Parts(year=int(m.group("year")))


def opening_year(m: re.Match[str]) -> Parts | None:
    """``1959 Қорқыт Ата атындағы ...``: a bare year opening a sentence, before a capitalized word."""
    before, after = m.string[: m.start()].rstrip(), m.string[m.end() :].lstrip()
    if before and before[-1] not in ".!?\n" or not after[:1].isupper():
        return None  # the rules run case-blind: 2000 жылдық тарихымыз is a count
    return Parts(year=int(m.group("year")))


_CENT = f"(?P<cent>{g.ROMAN}|\\d{{1,2}}{NUM_SUFFIX})"
# ``XIX ғ. аяғында``, ``18 ғ. ортасында``: a century with the written abbreviation ``ғ.``; ``XVIII–XIX ғғ.``.
CENTURY_ABBR = f"{_CENT}{SEP}ғ\\."
CENTURY_RANGE_ABBR = (
    f"{_CENT}[ \\t]*{g.DASH}[ \\t]*(?P<cent2>{g.ROMAN}|\\d{{1,2}}{NUM_SUFFIX}){SEP}(?:ғғ|ғ)\\."
)
# ``1990-шы жылдардың ортасында``, ``1850 жылдардың соңында``, ``1920-жж.``: a decade, with an ordinal
# suffix, an edge of it (the value stays the decade, as ``20-жылдардың соңына қарай``), or ``жж.``.
DECADE_WRITTEN = (
    f"(?P<dec>\\d{{3}}0)(?:-?(?:ыншы|інші|шы|ші|нші|ншы))?[ \\t-]*"
    f"(?:жылдар[{L}]*(?:{g.SP}(?:басы|басын[{L}]*|бас{g.SP}кез[{L}]*|соң[{L}]*|аяғ[{L}]*|орта[{L}]*))?|жж\\.)"
)


_SEASON_STEMS = tuple(stem for stem, _, _ in SEASONS)
_AORIST = re.compile(f"[{L}](?:ады|еді|йды|йді)(?:[ \\t]+(?:екен|еді))?$", re.I)
_CLAUSE_END = re.compile("[,;.!?:\\n]")
# A locative season is a time only before a definite past (``Күзде ол Омбыға барды``), not before a
# participle or the aorist of a description (``Қыста ... тондар ... киген``, ``күзде өткізіледі``).
_LOCATIVE = ("да", "де", "та", "те")


def timeless_season(parts: Parts, text: str, start: int, end: int, lookup) -> bool:
    """parts (Parts); text (str); start, end (int): the date; lookup (Callable | None): word -> (lemma, upos)
    -> True for a bare season whose verb is the aorist, in a text with no publication date: encyclopedic
    prose states a habit (``Аюлар қыста ұйқыға кетеді``, ``Жазда мал жайлауға шығарылады``), no time; a
    locative one is a time only before a finite past (session 5: ``Қыста ... тон киген`` is a habit)."""
    if parts.season is None or parts.year is not None or lookup is None:
        return False
    if not text[start:end].lower().startswith(_SEASON_STEMS):
        return False  # осы күзде, 1905 жылдың күзінде: a season named by its year
    stop = _CLAUSE_END.search(text, end)
    for m in re.finditer(f"[{g.LETTER}-]+", text[end : stop.start() if stop else len(text)]):
        upos = (lookup(m.group().lower()) or ("", ""))[1]
        if upos in ("VERB", "AUX"):
            if text[start:end].lower().endswith(_LOCATIVE):  # Қыста ... тон киген (session 5)
                return verb_tense(text, end, lookup, participle=True) not in ("past", None)
            return _AORIST.search(m.group()) is not None
    return False


# ``ХХ ғасырдың 20-30 жылдары``: two decades of a named century.
CENTURY_DECADES = (
    f"{_CENT}{SEP}ғасырдың{g.SP}(?P<dec>[1-9]0)(?:-?[{L}]{{1,6}})?[ \\t]*{g.DASH}[ \\t]*(?P<dec2>[1-9]0)"
    f"(?:-?[{L}]{{1,6}})?[ \\t-]*(?:жылдар[{L}]*|жж\\.)"
)


def century_decades(m: re.Match[str]) -> Parts | None:
    """``ХХ ғасырдың 20-30 жылдары`` -> ``192/193``: the two decades inside that century."""
    century = (_century_value(m.group("cent")) or 0) - 1  # XX -> 19 (the hundreds digits)
    a, b = int(m.group("dec")), int(m.group("dec2"))
    if not 0 <= century <= 21 or not a < b:
        return None
    return Parts(decade=century * 10 + a // 10, decade2=century * 10 + b // 10)


# The rules, in ``dates.RULES`` right after ``day month``.
RULES = (
    g.rule("year days month", YEAR_DAYS_MONTH, year_days_month),
    g.rule("day month bare year", DAY_MONTH_BARE_YEAR, _parts),
    g.rule("day month comma year", DAY_MONTH_COMMA_YEAR, _parts),
    g.rule("old style day", OLD_STYLE_DAY, old_style_day),
    g.rule("bracket year note", BRACKET_YEAR_NOTE, bracket_year_note),
    g.rule("name year", NAME_YEAR, name_year),
    g.rule("opening year", OPENING_YEAR, opening_year),
    g.rule("century abbreviation", CENTURY_ABBR, _century),
    g.rule("century range abbreviation", CENTURY_RANGE_ABBR, _century_range),
    g.rule("decade written", DECADE_WRITTEN, _decade),
    g.rule("century decades", CENTURY_DECADES, century_decades),
)
