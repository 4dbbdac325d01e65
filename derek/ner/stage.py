"""The ``ner`` pipeline stage: tags derek's tokens sentence by sentence."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Entity, Sentence, Token
from ..pipeline import Analysis, Stage
from ..segment import group_tokens
from . import model


def entities(text: str, sentences: Sequence[Sentence], tokens: Sequence[Token], nlp=None) -> list[Entity]:
    """Named entities over a segmented text.

    text (str): the (normalized) text the offsets point into.
    sentences (Sequence[Sentence]): its sentences.
    tokens (Sequence[Token]): its tokens.
    nlp (Language | None): a loaded NER pipeline (default: the shipped model).
    RETURNS (list[Entity]): entities with character offsets; ``normal`` is the text for now.
    """
    runs = group_tokens(sentences, tokens)
    out: list[Entity] = []
    for run, found in zip(runs, model.tag(([t.text for t in r] for r in runs), nlp), strict=True):
        for s, e, label in found:
            start, end = run[s].start, run[e - 1].end
            out.append(Entity(start, end, text[start:end], label, text[start:end]))
    return out


def _run(work: Analysis) -> None:
    work.entities = entities(work.text, work.sentences, work.tokens)


NER = Stage("ner", _run, requires=("sentences", "tokens"), provides=("entities",))
