"""Turning the parts a date rule found into a TimeML-style value, against the publication date only."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Parts:
    """What a date rule read; absent fields are None."""

    year: int | None = None
    year_shift: int | None = None  # биыл 0, өткен жылы -1, келесі жылы +1
    year2: int | None = None  # end of a year range
    month: int | None = None
    day: int | None = None
    day2: int | None = None  # end of a day range
    month2: int | None = None  # month of the range end, when it differs
    century2: int | None = None  # end of a century range
    season: str | None = None  # SP SU FA WI
    quarter: int | None = None
    half: int | None = None  # 1, 2; 0 for the current half-year (осы жартыжылдық)
    decade: int | None = None  # 199 for the 1990s
    decade2: int | None = None  # end of a decade range (50-60 жж.: 195/196)
    century: int | None = None  # 19 for the XX century
    shift: tuple[str, int] | None = None  # ('day', -1) for кеше, ('week', 1) for келесі аптада
    weekday: int | None = None
    week_shift: int = 0  # with weekday: өткен сейсенбіде -1 (that weekday of the previous week)
    hour: int | None = None
    minute: int | None = None
    cycle: int | None = None  # animal-year index (data/calendar.py), with year_shift -1 0 1 or None
    tense: str | None = None  # 'past' or 'future' read off the date itself (өткен желтоқсаннан бері)
    edge: int | None = None  # the month an edge stands for in the tense rule (жыл соңына: 12)
    hour2: int | None = None  # end of a range of clock times (сағат түнгі 12 – 1)
    minute2: int = 0  # its minutes (``сағат 23.00-ден таңғы сағат 4.30-ға дейін``; session 18)
    shift2: int | None = None  # with shift: a range of counts (осыдан 3 – 4 жыл бұрын)
    anaphor: str | None = None  # 'year' or 'day': сол жылы, сол күні take an earlier date of the text
    recurring: bool = False  # a day that comes every year, no year said (тамыздың соңғы жексенбісі): XXXX
    last_day: bool = False  # the month's last day (ақпанның соңғы күні): day fitted to the month in the year
    # a count of days not said (бірер күн бұрын 'a day or two ago'): no day known, XXXX-XX-XX
    vague: bool = False
    school_year: int | None = (
        None  # биылғы/жаңа оқу жылы 0, былтырғы -1, келесі +1: from August on, the one beginning
    )


def _shift_month(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def _year_of(p: Parts, pub: dt.date | None) -> str:
    if p.year is not None:
        return f"{p.year:04d}"
    if pub is None or p.recurring:
        return "XXXX"
    return f"{pub.year + (p.year_shift or 0):04d}"


def _plus(pub: dt.date | None, delta: dt.timedelta) -> dt.date | None:
    """pub (date | None); delta (timedelta) -> the shifted day, None without a date or past the calendar's
    ends (``Ертең`` published on 9999-12-31)."""
    try:
        return None if pub is None else pub + delta
    except OverflowError:
        return None


def _shifted(p: Parts, pub: dt.date | None) -> tuple[str, str]:
    unit, n = p.shift  # type: ignore[misc]
    if unit == "day":
        day = _plus(pub, dt.timedelta(days=n))
        if day is None:
            return ("PRESENT_REF" if n == 0 else "XXXX-XX-XX"), "day"
        return day.isoformat(), "day"
    if unit == "week":
        day = _plus(pub, dt.timedelta(weeks=n))
        if day is None:
            return "XXXX-WXX", "week"
        y, w, _ = day.isocalendar()
        return f"{y:04d}-W{w:02d}", "week"
    if unit == "month":
        if pub is None:
            return ("XXXX-XX", "month") if p.day is None else (f"XXXX-XX-{p.day:02d}", "day")
        y, m = _shift_month(pub.year, pub.month, n)
        if p.day is not None:  # осы айдың 20-сы күні
            return f"{y:04d}-{m:02d}-{p.day:02d}", "day"
        return f"{y:04d}-{m:02d}", "month"
    if unit == "century":  # өткен ғасырда, екі ғасыр бұрын
        return ("XX" if pub is None else f"{(pub.year + 100 * n) // 100:02d}"), "century"
    return ("XXXX" if pub is None else f"{pub.year + n:04d}"), "year"


def resolve(p: Parts, pub: dt.date | None, anchor_day: str | None = None) -> tuple[str, str]:
    """p (Parts): what a rule read; pub (date | None): publication date; anchor_day (str | None): a day just before."""
    if p.hour is not None:
        day = anchor_day or "XXXX-XX-XX"
        if p.hour2 is not None:
            return f"{day}T{p.hour:02d}:{p.minute or 0:02d}/{day}T{p.hour2 % 24:02d}:{p.minute2:02d}", "range"
        return f"{day}T{p.hour:02d}:{p.minute or 0:02d}", "time"
    if p.school_year is not None:
        if pub is None:
            return "XXXX/XXXX", "range"
        first = pub.year + p.school_year - (0 if pub.month >= 8 or p.tense == "future" else 1)
        return f"{first:04d}/{first + 1:04d}", "range"
    if p.century is not None:
        if p.century2 is not None:
            return f"{p.century:02d}/{p.century2:02d}", "range"
        return f"{p.century:02d}", "century"
    if (
        p.decade is not None and p.year_shift is not None
    ):  # өткен ғасырдың 60-жылдары: decade years into a century; 70 - 80 жылдары: a range of two

        def shifted(dec: int) -> str:
            return "XXX" if pub is None else f"{(pub.year // 100 * 100 + p.year_shift + dec) // 10:03d}"

        if p.decade2 is not None:
            return f"{shifted(p.decade)}/{shifted(p.decade2)}", "range"
        return shifted(p.decade), "decade"
    if p.decade is not None and p.decade2 is not None:
        return f"{p.decade:03d}/{p.decade2:03d}", "range"
    if p.decade is not None:
        return f"{p.decade:03d}", "decade"
    if p.year2 is not None:
        return f"{p.year:04d}/{p.year2:04d}", "range"
    if p.shift is not None and p.shift2 is not None:  # осыдан 3 – 4 жыл бұрын: 2017/2018
        a, b = _shifted(p, pub)[0], _shifted(dataclasses.replace(p, shift=(p.shift[0], p.shift2)), pub)[0]
        return "/".join(sorted((a, b))), "range"
    if p.shift is not None:
        return _shifted(p, pub)
    if p.weekday is not None:
        if pub is None:
            return "XXXX-WXX-" + str(p.weekday), "day"
        return (pub + dt.timedelta(days=p.weekday - pub.isoweekday() + 7 * p.week_shift)).isoformat(), "day"
    if p.cycle is not None:
        if pub is None:
            return "XXXX", "year"
        base = pub.year - (pub.year - 2020 - p.cycle) % 12  # the latest such year up to pub
        if p.year_shift == 1:
            base += 12
        elif p.year_shift == -1 and base == pub.year:
            base -= 12
        return f"{base:04d}", "year"
    if p.month is None and p.day is not None:
        return f"XXXX-XX-{p.day:02d}", "day"  # отыз бірі күні: the month is not said
    year = _year_of(p, pub)
    if p.season is not None:
        return f"{year}-{p.season}", "season"
    if p.half is not None:
        half = p.half or ((1 if pub.month <= 6 else 2) if pub else 0)
        return f"{year}-H{half if half else 'X'}", "half"
    if p.quarter is not None:
        return f"{year}-Q{p.quarter}", "quarter"
    if p.month is None:
        return year, "year"
    if p.day is None:
        if p.month2 is not None:  # қыркүйек-наурыз айларында: March of the next year
            year2 = f"{int(year) + 1:04d}" if p.month2 < p.month and year.isdigit() else year
            return f"{year}-{p.month:02d}/{year2}-{p.month2:02d}", "range"
        return f"{year}-{p.month:02d}", "month"
    day = calendar.monthrange(int(year), p.month)[1] if p.last_day and year.isdigit() else p.day
    value = f"{year}-{p.month:02d}-{day:02d}"
    if p.day2 is not None:
        month2 = p.month2 or p.month
        day2 = min(p.day2, calendar.monthrange(int(year), month2)[1]) if year.isdigit() else p.day2
        return (
            f"{value}/{year}-{month2:02d}-{day2:02d}",
            "range",
        )  # ақпанның үшінші онкүндігі, 2025: to the 28th
    return value, "day"
