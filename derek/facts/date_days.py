"""Interpreters of the day words: ``кеше``, ``бүгін``, ``ертең``, weekdays and clock times.

Split off date_parts.py (which holds the shared constants) to keep both small.
"""

from __future__ import annotations

import re

from . import grammar as g
from .data.calendar import CONDITIONAL_ENDINGS, HYPOTHETICAL_ENDINGS, MIDNIGHT_WORDS, NOWADAYS_NOUNS
from .data.months import WEEKDAYS
from .date_context import ranking_nowadays, tomorrow_when
from .date_parts import _SHIFT_WORDS
from .numbers import number_value
from .resolve import Parts

L = g.LOWER


_DAY_WORDS = {"кеше": -1, "бүгін": 0, "ертең": 1, "бүрсігүні": 2, "алдыңғы күні": -2, "өткен түн": -1}


_NOWADAYS = re.compile(f"{g.SP}(?:\\([^()\\n]{{0,12}}\\){g.SP})?{g.alt(w for w, _ in NOWADAYS_NOUNS)}", re.I)
_AFTER_CONDITIONAL = re.compile(f"[{L}]{{2,}}{g.alt(CONDITIONAL_ENDINGS)},[ \\t]*$", re.I)
# data/calendar.NO_DAY_PHRASES: Күні бүгін; ертеңгі күнді; бүгін салып, ертең жинап.
_TODAY_SINCE = re.compile("(?:^|[^{L}])күні[ \\t]+$".replace("{L}", L), re.I)
_CONTRAST_AFTER = re.compile(f"[ \\t]+[{L}]+п,[ \\t]*ертең[^.!?\\n]*[ \\t]емес", re.I)
_NOT_AFTER = re.compile("[^.!?\\n]*[ \\t]емес", re.I)
_CONTRAST_BEFORE = re.compile(f"бүгін[ \\t]+[{L}]+п,[ \\t]*$", re.I)
_IF_AFTER = re.compile(
    f"(?:[ \\t]+[{L}]+){{0,3}}?[ \\t]+[{L}]{{2,}}{g.alt(HYPOTHETICAL_ENDINGS)}[ \\t]*,", re.I
)
_TWICE = re.compile("ертең[ \\t]*,[ \\t]*$", re.I)  # the second of «Ертең, ертең»
_TWICE_AFTER = re.compile("[ \\t]*,[ \\t]*ертең", re.I)  # the first


_ONLY = re.compile(r"[ \t]+(?:ғана|де|да)(?![^\W\d_])", re.I)  # күні кеше ғана, күні кеше де: idioms


def _deictic(m: re.Match[str]) -> Parts | None:
    word = m.group("w").lower()
    tail = (m.group("tail") or "").split()
    if word.startswith("бүгінгі") and tail and tail[-1].lower() not in ("күн", "күнді"):
        return None  # бүгінгі таңда / бүгінгі күні: 'nowadays'
    if word == "бүгінгі" and not tail and _NOWADAYS.match(m.string, m.end()):
        return None  # бүгінгі ұрпақтың, бүгінгі қоғам: present-day (data/calendar.NOWADAYS_NOUNS)
    if word == "бүгін" and not tail and ranking_nowadays(m.string, m.end()):
        return None  # Қытай бүгін көшбасшы мемлекеттердің 1-і: 'nowadays' (data/calendar.RANKING_PREDICATES)
    before = m.string[max(0, m.start() - 40) : m.start()]
    if (
        word == "бүгін"
        and not tail
        and (_TODAY_SINCE.search(before) or _CONTRAST_AFTER.match(m.string, m.end()))
    ):
        return None  # Күні бүгін ... асады; бүгін салып, ертең жинап: no day (data/calendar.NO_DAY_PHRASES)
    if word == "кеше" and not tail and _TODAY_SINCE.search(before) and _ONLY.match(m.string, m.end()):
        return None  # күні кеше ғана: 'only recently', an idiom (data/calendar.NO_DAY_PHRASES); without ғана it is
        # yesterday (session 20: 4 of the 5 bare ``күні кеше`` in the eighty read news parts)
    if word == "ертеңгі" and [t.lower() for t in tail] == ["күнді"]:
        return None  # ертеңгі күнді бағамдау: 'the future'
    if (
        word == "ертең"
        and not tail
        and _CONTRAST_BEFORE.search(before)
        and _NOT_AFTER.match(m.string, m.end())
    ):
        return None  # бүгін салып, ертең жинап алатын: a saying
    if word == "ертең" and not tail:
        if (
            _AFTER_CONDITIONAL.search(before)
            or _TWICE.search(before)
            or _TWICE_AFTER.match(m.string, m.end())
            or tomorrow_when(m.string, m.end())
            or _IF_AFTER.match(m.string, m.end())
        ):
            return None  # ... өтпесе, ертең ауырып қалады; «Ертең, ертең»: 'some day' (data/calendar.py)
    for stem, shift in _DAY_WORDS.items():
        if word.startswith(stem):
            return Parts(shift=("day", shift))
    return None


def _weekday(m: re.Match[str]) -> Parts | None:
    word = m.group("wd").lower()
    if not word[0].islower() and not m.group("wd").islower():
        return None
    shift = _SHIFT_WORDS.get((m.groupdict().get("wshift") or "").lower(), 0)
    for stem, iso, _ in WEEKDAYS:
        if word.startswith(stem):
            if stem == "жұма" and not m.group("kun") and not word.endswith(("да", "дан", "ға")):
                return None
            if stem == "жұма" and shift and not m.group("kun"):
                return Parts(
                    shift=("week", shift)
                )  # Өткен жұмада: жұма 'week' (old use); ... жұма күні: Friday
            if (m.groupdict().get("wshift") or "").lower() == "алдағы":
                return Parts(weekday=iso, tense="future")  # Алдағы сенбіде: the coming one, this week or next
            return Parts(weekday=iso, week_shift=shift)
    return None


_EVENING = ("кешкі", "кешкісін", "кешке", "түнгі", "түнде")
_AFTERNOON = ("түскі", "түстен кейін")


def _time(m: re.Match[str]) -> Parts | None:
    hour = number_value(m.group("h"))
    minute = int(m.group("min")) if m.group("min") else 30 if m.groupdict().get("half") else 0
    if hour is None or hour > 24 or minute > 59:
        return None
    d = m.groupdict()
    part = " ".join((d.get("tpart") or d.get("tpart2") or "").lower().split())
    if part in ("түнгі", "түнде") and hour == 12:
        hour = 0  # түнгі сағат 12: midnight
    if part in _EVENING and 5 <= hour < 12:
        hour += 12  # кешкісін сағат 10-дардың шамасында: 22:00
    if part.startswith(_AFTERNOON) and 1 <= hour <= 6:
        hour += 12  # түстен кейін сағат 3-те: 15:00
    hour2 = number_value(d["h2"]) if d.get("h2") else int(d["h3"]) if d.get("h3") else None
    if hour2 is not None and d.get("tpart3") in ("кешкі", "түнгі") and 5 <= hour2 < 12:
        hour2 += 12  # ... кешкі 8-ге дейін: to 20:00
    minute2 = int(d["min3"]) if d.get("min3") else 0  # min3 only follows h3
    # an end within the same hour is a range too (``сағат 09:05-тен 09:25-ке дейін``; session 31, news-test284)
    if hour2 is not None and not (0 <= hour2 <= 24 and minute2 <= 59 and (hour2, minute2) != (hour, minute)):
        return None
    return Parts(hour=hour, minute=minute, hour2=hour2, minute2=minute2)


def _day_part(m: re.Match[str]) -> Parts | None:
    p = _time(m)
    if p is None or p.hour is None:
        return None
    if p.hour > 12:  # кешкі он сегіз нөл-нөлге: an hour of the 24-hour clock after a part of day
        return p if m.group("part").lower() in ("кешкі", "түскі") else None
    evening = m.group("part").lower() in ("кешкі", "түнгі") and 5 <= p.hour < 12
    if m.group("part").lower() == "түнгі" and p.hour == 12:
        return Parts(hour=0, minute=p.minute)  # түнгі 12-де: midnight
    # түскі бірге дейін, түскі 1-ге дейін: 13:00, as with сағат (session 16)
    afternoon = m.group("part").lower() == "түскі" and 1 <= p.hour <= 6
    shift = 12 if evening or afternoon else 0
    hour2 = p.hour2 + 12 if shift and p.hour2 is not None and p.hour2 < 12 else p.hour2
    return Parts(
        hour=p.hour + shift, minute=p.minute, hour2=hour2, minute2=p.minute2
    )  # кешкі 6-дан 10-ға дейін: 18:00/22:00


MIDNIGHT = f"түн{g.SP}{g.alt(w for w, _ in MIDNIGHT_WORDS)}[{L}]*"


def midnight(m: re.Match[str]) -> Parts | None:
    """``Түн жарымына дейін``: midnight, a clock time (data/calendar.MIDNIGHT_WORDS)."""
    return Parts(hour=0, minute=0)
