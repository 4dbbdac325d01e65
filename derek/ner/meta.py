"""derek's metadata in the shipped model's ``meta.json``: data, licence, split, scores, speed."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .data import Tagged

NAME = "derek_ner"
VERSION = "0.1.0"
DATA = {
    "name": "KazNERD (validation split, IOB2_valid.txt / with_sentID/IOB2_valid2.txt)",
    "url": "https://github.com/IS2AI/KazNERD",
    "commit": "bd4333d0f5952b9fafb2ef2ac2fefa0ad3c0333f",
    "license": "CC BY 4.0",
    "attribution": (
        "Yeshpanov, Khassanov, Varol. KazNERD: Kazakh Named Entity Recognition Dataset. "
        "LREC 2022, pp. 417-426. https://aclanthology.org/2022.lrec-1.44"
    ),
}


def _stats(part: Sequence[Tagged]) -> dict[str, int]:
    return {
        "sentences": len(part),
        "groups": len({s.group for s in part}),
        "tokens": sum(len(s.tokens) for s in part),
    }


def write_meta(
    model: Path,
    *,
    data_path: str,
    train: Sequence[Tagged],
    dev: Sequence[Tagged],
    seed: int,
    dev_fraction: float,
    all_groups: bool,
    train_seconds: float,
) -> dict[str, Any]:
    """Add derek's fields to a trained pipeline's ``meta.json`` and return them.

    model (Path): the pipeline folder.
    data_path (str): the training file as given.
    train (Sequence[Tagged]): the sentences trained on.
    dev (Sequence[Tagged]): the held-out sentences.
    seed (int): split and training seed.
    dev_fraction (float): share of groups held out.
    all_groups (bool): whether the final model saw every group.
    train_seconds (float): wall time of training.
    RETURNS (dict[str, Any]): the ``derek`` block written.
    """
    path = model / "meta.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    labels = Counter(t[2:] for s in train for t in s.tags if t.startswith("B-"))
    block = {
        "training_data": {**DATA, "file": Path(data_path).name},
        "split": {
            "by": "AID passage groups",
            "seed": seed,
            "dev_fraction": dev_fraction,
            "train": _stats(train),
            "dev": _stats(dev),
            "trained_on_all_groups": all_groups,
        },
        "train_entities": dict(labels.most_common()),
        "train_seconds": round(train_seconds, 1),
    }
    meta.update(name=NAME, version=VERSION, license="CC BY 4.0 (model trained on KazNERD)")
    meta.setdefault("derek", {}).update(block)
    path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return block


def record(model: Path, key: str, value: Any) -> None:
    """Store one more entry (dev scores, speed) in the ``derek`` block of ``meta.json``.

    model (Path): the pipeline folder.
    key (str): the entry name.
    value (Any): JSON-serializable value.
    """
    path = model / "meta.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta.setdefault("derek", {})[key] = value
    path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
