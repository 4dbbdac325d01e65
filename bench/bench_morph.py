"""Speed and memory of derek's morphology (the ``morph`` stage) on one core.

    .venv/bin/python bench/bench_morph.py [--data PATH] [--tokens 60000] [--repeat 3]

Reads the sentences of KazNERD's validation split (Kazakh TV news, gold tokens) and reports:
lexicon load time; *cold* speed (every cache emptied, so each new form is parsed by the
grammar); *cached* speed (the same sentences again, best of --repeat); resident memory.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "kaznerd" / "IOB2_valid.txt"


def read_sentences(path: Path, limit: int) -> list[list[str]]:
    sentences, cur, n = [], [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sentences.append(cur)
                n += len(cur)
                cur = []
                if n >= limit:
                    break
            continue
        cur.append(line.rpartition(" ")[0])
    return sentences


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--tokens", type=int, default=60000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    sentences = read_sentences(args.data, args.tokens)
    n = sum(len(s) for s in sentences)

    t0 = time.perf_counter()
    from derek.morph import analyzer, grammar, lexicon, tagger

    lexicon.load()
    load_s = time.perf_counter() - t0

    analyzer.analyze.cache_clear()
    grammar.parses.cache_clear()
    tagger._options.cache_clear()
    t0 = time.perf_counter()
    for s in sentences:
        tagger.tag(s)
    cold = n / (time.perf_counter() - t0)
    cached = 0.0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for s in sentences:
            tagger.tag(s)
        cached = max(cached, n / (time.perf_counter() - t0))
    distinct = len({w for s in sentences for w in s})
    print(json.dumps({
        "tokens": n,
        "distinct_forms": distinct,
        "load_seconds": round(load_s, 2),
        "cold_tokens_per_second": round(cold),
        "cached_tokens_per_second": round(cached),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "python": platform.python_version(),
    }, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
