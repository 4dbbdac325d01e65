"""Strict entity-level scores: a prediction counts only with exact span and label."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from ..evaluate.scoring import PRF

Item = tuple[Any, int, int, str]  # (sentence or document key, start, end, label)


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 from counts (0.0 where undefined).

    tp (int): true positives.
    fp (int): false positives.
    fn (int): false negatives.
    RETURNS (dict[str, float]): ``precision``, ``recall``, ``f1``.
    """
    return PRF(tp, fp, fn).as_json()


def score(gold: Iterable[Item], predicted: Iterable[Item]) -> dict[str, Any]:
    """Micro and per-label strict scores.

    gold (Iterable[Item]): gold entities as ``(key, start, end, label)``.
    predicted (Iterable[Item]): predicted entities, same form.
    RETURNS (dict[str, Any]): ``{"micro": {...}, "per_label": {LABEL: {..., "support"}}}``.
    """
    g, p = Counter(gold), Counter(predicted)
    hit = g & p
    tp, fp, fn = Counter(), Counter(), Counter()
    for item, n in hit.items():
        tp[item[3]] += n
    for item, n in (p - hit).items():
        fp[item[3]] += n
    for item, n in (g - hit).items():
        fn[item[3]] += n
    support = Counter()
    for item, n in g.items():
        support[item[3]] += n
    labels = sorted(set(support) | set(fp))
    per_label = {
        label: {**prf(tp[label], fp[label], fn[label]), "support": support[label]} for label in labels
    }
    micro = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return {"micro": micro, "per_label": per_label}
