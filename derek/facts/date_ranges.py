"""Two dates that a postposition makes one span of time: ``1988 жылдан 1997 жылға дейін``, ``20 мамырдан
9 тамызға дейін`` ('from ... to'), ``5 шілдесі мен 1 тамыз аралығында`` or ``14 мамырдан 17 мамыр аралығында``
('between ... and'), ``5 декабрь - 25 декабрь`` (two whole dates joined by a dash).

The date rules find each end on its own; :func:`join` makes them one ``range`` mention, its value
``START/END`` as the parts annotate ranges (``1988/1997``, ``XXXX-05-20/XXXX-08-09``), the second end taking
the first's year when it has none (``2012 жылдың 5 шілдесі мен 1 тамыз`` -> ``2012-07-05/2012-08-01``). Clock
times stay two mentions here (``таңғы 9-дан кешкі 8-ге дейін``: the parts' convention), and so do ends of
different granularity, except a month and a day 'from ... to' (``2025 жылғы қыркүйектен 27 қарашаға дейін``:
``2025-09/2025-11-27``, as two news annotators read it apart; session 13) and two written ends of any granularity
said outright 'from ... to' (``2020 жылдан 2022 жылдың бірінші тоқсанына дейін`` -> ``2020/2022-Q1``; session 30).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..doc import DateMention
from . import grammar as g
from .data.months import WEEKDAYS

_ABLATIVE = re.compile(f"(?:{g.alt(g.ABLATIVE)})$")
_DATIVE = re.compile("(?:ға|ге|қа|ке|а|е|на|не)$")
_TO = re.compile(f"[ \\t]+дейін(?:гі)?(?![{g.LOWER}])")  # дейінгі аралықта 'in the span up to' (session 14)
_AND = re.compile("[ \\t]+(?:мен|пен|бен)[ \\t]+")
_BETWEEN = re.compile(f"[ \\t]+аралығ[{g.LOWER}]*")
_DASH = re.compile("[ \t]*[–—-][ \t]*")
_NOTHING = re.compile("")
_FROM_ON = re.compile("[ \t]+бастап[ \t]*,?[ \t]+")  # ``2024 жылдан бастап, 2027 жылға дейінгі`` (session 30)
# A written date's year word after it, in the ablative and the dative: ``10.02.2025 жылдан 20.03.2025 жылға
# дейін`` (session 30, news-test282)
_YEAR_FROM = re.compile("[ \t]+жылдан(?:[ \t]+бастап)?[ \t]*,?[ \t]+", re.I)
_YEAR_TO = re.compile(f"[ \t]+жылға(?=[ \t]+дейін(?![{g.LOWER}]))", re.I)
_DIGIT = re.compile("[0-9]")
_AND_END = re.compile("(?:мен|пен|бен)$")  # ``1975 жылмен 2000 жыл аралығында`` (session 30)
_ACCUSATIVE = re.compile(f"(?:{g.alt(g.ACCUSATIVE)})$")
_INCLUSIVE = re.compile("[ \t]+қоса[ \t]+(?:алға|есепте)")  # қоса алғанда, қоса есептегенде 'inclusive'

_JOINED = ("year", "month", "day", "decade", "century")  # decades and centuries: session 14
# ... and quarters, halves and seasons as one end of an explicit 'from ... to' (session 30)
_SPANNED = (*_JOINED, "quarter", "half", "season")


def join(text: str, found: list[DateMention]) -> list[DateMention]:
    """text (str); found (list[DateMention]): the date mentions, in text order -> the same, each
    'from A to B' or 'between A and B' pair made one range."""
    return _merged(text, found, _pair)


def _merged(
    text: str, found: list[DateMention], pair: Callable[[str, DateMention, DateMention], DateMention | None]
) -> list[DateMention]:
    """text; found: mentions in text order; pair: two neighbours -> their one mention or None -> the mentions with
    each pair that ``pair`` joins made one, left to right."""
    out: list[DateMention] = []
    i = 0
    while i < len(found):
        joined = pair(text, found[i], found[i + 1]) if i + 1 < len(found) else None
        out.append(joined if joined is not None else found[i])
        i += 2 if joined is not None else 1
    return out


_AGO = re.compile(f"бұрын(?![{g.LOWER}])", re.I)
_YEAR_SAID = re.compile("\\d{4}|жыл", re.I)


def anchored(text: str, found: list[DateMention]) -> list[DateMention]:
    """text (str); found (list[DateMention]) -> the same, a year counted back and the year-less day or month
    right after it made one date of that year: ``Екі жыл бұрын 29 қыркүйекте`` published in 2023 is
    2021-09-29, not the year and this year's 29 September (session 14, news-test49); so is a year named back
    (``Сол жылы 8 қыркүйекте``: one date, as the read gold marks it; session 35, news-test176)."""
    return _merged(text, found, _counted_back)


_YEAR_BACK = re.compile(r"(?:сол|бұл)[ \t]+жыл(?:ы|дың|ғы)", re.I)


def _counted_back(text: str, a: DateMention, b: DateMention) -> DateMention | None:
    if (
        a.granularity == "year"
        and _YEAR_BACK.fullmatch(a.text)
        and not text[a.end : b.start].strip()
        and b.granularity in ("day", "month")
        and not _YEAR_SAID.search(b.text)
        and b.value[:4] == a.value[:4]
    ):
        return DateMention(a.start, b.end, text[a.start : b.end], b.value, b.granularity)
    if (
        a.granularity == "year"
        and a.value[:4].isdigit()
        and _AGO.search(a.text)
        and not text[a.end : b.start].strip()
        and b.granularity in ("day", "month")
        and not _YEAR_SAID.search(b.text)
    ):
        return DateMention(a.start, b.end, text[a.start : b.end], a.value[:4] + b.value[4:], b.granularity)
    return None


_DECADES = re.compile("(\\d{3})/(\\d{3})")
_CENTURY_OF = re.compile("ғасырдың[ \\t]+$", re.I)
_HALF_OR_MIDDLE = rf"(?:(?:бірінші|екінші|алғашқы|соңғы)[ \t]+жартыс|ортас)[{g.LOWER}]*"
# a century's half, then a dash, before the next century: ``XVIII ғасырдың екінші жартысы - XX ғасырдың``
# (with мен 'and' two periods stay two: ``ХІХ ғасырдың екінші жартысы мен ХХ ғасырдың басында``, as annotated)
_CENTURY_GAP = re.compile(rf"[ \t]+{_HALF_OR_MIDDLE}[ \t]*[–—-][ \t]+", re.I)
_CENTURY_TAIL = re.compile(rf"[ \t]+{_HALF_OR_MIDDLE}", re.I)
_ATTRIBUTIVE_YEAR = re.compile("жылғы$", re.I)


def joined_spans(text: str, found: list[DateMention]) -> list[DateMention]:
    """text (str); found (list[DateMention]) -> the same, more kinds of neighbours made one date (session
    17): a century in the genitive and the span of decades or years right after it (``Жиырмасыншы ғасырдың 20-50
    жылдарындағы`` is ``192/195``, ``ХХ ғасырдың 1920-1950 жылдары`` ``1920/1950``, news-test90; a lone decade after
    its century is the ``century decade`` rule's); a century's half, a dash and a later century (``XVIII ғасырдың
    екінші жартысы - XX ғасырдың ортасы`` is ``17/19``, news-test70); a year in ``жылғы`` before a day or days of it
    (``2013 жылғы 3 және 4 мамыр``, one date ``2013-05-03/2013-05-04``, news-test58); session 24: a weekday and a
    day after a comma, either way round (``алдағы дүйсенбі, 13 мамырда``: ``XXXX-05-13``)."""
    return _merged(text, found, _neighbours)


def _neighbours(text: str, a: DateMention, b: DateMention) -> DateMention | None:
    gap = text[a.end : b.start]
    if (
        a.granularity == "century"
        and b.granularity == "range"
        and _CENTURY_OF.search(text, a.start, b.start)
        and "/" in b.value
        and len(b.value.split("/")[0]) in (3, 4)
    ):
        value = b.value
        decades = _DECADES.fullmatch(value)
        if decades and re.search("\\d{3}", b.text) is None:  # 20-50 жылдары: decades of the century named
            century = a.value if a.value.isdigit() else "XX"
            value = f"{century}{decades.group(1)[2]}/{century}{decades.group(2)[2]}"
        return DateMention(a.start, b.end, text[a.start : b.end], value, "range")
    if (
        a.granularity == b.granularity == "century"
        and _CENTURY_GAP.fullmatch(gap)
        and a.value.isdigit()
        and b.value.isdigit()
        and int(a.value) < int(b.value)
    ):
        tail = _CENTURY_TAIL.match(text, b.end)
        end = tail.end() if tail else b.end
        return DateMention(a.start, end, text[a.start : end], f"{a.value}/{b.value}", "range")
    if (
        a.granularity == "year"
        and _ATTRIBUTIVE_YEAR.search(a.text)
        and not gap.strip()
        and b.granularity in ("day", "range")
        and b.value.startswith(a.value[:4] + "-")
        and not _YEAR_SAID.search(b.text)
    ):
        return DateMention(a.start, b.end, text[a.start : b.end], b.value, b.granularity)
    if a.granularity == b.granularity == "day" and _APPOSITION.fullmatch(gap):
        # алдағы дүйсенбі, 13 мамырда; 26 мамыр, жексенбіде: one day, named twice (session 24)
        days = [d for d in (a, b) if _WEEKDAY.search(d.text) is None]
        if len(days) == 1:
            return DateMention(a.start, b.end, text[a.start : b.end], days[0].value, "day")
    return None


# a weekday and the date it falls on, side by side: ``алдағы дүйсенбі, 13 мамырда`` (session 24, news-test170)
_APPOSITION = re.compile(r",[ \t]*")
_WEEKDAY = re.compile(g.alt(w for w, _, _ in WEEKDAYS), re.I)


# a count back or on from something (``алты ай бұрын — осы жылдың қараша айында`` 'six months early — in November'):
# no range opens with it (session 24, news-test164)
_COUNTED = re.compile(r"(?:бұрын|кейін|соң)$", re.I)


def _pair(text: str, a: DateMention, b: DateMention) -> DateMention | None:
    gap = text[a.end : b.start]
    if _COUNTED.search(a.text):
        return None
    if _full_pair(a, b) and _DASH.fullmatch(gap):
        return DateMention(a.start, b.end, text[a.start : b.end], f"{a.value}/{b.value}", "range")
    if a.granularity not in _SPANNED or b.granularity not in _SPANNED:
        return None
    mixed = a.granularity != b.granularity
    ablative = _ABLATIVE.search(a.text) is not None
    if _YEAR_FROM.fullmatch(gap) and (year_word := _YEAR_TO.match(text, b.end)) is not None:
        gap, ablative = "", True  # 10.02.2025 жылдан 20.03.2025 жылға дейін (session 30)
        b = DateMention(b.start, year_word.end(), text[b.start : year_word.end()], b.value, b.granularity)
    dative = _DATIVE.search(text, 0, b.end) is not None  # b's last word, or the year word after it
    if _FROM_ON.fullmatch(gap):
        gap = ""  # 7 қыркүйектен бастап 30 қарашаға дейін 'from ... on, to' (session 17, news-test90)
    to = _TO.match(text, b.end) if not gap.strip() and ablative else None
    # 'from A to B' said outright between two written ends joins any two granularities (session 30:
    # ``2020 жылдан 2022 жылдың бірінші тоқсанына дейін``); not relative ends (``Келесі айдан бастап жыл соңына дейін``)
    outright = to is not None and dative and all(_DIGIT.search(x.text) for x in (a, b))
    if mixed and {a.granularity, b.granularity} != {"day", "month"} and not outright:
        return None
    if (a.granularity not in _JOINED or b.granularity not in _JOINED) and not outright:
        return None
    if not gap.strip() and ablative and dative:
        tail = to  # a month to a day too: қыркүйектен 27 қарашаға дейін (session 13)
    elif not gap.strip() and _ABLATIVE.search(a.text) and _BETWEEN.match(text, b.end):
        tail = _BETWEEN.match(text, b.end)  # 14 мамырдан 17 мамыр аралығында 'between' (session 16)
    elif (
        not gap.strip()
        and _ABLATIVE.search(a.text)
        and _ACCUSATIVE.search(b.text)
        and _INCLUSIVE.match(text, b.end)
    ):
        # 16 ақпаннан 14 маусымды қоса есептегенде 'to ... inclusive' (session 28)
        tail = _NOTHING.match(text, b.end)
    elif mixed:
        return None
    elif _AND.fullmatch(gap) or (not gap.strip() and _AND_END.search(a.text)):
        # 16 мамыр мен жетінші шілдеге дейін (session 30, news-test200): 'and' before a dative end, 'to'
        tail = _BETWEEN.match(text, b.end) or (_TO.match(text, b.end) if dative else None)
    elif _DASH.fullmatch(gap):
        tail = _NOTHING.match(text, b.end)  # 5 декабрь - 25 декабрь: two whole dates joined by a dash
    else:
        return None
    if tail is None:
        return None
    first, second = _first_year_from_second(a, b), b.value
    if second.startswith("XXXX") and first[:4].isdigit():
        second = first[:4] + second[4:]
    if second < first and _over_new_year(a, b):
        # 1 қарашадан 31 қаңтарға дейін: a year-less end before the start falls in the next year (session 17)
        second = f"{int(first[:4]) + 1}{second[4:]}" if first[:4].isdigit() else second
    elif second < first and second[:4].isdigit():
        return None  # not a span forwards in time
    end = tail.end()
    return DateMention(a.start, end, text[a.start : end], f"{first}/{second}", "range")


def _first_year_from_second(a: DateMention, b: DateMention) -> str:
    """a, b: the ends of a span -> a's value, its year taken from b when only b says one (session 28,
    news-test237: ``1 қарашадан 2025 жылдың 15 ақпанына дейін`` is ``2024-11-01/2025-02-15``): b's year, or the
    year before when a's month and day come later in the year than b's."""
    if _YEAR_SAID.search(a.text) or not _YEAR_SAID.search(b.text) or not b.value[:4].isdigit():
        return a.value
    if a.granularity not in ("day", "month") or not a.value[5:7].isdigit():
        return a.value
    year = int(b.value[:4])
    if a.value[4:] > b.value[4:]:
        year -= 1
    return f"{year}{a.value[4:]}"


def _over_new_year(a: DateMention, b: DateMention) -> bool:
    """a, b: the ends of a span -> True when b names no year and is a day or month of an earlier month than a's."""
    return (
        {a.granularity, b.granularity} <= {"day", "month"}
        and not _YEAR_SAID.search(b.text)
        and b.value[5:7].isdigit()
        and a.value[5:7].isdigit()
        and b.value[5:7] < a.value[5:7]
    )


def _full_pair(a: DateMention, b: DateMention) -> bool:
    """A day and a month (either order) that both carry their year, the second later: ``19 қараша 2009 -
    қаңтар 2012 жылдары`` (session 5; ends of one granularity are joined as before)."""
    kinds = {a.granularity, b.granularity}
    full = all(d.value[:4].isdigit() for d in (a, b))
    return kinds == {"day", "month"} and full and b.value[:7] > a.value[:7]
