"""Score the NER rules on passages that neither a model nor the rules' author saw (docs/ner.md, cross-check).

    derek train ner --data KAZNERD --out runs/seed1 --seed 1 --max-steps 6000
    python bench/ner_crosscheck.py runs/seed1/model --seed 1 --exclude 0
    python bench/ner_crosscheck.py runs/seed2/model --seed 2 --exclude 0,1 --errors DATE

The part scored is the dev groups of the ``--seed`` split minus the dev groups of every ``--exclude``
split (seed 0 is the shipped model's dev part, on which rules 1-11 were written). Prints strict
micro F1 and the issue's five classes for the model alone and with :func:`derek.ner.rules.fix`,
the sentences the rules made better or worse, and with ``--errors LABEL`` that label's errors.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from derek.evaluate.ner import KAZNERD
from derek.ner import data, model
from derek.ner.iob import spans
from derek.ner.rules import fix
from derek.ner.score import score

CLASSES = ("PERSON", "DATE", "GPE", "POSITION", "ORGANISATION")


def part(path: str, seed: int, exclude: Sequence[int]) -> list:
    sentences = data.read(path)
    seen = {s.group for e in exclude for s in data.split(sentences, 0.1, e)[1]}
    return [s for s in data.split(sentences, 0.1, seed)[1] if s.group not in seen]


def scores(sentences: list, found: list) -> dict:
    gold = [(i, a, b, label) for i, s in enumerate(sentences) for a, b, label in spans(s.tags)]
    pred = [(i, a, b, label) for i, f in enumerate(found) for a, b, label in f]
    result = score(gold, pred)
    row = {"micro": round(result["micro"]["f1"], 4)}
    row.update({c: round(result["per_label"].get(c, {}).get("f1", 0.0), 3) for c in CLASSES})
    return row


def _texts(words: Sequence[str], found: set) -> list[str]:
    return [" ".join(words[a:b]) for a, b, _ in sorted(found)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model", help="a model trained with derek train ner --seed SEED")
    ap.add_argument("--data", default=str(KAZNERD))
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument(
        "--exclude", default="0", help="comma-separated split seeds whose dev groups are left out"
    )
    ap.add_argument("--errors", metavar="LABEL", help="print this label's errors with the rules")
    args = ap.parse_args()
    sentences = part(args.data, args.seed, [int(x) for x in args.exclude.split(",") if x])
    raw = list(model.tag([s.tokens for s in sentences], model.load(args.model), rules=False))
    fixed = [fix(s.tokens, r) for s, r in zip(sentences, raw, strict=True)]
    print(f"{len(sentences)} sentences, {len({s.group for s in sentences})} passage groups")
    print("model alone", scores(sentences, raw))
    print("with rules ", scores(sentences, fixed))
    better = worse = 0
    for s, r, f in zip(sentences, raw, fixed, strict=True):
        gold = set(spans(s.tags))
        delta = len(set(f) & gold) - len(set(r) & gold) - len(set(f) - gold) + len(set(r) - gold)
        better, worse = better + (delta > 0), worse + (delta < 0)
    print(f"sentences the rules made better: {better}, worse: {worse}")
    if args.errors:
        for s, f in zip(sentences, fixed, strict=True):
            gold = {x for x in spans(s.tags) if x[2] == args.errors}
            pred = {x for x in f if x[2] == args.errors}
            if gold != pred:
                missed, false = _texts(s.tokens, gold - pred), _texts(s.tokens, pred - gold)
                print(f"{' '.join(s.tokens)}\n  missed {missed}  false {false}")


if __name__ == "__main__":
    main()
