"""``derek evaluate ner [PATH] [--raw] [--model DIR] [--split all|dev|train] [--labels L,...]``.

Scores the NER model strictly (exact span and label) on a KazNERD-format
file and prints JSON with the most-frequent-tag baseline beside it. With
``--split dev`` only the held-out groups of the training split are scored
(the same seeded group split as ``derek train ner``): the README's numbers.
A ``.jsonl`` file or a folder of them holds character-span gold over running
text instead (``derek.ner.span_gold``), scored as ``--raw``; ``--labels``
names the labels it was annotated for.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..cli import print_json
from ..ner import data

KAZNERD = (
    Path(__file__).resolve().parents[2]
    / ".."
    / "shared"
    / "data"
    / "kaznerd"
    / "with_sentID"
    / "IOB2_valid2.txt"
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "path", nargs="?", default=str(KAZNERD), help="KazNERD-format file (default: KazNERD valid)"
    )
    p.add_argument("--raw", action="store_true", help="rebuild running text and run derek's own segmentation")
    p.add_argument("--model", default=None, help="a spaCy pipeline folder (default: the shipped model)")
    p.add_argument("--split", choices=("all", "dev", "train"), default="all", help="part of PATH to score")
    p.add_argument("--dev-fraction", type=float, default=0.1, help="share of groups in dev (default 0.1)")
    p.add_argument("--seed", type=int, default=0, help="split seed (default 0)")
    p.add_argument("--record", action="store_true", help="also store the scores in the model's meta.json")
    p.add_argument(
        "--labels", default="", help="comma-separated labels a JSONL set was annotated for (default: all)"
    )
    p.add_argument(
        "--baseline-data",
        default=None,
        help="file whose train part the baseline learns from (default: PATH with --split, else KazNERD)",
    )


def run(args: argparse.Namespace) -> int:
    from ..ner.evaluation import evaluate_baseline, evaluate_raw, evaluate_tokens
    from ..ner.model import load

    if args.path.endswith(".jsonl") or Path(args.path).is_dir():
        return _run_spans(args)
    sentences = data.read(args.path)
    train, dev = data.split(sentences, args.dev_fraction, args.seed)
    scored = {"all": sentences, "dev": dev, "train": train}[args.split]
    nlp = load(args.model)
    result = (evaluate_raw if args.raw else evaluate_tokens)(scored, nlp)
    result["mode"] = "raw" if args.raw else "gold_tokens"
    result["split"] = args.split
    base_path = args.baseline_data or (args.path if args.split != "all" else KAZNERD)
    if Path(base_path).is_file():
        base_train = (
            train
            if base_path == args.path
            else data.split(data.read(base_path), args.dev_fraction, args.seed)[0]
        )
        result["baseline"] = evaluate_baseline(scored, base_train)
        result["baseline"]["name"] = (
            "most frequent tag per token, learned from the train part of the group split"
        )
    if args.record:
        from ..ner.meta import record
        from ..ner.model import MODEL_DIR

        key = f"scores_{args.split}_{result['mode']}"
        record(Path(args.model) if args.model else MODEL_DIR, key, {**result, "file": Path(args.path).name})
    print_json(result)
    return 0


def _run_spans(args: argparse.Namespace) -> int:
    from ..ner import span_gold
    from ..ner.baseline import MostFrequentTag
    from ..ner.model import load

    records = span_gold.read(args.path)
    labels = [x for x in args.labels.split(",") if x]
    result = span_gold.evaluate(records, load(args.model), labels)
    result["mode"] = "raw_spans"
    result["labels"] = labels or "all"
    base_path = args.baseline_data or KAZNERD
    if Path(base_path).is_file():
        train = data.split(data.read(base_path), args.dev_fraction, args.seed)[0]
        result["baseline"] = span_gold.evaluate_baseline(records, MostFrequentTag(train), labels)
        result["baseline"]["name"] = (
            "most frequent tag per token (derek's tokens), learned from KazNERD's train part"
        )
    print_json(result)
    return 0
