"""Matching predicted facts to gold facts (used by ``derek evaluate facts`` and the tests).

Names match leniently: two names match when the stem (first five letters, case
ending removed) of one's last word is among the other's word stems, so
``Тоқаевтың``/``Қасым-Жомарт Тоқаев`` and ``Президенті``/``Президент`` match.
Spans match when they overlap; each gold fact is matched at most once. Letters typed from another alphabet
that look the same (Latin ``ə`` for Kazakh ``ә``, as some sites write ``аудан əкімі``; a Latin ``I`` inside a
Cyrillic word, ``ӘБДIБЕКОВ``) are read as the Kazakh ones, as derek's own normalization reads them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from ..normalize import normalize
from .mentions import strip_case

G = TypeVar("G")
P = TypeVar("P")


_HOMOGLYPHS = str.maketrans({"ə": "ә", "Ə": "Ә"})


def _stems(name: str, size: int) -> list[str]:
    words = (
        normalize(name.translate(_HOMOGLYPHS))
        .text.replace("«", " ")  # ӘБДIБЕКОВ with a Latin I is ӘБДІБЕКОВ (session 13)
        .replace("»", " ")
        .replace("—", " ")
        .replace("–", " ")
        .replace(".", ". ")
        .lower()
        .split()
    )
    return [strip_case(w)[:size] for w in words if w not in ("-",)]


def same_name(gold: str | None, pred: str | None, size: int = 5) -> bool:
    """gold, pred (str | None): base forms -> True if both absent or they name the same thing."""
    if gold is None or pred is None:
        return gold is None and pred is None
    g, p = _stems(gold, size), _stems(pred, size)
    return bool(g and p) and (g[-1] in p or p[-1] in g)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """a, b (tuple[int, int]): spans -> True if they share a character."""
    return a[0] < b[1] and b[0] < a[1]


def align(gold: Sequence[G], pred: Sequence[P], fits: Callable[[G, P], bool]) -> list[tuple[G, P]]:
    """gold, pred: facts; fits (Callable): may these two match -> greedy one-to-one pairs in gold order."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and fits(g, p):
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def date_fits(g: dict[str, Any], p: Any) -> bool:
    return overlaps((g["start"], g["end"]), (p.start, p.end))


def quote_fits(g: dict[str, Any], p: Any) -> bool:
    return overlaps((g["start"], g["end"]), (p.start, p.end))


def distinct_roles(roles: Sequence[P]) -> list[P]:
    """roles (Sequence[Role]): predicted posts in text order -> the first of each (person, post) pair.

    The gold lists each pair once per record (an article that names ``Президент Тоқаев`` twice holds one
    post), so a repeat is neither a second hit nor a false alarm."""
    kept: list[P] = []
    for r in roles:
        if not any(
            same_name(k.person.normal, r.person.normal) and same_name(k.position.normal, r.position.normal, 4)
            for k in kept
        ):
            kept.append(r)
    return kept


def role_fits(g: dict[str, Any], p: Any) -> bool:
    return same_name(g["person"], p.person.normal) and same_name(g["position"], p.position.normal, 4)


def event_fits(g: dict[str, Any], p: Any) -> bool:
    t = g["trigger"]
    return g["type"] == p.type and overlaps((t["start"], t["end"]), (p.trigger.start, p.trigger.end))
