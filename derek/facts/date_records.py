"""Session 6: bare years in the records of written prose (lists of works, biography headers, citations).

Encyclopedias name a year without ``жылы`` where the layout says it is one (counts over the read parts,
no year word in any of them):

- a four-digit year closing a bracket (``«Шопан» (екеуі де 1974)``, ``(қазіргі ... консерваториясы;
  1967)``): 121 in the set, every one a date (derek had 119 through older rules);
- the life years of a biography header with the birthplace between them (``Тәжиев Хасан (1931, Атырау
  облысы ... ауылы – 2002)``): the range;
- a year opening a bracket before a dash and a capitalized name (``Біріншілігінің (1999 - Үндістан)``);
- a year after a comma that closes a listed work (``(“ Саяхатшылар ”, 1963; “ Адам Атаның шоқысында
  ”, 1958)``), a citation's publisher area (``Фолиант, 2006. - Т-. 10:``) or a sentence;
- a year standing alone after the last sentence of a record (``... мектебінің оқытушысы. 1979``);
- the day a day article defines, opening its sentence: a genitive month, a bare day, a dash (``Маусымның 4 —
  Грегориус күнтізбесінде жылдың 155-інші күні``, test20).

Each pattern feeds ``dates.RULES``.
"""

from __future__ import annotations

import re

from . import grammar as g
from .data.numerals import MEASURE_NOUNS
from .date_parts import MONTH_STEM, _parts
from .resolve import Parts

_Y4 = "(?:1[0-9]{3}|20[0-2][0-9])"


_MEASURED = re.compile(f"{g.B}{g.alt(w for w, _ in MEASURE_NOUNS)}[ \\t]*[-–—:]?[ \\t]*$", re.I)


def _measured(text: str, start: int) -> bool:
    """A noun of measure right before ``start`` (``Халық саны - 1340``): a quantity (data/numerals.MEASURE_NOUNS)."""
    return _MEASURED.search(text, max(0, start - 30), start) is not None


def _in_bracket(text: str, start: int) -> bool:
    """An open bracket before ``start`` in its sentence, not closed yet."""
    before = text[:start]
    left = max(before.rfind(c) for c in ".!?\n") + 1
    return before.rfind("(") >= max(left, before.rfind(")") + 1)


_NUMBER_DASH = re.compile(f"\\d[ \\t]*(?:{g.DASH}[ \\t]*)?$")
# ``(екеуі де 1974)``: a year that closes a bracket.
BRACKET_CLOSE_YEAR = f"(?P<year>{_Y4})(?=[ \\t]*\\))"


def bracket_close_year(m: re.Match[str]) -> Parts | None:
    """``(екеуі де 1974)``, ``(...; 1967)``: a year closing an open bracket (not a range's second end)."""
    if (
        not _in_bracket(m.string, m.start())
        or _NUMBER_DASH.search(m.string, 0, m.start())
        or _measured(m.string, m.start())
    ):
        return None  # (800 - 1200): a range's end, read by the range rules or none; (белгісіз – 1934) stays
    return Parts(year=int(m.group("year")))


# ``(1931, Атырау облысы Мақат ауданы Байшонас ауылы – 2002)``: birth and death years, the place between.
# The death place may follow too (``(1931, Атырау облысы – 2002, Алматы)``), and ``ж.`` after either year.
_J = "(?:[ \\t]*жж?\\.)?"
LIFE_YEARS = (
    f"(?P<year>{_Y4}){_J}(?:[ \\t]+жылы[ \\t]+туылған)?[ \\t]*,[ \\t]*[{g.alphabet_upper()}][^()\\d\\n]{{2,100}}?[ \\t]*{g.DASH}[ \\t]*"
    f"(?P<year2>{_Y4}){_J}(?=[ \\t]*(?:\\)|,[ \\t]*[{g.alphabet_upper()}][^()\\d\\n]{{0,60}}\\)))"
)


def life_years(m: re.Match[str]) -> Parts | None:
    """``(1931, Атырау облысы ... – 2002)``, ``(1956 жылы туылған, Алматы қаласы – 1996)``: the range of the
    life years right after an open bracket."""
    a, b = int(m.group("year")), int(m.group("year2"))
    if not m.string[: m.start()].rstrip().endswith("(") or not a < b <= a + 120:
        return None
    return Parts(year=a, year2=b)


# ``(1999 - Үндістан)``: a year opening a bracket, then a dash and a capitalized name (a contest's host).
YEAR_DASH_NAME = f"(?P<year>{_Y4})(?=[ \\t]*{g.DASH}[ \\t]*[{g.alphabet_upper()}])"


def year_dash_name(m: re.Match[str]) -> Parts | None:
    """``(1999 - Үндістан)``: the year right after an open bracket."""
    return Parts(year=int(m.group("year"))) if m.string[: m.start()].rstrip().endswith("(") else None


# ``“ Саяхатшылар ”, 1963;``, ``Фолиант, 2006. - Т-. 10``, ``– А., 1985.``: a year after a comma and a space,
# closing a listed work, a citation or a sentence (11 such in the read parts, all dates; decimals have no space).
LISTED_YEAR = f"(?P<year>{_Y4})(?=[ \\t]*(?:;|\\.(?!\\d)|$))"


def listed_year(m: re.Match[str]) -> Parts | None:
    """``, 1963;``, ``, 2006. -``: the year of a listed work or a citation, after a comma."""
    before = m.string[: m.start()]
    return (
        Parts(year=int(m.group("year"))) if before.rstrip().endswith(",") and before[-1:] in " \t" else None
    )


# ``... орта мектебінің оқытушысы. 1979``: a year alone after the last sentence of a text.
LONE_YEAR = "(?P<year>1[5-9]\\d\\d|20[0-2]\\d)(?=[ \\t]*\\.?[ \\t]*$)"


def lone_year(m: re.Match[str]) -> Parts | None:
    """``оқытушысы. 1979``: a bare year that is the text's whole last sentence."""
    before = m.string[: m.start()].rstrip()
    return Parts(year=int(m.group("year"))) if before[-1:] in (".", "!", "?") else None


# ``Маусымның 4 — Грегориус күнтізбесінде ...``: a genitive month and a bare day before a dash and a word.
DAY_ARTICLE = (
    f"(?P<month>{MONTH_STEM}(?:[ыі]?ның|[ыі]?нің|дың|дің|тың|тің))[ \\t]+(?P<day>\\d{{1,2}})"
    f"(?=[ \\t]*[—–][ \\t]*[{g.LETTER}])"
)


def day_article(m: re.Match[str]) -> Parts | None:
    """``Маусымның 4 — ...``: the day and month, when they open the sentence."""
    before = m.string[: m.start()].rstrip()
    return _parts(m) if not before or before[-1] in ".!?\n" else None


# The rules, in ``dates.RULES`` after the written-prose rules.
RULES = (
    g.rule("bracket close year", BRACKET_CLOSE_YEAR, bracket_close_year),
    g.rule("life years", LIFE_YEARS, life_years),
    g.rule("year dash name", YEAR_DASH_NAME, year_dash_name),
    g.rule("listed year", LISTED_YEAR, listed_year),
    g.rule("lone year", LONE_YEAR, lone_year),
    g.rule("day article", DAY_ARTICLE, day_article),
)
