"""Place rules for written Kazakh (part of :mod:`derek.ner.rules_text`, which applies them): rivers and
other natural features, historical states, regions of continents, and the gazetteer's label.

Counts are on KazNERD's training groups without the dev parts of seeds 0, 1 and 2 (8,140 sentences).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .places import RIVERS
from .span_ops import Span
from .words import known_place, noun_form, surname_ending

# settlement nouns: a name before one is a settlement (Ертіс аулындағы), not a river
_SETTLED = ("аудан", "ауыл", "аул", "кент", "қала", "село", "облыс", "округ")

_NAMED_LABELS = frozenset({"PERSON", "GPE", "LOCATION", "POSITION", "FACILITY", "NORP", "ORGANISATION"})


_RIVERS = tuple(name.lower() for name in RIVERS)
# possessed nouns after a name that make it a river, mountain or lake: Жайық өзенінде, Алтай тауының,
# Тоқпан көлінде (not көлігі 'its vehicle')
_NATURE = re.compile(
    r"(?:өзен|көл)(?:дер)?і(?:н|нің|не|нде|нен|ндегі)?|тау(?:лар)?ы(?:н|ның|на|нда|нан|ндағы)?", re.IGNORECASE
)
_WATERSIDE = ("бой", "өзен")


@lru_cache(maxsize=100_000)
def _river(word: str) -> bool:
    """word (str) -> True if it is a river of ``RIVERS`` in some case form (``Ертісте``)."""
    return noun_form(word, _RIVERS)


def rivers(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A river's name (``RIVERS``), or a capitalized word before a form of ``өзен`` 'river', ``тау``
    'mountain' or ``көл`` 'lake', is a LOCATION of that one word, untagged or tagged otherwise by the model
    (``[Еділ] мен Жайық`` ORGANISATION, ``[Еділ бойы]`` DATE -> ``[Еділ] бойы``, ``[Сырдария]`` GPE).

    Not before a settlement noun (``Ертіс аулындағы``, ``Іле ауданында`` are GPE) or a capitalized word
    (``Еділ Ермекбаев``), nor inside ``«…»``; a longer span that holds the word stays. Train part, run
    with no spans: the rule marks 34 words, 31 exactly a gold LOCATION (``Ертіс өңірінде``, ``Солёное
    өзеніне``, ``Алтай тауының``), 1 inside a longer LOCATION (``Үлкен Алматы көлінде``), 1 inside a FACILITY
    (``Сырдария топтық су жүйесімен``), 1 untagged (``Жайық суы`` 'the Ural's water'); run on the gold
    spans it changes that one only.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such LOCATIONs.
    """
    spans = sorted(found)
    for i, word in enumerate(tokens):
        if not word[:1].isupper():
            continue  # a river's name and a name before a nature noun are capitalized
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        river = _river(word)
        nature = bool(nxt) and _NATURE.fullmatch(nxt) is not None and word[1:2].islower()
        if not (river or nature) or nxt.lower().startswith(_SETTLED) or nxt[:1].isupper():
            continue
        if i > 0 and tokens[i - 1] in ("«", '"'):
            continue
        inside = [sp for sp in spans if sp[0] <= i < sp[1]]
        span = inside[0] if inside else None
        if span and span[2] == "LOCATION" and span[:2] == (i, i + 1):
            continue
        if span and not (
            span[:2] == (i, i + 1)
            or (span[0] == i and all(noun_form(w, _WATERSIDE) for w in tokens[i + 1 : span[1]]))
        ):
            continue  # a longer name holds it: Сырдария топтық су жүйесімен
        spans = sorted([*(sp for sp in spans if sp != span), (i, i + 1, "LOCATION")])
    return spans


# a polity named by a people or place and a lowercase state noun: Қазақ хандығы, Ресей империясы
_POLITY = ("хандығ", "хандық", "империя", "автономия")


@lru_cache(maxsize=100_000)
def _state_noun(word: str) -> bool:
    """word (str) -> True if it is a lowercase form of a state noun of ``_POLITY`` (``империясының``)."""
    return word.lower().startswith(_POLITY) and word[:1].islower()


def polity(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A capitalized word and a lowercase ``хандығы`` 'khanate', ``империясы`` 'empire' or ``автономиясы``
    'autonomy' make one GPE, whatever the model tagged there (``[Ресей] империясының`` -> ``[Ресей
    империясының]``, ``[Алаш] автономиясына`` ORGANISATION -> GPE).

    Train part: the one such pair, ``Қазақ хандығының``, is one GPE; no empire or autonomy is named there.
    A longer span that holds either word stays.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such names.
    """
    spans = sorted(found)
    text = " ".join(tokens).lower()
    if not any(noun in text for noun in _POLITY):
        return spans  # no word in the sentence starts like a state noun
    for i in range(1, len(tokens)):
        if not _state_noun(tokens[i]):
            continue
        if not (tokens[i - 1][:1].isupper() and tokens[i - 1][1:2].islower()):
            continue
        inside = [sp for sp in spans if sp[0] <= i and sp[1] > i - 1]
        if all(i - 1 <= a and b <= i + 1 for a, b, _ in inside):
            spans = sorted([*(sp for sp in spans if sp not in inside), (i - 1, i + 1, "GPE")])
    return spans


_COMPASS = frozenset({"Оңтүстік", "Солтүстік", "Шығыс", "Батыс", "Орталық"})
_CONTINENTS = ("америка", "африка", "азия", "еуропа")


def continent_parts(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A capitalized compass word and a continent (``Оңтүстік Америкада``, ``Шығыс Африка``, ``Орталық Азия``)
    is a LOCATION, untagged or tagged otherwise (the model says GPE), unless a longer span holds it.

    Train part: all 16 such pairs that stand alone are exactly a LOCATION; 3 more lie inside a road's name
    (``Батыс Еуропа – Батыс Қытай`` FACILITY) and stay.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, sorted, with such LOCATIONs.
    """
    spans = sorted(found)
    if _COMPASS.isdisjoint(tokens):
        return spans
    for i in range(len(tokens) - 1):
        if tokens[i] not in _COMPASS or not tokens[i + 1].lower().startswith(_CONTINENTS):
            continue
        inside = [sp for sp in spans if sp[0] <= i + 1 and sp[1] > i]
        if all(i <= a and b <= i + 2 for a, b, _ in inside):
            spans = sorted([*(sp for sp in spans if sp not in inside), (i, i + 2, "LOCATION")])
    return spans


def place_label(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A one-word name span on a city or country of :mod:`derek.ner.places` is a GPE whatever the model said
    (``[Берлин]`` PERSON, ``[Ақтау]`` FACILITY), out of ``«…»`` and not surname-shaped (``Қонаев``); rule 15
    does this for PERSON only, before rules that may tag the word again.

    Train part: of 774 such one-word spans out of quotes, 771 are GPE, 2 FACILITY (ports: ``Ақтау порты``,
    ``Ақтау мен Құрық``) and 1 LOCATION (``Балқаш пен Каспий``, the lake).

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans with such labels fixed.
    """
    out = []
    for a, b, label in found:
        if (
            b == a + 1
            and label in _NAMED_LABELS
            and known_place(tokens[a])
            and surname_ending(tokens[a]) is None
            and not (a > 0 and tokens[a - 1] == "«")
        ):
            label = "GPE"
        out.append((a, b, label))
    return out
