"""The ``morph`` and ``normal`` pipeline stages.

``morph`` fills ``Token.lemma`` and ``Token.pos`` sentence by sentence; ``normal`` rewrites
``Entity.normal`` as the base form of the name (``Қазақстан Республикасындағы`` →
``Қазақстан Республикасы``). ``normal`` runs right after ``ner``; with no entities it does nothing.
"""

from __future__ import annotations

import dataclasses
import re

from ..doc import Entity, Sentence, Token
from ..pipeline import Analysis, Stage
from ..segment import group_tokens
from .names import base_form
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
    return [dataclasses.replace(e, normal=_person_base(e) or base_form(e.text) or e.text) for e in entities]


# A foreign name ending in a vowel takes the accusative -ны/-ні, which the analyzer does not know on a name it
# cannot parse (``Чжан Сяоны қабылдады`` -> ``Чжан Сяо``; real news pages, session 7). Kazakh names ending in
# a vowel + ны/ні are rare, and a name the analyzer reads keeps its own base form.
_VOWEL_ACCUSATIVE = re.compile(r"^(?P<stem>\w*[аеиоуыіәөүұэюя])(?:ны|ні)$", re.I)


def _person_base(e: Entity) -> str | None:
    """e (Entity) -> the base form of a PERSON whose last word is a vowel stem + ны/ні, else None."""
    if e.label != "PERSON" or " " not in e.text:
        return None
    head, _, last = e.text.rpartition(" ")
    m = _VOWEL_ACCUSATIVE.match(last)
    if m is None or len(m.group("stem")) < 2 or base_form(last) != last:
        return None
    return f"{head} {m.group('stem')}"


def _morph(work: Analysis) -> None:
    work.tokens = lemmatize(work.sentences, work.tokens)


def _normal(work: Analysis) -> None:
    if work.entities:
        work.entities = normalize_entities(work.entities)


MORPH = Stage("morph", _morph, requires=("tokens",), provides=("lemmas",))
NORMAL = Stage("normal", _normal, requires=("entities", "lemmas"), provides=("normals",))
