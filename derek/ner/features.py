"""Token features for the NER model, set by a small spaCy component.

``derek_features`` writes a crude Kazakh stem into ``token.lemma_`` and the
stripped endings (``лар+ы+ның``) into ``token.tag_``; the model's hash
embedding reads them beside ``NORM``, ``PREFIX``, ``SUFFIX`` and ``SHAPE``.
It runs first in the shipped pipeline, in training (as an annotating
component) and at run time alike, so both see the same features.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .suffixes import stem

FEATURES = "derek_features"


@lru_cache(maxsize=200_000)
def _features(text: str) -> tuple[str, str]:
    if any(ch.isdigit() for ch in text):
        shape = "".join("0" if ch.isdigit() else ch for ch in text.lower())
        return stem(shape)
    return stem(text)


def features(words: list[str]) -> tuple[list[str], list[str]]:
    """Stems and endings of token texts, for building a ``Doc`` that has them already.

    words (list[str]): token texts.
    RETURNS (tuple[list[str], list[str]]): the lemmas (stems) and the tags (endings).
    """
    pairs = [_features(w) for w in words]
    return [p[0] for p in pairs], [p[1] for p in pairs]


def set_features(doc: Doc) -> Doc:
    """Write stem and endings into the tokens of a spaCy doc.

    doc (Doc): a spaCy doc.
    RETURNS (Doc): the same doc.
    """
    for token in doc:
        token.lemma_, token.tag_ = _features(token.text)
    return doc


@Language.component(FEATURES)
def derek_features(doc: Doc) -> Doc:
    """The spaCy component form of :func:`set_features`."""
    return set_features(doc)
