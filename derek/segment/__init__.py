"""Segmentation of Kazakh news into sentences and tokens.

>>> from derek.segment import segment
>>> sents, toks = segment("1991 ж. Қ.-Ж. Тоқаев келді. Ол: «Сәлем!» — деді.")
>>> [s.text for s in sents]
['1991 ж. Қ.-Ж. Тоқаев келді.', 'Ол: «Сәлем!» — деді.']
"""

from __future__ import annotations

from ..doc import Sentence, Token
from .sentences import explain, sentenize
from .tokens import tokenize

__all__ = ["explain", "segment", "sentenize", "tokenize"]


def segment(text: str) -> tuple[list[Sentence], list[Token]]:
    """Sentences and tokens of normalized text.

    text (str): normalized text (see :mod:`derek.normalize`).
    RETURNS (tuple[list[Sentence], list[Token]]): both with offsets into ``text``.
    """
    tokens = tokenize(text)
    return sentenize(text, tokens), tokens
