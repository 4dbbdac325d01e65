"""Speed of normalization + segmentation on one core (tokens per second).

    .venv/bin/python bench/bench_segment.py [--data PATH] [--repeat 7]

The text is KazNERD's validation split rebuilt to running text (or any
CoNLL-U / KazNERD-format file given with --data). Each run is timed whole
(normalize -> tokenize -> sentenize, Token objects created); the best of
--repeat runs is reported, with str.split over the same text as a reference
measured in the same process, because this machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time

from derek.evaluate.ner import KAZNERD
from derek.evaluate.readers import read_any
from derek.evaluate.segment import build_running_text
from derek.normalize import normalize
from derek.segment import segment

DEFAULT = KAZNERD


def best_of(repeat: int, fn, *args) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn(*args)
        best = min(best, time.perf_counter() - t0)
    return best, out


def pipeline(text: str):
    norm = normalize(text)
    return segment(norm.text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    text = build_running_text(read_any(args.data))[0]
    seconds, (sents, toks) = best_of(args.repeat, pipeline, text)
    split_seconds, words = best_of(args.repeat, str.split, text)
    print(
        json.dumps(
            {
                "characters": len(text),
                "tokens": len(toks),
                "sentences": len(sents),
                "seconds": round(seconds, 4),
                "tokens_per_second": round(len(toks) / seconds),
                "reference_str_split_tokens_per_second": round(len(words) / split_seconds),
                "cpu": platform.processor() or platform.machine(),
                "python": platform.python_version(),
                "load_average": os.getloadavg()[0],
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
