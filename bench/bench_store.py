"""Knowledge-base benchmark: ingest throughput, search latency and database size.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_store.py --articles 100000 --db /tmp/bench.db

1. Ingest with analysis: ``derek.analyze`` + ``Store.add`` on --analyzed articles
   built from KazNERD sentences, one core (articles/s; analysis alone too).
2. Ingest with analysis precomputed: --articles articles whose tokens and entities
   are KazNERD's gold annotation (see ``store_corpus.py``), ``Store.add`` only.
3. Search latency (p50/p95/max ms, --queries each): single words sampled from the
   corpus vocabulary (seen 3+ times), 50 of its 100 most frequent words, two-word
   phrases from its sentences, entity cards for gold entity names.
4. Database size per 1,000 articles.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import store_corpus  # noqa: E402

from derek import errors  # noqa: E402
from derek.store import Store  # noqa: E402
from derek.store.engine import resolve_url  # noqa: E402
from derek.store.linking import UNLINKED  # noqa: E402


def percentiles(ms: list[float]) -> dict[str, float]:
    s = sorted(ms)
    pick = lambda q: s[min(len(s) - 1, int(q * len(s)))]  # noqa: E731
    return {"p50": round(pick(0.5), 2), "p95": round(pick(0.95), 2), "max": round(s[-1], 2), "n": len(s)}


def db_size(store: Store) -> int:
    if store.dialect == "sqlite":
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        path = Path(store.engine.url.database)
        return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
    with store.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar_one()


def bench_analyzed(store: Store, sents, n: int) -> dict:
    import derek

    docs = [d for _, d in store_corpus.articles(sents, n, seed=1)]
    derek.analyze("Астанада жиын өтті.")  # load models once
    t0 = time.perf_counter()
    analyzed = [derek.analyze(d.text, d.published) for d in docs]
    t1 = time.perf_counter()
    for i, d in enumerate(analyzed):
        store.add(d, title=f"analyzed {i}")
    t2 = time.perf_counter()
    return {
        "articles": n, "analyze_per_s": round(n / (t1 - t0), 1), "store_per_s": round(n / (t2 - t1), 1),
        "end_to_end_per_s": round(n / (t2 - t0), 1),
    }  # fmt: skip


def bench_precomputed(store: Store, sents, n: int, log) -> dict:
    t0 = time.perf_counter()
    last = t0
    for i, (title, doc) in enumerate(store_corpus.articles(sents, n, seed=6), 1):
        store.add(doc, title=title)
        if i % 10000 == 0 or i == n:
            now = time.perf_counter()
            log(
                f"  {i:,} articles, {10000 / (now - last) if i % 10000 == 0 else 0:,.0f}/s lately, {i / (now - t0):,.0f}/s overall"
            )
            last = now
    return {"articles": n, "per_s": round(n / (time.perf_counter() - t0), 1)}


def queries(sents, count: int, seed: int = 7) -> dict[str, list[str]]:
    rng = random.Random(seed)
    words: dict[str, int] = {}
    for s in sents:
        for a, b in s.tokens:
            w = s.text[a:b]
            if len(w) >= 4 and w.isalpha():
                words[w] = words.get(w, 0) + 1
    vocab = sorted(w for w, c in words.items() if c >= 3)
    frequent = sorted(words, key=lambda w: -words[w])[:100]
    pairs = []
    for s in rng.sample(sents, min(len(sents), count * 4)):
        toks = [s.text[a:b] for a, b in s.tokens]
        idx = [i for i in range(len(toks) - 1) if toks[i].isalpha() and toks[i + 1].isalpha()]
        if idx:
            i = rng.choice(idx)
            pairs.append(f'"{toks[i]} {toks[i + 1]}"')
    names = sorted({s.text[a:b] for s in sents for a, b, label in s.entities if label not in UNLINKED})
    return {
        "word": rng.sample(vocab, count), "frequent_word": rng.sample(frequent, min(50, count)), "phrase": pairs[:count], "entity": rng.sample(names, min(count, len(names))),
    }  # fmt: skip


def bench_queries(store: Store, qs: dict[str, list[str]]) -> dict:
    out = {}
    for kind, items in qs.items():
        ms, found = [], 0
        for q in items:
            t = time.perf_counter()
            try:
                if kind == "entity":
                    store.entity(q)
                    found += 1
                else:
                    found += bool(store.search(q, limit=10))
            except errors.UnknownEntity:
                pass
            ms.append((time.perf_counter() - t) * 1000)
        out[kind] = {**percentiles(ms), "found": found}
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", default="/tmp/derek-bench.db", help="database URL or SQLite path (replaced)")
    p.add_argument("--articles", type=int, default=100_000, help="precomputed-analysis articles")
    p.add_argument("--analyzed", type=int, default=300, help="articles analyzed end to end")
    p.add_argument("--queries", type=int, default=200, help="queries of each kind")
    p.add_argument("--data", type=Path, default=store_corpus.KAZNERD)
    p.add_argument("--json", type=Path, help="write the results here too")
    p.add_argument("--reuse", action="store_true", help="keep the database and only run the queries")
    args = p.parse_args()

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    url = resolve_url(args.db)
    if args.reuse:
        pass
    elif url.startswith("sqlite:///"):
        for suffix in ("", "-wal", "-shm"):
            Path(url[len("sqlite:///") :] + suffix).unlink(missing_ok=True)
    else:
        import psycopg

        with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
            conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
            conn.execute("CREATE SCHEMA public")
    sents = store_corpus.load_sentences(args.data)
    store = Store(url)
    result: dict = {"db": store.dialect, "sentences_source": len(sents)}
    if not args.reuse and args.analyzed > 0:
        log(f"analyzed ingest of {args.analyzed} articles ...")
        result["ingest_analyzed"] = bench_analyzed(store, sents, args.analyzed)
        log(json.dumps(result["ingest_analyzed"]))
    if not args.reuse:
        log(f"precomputed ingest of {args.articles:,} articles ...")
        result["ingest_precomputed"] = bench_precomputed(store, sents, args.articles, log)
    result["stats"] = store.stats()
    size = db_size(store)
    total = result["stats"]["articles"]
    result["db_bytes"] = size
    result["mb_per_1000_articles"] = round(size / total * 1000 / 1e6, 2)
    log("queries ...")
    result["latency_ms"] = bench_queries(store, queries(sents, args.queries))
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
