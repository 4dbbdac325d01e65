"""Numbers written as digits or as Kazakh words, for the date grammar."""

from __future__ import annotations

import re

from .data.numerals import HUNDRED, ORDINAL_ENDINGS, TENS, THOUSAND, UNITS
from .grammar import alt

_VALUES = {w: v for w, v, _ in UNITS + TENS + (HUNDRED, THOUSAND)}
# A number word, possibly ordinal (бірінші, оныншы, жиырмасыншы) and inflected (бірінде).
_ONE = alt(_VALUES) + "(?:" + alt(ORDINAL_ENDINGS) + ")?"
NUMBER_WORDS = f"{_ONE}(?:[ \\t]+{_ONE})*"
_SPLIT = re.compile(alt(_VALUES), re.I)


def words_value(text: str) -> int | None:
    """text (str): ``екі мың он тоғызыншы`` -> 2019; None if no number word."""
    total = current = 0
    seen = False
    for word in text.lower().split():
        m = _SPLIT.match(word)
        if not m:
            return None
        value = _VALUES[m.group()]
        seen = True
        if value == 1000:
            total += (current or 1) * 1000
            current = 0
        elif value == 100:
            current = (current or 1) * 100
        else:
            current += value
    return total + current if seen else None


def number_value(text: str) -> int | None:
    """text (str): ``16-ншы``, ``2020``, ``он бірінші`` -> the integer, else None."""
    m = re.match(r"\d+", text)
    if m:
        return int(m.group())
    return words_value(text)
