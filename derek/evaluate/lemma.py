"""``derek evaluate lemma``: lemma and UPOS accuracy against CoNLL-U or Apertium CG-3 text.

Every gold syntactic word is tagged (CoNLL-U multiword-token range lines are skipped, their
parts are scored); punctuation counts, as in UD. Apertium tokens the analyser did not know
(``"*word"``, no gold reading) are left out. Two baselines are printed beside the score:
identity (lemma = lower-cased form) and the most frequent UPOS of the evaluated file.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from .. import errors
from ..cli import print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, help="gold files (.conllu, or Apertium *.tagged*.txt)")
    parser.add_argument(
        "--format",
        choices=("conllu", "apertium"),
        default=None,
        help="file format (default: from the extension)",
    )
    parser.add_argument("--errors", type=int, default=0, help="also print the N most frequent errors")


def read_conllu(path: Path) -> list[list[tuple[str, str, str]]]:
    """path (Path): a CoNLL-U file. RETURNS (list): sentences of (form, lemma, upos) syntactic words."""
    sentences, cur = [], []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise errors.FileMissing(f"{path}: {exc.strerror}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            if cur:
                sentences.append(cur)
                cur = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise errors.BadDataFile(f"{path}:{n}: expected 10 tab-separated columns, got {len(cols)}")
        if "-" in cols[0] or "." in cols[0]:
            continue  # multiword-token range or empty node
        cur.append((cols[1], cols[2], cols[3]))
    if cur:
        sentences.append(cur)
    return sentences


def read_apertium_gold(path: Path) -> list[list[tuple[str, str, str]]]:
    """path (Path): an Apertium CG-3 stream. RETURNS (list): sentences of (form, lemma, upos); unknown lemma ''."""
    from ..morph.apertium import read_apertium

    if not path.exists():
        raise errors.FileMissing(f"{path}: no such file")
    return [[(w.form, w.lemma, w.upos) for w in sent] for sent in read_apertium(path)]


def evaluate(sentences: list[list[tuple[str, str, str]]], show_errors: int = 0) -> dict:
    """sentences (list): gold (form, lemma, upos) words. RETURNS (dict): accuracies, speed and baselines."""
    from ..morph.lexicon import load
    from ..morph.tagger import tag

    load()  # speed is tagging speed with the lexicon loaded, every form analysed afresh
    start = time.perf_counter()
    predicted = [tag([w[0] for w in sent]) for sent in sentences]
    seconds = time.perf_counter() - start
    total = lemma_ok = upos_ok = ident_ok = 0
    upos_counts: Counter = Counter()
    wrong: Counter = Counter()
    for sent, pred in zip(sentences, predicted, strict=True):
        for (form, lemma, upos), r in zip(sent, pred, strict=True):
            if not lemma:
                continue  # no gold reading
            total += 1
            lemma_ok += r.lemma == lemma
            upos_ok += r.upos == upos
            ident_ok += form.lower() == lemma
            upos_counts[upos] += 1
            if r.lemma != lemma or r.upos != upos:
                wrong[f"{form} -> {r.lemma}/{r.upos} (gold {lemma}/{upos})"] += 1
    n_tokens = sum(len(s) for s in sentences)
    top_upos, top_n = upos_counts.most_common(1)[0] if upos_counts else ("", 0)
    out = {
        "lemma_accuracy": round(lemma_ok / total, 4) if total else 0.0,
        "upos_accuracy": round(upos_ok / total, 4) if total else 0.0,
        "tokens": total,
        "tokens_per_second": round(n_tokens / seconds) if seconds else None,
        "baseline": {
            "identity_lemma_accuracy": round(ident_ok / total, 4) if total else 0.0,
            "most_frequent_upos": top_upos,
            "most_frequent_upos_accuracy": round(top_n / total, 4) if total else 0.0,
        },
    }
    if show_errors:
        out["errors"] = [f"{n}x {e}" for e, n in wrong.most_common(show_errors)]
    return out


def run(args: argparse.Namespace) -> int:
    sentences = []
    for path in args.paths:
        fmt = args.format or ("conllu" if path.suffix == ".conllu" else "apertium")
        sentences += read_conllu(path) if fmt == "conllu" else read_apertium_gold(path)
    print_json(evaluate(sentences, args.errors))
    return 0
