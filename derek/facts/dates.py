"""Stage ``dates``: temporal expressions with TimeML-style values.

The grammar is a set of composed constants (``YEAR``, ``DAY``, ``MONTH`` ...) and
an ordered list of small named rules (``RULES``); :func:`find_dates` keeps the
longest interpretable match at each token start. Values are resolved against
the publication date only (see docs/facts.md for the value conventions).
"""

from __future__ import annotations

import datetime as dt
import re

from ..data.abbreviations import NON_TERMINAL
from ..doc import DateMention
from . import date_clause as clause
from . import date_context as ctx
from . import date_edges as edges
from . import date_filters as filters
from . import date_ranges as ranges
from . import date_records as records
from . import date_ru as ru
from . import date_spans as spans
from . import date_wiki as wiki
from . import date_written as written
from . import grammar as g
from .data.months import SEASON_ENDINGS
from .date_days import MIDNIGHT, _day_part, _deictic, _time, _weekday, midnight
from .date_parts import (
    _SEASON_CODES,
    _UNITS,
    _WEEKDAYS,
    ANY_YEAR,
    DAY,
    MONTH,
    MONTH_NAME,
    MONTH_STEM,
    NUM_SUFFIX,
    REL_YEAR,
    SEP,
    YEAR,
    YEAR_NUM,
    YEAR_WORD,
    L,
    _bare_month,
    _bare_season,
    _century,
    _century_range,
    _decade,
    _half,
    _numeric,
    _parts,
    _rel_year,
    _relative_decade,
    _relative_unit,
    _season,
    _year_range,
    nth_weekday,
)
from .numbers import NUMBER_WORDS
from .resolve import Parts, resolve
from .tense import Lookup, tensed

_PART_OF_DAY = (
    f"таңғы|түскі|кешкі|түнгі|кешкісін|кешке|түнде|таңертеңгі|таңертең|түстен{g.SP}кейінгі|түстен{g.SP}кейін"
)

# A plural after an hour says "about" (сағат ондардың шамасында, таңғы бестерде: about 10, about 5).
_APPROX = "(?:дар|дер|тар|тер|лар|лер)?"
# Zero minutes said as digits of a clock (сағат он нөл-нөлден: 10:00).
_ZERO = "(?:[ \\t]+нөл[ \\t-]нөл)?"
# minutes after the hour: ``14:30``, ``9.40``; after a hyphen only when they cannot be an hour (``сағат 09-50-де``,
# ``таңғы 8-05``; ``сағат 10-12`` is a range of hours; session 11)
_MIN_SEP = "(?:[:.][ \\t]?|-(?=(?:0\\d|2[5-9]|[3-5]\\d)(?!\\d)))"
# from one hour to another in digits: ``сағат 12.00-ден 14.00-ге дейін`` (session 7), ``кешкі 18.00-ден 22.00-ге дейін``
# (session 16); in words with a part of day between, two times (``таңғы 9-дан кешкі 8-ге дейін``)
# (``бастап`` may come before the second, and after ``сағат`` a part of day: ``сағат 07.00-ден бастап сағат 20.00-ге
# дейін``, ``таңғы сағат 6-дан түнгі 23.00-ге дейін``: every news annotator marks one range, 16 of 16; session 18)
_UNTIL_TAIL = (
    "(?:сағат[ \\t]+)?(?P<h3>\\d{1,2})(?:[:.](?P<min3>\\d{2}))?[-–—]?(?:ге|ке|не|ға|қа|на)[ \\t]+дейін"
)
_FROM_HOUR = "[-–—]?(?:ден|тен|нен|дан|тан|нан)[ \\t]+(?:бастап[ \\t]+)?"
# (an en dash may stand for the hyphen before the ending: ``сағат 18:00–ден 06:00–ге дейін``; session 20, news-test102)
_UNTIL = _FROM_HOUR + _UNTIL_TAIL
_UNTIL_CLOCK = _FROM_HOUR + "(?:(?P<tpart3>таңғы|түскі|кешкі|түнгі)[ \\t]+)?" + _UNTIL_TAIL
# an end opened by a part of day only after a clock's minutes (``00:00-ден таңғы``), not after a bare hour
_DAY_PART_END = f"(?:(?<=[:.]\\d\\d)|(?!{_FROM_HOUR}(?:таңғы|түскі|кешкі|түнгі)))"
_HALF = "(?P<half>[ \\t]+жарым)?"  # таңғы сегіз жарымнан: half past eight (session 10, news-test14)
# a month in the genitive, a year perhaps before it: ``2005 жылғы сәуірдің``, ``шілденің`` (the days after it follow)
_MONTH_OF = f"{MONTH_STEM}(?:[ыі]?ның|[ыі]?нің|дың|дің|тың|тің)"  # шілденің, сәуірдің, қаңтарының
# ... or a month and айының (``қыркүйек айының 15 күні``, ``желтоқсан айының 10- жұлдызына``; session 14, news-test58)
_GENITIVE_MONTH = f"(?:{ANY_YEAR}{g.SP})?(?P<month>{_MONTH_OF}|{MONTH_STEM}{g.SP}айының){g.SP}"

# Cases a month takes when it is no date's middle (``1 қарашадан 2025 жылдың 15 ақпанына дейін``: the year
# that follows opens the range's other end; session 28, news-test237).
_CASE_ENDINGS = (*g.DATIVE, *g.LOCATIVE, *g.ABLATIVE)
_MONTH_STEM_RE = re.compile(MONTH_STEM)


def _day_month_year(m: re.Match[str]) -> Parts | None:
    """``5 қараша 2025 жыл``: the year closes a day and month only when the month (or its ``айы``) has no case."""
    ai = m.group("ai")
    word = (ai or m.group("month")).lower()
    stem = 2 if ai else _MONTH_STEM_RE.match(word).end()
    if word[stem:].endswith(_CASE_ENDINGS):
        return None
    return _parts(m)


RULES = (
    g.rule(
        "numeric", r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?:[ \t]*(?:жж?\.|жылы|жылғы))?", _numeric
    ),
    g.rule(  # 18-03-2022, 18/03/2022: the same with a hyphen or a slash, the year this era's (session 11)
        "numeric dashed",
        r"(?<![\d/-])(?P<d>\d{1,2})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d/]|-\d)"
        r"(?:[ \t]*(?:жж?\.|жылы|жылғы))?",
        _numeric,
    ),
    g.rule("iso", r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})", _numeric),
    g.rule(  # 24.06.24: two digits each, the year this century's or the last's (session 14, news-test46 datelines)
        "numeric short year",
        r"(?<![\d.,/-])(?P<d>\d{2})\.(?P<m>\d{2})\.(?P<y>\d{2})(?![\d-]|[/.,]\d)",
        _numeric,
    ),
    # a comma may part the year from its day or month (``2024 жылдың, 27-наурызында``, ``2019 жыл, шілде айы``;
    # session 29, news-test250, 257)
    g.rule("year day month", f"{ANY_YEAR},?{g.SP}{DAY}{SEP}{MONTH}", _parts),
    g.rule("year month", f"{ANY_YEAR},?{g.SP}{MONTH}", filters.year_month),  # not 1917 жылы Ақпан революциясы
    g.rule("day month year", f"{DAY}{SEP}{MONTH}{g.SP}{YEAR}", _day_month_year),
    # a table's or chart's column heading: ``Тамыз 2021`` on a line of its own (session 33, news-test330)
    g.rule(
        "month year line",
        f"(?P<month>{MONTH_STEM})[ \\t]+(?P<year>(?:19|20)\\d{{2}})(?=[ \\t]*(?:\\n|$))",
        _parts,
    ),
    g.rule("day month", f"{DAY}{SEP}{MONTH}", _parts),
    *wiki.RULES,  # encyclopedic prose: date_wiki.py
    *written.RULES,  # written prose, session 5: date_written.py
    *records.RULES,  # years in written records, session 6: date_records.py
    g.rule(
        "days month",
        f"(?P<day>\\d{{1,2}}(?:-[{L}]{{1,6}})?|{NUMBER_WORDS})[ \\t]*{g.DASH}[ \\t]*"
        f"(?P<day2>\\d{{1,2}}(?:-[{L}]{{1,6}})?|{NUMBER_WORDS}){SEP}{MONTH}",
        spans.day_range,
    ),
    g.rule(  # session 7 (real news): days listed before one month are a range, first to last
        "listed days month",  # a year may open it: 2024 жылдың 10 мен 16 маусым аралығында (session 26)
        f"(?:{ANY_YEAR}{g.SP})?(?P<day>\\d{{1,2}})(?:,[ \\t]*\\d{{1,2}})*(?:,[ \\t]*|[ \\t]+(?P<joint>және|мен|пен|бен)[ \\t]+)"
        f"(?P<day2>\\d{{1,2}}){SEP}{MONTH}(?P<between>(?={g.SP}аралығ))?",
        spans.listed_days,
    ),
    g.rule(  # session 27: days listed with және before the last are days each (``22 және 24 шілдеде``: 22 and 24
        # July; ``7, 8, 9 және 10 мамырда``), unless ``аралығында`` 'between' follows (spans.listed_days)
        "listed day",
        f"(?P<day>\\d{{1,2}})(?=(?:,[ \\t]*\\d{{1,2}})*[ \\t]+және[ \\t]+\\d{{1,2}}{SEP}{MONTH}(?!{g.SP}аралығ))",
        _parts,
    ),
    g.rule(  # the day after a genitive month only: шілденің 6-сы (not наурыз айында 2-нші тест); also the
        # formal 'N-th day' word жұлдыз: маусымның 30 жұлдызында, қазанның 5-жұлдызы
        "month day",
        _GENITIVE_MONTH
        + f"(?P<day>\\d{{1,2}}(?=[ \\t-]*жұлдыз)|\\d{{1,2}}-?[{L}]{{1,7}}|{spans.WORD_DAY}"
        # the ending glued on (``сәуірдің 15інде``) or none before дейін (``тамыздың 20 дейін``; session 29)
        + f"|\\d{{1,2}}(?={g.SP}(?:күн(?:і|інде|іне|інен)|дейін)(?![{L}])))(?:[ \\t-]*жұлдыз[{L}]*)?"
        + spans.DAY_NOUN,  # 6-сындағы; қазанның бірінші күні (session 10)
        _parts,
    ),
    g.rule(  # қараша айының 16, 17, 18-і күндері: days listed after a genitive month, first to last (session 14)
        "month listed days",
        _GENITIVE_MONTH
        + f"(?P<day>\\d{{1,2}})(?:,[ \\t]*\\d{{1,2}})*(?:,[ \\t]*|[ \\t]+(?:және|мен|пен|бен)[ \\t]+)"
        f"(?P<day2>\\d{{1,2}})(?:-[{L}]{{1,7}})?(?:{g.SP}күндер[{L}]*)?",
        spans.day_range,
    ),
    g.rule(  # тамыздың соңғы жексенбісі, қыркүйек айының үшінші жексенбісі: the nth weekday of a month, a day
        # that comes every year (professional days), dated by its month (session 11)
        "month weekday",
        f"(?:{ANY_YEAR}{g.SP})?(?P<month>{_MONTH_OF}|{MONTH_STEM}{g.SP}айының)"
        # алғашқы 'first' as бірінші (session 34: шілденің алғашқы жексенбісінде, the Day of the Dombra, 2 in the read parts)
        f"{g.SP}(?:соңғы|бірінші|алғашқы|екінші|үшінші|төртінші|[1-4]-?[{L}]{{0,4}}){g.SP}{_WEEKDAYS}[{L}]*",
        nth_weekday,
    ),
    g.rule(  # session 8 (news-test9): маусымның 15-21 аралығында, a month's days from first to last
        "month days",
        _GENITIVE_MONTH + f"(?P<day>\\d{{1,2}})(?:-[{L}]{{1,6}})?[ \\t]*{g.DASH}[ \\t]*(?P<day2>\\d{{1,2}})"
        f"(?:-[{L}]{{1,7}}(?:{g.SP}аралығ[{L}]*|{g.SP}күндер[{L}]*)?|{g.SP}аралығ[{L}]*|{g.SP}күндер[{L}]*)",
        # қаңтардың 26-27-сіне: the case ending on the last day marks the range too (session 9, news-test11)
        spans.day_range,
    ),
    g.rule("month span", spans.MONTH_SPAN, spans.month_span),
    g.rule("day month range", spans.DAY_MONTH_RANGE, spans.day_month_range),
    g.rule("season month", spans.SEASON_MONTH, spans.season_month),
    g.rule("animal year", spans.ANIMAL_YEAR, spans.animal_year),
    g.rule("season edge", spans.SEASON_EDGE, spans.season_edge),
    g.rule("season day", spans.SEASON_DAY, spans.season_day),
    g.rule("night between", spans.NIGHT_BETWEEN, spans.night_between),
    g.rule("bracket year", spans.BRACKET_YEAR, spans.bracket_year),
    g.rule("decade range", spans.DECADE_RANGE, spans.decade_range),
    g.rule("month ai day", spans.MONTH_AI_DAY, _parts),
    g.rule("month edge", edges.MONTH_EDGE, edges.month_edge),
    g.rule("anaphor", edges.ANAPHOR, edges.anaphor),
    g.rule("month days to", edges.MONTH_DAYS_TO, edges.month_days_to),
    g.rule("month days between", edges.MONTH_DAYS_BETWEEN, edges.month_days_to),
    g.rule("relative month day", edges.REL_MONTH_DAY, edges.relative_month_day),
    g.rule("listed", edges.LISTED, edges.listed),
    g.rule("day after kuni", edges.DAY_AFTER_KUNI, edges.day_after_kuni),
    g.rule("word clock", edges.WORD_CLOCK, edges.word_clock),
    g.rule(
        "relative month",
        f"(?P<mshift>өткен|келесі|келер|алдағы){g.SP}{MONTH}(?P<since>{g.SP}бері)?",
        spans.relative_month,
    ),
    g.rule("month", MONTH, _bare_month),
    g.rule(
        "month day words",
        f"(?:{ANY_YEAR}{g.SP})?(?P<month>{MONTH_STEM}(?:дың|дің|тың|тің|ның|нің)){g.SP}(?P<day>{NUMBER_WORDS})"
        f"(?:сы|сі|ы|і)(?:нда|нде|на|не|нан|нен|ның|нің|н)?(?:{g.SP}күн[{L}]*)?",
        _parts,
    ),
    g.rule(
        "month day range",
        f"{MONTH}{g.SP}{DAY}[{L}]{{0,3}}{g.SP}(?:мен|пен|бен|[-–—]){g.SP}(?P<month2>{MONTH_NAME}){g.SP}(?P<day2>{edges.DAY_FORM})"
        f"(?:{g.SP}күндер[{L}]*)?(?:{g.SP}аралығ[{L}]*)?",
        spans.month_range,
    ),
    g.rule(
        "season",
        f"(?:{ANY_YEAR}|(?P<sshift>осы|бұл|өткен|келесі|келер|алдағы|биылғы|биыл|былтыр)){g.SP}"
        f"(?P<season>{g.alt(_SEASON_CODES)}){g.alt(SEASON_ENDINGS)}",
        _season,
    ),
    g.rule(
        "bare season",
        f"(?P<season>{g.alt(_SEASON_CODES)})(?:інде|ында|де|да|те|та|ге|ға|ке|қа|нен|нан|ден|дан|тен|тан)"
        f"(?:{g.SP}ай[{L}]*)?{g.E}|(?P<season2>{g.alt(_SEASON_CODES)}){g.SP}(?:ай[{L}]*|мезгілінде{g.E})",
        _bare_season,  # жаз мезгілінде 'in the summer season' (session 17, news-test98; not қыс мезгіліне 'for it')
    ),
    g.rule(
        "half year",
        f"(?:(?:(?:{ANY_YEAR}|жылдың){g.SP})?(?P<h>бірінші|екінші|алғашқы|соңғы|[12]-?[{L}]{{0,5}}|[IІ]{{1,2}}(?![{L}]))|(?P<cur>осы))"
        f"(?:{g.SP}|-)жарты[ \\t]?(?:жылды[қғ][{L}]*|жылдың(?![{L}]))",  # І жартыжылдығында, 1-жарты...
        _half,
    ),
    g.rule(
        "this half year",  # биылғы жарты жылдың ішінде: this year's (first) half (session 8, news-test8)
        f"(?:биылғы|осы{g.SP}жылғы){g.SP}жарты{g.SP}жыл(?:дың|да|ында|ы)",
        edges.this_half,
    ),
    g.rule(
        "year edge",
        # ``Жыл қорытындысы`` 'the year's results', жыл bare, names a report, no date (session 18: 4 of 4 in the read
        # news parts); ``2024 жылдың қорытындысы``, ``Жылдың қорытындысымен`` (facts_dev) stay the year
        f"(?:{ANY_YEAR}{g.SP}(?:соңы|аяғы|ортасы|қорытынды)|(?<![әӘ]р[ \\t])жыл(?:дың{g.SP}(?:соңы|аяғы|ортасы|қорытынды)"
        f"|{g.SP}(?:соңы|аяғы|ортасы)))[{L}]*"
        # a bare year's start, in the locative only (``жыл басынан (бері)`` is no date; session 20: in the eighty read
        # news parts every dated article's ``жыл басында``, 5 of 5, is the year)
        f"|(?<![әӘ]р[ \\t])(?<![{L}])жыл{g.SP}басында(?![{L}])",
        edges.year_edge,
    ),
    g.rule(
        # ``жыл басынан (бері)`` 'since the start of the year': the publication's year (session 28: in the read news
        # parts every dated article's, 10 of 10, is marked, no undated one's, 1 of 32; without a publication date it
        # resolves to nothing, like ``биыл``); not ``әр жыл басынан``. ``Жыл басталғалы`` and ``жыл басталғаннан бері``
        # 'since the year began' too (session 30: 2 of 2 in the read dated articles)
        "year start since",
        f"(?<![әӘ]р[ \\t])(?<![{L}])жыл(?:дың)?{g.SP}(?:басынан(?![{L}])(?:{g.SP}(?:бері|бастап)(?![{L}]))?"
        f"|басталғалы(?![{L}])|басталғаннан{g.SP}бері(?![{L}]))",
        lambda m: Parts(year_shift=0),
    ),
    g.rule(
        # ``Апта басында`` 'early this week' (session 20: 3 of 3 in the eighty read news parts); its genitive, its end and
        # a shift word (``Аптаның басында``, ``апта соңына дейін``, ``Жаңа аптаның басында`` 'early next week'; session 21:
        # 8 of the 9 such week edges in the ninety-two read news parts marked; not ``әр апта соңында``, a habit)
        "week edge",
        f"(?<![{L}])(?<!әр[ \\t])(?:(?P<rel>жаңа|келесі|келер|алдағы|өткен){g.SP})?апта(?:ның)?{g.SP}"
        f"(?:бас|соң|аяғ)(?:ында|ына)(?![{L}])",
        edges.week_edge,
    ),
    g.rule(
        # ``бірер күн бұрын`` 'a day or two ago', ``осыдан бірнеше күн бұрын``, ``бірер апта бұрын``, ``бірнеше жыл
        # бұрын``: a time back from now not counted, its unit not known (``XXXX-XX-XX``, ``XXXX-WXX``, ``XXXX``; session 20:
        # in the eighty read news parts 9 of the 10 such counts back in undated articles; in dated ones none of 7 in the
        # news parts and facts_dev, so none there; forward, ``бірнеше аптадан кейін``, 1 of 4, left); ``санаулы`` 'a handful
        # of' the same, and ``біраз`` 'quite a few' after ``осыдан`` (session 35: news-test169, 239; bare, news-test283)
        "few ago",
        f"(?<![{L}])(?:(?:осыдан|бұдан){g.SP})?(?:бірер|бірнеше|санаулы|(?<=осыдан )біраз|(?<=бұдан )біраз){g.SP}(?P<unit>күн|апта|ай|жыл){g.SP}бұрын(?![{L}])",
        lambda m: Parts(shift=(_UNITS[m.group("unit").lower()], -1), vague=True),
    ),
    g.rule("year start", spans.YEAR_START, spans.year_start),
    g.rule("year half", clause.YEAR_HALF, clause.year_half),
    g.rule("year day", spans.YEAR_DAY, spans.year_day),
    g.rule("title year", ctx.TITLE_YEAR, ctx.title_year),
    g.rule(
        "years",
        f"{YEAR_NUM}[ \\t]*{g.DASH}[ \\t]*(?P<year2>\\d{{4}}|\\d{{2}}(?![\\d-])|{NUMBER_WORDS}){NUM_SUFFIX}[ \\t-]*"
        f"(?:(?:оқу|қаржы|маусым){g.SP}{YEAR_WORD}(?:{g.SP}{edges.SCHOOL_EDGE})?|{YEAR_WORD})",  # 2020-2021 оқу жылында
        _year_range,
    ),
    # session 13: Биылғы оқу жылында (2025/2026), 2019 жылдың 9 айында, қарашаның екінші онкүндігі
    g.rule("school year", edges.SCHOOL_YEAR, edges.school_year),
    g.rule("months into year", edges.MONTHS_INTO_YEAR, edges.months_into_year),
    g.rule("month dekad", edges.MONTH_DEKAD, edges.month_dekad),
    g.rule("month last day", edges.MONTH_LAST_DAY, edges.month_last_day),
    g.rule(
        "decade",
        # 30- шы жылдары: a space after the hyphen (session 16)
        f"(?P<dec>\\d{{4}}|\\d0(?:(?:-[ \\t]?)?[{L}]{{1,6}})?|[5-9]-?(?:ыншы|інші|шы|ші)|{NUMBER_WORDS})[ \\t-]*жылдар[{L}]*",
        _decade,
    ),
    g.rule("year", YEAR, _parts),
    g.rule(  # 2001 – «Әулие ата» (Өскеменде); a chronology's line opened by a bare year (session 14, news-test52)
        "listed year",
        r"(?<![^\n])(?P<y>(?:1[89]|20)\d\d)(?=[ \t]*(?:[–—-][ \t]+[^\d\s]|:[ \t]))",
        lambda m: Parts(year=int(m.group("y"))),
    ),
    g.rule(
        "century",
        f"(?P<cent>{g.ROMAN}|\\d{{1,2}}{NUM_SUFFIX}|{NUMBER_WORDS}){SEP}(?:ғасыр[{L}]*|век(?:а|е|ом)?)",
        _century,
    ),
    g.rule(
        "century decade",
        f"(?P<cent>{g.ROMAN}|\\d{{1,2}}{NUM_SUFFIX}){SEP}ғасырдың{g.SP}(?P<dec>\\d0)(?:-?(?:шы|ші|ыншы|інші))?[ \\t-]*жылдар[{L}]*",
        _century,
    ),
    g.rule(
        "century range",
        f"(?P<cent>{g.ROMAN}|\\d{{1,2}}{NUM_SUFFIX}|{NUMBER_WORDS})[ \\t]*[-–—][ \\t]*"
        f"(?P<cent2>{g.ROMAN}|\\d{{1,2}}{NUM_SUFFIX}|{NUMBER_WORDS}){SEP}ғасыр[{L}]*",
        _century_range,
    ),
    g.rule(
        "relative century decade",
        f"(?P<shift>өткен|осы){g.SP}ғасыр(?:дың|дағы){g.SP}(?P<dec>\\d0|{NUMBER_WORDS})(?:-?[{L}]{{1,6}})?"
        f"(?:[ \\t]*[-–—][ \\t]*(?P<dec2>\\d0)(?:-?[{L}]{{1,6}})?)?[ \\t-]*жылдар[{L}]*",
        _relative_decade,
    ),
    g.rule("relative year", REL_YEAR, _rel_year),
    g.rule(
        "this month edge",  # ай соңына дейін 'by the end of the month': this month (session 8, news-test8)
        # and its start in the locative (``Айдың басында``; session 21, news-test111)
        f"{g.B}(?:(?P<mshift>осы|ағымдағы){g.SP})?ай(?:дың)?{g.SP}(?:(?:соңы|аяғы)[{L}]*|басында(?![{L}]))",
        edges.this_month_edge,
    ),
    g.rule(
        "relative unit",
        f"(?P<shift>өткен|алдыңғы|келесі|келер|алдағы|осы|ағымдағы|үстіміздегі){g.SP}(?P<unit>тәулік|апта|ай(?=ы(?!п|р)|д(?!ау)|ғ|мен(?![{L}])|(?![{L}]))|жыл(?!ыт|у)|ғасыр)(?!дар|тар|лар|дер|тер|лер|дық|дік|тық|тік|лық|лік)[{L}]*",
        _relative_unit,
    ),
    g.rule(
        "ago",
        f"(?:(?:осыдан|бұдан){g.SP})?(?P<n>\\d{{1,4}}|{NUMBER_WORDS}|{spans.FRACTION})(?:[ \\t]*[-–—][ \\t]*(?P<n2>\\d{{1,4}}|{NUMBER_WORDS}))?"
        f"{g.SP}(?P<unit>күн|апта|жұма|ай|жыл|ғасыр)[{L}]*(?:{g.SP}(?:астам|аса|артық)(?:{g.SP}уақыт)?)?"
        f"{g.SP}(?P<dir>бұрын(?:ғы(?:дан|дай|ға|да|ның)?)?|кейін|соң)",  # 80 жылдан астам уақыт бұрын: 'over 80 years ago' (session 9)
        # бір жыл бұрынғыдан 'than a year before' (session 14: news-test47 and two more annotators)
        spans.ago,
    ),
    g.rule(  # тәулік 'a day and night' counted back from now (``осыдан үш тәулік бұрын``; session 35, news-test167); not
        # from an event (``2 тәуліктен соң ... табылды``, ``жөнелтуге дейін ... 1 тәулік бұрын``: no dates in the sets)
        "ago days and nights",
        f"(?:осыдан|бұдан){g.SP}(?P<n>\\d{{1,3}}|{NUMBER_WORDS}){g.SP}(?P<unit>тәулік){g.SP}(?P<dir>бұрын)(?![{L}])",
        spans.ago,
    ),
    g.rule(
        "deictic",
        f"(?P<w>кеше(?:гі|ден|лі)?|бүгін(?:гі|нен|нің)?|ертең(?:гі|нен|ге)?|бүрсігүні|алдыңғы күні|өткен түн(?:і|де))(?!-)(?P<tail>{g.SP}(?:таң|күн)[{L}]*)?",
        _deictic,
    ),
    g.rule(
        "weekday",
        f"(?:(?P<wshift>өткен|келесі|келер|алдағы){g.SP})?(?P<wd>{_WEEKDAYS}[{L}]*)(?P<kun>{g.SP}күн[{L}]*)?",
        _weekday,
    ),
    g.rule(
        "time",
        f"(?:(?P<tpart>{_PART_OF_DAY}){g.SP})?сағат{g.SP}(?:(?P<tpart2>таңғы|түскі|кешкі|түнгі){g.SP})?"
        f"(?P<h>\\d{{1,2}}|{NUMBER_WORDS})(?:{_MIN_SEP}(?P<min>\\d{{2}}))?{_ZERO}{_HALF}"
        f"(?:{_UNTIL_CLOCK}"  # сағат 12.00-ден 14.00-ге дейін: a range (session 7)
        # сағат 12:00-14:00 аралығында: a range of whole hours (session 16)
        f"|(?:[ \\t]*[-–—][ \\t]*(?P<h2>\\d{{1,2}}|{NUMBER_WORDS})(?:(?<=\\d)[:.]00)?(?![:.\\d]))?(?:-?{_APPROX}[{L}]{{1,4}})?)",
        _time,
    ),
    g.rule(  # the hour and minutes said as words (``6 сағат 15 минутта``, ``15 сағат 00 мин.``): a clock time, at it
        # (read news parts: all five marked, session 35); no days before it (``7 күн 22 сағат 13 минут``: a length)
        "hour minute words",
        f"(?:(?P<tpart>таңғы|түскі|кешкі|түнгі){g.SP})?(?<!күн )(?P<h>\\d{{1,2}}){g.SP}сағат{g.SP}"
        f"(?P<min>\\d{{2}}){g.SP}(?:минутта|минутында|мин\\.)",
        _time,
    ),
    g.rule(
        "quarter",
        f"(?:(?:{ANY_YEAR}|жылдың){g.SP})?(?P<q>бірінші|екінші|үшінші|төртінші|алғашқы|соңғы|[1-4]-?[{L}]{{0,5}}|[1-4][ \\t](?:ші|шы)|(?:[IІ]{{1,3}}|[IІ]V)(?:-(?:ші|шы))?)(?:{g.SP}|(?<=\\d-)|-(?=тоқсан|ширег))"  # 1-тоқсанында (session 14), І-тоқсанында (22), I-ші тоқсанында (31)
        # ширек 'a quarter' is the same (``2021 жылдың бірінші ширегінде``; session 18)
        f"(?:тоқсан(?:да|ында|ының|ның|ы|ға|ына|ынан|нан|ындағы|дағы|ымен|мен)|ширег(?:інде|індегі|інің|іне|інен|імен|і))(?![{L}])",
        spans.quarter,
    ),
    g.rule(
        "day part",
        f"(?P<part>таңғы|түскі|кешкі|түнгі){g.SP}(?P<h>\\d{{1,2}}|{NUMBER_WORDS})(?:{_MIN_SEP}(?P<min>\\d{{2}}))?{_ZERO}{_HALF}"
        # after a clock's minutes a part of day may open the end too: ``түнгі 00:00-ден таңғы 06:00-ге дейін``, one
        # range (session 25, news-test182); ``таңғы 9-дан кешкі 8-ге дейін`` stays two times (facts_dev's reading)
        f"(?:{_DAY_PART_END}{_UNTIL_CLOCK}|-?{_APPROX}[{L}]{{1,4}}|(?<=[:.]\\d\\d))",  # таңғы 9.00 шамасында: a clock's minutes need no ending
        _day_part,
    ),
    g.rule("midnight", MIDNIGHT, midnight),
    g.rule("word year", edges.WORD_YEAR, edges.word_year),
    g.rule("today long", clause.TODAY_LONG, clause.today_long),
    g.rule("bare day", clause.BARE_DAY, clause.bare_day),
    g.rule("clock", f"(?P<h>\\d{{1,2}}):(?P<min>\\d{{2}})(?:-?[{L}]{{1,4}})?", _time),
    g.rule(  # session 7 (real news): 9.40-та, 23.30-да, at or from a time (not 3.50-ге 'to 3.50', a price);
        # minutes 00 or over 12, so no day.month (12.05-те)
        "dot clock",
        f"(?P<h>[01]?\\d|2[0-3])\\.(?P<min>00|1[3-9]|[2-5]\\d)-(?:да|де|та|те|дан|ден|тан|тен|нан|нен)(?![{L}])",
        _time,
    ),
    g.rule(  # 19-00 сағ.: a clock with a hyphen before the hour's abbreviation (session 29, news-test247); not
        # 15-16 сағат '15 to 16 hours'
        "hyphen clock",
        f"(?P<h>[01]?\\d|2[0-3])-(?P<min>00|[3-5]\\d){g.SP}сағ\\.",
        _time,
    ),
    g.rule("day no month", spans.DAY_NO_MONTH, spans.day_no_month),
    g.rule("bibliography year", ctx.BIBLIOGRAPHY_YEAR, ctx.bibliography_year),
    g.rule("ru day", ru.RU_DAY, ru.ru_day),
    g.rule("ru relative", ru.RU_RELATIVE, ru.ru_relative),
    g.rule("ru ago", ru.RU_AGO, ru.ru_ago),
    g.rule("ru weekday", ru.RU_WEEKDAY, ru.ru_weekday),
    g.rule("ru decade", f"(?:в{g.SP})?(?P<dec>\\d{{3}}0)-?х{g.SP}год(?:ах|ов|ы)", _decade),
)


# Words a date expression can start with: a cheap filter before the rules are tried.
# an abbreviation that ends no sentence (data/abbreviations.NON_TERMINAL: ``15 маусым, сағ. 19:00``, ``1991 ж.``)
_NON_TERMINAL = re.compile(
    r"(?<![^\s,(])(?:" + "|".join(re.escape(a) for a in sorted(NON_TERMINAL, key=len, reverse=True)) + ")",
    re.I,
)
_FIRST = re.compile(
    f"(?:\\d|{g.ROMAN}[ \\t–—-]|"
    + MONTH_NAME
    + "|"
    + _WEEKDAYS
    + "|"
    + NUMBER_WORDS
    + "|"
    + spans.ANIMAL_FIRST
    + "|"
    + spans.FRACTION
    + "|көктем|жаз|күз|қыс|жыл|бұдан|бұл[ \\t]+(?:жыл|көктем|жаз|күз|қыс)|сол[ \\t]+(?:жыл|күн)|жаңа[ \\t]+(?:жыл|оқу)|оқу[ \\t]+жыл|биыл|былтыр|осы|өткен|келесі|келер|алдағы|ағымдағы|үстіміздегі|ендігі|кеше|бүгін|ертең|бүрсігүні|алдыңғы|таңғы|түскі|кешкі|түнгі|түн[ \\t]|айдың[ \\t]|кешке|таңертең|түстен|сағат|ай[ \\t]+(?:соңы|аяғы)|апта(?:ның)?[ \\t]+(?:бас|соң|аяғ)|жаңа[ \\t]+апта|бірер[ \\t]|бірнеше[ \\t]|біраз[ \\t]|санаулы[ \\t]|"
    + ru.RU_FIRST
    + ")",
    re.I,
)


def find_dates(
    text: str,
    published: dt.date | None = None,
    starts: list[int] | None = None,
    lookup: Lookup | None = None,
) -> list[DateMention]:
    """text (str): text; published (date | None): anchor; starts (list[int] | None): token starts;
    lookup (Callable | None): word -> (lemma, upos), for the tense of a date's verb -> mentions."""
    if starts is None:
        starts = g.word_starts(text)
    found = []
    last_day: str | None = None
    last_year: str | None = None
    last_end = -100
    sentence_year, year_end = None, -1  # the last year a date named outright, for year-less ones after it
    named_year, named_end = None, -1  # ... or a range named, for a year before it (``өткен жылмен``)
    heading: tuple[str, int] | None = None  # a day heading a list (``27 тамыз:``) and where it ends
    starts = [i for i in starts if _FIRST.match(text, i) and not _NUMBERED.search(text[max(0, i - 2) : i])]
    for start, end, parts, name in g.longest(text, starts, RULES):
        if ctx.generic_season(parts, text, start, end) or not clause.keep(name, parts, text, end, lookup):
            continue
        if written.drop(parts, name, text, start, end, published) or filters.drop(parts, text, start, end):
            continue  # кіші шілде: the folk period; Кешегі in an undated text: 'former'; б.з.б. 3 ғасыр
        if name in ("clock", "dot clock") and filters.schedule(text, start, end):
            continue  # Жұмыс уақыты: ... 10:00-ден 18:00-ге дейін: opening hours, every day (session 29)
        if published is None and wiki.timeless_season(parts, text, start, end, lookup):
            continue  # Аюлар қыста ұйқыға кетеді: a habit stated in an undated text
        parts = edges.antecedent(parts, text, start, found, published)
        if parts is None:
            continue  # сол жылы with no year before it in the paragraph
        parts = edges.decade_century(parts, text[start:end], start, text, found)
        recurs = (
            parts.recurring  # шілденің алғашқы жексенбісінде: every year's, no year from the sentence (session 35)
            or ctx.recurring(parts, text, start)
            or ctx.every_year_day(parts, text, start)
            or ctx.holiday(parts, text, start, end, published is not None)
            or edges.yearly(parts, text, start, end, lookup)
        )  # жылына төрт рет: қаңтар, наурыз ...: XXXX-01; 16 желтоқсан — Тәуелсіздік күні
        if (
            not recurs
        ):  # a feast's day takes no year from the sentence (2019 жылдан бастап ... 28 маусым – ... күні)
            parts = written.adjust(parts, text, start, end, found, published)
            if parts is None:
                continue  # келесі жылы in an undated text, with no year before it
        # a time takes the day its sentence named up to 120 characters back (``26 қазан күні ... әуежайынан түнгі
        # сағат 22.30-да``; session 31: 60 left two read parts' times undated, facts_dev unchanged)
        near = start - last_end <= 120 and _same_sentence(text, last_end, start)
        anchor = last_day if parts.hour is not None and near else None
        if parts.hour is not None and anchor is None and heading is not None:
            anchor = _listed(text, heading, start)  # 27 тамыз:\n- сағат 10.00-де ...: a programme's day
        if parts.vague and published is not None:
            continue  # бірнеше күн бұрын in a dated text: the sets mark it only where no day is known at all (7 of 7 none)
        pub = None if recurs or parts.vague else published
        if not recurs:
            parts = edges.inherit_year(parts, text[start:end], last_year if near else None)
            # a year-less day after a date naming its year in the sentence is that year's (session 15 in undated
            # texts; session 17 in dated ones too: ``14 наурыз 2024 жылы ... , 16 наурыздан бастап``)
            parts = edges.sentence_year(
                parts, sentence_year if _same_sentence(text, year_end, start) else None
            )
            if published is not None and _same_sentence(text, named_end, start):
                parts = edges.year_before(parts, named_year, text, start, end)
        if pub is not None:
            parts = tensed(parts, text, end, pub, lookup)
        value, granularity = resolve(parts, pub, anchor)
        if filters.unknown(value, published, text[start:end]):
            continue  # Осы жылы in an undated text: nothing known
        found.append(DateMention(start, end, text[start:end], value, granularity))
        if granularity == "day" and (_HEADING.match(text, end) or _alone(text, start, end)):
            heading = (value, end)
        if granularity == "day" or (granularity == "time" and not value.startswith("X")):
            last_day = value.split("T")[0]  # таңғы сағат жетіден кешкі сегізге дейін: one day
        else:
            last_day = None
        last_end = end
        last_year = value[:4] if value[:4].isdigit() and granularity != "century" else None
        if parts.year is not None and granularity in ("year", "month", "day"):
            sentence_year, year_end = parts.year, end
        if parts.year is not None and granularity in ("year", "month", "day", "range"):
            named_year, named_end = parts.year, end
    return edges.same_period(text, ranges.joined_spans(text, ranges.join(text, ranges.anchored(text, found))))


# a day that heads a list: a colon ends its line (``27 тамыз:``, ``30 тамыз күні:``)
_HEADING = re.compile(r"(?:[ \t]+күні)?[ \t]*:[ \t]*\n")
# a list item's line, or an empty one, or a line that a clock time opens (a fixture list: ``7 наурыз\n14.00. «Оқжетпес» -
# «Елімай»\n16:00. ...``; session 20, news-test99 … 105)
_ITEM = re.compile(r"[ \t]*(?:[-–—•*·][ \t]*|$|\d{1,2}[:.]\d{2}(?!\d))")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def _alone(text: str, start: int, end: int) -> bool:
    """text (str); start, end (int): a day -> True when it stands alone on its line (a schedule's day heading)."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _LINE_END.match(text, end) is not None


def _listed(text: str, heading: tuple[str, int], start: int) -> str | None:
    """text (str); heading: a day heading a list and its end; start (int): a clock time's start -> the day,
    if every line from the heading to the time is a list item (``27 тамыз:\n- сағат 10.00-де ... көрмесі;\n-
    сағат 18.00-де ...``: both times on 27 August; session 16, a city's programme)."""
    day, end = heading
    lines = text[end:start].split("\n")[1:]  # the time's own line among them: no newline, no list
    return day if lines and all(_ITEM.match(line) for line in lines) else None


# an issue's or an item's number is no day: ``№20, 30 қаңтар, 2018 жыл`` (session 15, news-test62)
_NUMBERED = re.compile(r"№[ \t]?$")


def _same_sentence(text: str, end: int, start: int) -> bool:
    """No sentence ends between ``end`` and ``start`` (abbreviations' points aside)."""
    return 0 <= end <= start and not re.search(r"[.!?\n]", _NON_TERMINAL.sub("", text[end:start]))


def run(work) -> None:
    """work (Analysis): fills ``work.dates`` from the text, resolved against ``work.published``."""
    starts = sorted({t.start for t in work.tokens}) or None
    forms = {t.text.lower(): (t.lemma or "", t.pos or "") for t in work.tokens}
    view = g.caps_lowered(work.text)  # a headline in capitals reads as running text
    found = find_dates(view, work.published, starts, forms.get)
    if view is not work.text:
        found = [
            DateMention(d.start, d.end, work.text[d.start : d.end], d.value, d.granularity) for d in found
        ]
    work.dates = found
