"""Session-5 rules for names of people, places and posts, applied after the model (see docs/ner.md).

Each rule takes a sentence's tokens and the predicted ``(start, end, label)`` spans and returns
the spans changed. Counts in the docstrings are from the training groups of the seed-0 split
of KazNERD's validation file (the part the shipped model learnt from); the rules were chosen by
reading errors on a third part (seed 2) and on the dev part.
"""

from __future__ import annotations

from collections.abc import Sequence

from .suffixes import stem

Span = tuple[int, int, str]

def place_not_person(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """A one-word PERSON that is a city or country of :mod:`derek.ner.places` is a GPE (``Украина халқы``).

    Train part: of 909 one-word entity spans on such a word (surname-shaped words like ``Қонаев`` left
    out), 897 are GPE and none is PERSON.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans, such PERSONs relabelled.
    """
    from .rules import _SURNAME, _place

    return [
        (a, b, "GPE")
        if label == "PERSON"
        and b == a + 1
        and _place(tokens[a])
        and not _SURNAME.fullmatch(stem(tokens[a])[0])
        else (a, b, label)
        for a, b, label in found
    ]


RULES = (place_not_person,)


def apply(tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """Apply :data:`RULES` in order.

    tokens (Sequence[str]): the sentence's token texts.
    found (Sequence[Span]): predicted spans.
    RETURNS (list[Span]): the spans after every rule.
    """
    spans = list(found)
    for rule in RULES:
        spans = rule(tokens, spans)
    return spans
