"""Round 13: dates whose reading depends on their clause (the verb after them, the sentence start).

- a count forward (``10 жылдан соң``) whose verb is past runs from an event of the text, not from the
  publication (``Ол 10 жылдан соң ... білген жоқ``): no date;
- ``бүгінгі күні`` is 'nowadays' (no date) unless its verb is a finite past, a one-off event of the
  day (``Бүгінгі күні 3 санитар ... жазасына кесілді`` is today; ``Бүгінгі күні ... жасалған``,
  ``... әкелінеді``, ``... бар`` are not);
- a day number in the possessive locative opening a sentence, with no owner before it, is a day of
  a month not named (``24-інде спикерлердің жиналысы болады`` -> ``XXXX-XX-24``); after a genitive
  it counts things (``ауданның 1-інде`` 'in one of the districts').

The checks that need the verb run only with a word lookup (the pipeline), as the tense rule does.
"""

from __future__ import annotations

import re

from . import grammar as g
from .numbers import NUMBER_WORDS, number_value
from .resolve import Parts
from .tense import Lookup, verb_tense

L = g.LOWER

TODAY_LONG = f"бүгінгі{g.SP}күні(?![{L}])"


def today_long(m: re.Match[str]) -> Parts | None:
    """``Бүгінгі күні``: today, kept by :func:`keep` only before a finite past verb."""
    return Parts(shift=("day", 0))


BARE_DAY = f"(?P<day>\\d{{1,2}}-|{NUMBER_WORDS})(?:сы|сі|ы|і)(?:нда|нде)(?![{L}])"
_OPENERS = ("", "ал", "енді", "ал енді")


def bare_day(m: re.Match[str]) -> Parts | None:
    """``24-інде ... болады`` opening a sentence: that day of a month not named."""
    left = max(m.string.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    before = " ".join(m.string[left : m.start()].lower().replace(",", " ").split())
    if before not in _OPENERS:
        return None
    if re.search("(?:ншы|нші|шы|ші)$", m.group("day"), re.I):
        return None  # Ал екіншісінде ...: 'in the second one' (an ordinal), not a day
    day = number_value(m.group("day").rstrip("-"))
    return Parts(day=day) if day and 1 <= day <= 31 else None


def keep(name: str, parts: Parts, text: str, end: int, lookup: Lookup | None) -> bool:
    """name (str): the rule; parts (Parts): what it read; text (str); end (int): the match's end;
    lookup (Lookup | None): word -> (lemma, upos) -> whether the clause lets the date stand."""
    if name == "today long":
        return lookup is not None and verb_tense(text, end, lookup, participle=True) == "past"
    if name == "ago" and parts.shift is not None and parts.shift[1] > 0 and lookup is not None:
        return verb_tense(text, end, lookup) != "past"  # Ол 10 жылдан соң ... білген жоқ
    return True
