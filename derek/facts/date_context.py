"""Sentence context that changes what a date expression means (round 9; data in ``data/calendar.py``).

Each check looks at the sentence around a match: ``ертең`` before a 'when' converb is 'some
day', ``бүгін`` in a sentence that ranks its subject is 'nowadays', ``маусым`` in a sentence
about a show is its season, a weekday with a word of frequency recurs, a feast named before a
year-less day in the present-future is the feast's yearly date, and a bare year after
``Город: Издательство,`` is a bibliography's year. Also the older checks (moved from dates.py):
a year-less month in a habitual sentence recurs, a bare season there is generic, and a day
defined as a holiday recurs.
"""

from __future__ import annotations

import re

from . import grammar as g
from .data.calendar import (
    FEAST_SETTING,
    FREQUENCY,
    HABITUAL,
    HOLIDAY_NAMERS,
    HOLIDAY_PREDICATES,
    HOLIDAY_SUBJECTS,
    HOLIDAY_WORDS,
    OCCASION_ENDINGS,
    PLAN_WORDS,
    RANKING_PREDICATES,
    SEASON_GENERIC_BEFORE,
    SEASON_HABITUAL,
    SHOW_WORDS,
    WHEN_ENDINGS,
    WINTER_THROUGH,
)
from .data.months import MONTHS, SEASONS
from .numbers import NUMBER_WORDS, number_value
from .resolve import Parts

L = g.LOWER
_END = re.compile(r"[.!?\n]")
_SEASON_STEMS = tuple(stem for stem, _, _ in SEASONS)
# A bare season word of time: ``қыс кезінде``, ``жазда``, ``күзге`` (not ``жазғы``, ``қысқа``); session 6: the
# ablative too, so ``Көктемнен күзге дейін`` sets two seasons against each other (test22).
_BARE_SEASON = re.compile(
    f"{g.B}({g.alt(_SEASON_STEMS)})(?:{g.SP}кезінде|да|де|та|те|ында|інде|ға|ге|нен|нан|тен|тан|ден|дан)(?![{L}])",
    re.I,
)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """text (str): text; start, end (int): a match -> the start and end of its sentence."""
    left = g.sentence_start(text, start)
    stop = _END.search(text, end)
    return left, stop.start() if stop else len(text)


_WHEN = re.compile(
    f"(?:[ \\t]+[^ \\t,.;!?\\n]+){{0,5}}?[ \\t]+[{L}]{{2,}}{g.alt(w for w, _ in WHEN_ENDINGS)}{g.E}", re.I
)


def tomorrow_when(text: str, end: int) -> bool:
    """``ертең ... болғанда``: a 'when' converb within five words after ``ертең`` makes it 'some day'."""
    return _WHEN.match(text, end) is not None


_RANKING = re.compile(
    f"[{L}]+(?:дың|дің|тың|тің|ның|нің)(?:[ \\t]+[{L}]+)?[ \\t]+{g.alt(w for w, _ in RANKING_PREDICATES)}[ \\t]*(?:[.!?]|$)",
    re.I,
)


def ranking_nowadays(text: str, end: int) -> bool:
    """``Қытай бүгін көшбасшы мемлекеттердің 1-і.``: the sentence ends ranking its subject."""
    stop = _END.search(text, end)
    tail = text[end : stop.end() if stop else len(text)]
    return _RANKING.search(tail) is not None


_SHOW = re.compile(g.B + g.alt(w for w, _ in SHOW_WORDS), re.I)


def show_season(text: str, start: int, end: int) -> bool:
    """``Екінші маусымда қатысушылар ...``: a word of a show in the sentence."""
    left, right = sentence_bounds(text, start, end)
    return _SHOW.search(text, left, right) is not None


_FREQUENT = re.compile(g.B + g.alt(w for w, _ in FREQUENCY), re.I)


_EVERY = re.compile(f"{g.B}(?:әр|әрбір)[ \\t]+$", re.I)


def frequent(text: str, start: int, end: int) -> bool:
    """``Жексенбі күні жол апаты жиілеп``: a word of frequency in the sentence, or ``әр/әрбір`` 'every'
    right before the date (``әрбір бейсенбі күні``, round 13)."""
    left, right = sentence_bounds(text, start, end)
    return _FREQUENT.search(text, left, right) is not None or _EVERY.search(text, left, start) is not None


_FEAST = re.compile(g.B + g.alt(w for w, _ in HOLIDAY_SUBJECTS) + g.E, re.I)


# 'this year' before the feast: its day that year, not every year (``Биыл Ораза айт мейрамы мамырдың 24-не
# түседі``: a feast of the moon's calendar; session 29, news-test243)
_THIS_YEAR = re.compile(f"{g.B}(?:биыл|(?:осы|ағымдағы|үстіміздегі)[ \\t]+жылы){g.E}", re.I)


def feast_before(text: str, start: int) -> bool:
    """``Жаңа жыл наурыздың жиырма бірінде``: a feast named before the date in its sentence, and no 'this year'."""
    left = g.sentence_start(text, start, ".!?\n,;")
    feast = _FEAST.search(text, left, start)
    return feast is not None and _THIS_YEAR.search(text, left, start) is None


_PUBLISHER = re.compile(f"[{g.alphabet_upper()}][{g.LETTER}]*\\.?[ \\t]*:[ \\t]*[^:.!?\\n]{{1,60}},[ \\t]*$")


def bibliography(text: str, start: int) -> bool:
    """``Алматы: Атамұра, 2012.``: a year after a place, a colon and a publisher."""
    return _PUBLISHER.search(text, max(0, start - 80), start) is not None


_Y4 = "(?:1[0-9]{3}|20[0-9]{2})"
BIBLIOGRAPHY_YEAR = f"(?P<year>{_Y4})(?=[ \\t]*(?:[.;]|$|,[ \\t]*№))"
_ISSUE = re.compile("[ \\t]*,[ \\t]*№")


def bibliography_year(m: re.Match[str]) -> Parts | None:
    """``Алматы: Атамұра, 2012.``: the year a book came out."""
    if _ISSUE.match(m.string, m.end()):  # («Жұлдыз», 1992, № 2): a periodical's year and issue (session 5)
        return Parts(year=int(m.group("year"))) if m.string[: m.start()].rstrip().endswith(",") else None
    return Parts(year=int(m.group("year"))) if bibliography(m.string, m.start()) else None


# A year in words may close the name too (round 13): ``«Қыс – екі мың он тоғыз» ... оқу-жаттығулары``.
_WORD_Y4 = f"(?:екі{g.SP}мың|(?:бір{g.SP})?мың{g.SP}тоғыз{g.SP}жүз)(?:{g.SP}{NUMBER_WORDS})?"
TITLE_YEAR = f"(?P<year>{_Y4}|{_WORD_Y4})(?=[ \\t]*»)"
_TITLE_DASH = re.compile("[—–-][ \\t]*$")
_PLAN = re.compile(f"[ \\t]*»[ \\t]*(?:деген[ \\t]+)?(?:{g.alt(w for w, _ in PLAN_WORDS)})", re.I)


def title_year(m: re.Match[str]) -> Parts | None:
    """``«Жыл үздігі — 2019» байқауында``: a year closing a name in quotes, after a dash."""
    if not _TITLE_DASH.search(m.string, max(0, m.start() - 5), m.start()):
        return None
    if _PLAN.match(m.string, m.end()):
        return None  # «Бизнес – 2020» деген жол картасы: a plan's target year
    year = number_value(m.group("year"))
    return Parts(year=year) if year and 1000 <= year <= 2200 else None


_HABITUAL = re.compile(g.alt(w for w, _ in HABITUAL), re.I)


def recurring(parts: Parts, text: str, start: int) -> bool:
    """A year-less month (no day) in a sentence that says it recurs (data/calendar.HABITUAL)."""
    if parts.month is None or parts.day is not None or parts.year is not None or parts.year_shift is not None:
        return False
    if parts.tense:
        return False
    left, right = sentence_bounds(text, start, start)
    return _HABITUAL.search(text, left, right) is not None


# ``жыл сайын 30 маусымға дейін``, ``Жыл сайын 20 қарашада``: a day said right after 'every year' recurs
# (session 15, news-test61: 2 of 2 in the read news parts)
_EVERY_YEAR_BEFORE = re.compile(r"(?:жыл[ \t]+сайын|әр[ \t]+жылы)[ \t]+$", re.I)


def every_year_day(parts: Parts, text: str, start: int) -> bool:
    """A year-less day of a month right after ``жыл сайын`` recurs every year (``XXXX-06-30``)."""
    if parts.day is None or parts.month is None or parts.year is not None or parts.year_shift is not None:
        return False
    return _EVERY_YEAR_BEFORE.search(text[max(0, start - 20) : start]) is not None


_SEASON_HABITUAL = re.compile(g.alt(w for w, _ in HABITUAL + SEASON_HABITUAL), re.I)


# A conditional verb in the season's clause (up to a comma): ``-са/-се`` with an optional person.
_CONDITIONAL = re.compile(f"[ \\t][{L}]{{3,}}(?:са|се)(?:м|қ|к|ң|ңыз|ңіз|ңдар|ңдер)?(?![{L}])", re.I)


# ``жылына`` before an amount that is no count of times is a rate (``қуаттылығы жылына 300 тоннаға жетеді``), not
# a habit (``жылына төрт рет``; session 14, news-test52)
_RATE = re.compile("[ \\t]+[\\d][\\d \\t.,]*(?![\\d \\t.,]*(?:рет|мәрте))", re.I)


_GENERIC_BEFORE = re.compile(f"{g.B}{g.alt(w for w, _ in SEASON_GENERIC_BEFORE)}[ \\t]*,?[ \\t]*$", re.I)
_THROUGH = re.compile(f"{g.SP}{g.alt(w for w, _ in WINTER_THROUGH)}", re.I)


def generic_season(parts: Parts, text: str, start: int, end: int) -> bool:
    """``Ай сайын ..., жазда 10000 төлейміз``: a bare season in a sentence that says it recurs is no date; nor one
    after ``әсіресе`` or a harsh winter's epithet, nor ``қыстан аман`` (session 35)."""
    if parts.season is None or not text[start:end].lower().startswith(_SEASON_STEMS):
        return False
    if _GENERIC_BEFORE.search(text, max(0, start - 20), start):
        return True
    if text[start:end].lower() == "қыстан" and _THROUGH.match(text, end):
        return True
    left, right = sentence_bounds(text, start, end)
    if any(
        m.group().lower() != "жылына" or not _RATE.match(text, m.end())
        for m in _SEASON_HABITUAL.finditer(text, left, right)
    ):
        return True
    comma = re.compile("[,;]").search(text, end, right)
    if _CONDITIONAL.search(text, end, comma.start() if comma else right) is not None:
        return True  # көктемде күн күрт жылынса, ... асып: a bare season in a condition is generic (round 13)
    own = text[start:end].lower()  # қыс кезінде ..., жазда ...: two seasons set against each other
    return any(
        m.group(1).lower() != own[: len(m.group(1))]
        for m in _BARE_SEASON.finditer(text, left, right)
        if not start <= m.start() < end
    )


# the dash may be a hyphen between spaces before a capital (``25 қазан - Республика күні``), and the day may be
# called a national or state holiday before it (``25 қазан ұлттық мереке – Республика күні``; session 14)
_HOLIDAY = re.compile(
    # (or a lower-case word, a name in quote marks: ``18 наурыз - "Ұлттық киім" күні``, ``31 мамыр - саяси қуғын-сүргін
    # ... құрбандарын еске алу күні``; session 20, news-test102 … 105; not a number: ``5 мамыр - 10 маусым``)
    f'[ \\t]*(?:(?:ұлттық|мемлекеттік)[ \\t]+мереке[ \\t]*)?(?:[—–]|-[ \\t]+(?=[«"“]?[^\\W\\d_]))'
    f"[^.!?\\n]*?\\b(?:{g.alt(w for w, _ in HOLIDAY_WORDS)})",
    re.I,
)
_HOLIDAY_PREDICATE = re.compile(
    f"[^.!?\\n—–]*?{g.B}{g.alt(w for w, _ in HOLIDAY_PREDICATES)}(?:сы|сі|ы|і)?[ \\t]*[,.;]", re.I
)


# ``23 маусым полиция күні болып ... бекітілді``, ``23 маусымды Полиция күні деп бекітті``: the clause sets the day as
# a feast's (data/calendar.FEAST_SETTING; session 29, news-test258)
_FEAST_SET = re.compile(
    f"[^.!?\\n]{{0,60}}?{g.B}күні[ \\t]+(?:болып|деп)[^.!?\\n]{{0,40}}?{g.B}{g.alt(w for w, _ in FEAST_SETTING)}",
    re.I,
)
_NAMED_DAY = re.compile("(?:" + "|".join(stem for stem, *_ in MONTHS) + ")$", re.I)
_HOLIDAY_NAMER = re.compile(f"{g.SP}{g.alt(w for w, _ in HOLIDAY_NAMERS)}{g.E}", re.I)


# The feast word of a dash clause in the dative or locative: the feast is the occasion of what the
# sentence tells (``9 мамыр – Жеңіс күніне орай ... акциясы болып өтті``), not its definition (session 30).
_OCCASION = re.compile(f"(?:с?[ыі])?н?(?:{g.alt(OCCASION_ENDINGS)}){g.E}", re.I)
_TODAY = re.compile(f"{g.B}бүгін{g.E}", re.I)


def occasion(text: str, start: int, feast_end: int) -> bool:
    """In a dated text, a dash feast that is this year's occasion: its word in the dative or locative
    (data/calendar.OCCASION_ENDINGS), or ``Бүгін`` before the day in its sentence (``Бүгін, 7 қыркүйек –
    ... Мұнайшылар күні``)."""
    if _OCCASION.match(text, feast_end):
        return True
    return _TODAY.search(text, g.sentence_start(text, start), start) is not None


def holiday(parts: Parts, text: str, start: int, end: int, dated: bool = False) -> bool:
    """A year-less day followed by a dash clause naming a day or feast, or by a clause that a holiday
    noun closes (data/calendar.HOLIDAY_WORDS, HOLIDAY_PREDICATES), or a nominative day before
    ``қарсаңында``/``мерекесі`` (HOLIDAY_NAMERS: ``9-ыншы мамыр қарсаңында``). In a dated text a dash
    feast that is the occasion of this year's event is no holiday's definition (``occasion``)."""
    if parts.day is None or parts.month is None or parts.year is not None or parts.year_shift is not None:
        return False
    if _NAMED_DAY.search(text, 0, end) and _HOLIDAY_NAMER.match(text, end):
        return True
    dash = _HOLIDAY.match(text, end)
    if dash is not None and not (dated and occasion(text, start, dash.end())):
        return True
    return _HOLIDAY_PREDICATE.match(text, end) is not None or _FEAST_SET.match(text, end) is not None
