"""The span type the NER rules pass around, and the one loop several of them share."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

# a token span of one sentence: (start, end, label), end exclusive
Span = tuple[int, int, str]


def covered(spans: Iterable[Span]) -> set[int]:
    """spans (Iterable[Span]) -> the indices of the tokens the spans cover."""
    return {i for a, b, _ in spans for i in range(a, b)}


def join_pairs(found: Iterable[Span], joined: Callable[[Span, Span], str | None]) -> list[Span]:
    """found (Iterable[Span]): spans; joined: ``(previous, span)`` -> the label of the one span the two
    make, or None to keep them apart -> the spans, sorted, each accepted pair made one span (left to
    right, so a joined span may join the next one too)."""
    out: list[Span] = []
    for span in sorted(found):
        label = joined(out[-1], span) if out else None
        if label:
            out[-1] = (out[-1][0], span[1], label)
        else:
            out.append(span)
    return out


Rule = Callable[[Sequence[str], Sequence[Span]], list[Span]]


def apply_rules(rules: Iterable[Rule], tokens: Sequence[str], found: Sequence[Span]) -> list[Span]:
    """rules (Iterable[Rule]): rules in order; tokens (Sequence[str]): a sentence's token texts; found
    (Sequence[Span]): predicted spans -> the spans after every rule, each taking the last one's output."""
    spans = list(found)
    for rule in rules:
        spans = rule(tokens, spans)
    return spans
