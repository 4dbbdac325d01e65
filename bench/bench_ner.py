"""Speed and memory of derek's NER on one core.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_ner.py [--data PATH] [--repeat 3] [--model DIR ...] [--compare-blis]

Reports the spaCy import time, then per model (default: the shipped one;
give --model several times to compare models in one run): load time
(``spacy.load``), resident memory added by loading it, tagging
speed on gold tokens (tokens/s over KazNERD's dev-split sentences) and full
``derek.analyze`` speed on ~1 KB articles built from the same sentences
(articles/s). The process is pinned to one CPU core and numeric libraries
to one thread. The machine is shared, so the models are measured in turns
(round-robin, best of --repeat rounds), each figure is given by wall clock and
by the process's own CPU time (``time.process_time``: what one core delivers
when not shared), and the load average is printed; compare models by the
ratios within one run.
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

from derek.evaluate.ner import KAZNERD as DEFAULT  # noqa: E402


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


def pin_one_core() -> int | None:
    """Restrict this process to one CPU core (the first it may use); returns the core or None."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return core


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--model",
        action="append",
        default=None,
        help="pipeline folder (repeatable; default: the shipped model)",
    )
    ap.add_argument(
        "--compare-blis",
        action="store_true",
        help="also time each model on thinc's default ops (blis) instead of derek's NumPy BLAS",
    )
    args = ap.parse_args()
    core = pin_one_core()

    import derek
    from derek.ner import data
    from derek.ner import model as ner_model
    from derek.ner.model import load, tag

    folders = [Path(m) for m in args.model] if args.model else [ner_model.MODEL_DIR]
    rss_start = rss_mb()
    t0 = time.perf_counter()
    import spacy  # noqa: F401  (timed apart, so that every model's load time is its own)

    from derek.ner import features  # noqa: F401

    import_seconds = time.perf_counter() - t0
    models = {}
    runs = [(folder, False) for folder in folders] + [(f, True) for f in folders if args.compare_blis]
    for folder, blis in runs:
        rss0 = rss_mb()
        t0, c0 = time.perf_counter(), time.process_time()
        nlp = spacy.load(folder) if blis else load(folder)  # spacy.load: thinc's default ops (blis)
        models[f"{folder} (blis)" if blis else str(folder)] = {
            "nlp": nlp,
            "load_seconds": round(time.perf_counter() - t0, 2),
            "load_cpu_seconds": round(time.process_time() - c0, 2),
            "rss_mb_added_by_load": round(rss_mb() - rss0),
        }

    _, dev = data.split(data.read(args.data))
    words = [s.tokens for s in dev]
    n_tokens = sum(len(w) for w in words)
    texts = articles(dev)
    shipped = ner_model.MODEL_DIR
    best: dict[str, dict[str, float]] = {}

    def use(name: str, nlp) -> None:  # derek.analyze takes the model of MODEL_DIR from the loader's cache
        folder = Path(name.removesuffix(" (blis)"))
        ner_model.MODEL_DIR = folder
        ner_model._loaded[str(folder.resolve())] = nlp

    for name, m in models.items():  # warm-up: every stage's resources, every model
        list(tag(words[:50], m["nlp"]))
        use(name, m["nlp"])
        derek.analyze(texts[0])
        best[name] = {
            "tag": float("inf"),
            "tag_cpu": float("inf"),
            "an": float("inf"),
            "an_cpu": float("inf"),
        }
    load_before = os.getloadavg()
    for _ in range(args.repeat):
        for name, m in models.items():
            wall, cpu = timed(1, lambda nlp=m["nlp"]: list(tag(words, nlp)))
            b = best[name]
            b["tag"], b["tag_cpu"] = min(b["tag"], wall), min(b["tag_cpu"], cpu)
            use(name, m["nlp"])
            wall, cpu = timed(1, lambda: [derek.analyze(text) for text in texts])
            b["an"], b["an_cpu"] = min(b["an"], wall), min(b["an_cpu"], cpu)
    ner_model.MODEL_DIR = shipped
    report = {}
    for name, m in models.items():
        b = best[name]
        report[name] = {
            "model_load_seconds": m["load_seconds"],
            "model_load_cpu_seconds": m["load_cpu_seconds"],
            "rss_mb_added_by_load": m["rss_mb_added_by_load"],
            "tagging_tokens_per_second": round(n_tokens / b["tag"]),
            "tagging_tokens_per_cpu_second": round(n_tokens / b["tag_cpu"]),
            "analyze_articles_per_second": round(len(texts) / b["an"], 1),
            "analyze_articles_per_cpu_second": round(len(texts) / b["an_cpu"], 1),
        }
    print(
        json.dumps(
            {
                "models": report,
                "spacy_import_seconds": round(import_seconds, 2),
                "rss_mb_before_load": round(rss_start),
                "rss_mb_all_loaded_after_analyze": round(rss_mb()),
                "tagging_sentences": len(words),
                "tagging_tokens": n_tokens,
                "articles": len(texts),
                "article_mean_chars": round(sum(map(len, texts)) / len(texts)),
                "pipeline_stages": list(derek.pipeline.default_pipeline().names),
                "load_average_1_5_15_before": [round(x, 2) for x in load_before],
                "load_average_1_5_15_after": [round(x, 2) for x in os.getloadavg()],
                "pinned_core": core,
                "cpus_on_machine": os.cpu_count(),
                "cpu": platform.processor() or platform.machine(),
                "threads": os.environ.get("OMP_NUM_THREADS"),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
