"""Time spaCy's NER transition loop apart from the tok2vec, under whichever spaCy is installed.

Written to compare spaCy wheels (docs/ner.md, "Speed"): some take Python's GIL inside the loop.

    # 1. with derek's environment: write the dev sentences with their features
    .venv/bin/python bench/bench_parser_loop.py --dump /tmp/dev_docs.json
    # 2. in any environment with only spaCy (+ click) installed, e.g. a fresh venv per spaCy version
    /tmp/venv_X/bin/python bench/bench_parser_loop.py --docs /tmp/dev_docs.json --model derek/models/ner

Step 2 needs nothing from derek: it registers a do-nothing ``derek_features`` component (the
features are already in the dumped Docs), puts the model on NumPy's BLAS as derek does, and prints
the best of ``--repeat`` CPU times for the tok2vec + precomputed first layer and for the whole
``ner.predict`` (the difference is the transition loop), on one pinned core.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402


def dump(path: str) -> None:
    from derek.evaluate.ner import KAZNERD
    from derek.ner import data
    from derek.ner.features import features

    _, dev = data.split(data.read(KAZNERD))
    rows = [[list(s.tokens), *features(s.tokens)] for s in dev]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(rows, f, ensure_ascii=False)
    print(f"{len(rows)} sentences written to {path}")


def measure(docs_path: str, model: str, repeat: int) -> dict:
    import spacy
    from spacy.language import Language
    from spacy.tokens import Doc
    from thinc.api import NumpyOps, use_ops

    if "derek_features" not in Language.factories:

        @Language.component("derek_features")
        def _features(doc):  # the dumped Docs carry the features already
            return doc

    with use_ops("numpy", use_blis=False):
        nlp = spacy.load(model)
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        for node in component.model.walk() if hasattr(component, "model") else ():
            node.ops = ops
    with open(docs_path, encoding="utf-8") as f:
        rows = json.load(f)
    docs = [Doc(nlp.vocab, words=w, spaces=[True] * len(w), lemmas=lem, tags=tag) for w, lem, tag in rows]
    tokens = sum(len(d) for d in docs)
    ner = nlp.get_pipe("ner")
    batches = [docs[i : i + 256] for i in range(0, len(docs), 256)]

    def best(fn) -> float:
        out = float("inf")
        for _ in range(repeat):
            t0 = time.process_time()
            fn()
            out = min(out, time.process_time() - t0)
        return out

    first = best(lambda: [ner.model.predict(b).clear_memory() for b in batches])
    whole = best(lambda: [ner.predict(b) for b in batches])
    return {
        "spacy": spacy.__version__,
        "tokens": tokens,
        "tok2vec_and_first_layer_tokens_per_cpu_second": round(tokens / first),
        "ner_predict_tokens_per_cpu_second": round(tokens / whole),
        "transition_loop_cpu_seconds": round(whole - first, 3),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", help="write the dev sentences with their features to this JSON file")
    ap.add_argument("--docs", help="a file written by --dump")
    ap.add_argument("--model", default="derek/models/ner")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if args.dump:
        dump(args.dump)
        return
    if not args.docs:
        ap.error("give --dump FILE or --docs FILE")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    print(json.dumps(measure(args.docs, args.model, args.repeat), indent=2))


if __name__ == "__main__":
    main()
