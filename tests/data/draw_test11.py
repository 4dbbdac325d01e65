"""Draw the candidates of the dates-only part ``test11`` (tests/data/README.md); prints JSONL.

KazNERD only (TV news transcripts, the closest source to real news): the test10 KazNERD pool
(validation sentences of 5-60 tokens with a DATE or TIME entity or a date word) minus every
sentence already in the set (test10 included), with the seed ``random.Random(20261202)``, 150
sentences. A candidate that nearly repeats a sentence already in the set or drawn before
(difflib ratio > 0.7 of the letters with digits folded, or word-set Jaccard > 0.5) is dropped,
as in test7.
"""

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from draw_test7 import DATE_WORD, join, near, sentences  # noqa: E402

SET = Path(__file__).with_name("facts_dev.jsonl")


def record(rid, text, ents, published):
    return {
        "id": rid,
        "split": "test11",
        "facts": ["dates"],
        "published": published,
        "text": text,
        "entities": ents,
        "dates": [],
        "quotes": [],
        "roles": [],
        "events": [],
    }


def main(n: int = 150):
    have = [json.loads(x) for x in SET.read_text(encoding="utf-8").splitlines() if x.strip()]
    have = [r for r in have if r["split"] != "test11"]  # the set as it was before the draw
    ids = {r["id"] for r in have}
    seen = [r["text"] for r in have]
    rng = random.Random(20261202)
    pool = []
    for i, (toks, labs) in enumerate(sentences()):
        if f"kaznerd-valid-{i}" in ids or not 5 <= len(toks) <= 60:
            continue
        text, ents = join(toks, labs)
        if any(lab in ("DATE", "TIME") for _, _, lab in ents) or DATE_WORD.search(text):
            pool.append((f"kaznerd-valid-{i}", text, ents, "2021-06-15"))
    rng.shuffle(pool)
    out = dropped = 0
    for rid, text, ents, published in pool:
        if out >= n:
            break
        if any(near(text, s) for s in seen):
            dropped += 1
            continue
        seen.append(text)
        out += 1
        print(json.dumps(record(rid, text, ents, published), ensure_ascii=False))
    print(f"pool {len(pool)} kaznerd; dropped {dropped}", file=sys.stderr)


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:2]))
