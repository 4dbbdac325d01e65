"""The ``morph`` and ``normal`` pipeline stages.

``morph`` fills ``Token.lemma`` and ``Token.pos`` sentence by sentence; ``normal`` rewrites
``Entity.normal`` as the base form of the name (``Қазақстан Республикасындағы`` →
``Қазақстан Республикасы``). ``normal`` runs right after ``ner``; with no entities it does nothing.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right

from ..doc import Entity, Sentence, Token
from ..pipeline import Analysis, Stage
from .names import base_form
from .tagger import tag


def lemmatize(sentences: list[Sentence], tokens: list[Token]) -> list[Token]:
    """sentences (list[Sentence]): in text order; tokens (list[Token]): in text order. RETURNS (list[Token]): with lemma and pos."""
    starts = [s.start for s in sentences]
    groups: list[list[int]] = []
    current = None
    for i, t in enumerate(tokens):
        k = bisect_right(starts, t.start) - 1
        key = k if k >= 0 and t.start < sentences[k].end else ("gap", k)
        if key != current or not groups:
            groups.append([])
            current = key
        groups[-1].append(i)
    out = list(tokens)
    for group in groups:
        for i, r in zip(group, tag([tokens[i].text for i in group]), strict=True):
            out[i] = dataclasses.replace(tokens[i], lemma=r.lemma, pos=r.upos)
    return out


def normalize_entities(entities: list[Entity]) -> list[Entity]:
    """entities (list[Entity]): found names. RETURNS (list[Entity]): with ``normal`` = the base form of their text."""
    return [dataclasses.replace(e, normal=base_form(e.text) or e.text) for e in entities]


def _morph(work: Analysis) -> None:
    work.tokens = lemmatize(work.sentences, work.tokens)


def _normal(work: Analysis) -> None:
    if work.entities:
        work.entities = normalize_entities(work.entities)


MORPH = Stage("morph", _morph, requires=("tokens",), provides=("lemmas",))
NORMAL = Stage("normal", _normal, requires=("entities", "lemmas"), provides=("normals",))
