"""IOB2 tags to entity spans and back, with repair of ill-formed sequences."""

from __future__ import annotations

from collections.abc import Sequence


def repair(tags: Sequence[str]) -> list[str]:
    """Make a tag sequence valid IOB2: an ``I-X`` not after ``B-X``/``I-X`` starts an entity.

    tags (Sequence[str]): IOB2-ish tags (``O``, ``B-X``, ``I-X``).
    RETURNS (list[str]): valid IOB2 tags.
    """
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity token spans of an IOB2 sequence (repaired first).

    tags (Sequence[str]): IOB2 tags.
    RETURNS (list[tuple[int, int, str]]): ``(start, end, label)`` with ``end`` exclusive.
    """
    out: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*repair(tags), "O"]):
        if tag == "O" or tag.startswith("B-"):
            if start >= 0:
                out.append((start, i, label))
                start = -1
            if tag.startswith("B-"):
                start, label = i, tag[2:]
    return out


def tags(n: int, entities: Sequence[tuple[int, int, str]]) -> list[str]:
    """IOB2 tags for ``n`` tokens from non-overlapping token spans.

    n (int): number of tokens.
    entities (Sequence[tuple[int, int, str]]): ``(start, end, label)`` spans.
    RETURNS (list[str]): the tags.
    """
    out = ["O"] * n
    for start, end, label in entities:
        out[start] = "B-" + label
        for i in range(start + 1, end):
            out[i] = "I-" + label
    return out
