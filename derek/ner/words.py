"""Word tests the NER rules share (``rules.py``, ``rules_names.py``, ``rules_posts.py``): a surname shape,
a capitalized word, and a known post word, organization noun, settlement noun or place in some case form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..alphabet import CYRILLIC_LOWER, CYRILLIC_UPPER
from ..facts.grammar import GENITIVE
from .places import NAMES
from .suffixes import CASE, stem
from .units import ORG_HEAD, POST, SETTLEMENT_FORMS

# A Kazakh or Russian surname or patronymic: Тоқаев(тың), Нұрмұханова, Жолдасбекұлы.
SURNAME = re.compile(
    f"[{CYRILLIC_LOWER}-]{{2,}}(?:ов|ев|ёв|ова|ева|ёва|ский|ская|цкий|цкая|ұлы|қызы|улы|кызы)"
)


@lru_cache(maxsize=100_000)
def surname_ending(word: str) -> str | None:
    """word (str) -> the endings after a surname-shaped stem (:data:`SURNAME`; ``""`` for a bare surname,
    ``"пен"`` for ``Назарбаевпен``), or None if the stem is no surname."""
    base, endings = stem(word)
    return endings if SURNAME.fullmatch(base) is not None else None


# Endings of Kazakh given names (session 8, real news pages), for a capitalized word before a surname that the
# first-name list lacks: Ақылбек Күрішбаев, Жақсыбай ..., Нұрхан ..., Бауыржан ..., Айгүл ..., Мұхамедғали ...
FIRST_NAME_ENDINGS = ("бек", "бай", "хан", "жан", "гүл", "ғали")


# patronymic endings: Қайратұлы, Серікқызы (Kazakh), Советовна, Петрович (Russian)
KAZAKH_PATRONYMIC = ("ұлы", "улы", "қызы", "кызы")
RUSSIAN_PATRONYMIC = ("овна", "евна", "ович", "евич")
PATRONYMIC = (*RUSSIAN_PATRONYMIC, *KAZAKH_PATRONYMIC)


# a dash token: hyphen, en dash, em dash (ranges, lists, appositions)
DASHES = frozenset("-–—")
# ``деп хабарлайды X`` / ``деп жазады X`` 'reports / writes X': the present tense of a news page's credit, X the
# outlet (``..., деп хабарлайды Azattyq Rýhy``; session 19: ``rules_text.outlet_credit``, ``facts.speakers``)
CREDIT_VERBS = ("хабарлайды", "жазады")
# the locative and its adjective (-дағы): a place in them is a setting, no part of a name (Алматыда, облысындағы)
LOCATIVE_ENDINGS = ("да", "де", "та", "те", "дағы", "дегі", "тағы", "тегі")
# a word in the genitive case: Қазақстанның, жылдың
GENITIVE_WORD = re.compile(rf"\w+(?:{'|'.join(GENITIVE)})", re.IGNORECASE)


@lru_cache(maxsize=100_000)
def capitalized(word: str) -> bool:
    """word (str) -> True if it opens with a Cyrillic capital followed by a small letter (or nothing)."""
    return word[:1] in CYRILLIC_UPPER and word[1:2] in CYRILLIC_LOWER


NOUN_ENDINGS = frozenset({"", *CASE} | {p + c for p in ("ы", "сы", "і", "сі") for c in ("", *CASE)}) - {
    "ды",
    "ді",
    "ты",
    "ті",
}  # қалады "stays" is a verb, not қала "city"


VOICED = {"к": "г", "қ": "ғ"}  # агенттік -> агенттігінің, одақ -> одағы


def voiced_bases(nouns: tuple[str, ...]) -> tuple[str, ...]:
    """nouns (tuple[str, ...]) -> each noun and its form with a voiced last consonant (``агенттік`` ->
    ``агенттіг``), the bases a case or possessive ending follows."""
    return tuple({b for h in nouns for b in (h, h[:-1] + VOICED.get(h[-1], h[-1]))})


def noun_form(word: str, bases: Iterable[str]) -> bool:
    """word (str); bases (Iterable[str]) -> True if the word is one of the bases with a case or possessive
    ending of :data:`NOUN_ENDINGS` (or none)."""
    low = word.lower()
    return any(low.startswith(b) and low[len(b) :] in NOUN_ENDINGS for b in bases)


_ORG_BASES = voiced_bases(ORG_HEAD)


@lru_cache(maxsize=100_000)
def org_head(word: str) -> bool:
    """The word is an organization noun of :data:`ORG_HEAD` in some case form (``университетінде``)."""
    return noun_form(word, _ORG_BASES)


@lru_cache(maxsize=100_000)
def post_word(word: str) -> bool:
    """The word is a post word of :data:`POST` in some case form (``министрі``, ``Президентіне``)."""
    return noun_form(word, POST)


@lru_cache(maxsize=100_000)
def settlement(word: str) -> str:
    low = word.lower()
    return next((f for f in SETTLEMENT_FORMS if low.startswith(f) and low[len(f) :] in NOUN_ENDINGS), "")


_ONE_WORD = frozenset(name.lower() for name in NAMES if " " not in name)


@lru_cache(maxsize=100_000)
def known_place(word: str) -> bool:
    low = word.lower()
    head, sep, tail = low.partition("-")
    if (
        sep
        and head in _ONE_WORD
        and tail in NOUN_ENDINGS | {"тың", "тің", "қа", "ке", "та", "те", "тан", "тен"}
    ):
        return True  # АҚШ-тың
    return noun_form(low, _ONE_WORD)
