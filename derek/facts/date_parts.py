"""The pieces of the date grammar: composed regex constants and the interpreters of rule matches.

``dates.py`` builds its ``RULES`` from these: each interpreter turns a match of
named groups (``year``, ``month``, ``day`` ...) into :class:`~derek.facts.resolve.Parts`,
or None when the match is no date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from . import grammar as g
from .data.calendar import NOT_SEASON_FORMS, WINTER_READY
from .data.months import (
    CASED_MONTH_ENDINGS,
    CASED_MONTHS,
    CITY_MONTHS,
    MONTH_ASSEMBLIES,
    MONTH_NOUN_PHRASES,
    MONTHS,
    NOUN_ENDINGS,
    NOUN_MONTHS,
    RU_MONTHS,
    SEASON_SENSE_MONTHS,
    SEASONS,
    WEEKDAYS,
)
from .date_context import show_season
from .numbers import NUMBER_WORDS, number_value
from .resolve import Parts

L = g.LOWER
NUM_SUFFIX = f"(?:-?[{L}]{{1,7}})?"  # 16-ншы, 15-інде, 6-сы, 2020-сыншы
NUM = f"(?:\\d{{1,4}}{NUM_SUFFIX}|{NUMBER_WORDS})"
ENDING = g.alt(NOUN_ENDINGS)
MONTH_STEM = "(?:" + "|".join(stem for stem, *_ in MONTHS + RU_MONTHS) + ")"
MONTH_NAME = MONTH_STEM + ENDING
AI = "ай(?:ы|ында|ының|ына|ынан|ындағы|да|дың|ға|дан)?"
# Session 6: the plural closing a list of months (``қыркүйек және қазан айларында``, test20) is ``айы`` too.
AI = f"(?:{AI}|айлар(?:ы|ында|ының|ына|ынан|ындағы|да|дың|ға|дан)?)"
MONTH = f"(?P<month>{MONTH_NAME})(?:{g.SP}(?P<ai>{AI}))?"
# ``1997 ж.т.`` is жылы туған 'born in' (session 35: news-test167, 254, 324)
YEAR_WORD = "(?:жыл(?:дар(?:ы|ында|ының|ына|ындағы|да|дағы|дың|ға|ғы|дан)?|ы|ғы(?:дан|дай|ға|мен)?|дың|да|дағы|ға|дан|мен|ды|ына|ынан|ында|ындағы|ының)?|ж\\.[ \\t]?т\\.?|жж?\\.|ж(?=[ \\t]*,)|жж?(?=[ \\t]*(?:\\n|$))|год(?:а|у|ом)?|г\\.)"
# A three-digit year only before ``жылы/жылғы`` (``201 жылы 30 қаңтарда``; ``300 жыл бойы`` is a span).
YEAR_NUM = f"(?P<year>\\d{{4}}{NUM_SUFFIX}|[1-9]\\d\\d(?=[ \\t]+жыл(?:ы|ғы)(?![{L}]))|[1-9]\\d-?(?:сыншы|сінші|інші|ыншы|нші|ншы|ші|шы)|{NUMBER_WORDS})"
# A short filler in brackets may stand between (TV transcripts: ``2023-інші (жылж) жылдан``).
YEAR = f"{YEAR_NUM}[ \\t-]*(?:\\([{g.LOWER}]{{1,8}}\\)[ \\t]*)?(?P<yword>{YEAR_WORD})"
REL_YEAR = "(?P<relyear>(?:осы|бұл|өткен|келесі|келер|алдағы|ендігі|ағымдағы|үстіміздегі|биылғы|былтырғы)[ \\t]+жыл(?:ы|ғы|дың|дағы|да|ды|мен|ға|дан)?(?![ \\t]+сайын)|биыл(?:ғы|дың|дан|ға|дыққа)?|былтыр(?:ғы|ғыдан|дың|дан|ға|мен|ғымен)?)"
ANY_YEAR = f"(?:{YEAR}|{REL_YEAR})"
DAY = f"(?P<day>{NUM})"
SEP = "[ \\t-]+"

_ORDINAL = re.compile("(?:ншы|нші|ыншы|інші|шы|ші)$", re.I)
_MONTH_RE = [(re.compile(stem, re.I), n, amb) for stem, n, amb, _ in MONTHS + RU_MONTHS]
_SEASON_SENSE = tuple(w for w, _ in SEASON_SENSE_MONTHS)
_NOUN_MONTHS = {w for w, _ in NOUN_MONTHS}
_NOUN_PHRASES = {
    month: re.compile("[ \\t]+(?:" + "|".join(n for m, n, _ in MONTH_NOUN_PHRASES if m == month) + ")", re.I)
    for month, _, _ in MONTH_NOUN_PHRASES
}
_WEEKDAYS = g.alt(w for w, _, _ in WEEKDAYS)


def _month(m: re.Match[str]) -> int | None:
    word = m.group("month")
    for regex, number, ambiguous in _MONTH_RE:
        if regex.match(word):
            d = m.groupdict()
            if ambiguous and not word.islower() and not (d.get("day") or d.get("ai") or d.get("month2")):
                return None  # Наурыз alone; ranged to a month it is one (Көкек — мамыр, session 6)
            return number
    return None


def _year(m: re.Match[str]) -> int | None:
    rel = m.groupdict().get("relyear")
    if rel:
        rel = rel.lower()
        if rel.startswith(("биыл", "осы", "бұл", "ағымдағы", "үстіміздегі")):
            return 0
        return -1 if rel.startswith(("былтыр", "өткен")) else 1
    raw = m.group("year")
    value = number_value(raw)
    words = raw.lower().split()
    rest = number_value(" ".join(words[1:])) if len(words) > 1 and words[0] == "жиырма" else None
    if rest and 10 <= rest <= 99 and _ORDINAL.search(raw):
        return 2000 + rest  # жиырма жиырмасыншы жылы: 'twenty twenty', 2020 said as two pairs of digits
    if value and 10 <= value <= 40 and _ORDINAL.search(raw):
        return 2000 + value  # он тоғызыншы жылғы, 23-інші жылға: a year of this century said short
    if value and 50 <= value <= 99 and _ORDINAL.search(raw):
        return 1900 + value  # тоқсан үшінші жылы: '93, a year of the last century said short
    if value and 100 <= value <= 999 and raw.isdigit():
        return value  # 201 жылы: a year of the first millennium (YEAR_NUM takes it before жылы/жылғы only)
    return value if value and 1000 <= value <= 2200 else None


def _parts(m: re.Match[str], **kw) -> Parts | None:
    d = m.groupdict()
    year = _year(m) if (d.get("year") or d.get("relyear")) else None
    if (d.get("year") or d.get("relyear")) and year is None:
        return None
    rel_year = d.get("relyear") is not None
    month = _month(m) if d.get("month") else None
    if d.get("month") and month is None:
        return None
    day = number_value(d["day"]) if d.get("day") else None
    if d.get("day") and not (day and 1 <= day <= 31):
        return None
    word = (d.get("month") or "").lower()
    if (
        rel_year
        and day is None
        and not d.get("ai")
        and word.startswith(_SEASON_SENSE)
        and d["relyear"].endswith("ғы")
    ):
        return Parts(year_shift=year)  # биылғы маусымда (a club's): this year's season of sport (round 13)
    if (
        day
        and year is None
        and not d["day"].isdigit()
        and any(word.startswith((w + "ы", w + "і")) for w in _SEASON_SENSE)
    ):
        # 4-інші маусымындағы: the fourth season (of a show), not 4 June; a bare cardinal
        # (``29 маусымында``) is the day (session 28: 3 of 3 in read news, none a season)
        return None
    if day and year is None and word.startswith(_SEASON_SENSE) and show_season(m.string, m.start(), m.end()):
        return None  # Екінші маусымда қатысушылар ...: a show's season (data/calendar.SHOW_WORDS)
    return Parts(
        year=None if rel_year else year, year_shift=year if rel_year else None, month=month, day=day, **kw
    )


# A capitalized month opening a sentence needs a case of time (``Қыркүйекте``; ``Қаңтар`` alone is none);
# session 6: the locative attribute too (``Қаңтардағы ауаның орташа температурасы``, test22).
_TIME_CASES = ("да", "де", "та", "те", "дан", "ден", "тан", "тен", "нан", "нен", "ға", "ге", "қа", "ке")
_TIME_CASES += ("дағы", "дегі", "тағы", "тегі")
_TIME_CASES += ("мен", "бен", "пен")  # Шілдемен салыстырғанда 'compared with July' (session 16)
_GENITIVES = ("ның", "нің", "дың", "дің", "тың", "тің")  # Шілденің ыстығында ысылған ...: July's heat


def _bare_month(m: re.Match[str]) -> Parts | None:
    word = m.group("month")
    opening = not m.string[: m.start()].strip() or m.string[: m.start()].rstrip()[-1] in ".!?\n«—–-:"
    city = word.lower().startswith(tuple(c for c, _ in CITY_MONTHS))
    listed = (
        _MONTH_LIST.match(m.string, m.end()) is not None
    )  # Тамыз, қыркүйек айларында; Қараша – сәуір айларында
    timely = not city and (word.endswith(_TIME_CASES + _GENITIVES) or listed)
    if not word.islower() and not (word[1:].islower() and (m.group("ai") or (opening and timely))):
        return None  # Қазан alone is the city; Қаңтар айы, Қыркүйекте, Шілденің ыстығында open sentences
    number = _month(m)
    ambiguous = next(amb for rx, _, amb in _MONTH_RE if rx.match(word))
    cased = word.islower() and any(word == w + e for w, _ in CASED_MONTHS for e in CASED_MONTH_ENDINGS)
    if number is None or (
        ambiguous
        and not m.group("ai")
        and not _MONTH_LIST.match(m.string, m.end())
        and not cased
        and not _ranged(m)
    ):
        return None  # наурыздағы (lower case, a case of time) is March; Наурыз the holiday
    noun = (
        word.lower() in _NOUN_MONTHS
        or word.lower().endswith(_GENITIVES)
        and word.lower()[:-3] in _NOUN_MONTHS
        # ауданның қазанын қомақтыландыру 'to fill the district's coffers': a possessed noun (session 20)
        or word.lower().endswith(("ы", "ын"))
        and word.lower().rstrip("н")[:-1] in _NOUN_MONTHS
    )
    if noun and not m.group("ai") and not _NEXT_MONTH.match(m.string, m.end()):
        return None  # құйылған қазан тұр, Бұл қазанның ерекшелігі: a cauldron (data/months.NOUN_MONTHS)
    phrase = _NOUN_PHRASES.get(word.lower())
    if phrase and not m.group("ai") and phrase.match(m.string, m.end()):
        return None  # қараша үйлердің: a humble home (data/months.MONTH_NOUN_PHRASES)
    if (
        not m.group("ai")
        and _ASSEMBLY.match(m.string, m.end())
        and any(rx.fullmatch(word) for rx, _, _ in _MONTH_RE)
    ):
        return None  # педагогтердің тамыз конференциясында: the August meeting's name (data/months.MONTH_ASSEMBLIES)
    return Parts(month=number)


# ``маусымнан тамызға дейін``, ``мамырдан маусымға дейін``: an ambiguous month ranged to another month is one
# (session 32, news-test299); ``бастап`` 'on' may follow the first (``қаңтарынан бастап маусымға дейін``; session 35)
_RANGE_TO = re.compile(f"(?:[ \\t]+бастап)?[ \\t]+{MONTH_NAME}(?<=а|е)[ \\t]+дейін", re.I)
_RANGE_FROM = re.compile(f"{MONTH_NAME}(?<=ан|ен)(?:[ \\t]+бастап)?[ \\t]+$", re.I)
_UNTIL = re.compile("[ \t]+дейін")


def _ranged(m: re.Match[str]) -> bool:
    """m: a bare month -> True if it opens (ablative) or closes (dative, before ``дейін``) a range of months."""
    word = m.group("month").lower()
    if word.endswith(("ынан", "інен", "ына", "іне")):
        return False  # жылыту маусымынан: the heating season's, a possessed noun
    if word.endswith(g.ABLATIVE):
        return _RANGE_TO.match(m.string, m.end()) is not None
    if word.endswith(("ға", "ге", "қа", "ке")) and _UNTIL.match(m.string, m.end()):
        return _RANGE_FROM.search(m.string[max(0, m.start() - 40) : m.start()]) is not None
    return False


_ASSEMBLY = re.compile(f"[ \\t]+{g.alt(w for w, _ in MONTH_ASSEMBLIES)}", re.I)


# The rest of a list of months closed by айлар: ``қаңтар, наурыз, маусым және тамыз айларында``.
_NEXT_MONTH = re.compile(f"[ \\t]*(?:,|және|мен|бен|пен)[ \\t]*{MONTH_NAME}", re.I)
_MONTH_LIST = re.compile(
    f"(?:[ \\t]*,[ \\t]*{MONTH_NAME})*[ \\t]*(?:,|және|мен|бен|пен|[–—-])[ \\t]*{MONTH_NAME}[ \\t]+айлар",
    re.I,
)


def _numeric(m: re.Match[str]) -> Parts | None:
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if len(m.group("y")) == 2:
        y += 2000 if y <= 50 else 1900  # 24.06.24, 18.05.23
    try:
        dt.date(y, mo, d)
    except ValueError:
        return None
    return Parts(year=y, month=mo, day=d)


def nth_weekday(m: re.Match[str]) -> Parts | None:
    """The month of ``тамыздың соңғы жексенбісі``: a recurring day unless a year is said."""
    p = _parts(m)
    if p is None:
        return None
    return p if p.year is not None or p.year_shift is not None else dataclasses.replace(p, recurring=True)


def _year_range(m: re.Match[str]) -> Parts | None:
    a, b = number_value(m.group("year")), number_value(m.group("year2"))
    if a and b and b < 100:
        b += a // 100 * 100  # 1990-95 жылдары: the second year said short
    if a and b and 1000 <= b < a <= 2200:
        a, b = b, a  # 1970 - 1960 жылдар ішінде: the ends written the other way round
    if not (a and b and 1000 <= a < b <= 2200):
        return None
    return Parts(year=a, year2=b)


_LISTED_BEFORE = re.compile("\\d{4}[ \\t]*(?:,|және|мен|бен|пен)[ \\t]*$")


def _decade(m: re.Match[str]) -> Parts | None:
    raw = m.group("dec")
    value = number_value(raw)
    if value is None or (
        len(raw) == 4 and _LISTED_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
    ):
        return None  # 1975, 1980 жылдары: the last of listed years (session 6), read by the year rule
    if value < 10 and raw[0].isdigit():
        value *= 10  # 9-ыншы жылдардағы: the nineties said by one digit
    if value < 100:
        value += 1900
    if value % 10 or not 1000 <= value <= 2200:
        return None
    return Parts(decade=value // 10)


_SEASON_CODES = {stem: code for stem, code, _ in SEASONS}
_NOT_SEASON = {w for w, _ in NOT_SEASON_FORMS}
_READY = re.compile(f"[ \\t]+{g.alt(w for w, _ in WINTER_READY)}", re.I)  # қысқа дайын: for the winter
_SHIFT_BEFORE = re.compile("(?:алдағы|осы|келесі|келер|өткен|биылғы)[ \\t]+$", re.I)


def _bare_season(m: re.Match[str]) -> Parts | None:
    """``Күзде``, ``көктемге``, ``көктем айынан``: this year's season."""
    if (
        m.group().lower() in _NOT_SEASON
        and not _SHIFT_BEFORE.search(m.string, 0, m.start())
        and not _READY.match(m.string, m.end())
    ):
        return None  # қысқа әрі нұсқа: 'short'; алдағы қысқа is still winter (data/calendar.NOT_SEASON_FORMS)
    if re.search("айлар", m.group(), re.I) and not _SHIFT_BEFORE.search(m.string, 0, m.start()):
        return None  # қақаған қыс айларында: 'in the winter months', generic
    return Parts(year_shift=0, season=_SEASON_CODES[(m.group("season") or m.group("season2")).lower()])


# the Roman numerals also written with the Kazakh і (І жартыжылдықта; session 12)
# алғашқы/соңғы: ``2025 жылдың алғашқы жартысында`` (session 17, news-test89)
_HALVES = {"бірінші": 1, "екінші": 2, "алғашқы": 1, "соңғы": 2, "i": 1, "і": 1, "ii": 2, "іі": 2}


def _half(m: re.Match[str]) -> Parts | None:
    raw = (m.group("h") or "").lower()
    if raw and raw not in _HALVES and number_value(raw) not in (1, 2):
        return None
    p = _parts(m)
    if p is None:
        return None
    shift = p.year_shift if p.year is not None or p.year_shift is not None else 0
    return Parts(year=p.year, year_shift=shift, half=_HALVES.get(raw) or number_value(raw) if raw else 0)


def _season(m: re.Match[str]) -> Parts | None:
    shift = (m.group("sshift") or "").lower()
    if m.group().lower().split()[0] in ("биыл", "былтыр") and m.group().lower().endswith(("гі", "ғы")):
        return None  # биыл көктемгі егіс: the adverb is the date, the season an adjective of the noun
    if shift and m.group().lower().endswith(("ге", "ға", "ке", "қа", "не", "на")):
        return None  # алдағы қысқа 'for the coming winter': the bare season reads it (test7)
    p = _parts(m) if shift == "" else Parts(year_shift=_SHIFT_WORDS.get(shift, 0))
    if p is None:
        return None
    code = _SEASON_CODES[m.group("season").lower()]
    return Parts(year=p.year, year_shift=p.year_shift, season=code)


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "І": 1, "Х": 10, "С": 100}


def _century_value(raw: str) -> int | None:
    raw = raw.upper()
    if not set(raw) <= set(_ROMAN):
        return number_value(raw.lower())  # 19-ғасырдың, жиырмасыншы ғасырда
    value, prev = 0, 0
    for ch in reversed(raw):
        v = _ROMAN[ch]
        value, prev = (value - v, prev) if v < prev else (value + v, v)
    return value


def _century_range(m: re.Match[str]) -> Parts | None:
    a, b = _century_value(m.group("cent")), _century_value(m.group("cent2"))
    if not (a and b and 1 <= a < b <= 22):
        return None
    return Parts(century=a - 1, century2=b - 1)


def _century(m: re.Match[str]) -> Parts | None:
    cent = m.group("cent")
    if cent[:1].isalpha() and not re.fullmatch(g.ROMAN, cent) and not _ORDINAL.search(cent):
        return None  # екі ғасыр болып 'for two centuries': a cardinal counts centuries, an ordinal names one
    value = _century_value(cent) or 0
    if not 1 <= value <= 22:
        return None
    dec = m.groupdict().get("dec")
    if dec:
        return Parts(decade=(value - 1) * 10 + int(dec) // 10)
    return Parts(century=value - 1)


_SHIFT_WORDS = {
    "өткен": -1,
    "алдыңғы": -1,  # 'the preceding': алдыңғы жылмен салыстырғанда (session 24, news-test158 and news-test168)
    "келесі": 1,
    "келер": 1,
    "алдағы": 1,
    "осы": 0,
    "ағымдағы": 0,
    "үстіміздегі": 0,
    "биыл": 0,
    "биылғы": 0,
    "былтыр": -1,
}
_UNITS = {
    "күн": "day",
    "тәулік": "day",
    "апта": "week",
    "жұма": "week",
    "ай": "month",
    "жыл": "year",
    "ғасыр": "century",
}


def _relative_unit(m: re.Match[str]) -> Parts | None:
    unit = _UNITS[m.group("unit").lower()]
    return Parts(shift=(unit, _SHIFT_WORDS[m.group("shift").lower()]))


def _relative_decade(m: re.Match[str]) -> Parts | None:
    """``өткен ғасырдың 60-ыншы жылдары``, ``өткен ғасырдағы 90 - жылдардың``: a decade of the last (or
    this) century; ``өткен ғасырдың 70 - 80 жылдары``: a range of two (test26, read after its scoring)."""
    dec = number_value(m.group("dec"))
    if dec is None or dec % 10 or not 0 <= dec < 100:
        return None
    dec2 = number_value(m.group("dec2")) if m.group("dec2") else None
    if dec2 is not None and not dec < dec2 < 100:
        return None
    return Parts(decade=dec, decade2=dec2, year_shift=_SHIFT_WORDS[m.group("shift").lower()] * 100)


def _rel_year(m: re.Match[str]) -> Parts | None:
    return Parts(year_shift=_year(m))
