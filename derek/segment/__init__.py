"""Segmentation of Kazakh news into sentences and tokens.

>>> from derek.segment import segment
>>> sents, toks = segment("1991 ж. Қ.-Ж. Тоқаев келді. Ол: «Сәлем!» — деді.")
>>> [s.text for s in sents]
['1991 ж. Қ.-Ж. Тоқаев келді.', 'Ол: «Сәлем!» — деді.']
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from ..doc import Sentence, Token
from .sentences import explain, sentenize
from .tokens import tokenize

__all__ = ["explain", "group_tokens", "segment", "sentenize", "tokenize"]


def segment(text: str) -> tuple[list[Sentence], list[Token]]:
    """Sentences and tokens of normalized text.

    text (str): normalized text (see :mod:`derek.normalize`).
    RETURNS (tuple[list[Sentence], list[Token]]): both with offsets into ``text``.
    """
    tokens = tokenize(text)
    return sentenize(text, tokens), tokens


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
