"""The ``ner`` pipeline stage: tags derek's tokens sentence by sentence."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from ..doc import Entity, Sentence, Token
from ..pipeline import Analysis, Stage
from . import model


def group_tokens(sentences: Sequence[Sentence], tokens: Sequence[Token]) -> list[list[Token]]:
    """Tokens grouped by the sentence they start in (tokens outside every sentence form their own runs).

    sentences (Sequence[Sentence]): sentences in text order.
    tokens (Sequence[Token]): tokens in text order.
    RETURNS (list[list[Token]]): non-empty token runs.
    """
    starts = [s.start for s in sentences]
    runs: list[list[Token]] = []
    current = None
    for token in tokens:
        i = bisect_right(starts, token.start) - 1
        key = i if i >= 0 and token.start < sentences[i].end else ("gap", i)
        if key != current or not runs:
            runs.append([])
            current = key
        runs[-1].append(token)
    return runs


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
