"""The ``morph`` and ``normal`` pipeline stages.

``morph`` fills ``Token.lemma`` and ``Token.pos`` sentence by sentence; ``normal`` rewrites
``Entity.normal`` as the base form of the name (``Қазақстан Республикасындағы`` →
``Қазақстан Республикасы``). ``normal`` runs right after ``ner``; with no entities it does nothing.
"""

from __future__ import annotations

import dataclasses

from ..doc import Entity, Sentence, Token
from ..pipeline import Analysis, Stage
from ..segment import group_tokens
from .names import base_form, person_base_form
from .tagger import tag


def lemmatize(sentences: list[Sentence], tokens: list[Token]) -> list[Token]:
    """sentences (list[Sentence]): in text order; tokens (list[Token]): in text order. RETURNS (list[Token]): with lemma and pos."""
    out = []
    for run in group_tokens(sentences, tokens):
        for token, r in zip(run, tag([t.text for t in run]), strict=True):
            out.append(dataclasses.replace(token, lemma=r.lemma, pos=r.upos))
    return out


def normalize_entities(entities: list[Entity]) -> list[Entity]:
    """entities (list[Entity]): found names. RETURNS (list[Entity]): with ``normal`` = the base form of their text."""
    return [
        dataclasses.replace(
            e, normal=(person_base_form(e.text) if e.label == "PERSON" else base_form(e.text)) or e.text
        )
        for e in entities
    ]


def _morph(work: Analysis) -> None:
    work.tokens = lemmatize(work.sentences, work.tokens)


def _normal(work: Analysis) -> None:
    if work.entities:
        work.entities = normalize_entities(work.entities)


MORPH = Stage("morph", _morph, requires=("tokens",), provides=("lemmas",))
NORMAL = Stage("normal", _normal, requires=("entities", "lemmas"), provides=("normals",))
