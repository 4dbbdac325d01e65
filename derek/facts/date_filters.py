"""Session 6: what the date rules read in written prose that is no date (errors of test22, read).

- a century, year or millennium of the era before ours (``б.з.б. 3 ғасыр``, ``Б.з.д. IV — II
  ғасырлар``): derek has no value for it, and the set leaves it out (data/calendar.ERA_BC);
- a capitalized weekday inside a sentence, without ``күні``, is a name (``..., Бейсенбіге барлай
  қарапты``), as a capitalized month alone is (``Қазан``, the city);
- a capitalized month right after a year, with no day and no ``айы``, names an event (``1917 жылы Ақпан
  революциясына``): the year alone is the date (capitalized months inside a sentence with no day before
  them: 20 in the read parts, none a date);
- a day of a possessive month after a genitive that is no year (``жарықтың 7 қазанына``): the possessor
  of a month's day is its year (``2011 жылдың 23 қыркүйегінде``, ``Сол жылдың 29 қазанында``);
- a count of years before 'more than' or 'nearly' is a duration (``1000 жылдан астам тарихы``, ``1500
  жылға жуық``): the set's durations of this form (``30 жылдан астам еңбек өтілі``, ``130 жылдан аса
  уақытқа``, ``20 жылға жуық``: 7) are none of them dates; ``2020 жыл бойы`` stays (throughout 2020);
- a magnitude word read as the count's start after digits (``3 мың жыл бұрын`` read from ``мың``: 3000
  years, not 1000; test22);
- a weekday with the suffix ``-лық/-лік`` is a noun (``сенбілік`` 'a Saturday clean-up', not seen in the set);
- in a text with no publication date, a year in which nothing is known (``XXXX``: ``Осы жылы``,
  ``Келесі маусымда``, ``Бұдан 3 мың жыл бұрын``) is no date: the set never has one (the 4 such values
  derek gave in test20 and test22 were all false alarms), except a count of years back from the writer's
  now (``бұдан 21 жыл бұрын``: test23, read after its held-out scoring, has two, both ``XXXX``); nor is 'now' (``Бүгін Сырдария аңғары - ...
  өңір``, test20: 'nowadays'; no undated ``бүгін`` form in the set is a date); ``XXXX-XX-XX`` (``кеше``)
  is not seen there and stays.

Session 7: a date right before a street or square noun is part of a place name (``8 наурыз көшесі``,
test26, read after its scoring; data/calendar.PLACE_NAME_NOUNS); a bare year closing a name in «» after a
dash is the edition in the name (``«Шығыс салбурыны – 2025» фестивалі``, ``«Жастар жалыны - 2016»``: real
news pages, news-dev and news-test4, both annotated so by different annotators).
"""

from __future__ import annotations

import re

from . import grammar as g
from .data.calendar import ERA_BC, PLACE_NAME_NOUNS, SCHEDULE_WORDS
from .data.months import MONTHS, WEEKDAYS
from .date_parts import _parts
from .numbers import NUMBER_WORDS
from .resolve import Parts

_ERA = "(?:" + "|".join(rx for rx, _ in ERA_BC) + ")"
# The marker right before the date, or before the first end of a range whose second end the date is.
_ERA_BEFORE = re.compile(
    f"(?<![{g.LETTER}]){_ERA}[ \\t]*(?:(?:{g.ROMAN}|\\d{{1,4}})[ \\t]*{g.DASH}[ \\t]*)?$", re.I
)
_ERA_AFTER = re.compile(f"[ \\t]*{_ERA}", re.I)


def before_era(text: str, start: int, end: int) -> bool:
    """text (str); start, end (int): a date -> True when an era-before-ours marker stands right before
    it (``б.з.б. 3 ғасыр``, ``Б.з.д. IV — II ғасырлар``) or right after it."""
    return (
        _ERA_BEFORE.search(text, max(0, start - 60), start) is not None
        or _ERA_AFTER.match(text, end) is not None
    )


_WEEKDAY = re.compile(g.alt(stem.capitalize() for stem, _, _ in WEEKDAYS))
_OPENING = '.!?\n«“"—–:('


def weekday_name(parts: Parts, text: str, start: int, end: int) -> bool:
    """parts (Parts); text (str); start, end (int): a date -> True for a capitalized weekday alone inside a
    sentence (``барлай қарапты, Бейсенбіге``): a person's name; ``Жексенбі күні`` opening one stays."""
    if parts.weekday is None or not _WEEKDAY.match(text, start) or " " in text[start:end].strip():
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in _OPENING


_MONTH_POSSESSIVE = re.compile(
    f"\\d{{1,2}}(?:-[{g.LOWER}]+)?[ \\t-]+(?:{'|'.join(s for s, *_ in MONTHS)})(?:сы|сі|ы|і)",
    re.I,
)
_GENITIVE_BEFORE = re.compile(f"([{g.LETTER}]+(?:{'|'.join(g.GENITIVE)}))[ \\t]+$", re.I)


def not_year_possessor(text: str, start: int) -> bool:
    """text (str); start (int): a date -> True for a day of a possessive month after a genitive word that
    is no year (``жарықтың 7 қазанына``): ``жылдың 23 қыркүйегінде`` stays a date."""
    if not _MONTH_POSSESSIVE.match(text, start):
        return False
    owner = _GENITIVE_BEFORE.search(text, max(0, start - 40), start)
    return owner is not None and not owner.group(1).lower().startswith(("жыл", "ай"))


def year_month(m: re.Match[str]) -> Parts | None:
    """``2025 жылдың тамыз айында``: the month of that year; None for ``1917 жылы Ақпан революциясына``."""
    month = m.group("month")
    if month[:1].isupper() and not m.group("ai"):
        return None  # the year rule reads the year alone
    return _parts(m)


_MORE_THAN = re.compile(
    f"(?:(?<=жылдан)|(?<=жылға)|(?<=ғасырдан)|(?<=ғасырға))[ \\t]+(?:астам|аса|артық|жуық)(?![{g.LETTER}])",
    re.I,
)  # centuries too: 2 - 3 ғасырдан астам мерзімге (test23, read after its scoring)
_NOUN_SUFFIX = re.compile("(?:лық|лік)", re.I)


_IN_A_ROW = re.compile(
    f"[ \\t]+қатарынан(?![{g.LETTER}])", re.I
)  # оныншы жыл қатарынан 'the tenth year running'


def duration(text: str, end: int) -> bool:
    """text (str); end (int): a date's end -> True for ``1000 жылдан астам``, ``1500 жылға жуық``,
    ``2 - 3 ғасырдан астам``, ``оныншы жыл қатарынан`` (session 8, news-test9)."""
    return _MORE_THAN.match(text, end) is not None or _IN_A_ROW.match(text, end) is not None


def weekday_noun(parts: Parts, text: str, start: int, end: int) -> bool:
    """parts (Parts); text (str); start, end (int): a date -> True for ``сенбілік`` (a weekday + ``-лік``)."""
    if parts.weekday is None:
        return False
    word = re.match(f"[{g.LETTER}]+", text[start:end])
    stem = next((s for s, _, _ in WEEKDAYS if word and word.group().lower().startswith(s)), "")
    return bool(stem) and _NOUN_SUFFIX.match(word.group(), len(stem)) is not None


_MAGNITUDE = re.compile(f"(?<=\\d)[ \\t]+(?:жүз|мың|миллион|миллиард)(?![{g.LETTER}])", re.I)


def split_count(text: str, start: int) -> bool:
    """text (str); start (int): a date's start -> True when it opens with ``мың`` or ``жүз`` right after
    digits (``3 мың жыл бұрын``): the rule read a piece of a larger count."""
    space = len(text[:start]) - len(text[:start].rstrip(" \t"))
    return space > 0 and _MAGNITUDE.match(text, start - space) is not None


# a count of years in words, bare: мың жыл, екі жүз жыл (a calendar year in words is an ordinal:
# мың тоғыз жүз тоқсан бірінші жылы); before бұрын/кейін it is a count back and stays
_WORD_COUNT = re.compile(f"(?:{NUMBER_WORDS})[ \\t]+жыл(?:да|дан|ға)?", re.IGNORECASE)
_FROM = re.compile("[ \t]+(?:бұрын|кейін)", re.IGNORECASE)
# a count of many: ондаған мың жылдан кейін 'tens of thousands of years on' (session 20, news-test101)
_MANY_BEFORE = re.compile(r"(?:ондаған|жүздеген|мыңдаған|бірнеше)[ \t]+$", re.IGNORECASE)


def word_count(text: str, start: int, end: int) -> bool:
    """text (str); start, end (int): a match -> True for a bare count of years in words (``жасының мың жыл
    екендігін`` 'that his age is a thousand years'; test25, read after its scoring), in a case too (``мың
    жылда бір болатын`` 'once in a thousand years'; session 20, news-test101)."""
    if _WORD_COUNT.fullmatch(text, start, end) is None:
        return False
    if _MANY_BEFORE.search(text, max(0, start - 20), start):
        return True
    if _FROM.match(text, end):
        return False
    return not text[start:end].split()[-2].lower().endswith(("ншы", "нші"))  # жиырмасыншы жыл: a year


_PLACE_NAME = re.compile(  # the name may be in quotes: «Бірінші Мамыр» ауылында
    f'[»"”]?[ \\t]+(?:{"|".join(stem for stem, _ in PLACE_NAME_NOUNS)})[{g.LETTER}]*', re.IGNORECASE
)


def place_name(text: str, end: int) -> bool:
    """text (str); end (int): a match's end -> True when a street or square noun follows (a place name)."""
    return _PLACE_NAME.match(text, end) is not None


# ``ертеңгі`` 'tomorrow's' before a noun of life or time to come is 'future' (``ертеңгі өмірге деген сенімсіздік``,
# ``ертеңгі тарих үшін``, ``ертеңгі күнді бағамдау``; session 13: news-test26, news-test33, KazNERD's test)
_FUTURE_NOUN = re.compile(
    f"[ \\t]+(?:өмір|тарих|ұрпақ|болашақ|күнге(?![{g.LETTER}])|күнді(?![{g.LETTER}])|күннің(?![{g.LETTER}]))",
    re.I,
)


def future_adjective(text: str, start: int, end: int) -> bool:
    """text (str); start, end (int): a match -> True for ``ертеңгі`` before a noun of what is to come."""
    return text[start:end].lower() == "ертеңгі" and _FUTURE_NOUN.match(text, end) is not None


_TITLE_BEFORE = re.compile(r"«[^«»\n]{1,60}[ \t][–—-][ \t]*$")
_TITLE_AFTER = re.compile(r"[ \t]*»")


def title_year(text: str, start: int, end: int) -> bool:
    """text (str); start, end (int): a match -> True for a bare year closing a «...» name after a dash."""
    return (
        text[start:end].isdigit()
        and _TITLE_AFTER.match(text, end) is not None
        and _TITLE_BEFORE.search(text, max(0, start - 64), start) is not None
    )


# a plan's span inside a «...» name (``«2020-2025 жылдарға арналған мемлекеттік бағдарламасы»``, ``«... дамытудың 2026
# жылға дейінгі тұжырымдамасы»``): part of the name, no date (session 31, news-test298: the read parts' gold marks
# none of 7 such names; the same words outside quotes, or in quoted speech with a sentence's end, are dates, 24 of 29)
_NAME_OPEN = re.compile(r"«[^«».!?\n]*$")
# (the name closes on its head noun's possessive, ``арналған`` or ``туралы``, not on a finite verb: ``«... 2030-ыншы
# жылға дейінгі тұрақты даму мақсаттарын қолдаймыз», — деді`` is speech, facts_dev)
_NAME_CLOSE = re.compile(r"[^«».!?\n]{0,150}?(?:сы|сі|ы|і|ған|ген|туралы)»")
_FOR_YEARS = re.compile(r"[ \t]+(?:арналған|дейінгі)(?![\w])")


def plan_name(text: str, start: int, end: int) -> bool:
    """text (str); start, end (int): a match -> True for the years of a plan named in «...»."""
    return (
        _FOR_YEARS.match(text, end) is not None
        and _NAME_OPEN.search(text, max(0, start - 200), start) is not None
        and _NAME_CLOSE.match(text, end) is not None
    )


# ``кеше және бүгін``, ``кеше мен бүгін``, ``бүгіні мен ертеңі``: 'then and now', a headline's pair, no day
# (session 15, news-test62: ``Арыс вокзалы: кеше және бүгін``)
# — a title's words, after a colon or dash or alone on their line, ending it (``Ол кеше және бүгін Астанада
# болды`` names two days)
_THEN_AND_NOW = re.compile(
    r"(?:^|(?<=\n)|(?<=[:–—-][ \t]))[ \t]*(?:кеше(?:сі|гісі)?|бүгін(?:і|гісі)?)[ \t]+(?:және|мен|һәм)[ \t]+"
    r"(?:бүгін(?:і|гісі)?|ертең(?:і|гісі)?)[ \t.!?]*(?=\n|$)",
    re.I,
)


def then_and_now(text: str, start: int, end: int) -> bool:
    """text (str); start, end (int): a match -> True inside ``кеше және бүгін``, 'then and now'."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[lo : hi if hi >= 0 else len(text)]
    return any(m.start() <= start - lo and end - lo <= m.end() for m in _THEN_AND_NOW.finditer(line))


# a game's score, not a clock: ``20:38 есебімен``, ``Қорытынды есеп – 14:15`` (session 20, news-test96)
_SCORE_AFTER = re.compile(f"[ \\t]*(?:есеб|есеп)[{g.LETTER}]*", re.IGNORECASE)
_SCORE_BEFORE = re.compile(r"есеп[ \t]*[–—:-]?[ \t]*$", re.IGNORECASE)
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
# a count of hours: ``1 сағат 22 минут`` 'one hour twenty-two minutes' (session 20, news-test101)
_HOURS_BEFORE = re.compile(r"(?<![\d.,:])\d{1,3}[ \t]+$")
# a part of a century: ``өткен ғасырдың екінші ширегінде`` (session 20, news-test100)
_CENTURY_BEFORE = re.compile(f"ғасыр[{g.LETTER}]*[ \\t]+$", re.IGNORECASE)


def score(text: str, start: int, end: int) -> bool:
    """text (str); start, end (int): a match -> True for a game's score read as a clock (``20:38 есебімен``)."""
    return _CLOCK.fullmatch(text, start, end) is not None and (
        _SCORE_AFTER.match(text, end) is not None
        or _SCORE_BEFORE.search(text, max(0, start - 12), start) is not None
    )


# a ratio or a map's scale, no clock: ``1:50.000 масштабты`` (session 24, news-test163)
_NUMBER_GOES_ON = re.compile(r"[.,]\d")


def scale(text: str, start: int, end: int) -> bool:
    """text (str); start, end (int): a match -> True for a clock-like ratio whose number goes on (``1:50.000``)."""
    return _CLOCK.fullmatch(text, start, end) is not None and _NUMBER_GOES_ON.match(text, end) is not None


# the week's day in general: ``аптаның бейсенбі күні «балық күні» ретінде таңдалып`` (session 24, news-test164)
# ... and every such day: ``Аптаның әр сейсенбі күнінде``, ``Әр сенбі сайын``, ``дүйсенбі сайын өтетін`` (session 35:
# none of the read parts' three is marked)
_OF_THE_WEEK = re.compile(r"(?<![^\W\d_])(?:аптаның|әр)[ \t]+$", re.I)
_EVERY_AFTER = re.compile(r"[^\W\d_]+[ \t]+сайын(?![^\W\d_])", re.I)


def week_day_generic(parts: Parts, text: str, start: int) -> bool:
    """parts (Parts); text (str); start (int): a match -> True for a weekday named as a day of any week."""
    return parts.weekday is not None and (
        _OF_THE_WEEK.search(text, max(0, start - 10), start) is not None
        or _EVERY_AFTER.match(text, start) is not None
    )


def hours(text: str, start: int) -> bool:
    """text (str); start (int): a match -> True for ``сағат`` counting hours after a number (``1 сағат 22 минут``)."""
    return (
        text[start : start + 5].lower() == "сағат"
        and _HOURS_BEFORE.search(text, max(0, start - 6), start) is not None
    )


# a timetable's words in the sentence (data/calendar.SCHEDULE_WORDS), and ``сағат`` before a clock that is an event's
_SCHEDULE = re.compile(f"{g.B}{g.alt(w for w, _ in SCHEDULE_WORDS)}", re.I)
_SENTENCE_END = re.compile(r"[!?\n]|(?<!сағ)\.(?!\d)")  # not the point of ``10.00`` or ``сағ.``
_HOUR_WORD = re.compile(f"{g.B}сағ(?:ат|\\.)", re.I)


def schedule(text: str, start: int, end: int) -> bool:
    """text (str); start, end (int): a bare clock time -> True for an opening hour: no ``сағат`` before it in
    its sentence, and a timetable's word in it (``Жұмыс уақыты: жұмыс күндері – 10:00-ден 18:00-ге дейін``)."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=0)
    stop = _SENTENCE_END.search(text, end)
    right = stop.start() if stop else len(text)
    return _HOUR_WORD.search(text, left, start) is None and _SCHEDULE.search(text, left, right) is not None


def century_part(text: str, start: int, end: int) -> bool:
    """text (str); start, end (int): a match -> True for a quarter of a century (``ғасырдың екінші ширегінде``)."""
    span = text[start:end].lower()
    return ("ширег" in span or "тоқсан" in span) and _CENTURY_BEFORE.search(
        text, max(0, start - 20), start
    ) is not None


def drop(parts: Parts, text: str, start: int, end: int) -> bool:
    """parts (Parts); text (str); start, end (int): a match -> True when it is no date (see above)."""
    return (
        word_count(text, start, end)
        or before_era(text, start, end)
        or weekday_name(parts, text, start, end)
        or not_year_possessor(text, start)
        or duration(text, end)
        or split_count(text, start)
        or weekday_noun(parts, text, start, end)
        or place_name(text, end)
        or title_year(text, start, end)
        or plan_name(text, start, end)
        or future_adjective(text, start, end)
        or then_and_now(text, start, end)
        or score(text, start, end)
        or scale(text, start, end)
        or week_day_generic(parts, text, start)
        or hours(text, start)
        or century_part(text, start, end)
    )


# a count of years back or on from the writer's now: бұдан 21 жыл бұрын, осыдан 5 жыл бұрын (not millennia)
_COUNT_FROM_NOW = re.compile(
    rf"(?:\d{{1,3}}|{NUMBER_WORDS}|бірер|бірнеше|біраз)(?<!мың)\s+жыл\w*\s+(?:бұрын|кейін)", re.IGNORECASE
)  # in words too: Осыдан екі жыл бұрын (session 8, news-test9); not counted: бірнеше жыл бұрын (session 20)


def unknown(value: str, published, span: str = "") -> bool:
    """value (str): a resolved value; published (date | None); span (str): the expression -> True for a
    year with nothing known (``XXXX``, a school year ``XXXX/XXXX``) or 'now' (``PRESENT_REF``) in an undated text, unless the year is a
    count back from the writer's now (``бұдан 21 жыл бұрын`` stays ``XXXX``: test23's two such dates)."""
    if published is not None or value not in ("XXXX", "PRESENT_REF", "XXXX/XXXX"):
        return False
    return not (value == "XXXX" and _COUNT_FROM_NOW.search(span))
