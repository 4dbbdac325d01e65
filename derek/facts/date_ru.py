"""Russian relative dates (``вчера``, ``в прошлом году``, ``три дня назад``, ``в пятницу``).

Patterns and interpreters for ``dates.RULES``; the words live in ``data/russian.py``.
"""

from __future__ import annotations

import re

from . import grammar as g
from .data.russian import (
    RU_COUNT_UNITS,
    RU_DAY_WORDS,
    RU_NOWADAYS_BEFORE,
    RU_NUMBERS,
    RU_SHIFTS,
    RU_UNITS,
    RU_WEEKDAYS,
)
from .resolve import Parts


def _group(entries, name: str) -> str:
    return f"(?P<{name}>" + "|".join(f"(?:{stem})" for stem, *_ in entries) + ")"


def _lookup(entries, word: str):
    return next(value for stem, value, _ in entries if re.fullmatch(stem, word, re.I))


_PREP = f"(?:(?:в|во|на){g.SP})?"
RU_DAY = _group(RU_DAY_WORDS, "ruday")
RU_RELATIVE = f"{_PREP}{_group(RU_SHIFTS, 'rushift')}{g.SP}{_group(RU_UNITS, 'ruunit')}"
_NUMBER = "\\d{1,3}|" + "|".join(w for w, _, _ in RU_NUMBERS)
RU_AGO = (
    f"(?:(?P<run>{_NUMBER}){g.SP})?{_group(RU_COUNT_UNITS, 'rucount')}{g.SP}назад"
    f"|(?P<after>через){g.SP}(?:(?P<run2>{_NUMBER}){g.SP})?{_group(RU_COUNT_UNITS, 'rucount2')}"
)
RU_WEEKDAY = (
    f"(?:в|во){g.SP}(?:(?P<wshift>прошл(?:ый|ую|ое)|следующ(?:ий|ую|ее)){g.SP})?{_group(RU_WEEKDAYS, 'ruwd')}"
)
# The first words of these expressions, for ``dates._FIRST``.
_STEMS = "|".join(stem for stem, *_ in RU_DAY_WORDS + RU_SHIFTS + RU_WEEKDAYS)
RU_FIRST = (
    f"(?:в|во|на)[ \\t]+(?:{_STEMS}|\\d)|через|"  # в/на only before a word of these rules
    + "|".join(stem for stem, *_ in RU_DAY_WORDS + RU_SHIFTS + RU_COUNT_UNITS + RU_NUMBERS)
)

_NOWADAYS = re.compile(g.alt(w for w, _ in RU_NOWADAYS_BEFORE) + "[ \\t]+$", re.I)


def ru_day(m: re.Match[str]) -> Parts | None:
    """``вчера``, ``Сегодня``; ``на сегодня`` 'as of now' and ``«Религия сегодня»`` (a title) are none."""
    before = m.string[max(0, m.start() - 10) : m.start()]
    if _NOWADAYS.search(before) or m.string.startswith("»", m.end()):
        return None
    return Parts(shift=("day", _lookup(RU_DAY_WORDS, m.group("ruday"))))


def ru_relative(m: re.Match[str]) -> Parts | None:
    """``в прошлом году``, ``на следующей неделе``, ``этого месяца``."""
    unit = _lookup(RU_UNITS, m.group("ruunit"))
    shift = _lookup(RU_SHIFTS, m.group("rushift"))
    if unit == "year":
        return Parts(year_shift=shift)
    return Parts(shift=(unit, shift))


def ru_ago(m: re.Match[str]) -> Parts | None:
    """``три дня назад``, ``через два месяца``, ``год назад``."""
    raw = (m.group("run") or m.group("run2") or "1").lower()
    n = int(raw) if raw.isdigit() else _lookup(RU_NUMBERS, raw)
    unit = _lookup(RU_COUNT_UNITS, m.group("rucount") or m.group("rucount2"))
    if not 1 <= n <= (3000 if unit == "year" else 1000):
        return None
    return Parts(shift=(unit, n if m.group("after") else -n))


def ru_weekday(m: re.Match[str]) -> Parts | None:
    """``в пятницу``: that weekday of the publication's week; ``в прошлую пятницу`` the week before."""
    shift = (m.group("wshift") or "").lower()
    week = -1 if shift.startswith("прошл") else 1 if shift.startswith("следующ") else 0
    return Parts(weekday=_lookup(RU_WEEKDAYS, m.group("ruwd")), week_shift=week)
