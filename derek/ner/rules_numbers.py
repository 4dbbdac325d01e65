"""Numeric and date-boundary rules of the NER fixes (``derek.ner.rules.fix`` applies them).

The model mixes MONEY, PERCENTAGE, QUANTITY and CARDINAL up on spans whose words settle the question
(``6,5 мыңнан астам`` is no sum of money; ``5,3 пайызға`` is a percentage): :data:`RULES` look at one
span's words and return a new label or ``None``. Dates take in a month name after them
(:func:`_month_after`) and join a number list before them (:func:`number_joins_date`). Counts in the
docstrings are from the training groups of the seed-0 split (docs/ner.md, rules 6, 9, 12, 13).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..facts.data.event_triggers import HELD_PARTICIPLES
from ..facts.data.months import MONTHS, NOUN_ENDINGS, RU_MONTHS
from ..facts.data.numerals import TENS, UNITS
from ..facts.grammar import LOCATIVE, alt
from ..facts.numbers import NUMBER_WORDS
from .span_ops import covered
from .suffixes import stem as _stem_uncached
from .units import CURRENCY, DATE_UNIT, NOT_UNIT, PERCENT, TIME_PREFIXES, TIME_UNIT, UNIT
from .words import DASHES

stem = lru_cache(maxsize=100_000)(_stem_uncached)
NUMERIC = frozenset({"MONEY", "PERCENTAGE", "QUANTITY", "CARDINAL"})


_TABLES = (("MONEY", CURRENCY), ("PERCENTAGE", PERCENT), ("QUANTITY", UNIT))
_PREFIXES = tuple(
    (kind, key) for kind, table in _TABLES for key in table if len(key) >= 4 and key != "евро"
) + (("QUANTITY", "куб"),)  # долларына, кубтай: inflected forms the crude stemmer cuts wrongly


def _kinds(words: Sequence[str]) -> set[str]:
    kinds: set[str] = set()
    for word in words:
        kinds.update(_word_kinds(word))
    return kinds


@lru_cache(maxsize=100_000)
def _word_kinds(word: str) -> frozenset[str]:
    """word (str) -> the kinds of unit (MONEY, PERCENTAGE, QUANTITY, DATE, TIME) the one word names."""
    kinds = set()
    low = word.lower()
    parts = (low, stem(low)[0], *low.split("-"))
    kinds.update(kind for kind, table in _TABLES if any(p in table for p in parts))
    kinds.update(kind for kind, key in _PREFIXES if low.startswith(key))
    if low.startswith("%"):
        kinds.add("PERCENTAGE")
    kinds.update(kind for kind, table in (("DATE", DATE_UNIT), ("TIME", TIME_UNIT)) if parts[1] in table)
    if not low.startswith(NOT_UNIT):
        kinds.update(kind for kind, starts in TIME_PREFIXES if low.startswith(starts))
    return frozenset(kinds)


def _index_unit(words: Sequence[str]) -> bool:
    """``айлық есептік көрсеткіш`` (the monthly calculation index, АЕК), a unit of fines and benefits:
    ``25 айлық есептік көрсеткіш`` is a QUANTITY (all 12 spans with it in the train part), not a DATE."""
    low = [w.lower() for w in words]
    return "аек" in low or any(
        a == "айлық" and b.startswith("есептік") for a, b in zip(low, low[1:], strict=False)
    )


def percent_wins(label: str, kinds: set[str]) -> str | None:
    """A numeric span that says пайыз/% is a PERCENTAGE (``5,3 пайызға дейін``)."""
    return "PERCENTAGE" if label in NUMERIC and "PERCENTAGE" in kinds else None


def currency_makes_money(label: str, kinds: set[str]) -> str | None:
    """A numeric span that names a currency is MONEY (``4,5 миллиард АҚШ долларына``)."""
    return "MONEY" if label in NUMERIC and "MONEY" in kinds and "PERCENTAGE" not in kinds else None


def money_needs_currency(label: str, kinds: set[str]) -> str | None:
    """MONEY without a currency word is a quantity (with a unit) or a plain number (``6,5 мыңнан астам``)."""
    if label == "MONEY" and not kinds & {"MONEY", "PERCENTAGE"}:
        return "QUANTITY" if "QUANTITY" in kinds else "CARDINAL"
    return None


def unit_makes_quantity(label: str, kinds: set[str]) -> str | None:
    """A plain number with a unit of measure is a QUANTITY (``500 кубтай``)."""
    return "QUANTITY" if label == "CARDINAL" and kinds == {"QUANTITY"} else None


def time_unit_makes_date(label: str, kinds: set[str]) -> str | None:
    """A plain number with a unit of time is a DATE (``30 күндей``, ``1971 жылғы``) or, for hours and minutes, a TIME."""
    if label in ("CARDINAL", "QUANTITY") and kinds in ({"DATE"}, {"TIME"}):
        return next(iter(kinds))
    return None


RULES: tuple[Callable[[str, set[str]], str | None], ...] = (
    percent_wins,
    currency_makes_money,
    money_needs_currency,
    unit_makes_quantity,
    time_unit_makes_date,
)


_MONTH = re.compile(
    "(?:"
    + "|".join(stem for stem, *_ in MONTHS + RU_MONTHS)
    + ")(?:"
    + "|".join(e for e in NOUN_ENDINGS if e)
    + ")?",
    re.IGNORECASE,
)
# a day number before a month: 9, 9-ыншы, тоғызыншы (ordinal words end in -ншы/-нші)
_DAY = re.compile(r"\d{1,2}(?:-\w+)?|\w+(?:ншы|нші)", re.IGNORECASE)
SEASON_MONTH = "маусым"


def _month_after(tokens: Sequence[str], end: int, taken: set[int], number: bool = True) -> int:
    """The end of a span taken on over a month name right after it (``Биылғы [январьдың]``,
    ``2019 жылдың 12-нші [маусымында]``), a dash and a month (``қаңтар [– ақпандағы]``) or, with
    ``number``, a day and a month (``биылғы жылдың [9-ыншы маусымына]``); ``end`` when there is none."""
    at = end
    if at + 1 < len(tokens) and at not in taken:
        if tokens[at] in DASHES or (number and _DAY.fullmatch(tokens[at])):
            at += 1
    if at < len(tokens) and not set(range(end, at + 1)) & taken and _MONTH.fullmatch(tokens[at]):
        return at + 1
    return end


# a number in digits or words, cardinal or ordinal: 20, 20-сыншы, жиырма, жиырмасыншы
_NUMBER = re.compile(rf"\d.*|{NUMBER_WORDS}", re.IGNORECASE)


def number_joins_date(
    tokens: Sequence[str], found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A number span, a comma or dash, then a DATE opening with a number: one DATE; a day number right
    before a DATE that opens with a month: one DATE (rule 30).

    ``[19-ыншы] , [20-сыншы ғасырларда]`` -> ``[19-ыншы , 20-сыншы ғасырларда]``, ``[2] – [3 жылда]``.
    KazNERD's training groups hold 45 such lists and ranges inside one DATE and no number span
    left apart before a DATE that opens with a number; 64 DATE spans open with a day and a month
    (``24 ақпанда``) and no number span stands right before a DATE that opens with a month.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[tuple[int, int, str]]): predicted spans.
    RETURNS (list[tuple[int, int, str]]): the spans, sorted, with such pairs joined.
    """
    out: list[tuple[int, int, str]] = []
    for span in sorted(found):
        start, end, label = span
        if out and label == "DATE" and _MONTH.fullmatch(tokens[start]):
            a, b, previous = out[-1]
            if (
                previous in ("CARDINAL", "ORDINAL")
                and b == start
                and b - a == 1
                and _DAY.fullmatch(tokens[a])
            ):
                out[-1] = (a, end, "DATE")  # [24] [ақпанда] -> [24 ақпанда] (rule 30)
                continue
        if out and label == "DATE" and _NUMBER.fullmatch(tokens[start]):
            a, b, previous = out[-1]
            if (
                previous in ("CARDINAL", "ORDINAL")
                and b == start - 1
                and (tokens[b] == "," or tokens[b] in DASHES)
            ):
                out[-1] = (a, end, "DATE")
                continue
        out.append(span)
    return out


# the tens of a number in words and a unit after them, cardinal or ordinal: жиырма алтыншы, отыз бір
# (the facts' number words, data/numerals)
_TENS = frozenset(w for w, _, _ in TENS)
_UNITS = re.compile(alt(w for w, _, _ in UNITS) + r"\w*", re.IGNORECASE)


def tens_join_date(
    tokens: Sequence[str], found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A DATE opening with a unit in words takes the tens word right before it, untagged or a number span of its
    own (rule 60, session 27): ``жиырма [алтыншы наурыз]`` -> ``[жиырма алтыншы наурыз]``. KazNERD's training
    groups hold 91 DATE spans opening with tens and a unit, and none opening with the unit after tens left out.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[tuple[int, int, str]]): predicted spans.
    RETURNS (list[tuple[int, int, str]]): the spans, sorted, such dates widened.
    """
    spans = sorted(found)
    taken = covered(spans)
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        before = start - 1
        if (
            label == "DATE"
            and before >= 0
            and tokens[before].lower() in _TENS
            and _UNITS.fullmatch(tokens[start])
        ):
            if out and out[-1][:2] == (before, start) and out[-1][2] in ("CARDINAL", "ORDINAL"):
                out[-1] = (before, end, "DATE")  # [жиырма] [алтыншы наурыз]
                continue
            if before not in taken:
                out.append((before, end, "DATE"))  # жиырма [алтыншы наурыз]
                continue
        out.append((start, end, label))
    return out


_YEAR = re.compile(r"\d{4}")


def held_before_year(
    tokens: Sequence[str], found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A DATE span opening with the participle ``өткен/өтетін`` 'held / to be held' right after a place in the
    locative and before a year is the year alone: the participle belongs to the event after it (``Доха
    қаласында [өткен 2025 жылғы] ... чемпионатында`` -> ``[2025 жылғы]``; session 25, real news). Without the
    locative ``Өткен 2024 жылы`` is 'last year, 2024' and keeps its word. KazNERD's validation split has no
    DATE span opening so after a locative (its six spans on ``өткен`` + number open a sentence or a count:
    ``Өткен 2 жылда``).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[tuple[int, int, str]]): predicted spans.
    RETURNS (list[tuple[int, int, str]]): the spans, such DATE spans without their first word.
    """
    out = []
    for start, end, label in found:
        if (
            label == "DATE"
            and end - start >= 2
            and start > 0
            and tokens[start].lower() in HELD_PARTICIPLES
            and _YEAR.fullmatch(tokens[start + 1])
            and tokens[start - 1].lower().endswith(LOCATIVE)
            and len(tokens[start - 1]) > 3
        ):
            start += 1
        out.append((start, end, label))
    return out
