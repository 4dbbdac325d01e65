"""The spans (entities, mentions) that overlap a stretch of text, found by bisection.

Stages that look at one sentence at a time used to scan every entity of the document for each sentence,
trigger or quote, which made long texts slow (docs/fuzz.md: an article repeated to 1 MB). A
:class:`SpanIndex` answers "which spans overlap [start, end)?" in logarithmic time plus the hits, and gives
them in the order of the list it was built from, so that a caller behaves exactly as with the full list.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar


class _Span(Protocol):
    start: int
    end: int


S = TypeVar("S", bound=_Span)


class SpanIndex(Generic[S]):
    """spans (Sequence[S]): anything with ``start`` and ``end`` offsets, in any order."""

    def __init__(self, spans: Sequence[S]) -> None:
        self._spans = list(spans)
        self._order = sorted(range(len(self._spans)), key=lambda i: self._spans[i].start)
        self._starts = [self._spans[i].start for i in self._order]
        self._longest = max((s.end - s.start for s in self._spans), default=0)

    def overlapping(self, start: int, end: int) -> list[S]:
        """start (int), end (int): a stretch of text -> the spans that share a character with it, or lie
        empty inside it, in the order of the list the index was built from."""
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        hits = [
            i
            for i in self._order[lo:hi]
            if self._spans[i].start < end and (self._spans[i].end > start or self._spans[i].start >= start)
        ]
        return [self._spans[i] for i in sorted(hits)]
