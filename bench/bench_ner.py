"""Speed and memory of derek's NER on one core.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_ner.py [--data PATH] [--repeat 3]

Reports: model load time (spaCy import + ``spacy.load`` of the shipped
folder, first call), resident memory with the model loaded, tagging speed on
gold tokens (tokens/s, best of --repeat passes over KazNERD's dev-split
sentences) and full ``derek.analyze`` speed on ~1 KB articles built from the
same sentences (articles/s). The machine is shared, so each figure is the
best of N runs and is given twice: by wall clock and by the process's own
CPU time (``time.process_time``: what one core delivers when not shared).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import resource  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

DEFAULT = (
    Path(__file__).resolve().parents[1]
    / ".."
    / "shared"
    / "data"
    / "kaznerd"
    / "with_sentID"
    / "IOB2_valid2.txt"
)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(repeat: int, fn) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds of ``repeat`` calls of ``fn``."""
    wall, cpu = float("inf"), float("inf")
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall, cpu = min(wall, time.perf_counter() - t0), min(cpu, time.process_time() - c0)
    return wall, cpu


def articles(sentences, size: int = 1000) -> list[str]:
    from derek.ner.detok import detokenize

    out, current = [], []
    for s in sentences:
        current.append(detokenize(s.tokens)[0])
        if sum(len(x) + 1 for x in current) >= size:
            out.append(" ".join(current))
            current = []
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--model", default=None, help="pipeline folder (default: the shipped model)")
    args = ap.parse_args()

    import derek
    from derek.ner import data
    from derek.ner.model import load, tag

    rss_before = rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    nlp = load(args.model)
    load_seconds, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    rss_loaded = rss_mb()

    _, dev = data.split(data.read(args.data))
    words = [s.tokens for s in dev]
    n_tokens = sum(len(w) for w in words)
    list(tag(words[:50], nlp))  # warm-up
    best, best_cpu = timed(args.repeat, lambda: list(tag(words, nlp)))

    texts = articles(dev)
    derek.analyze(texts[0])  # warm-up (loads every stage's resources)
    best_a, best_a_cpu = timed(args.repeat, lambda: [derek.analyze(text) for text in texts])

    print(
        json.dumps(
            {
                "model_load_seconds": round(load_seconds, 2),
                "model_load_cpu_seconds": round(load_cpu, 2),
                "rss_mb_before_load": round(rss_before),
                "rss_mb_model_loaded": round(rss_loaded),
                "rss_mb_after_analyze": round(rss_mb()),
                "tagging_sentences": len(words),
                "tagging_tokens": n_tokens,
                "tagging_tokens_per_second": round(n_tokens / best),
                "tagging_tokens_per_cpu_second": round(n_tokens / best_cpu),
                "articles": len(texts),
                "article_mean_chars": round(sum(map(len, texts)) / len(texts)),
                "analyze_articles_per_second": round(len(texts) / best_a, 1),
                "analyze_articles_per_cpu_second": round(len(texts) / best_a_cpu, 1),
                "pipeline_stages": list(derek.pipeline.default_pipeline().names),
                "cpu": platform.processor() or platform.machine(),
                "threads": os.environ.get("OMP_NUM_THREADS"),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
