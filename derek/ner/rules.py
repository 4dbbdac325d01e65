"""Label fixes for numeric entities, applied after the model: an ordered list of small rules.

Each rule looks at one predicted span and its tokens and returns a new label
or ``None``. The model often mixes MONEY, PERCENTAGE, QUANTITY and CARDINAL
up on spans whose words settle the question (``6,5 мыңнан астам`` is no sum
of money; ``5,3 пайызға`` is a percentage).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .suffixes import stem
from .units import CURRENCY, PERCENT, UNIT

NUMERIC = frozenset({"MONEY", "PERCENTAGE", "QUANTITY", "CARDINAL"})


_TABLES = (("MONEY", CURRENCY), ("PERCENTAGE", PERCENT), ("QUANTITY", UNIT))
_PREFIXES = tuple(
    (kind, key) for kind, table in _TABLES for key in table if len(key) >= 4 and key != "евро"
) + (("QUANTITY", "куб"),)  # долларына, кубтай: inflected forms the crude stemmer cuts wrongly


def _kinds(words: Sequence[str]) -> set[str]:
    kinds = set()
    for word in words:
        low = word.lower()
        parts = (low, stem(low)[0], *low.split("-"))
        kinds.update(kind for kind, table in _TABLES if any(p in table for p in parts))
        kinds.update(kind for kind, key in _PREFIXES if low.startswith(key))
        if low.startswith("%"):
            kinds.add("PERCENTAGE")
    return kinds


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


RULES: tuple[Callable[[str, set[str]], str | None], ...] = (
    percent_wins,
    currency_makes_money,
    money_needs_currency,
    unit_makes_quantity,
)


def fix(tokens: Sequence[str], found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Take a unit word right after a numeric span into it, then apply :data:`RULES` (first answer wins).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[tuple[int, int, str]]): predicted ``(start, end, label)`` token spans.
    RETURNS (list[tuple[int, int, str]]): the spans with fixed labels.
    """
    out = []
    taken = {i for start, end, _ in found for i in range(start, end)}
    for start, end, label in found:
        if label in NUMERIC and end < len(tokens) and end not in taken and _kinds(tokens[end : end + 1]):
            end += 1  # the number's unit belongs to it: «500» кубтай -> «500 кубтай»
            taken.add(end - 1)
        if label in NUMERIC:
            kinds = _kinds(tokens[start:end])
            for rule in RULES:
                new = rule(label, kinds)
                if new:
                    label = new
                    break
        out.append((start, end, label))
    return out
