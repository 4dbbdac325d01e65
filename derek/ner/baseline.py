"""The trivial baseline: each token gets the tag it most often had in the training data."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from .data import Tagged
from .iob import repair


class MostFrequentTag:
    """Most-frequent IOB2 tag per token text (unseen tokens: ``O``), IOB-repaired per sentence."""

    def __init__(self, train: Iterable[Tagged]) -> None:
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for sentence in train:
            for token, tag in zip(sentence.tokens, sentence.tags, strict=True):
                counts[token][tag] += 1
        self.best = {token: c.most_common(1)[0][0] for token, c in counts.items()}

    def __call__(self, tokens: Sequence[str]) -> list[str]:
        """Tags of one sentence.

        tokens (Sequence[str]): token texts.
        RETURNS (list[str]): valid IOB2 tags.
        """
        return repair([self.best.get(t, "O") for t in tokens])
