"""Draw the candidates of the dates-only part ``test10`` (tests/data/README.md); prints JSONL.

The pools of test9 (``draw_test9.py``), minus every sentence already in the set (test9
included), with the seed ``random.Random(20261201)``, 120 KazNERD and 30 Wikipedia sentences:

- KazNERD validation sentences of 5-60 tokens with a DATE or TIME entity or a date word;
- sentences of 5-60 tokens with a date word or a four-digit number from the Apertium-kaz
  Wikipedia texts (CC BY-SA 4.0): ``texts2/*.raw.txt`` and ``texts1/*.tagged.vislcg.txt``
  (rebuilt from the token stream). Ids ``apertium-wiki-<article>-<sentence number>``; no
  publication date.

A candidate that nearly repeats a sentence already in the set or drawn before (difflib ratio
> 0.7 of the letters with digits folded, or word-set Jaccard > 0.5) is dropped, as in test7.
"""

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from draw_test7 import DATE_WORD, join, near, sentences  # noqa: E402
from draw_test8 import YEAR, wiki_sentences  # noqa: E402
from draw_test9 import texts1_sentences  # noqa: E402

SET = Path(__file__).with_name("facts_dev.jsonl")


def record(rid, text, ents, published):
    return {
        "id": rid,
        "split": "test10",
        "facts": ["dates"],
        "published": published,
        "text": text,
        "entities": ents,
        "dates": [],
        "quotes": [],
        "roles": [],
        "events": [],
    }


def main(n_kaznerd: int = 120, n_wiki: int = 30):
    have = [json.loads(x) for x in SET.read_text(encoding="utf-8").splitlines() if x.strip()]
    have = [r for r in have if r["split"] != "test10"]  # the set as it was before the draw
    ids = {r["id"] for r in have}
    seen = [r["text"] for r in have]
    rng = random.Random(20261201)
    pool = []
    for i, (toks, labs) in enumerate(sentences()):
        if f"kaznerd-valid-{i}" in ids or not 5 <= len(toks) <= 60:
            continue
        text, ents = join(toks, labs)
        if any(lab in ("DATE", "TIME") for _, _, lab in ents) or DATE_WORD.search(text):
            pool.append((f"kaznerd-valid-{i}", text, ents, "2021-06-15"))
    rng.shuffle(pool)
    wiki = [
        (rid, t, [], None)
        for rid, t in [*wiki_sentences(), *texts1_sentences()]
        if rid not in ids and (DATE_WORD.search(t) or YEAR.search(t))
    ]
    rng.shuffle(wiki)
    dropped = 0
    for cands, n in ((pool, n_kaznerd), (wiki, n_wiki)):
        out = 0
        for rid, text, ents, published in cands:
            if out >= n:
                break
            if any(near(text, s) for s in seen):
                dropped += 1
                continue
            seen.append(text)
            out += 1
            print(json.dumps(record(rid, text, ents, published), ensure_ascii=False))
    print(f"pools {len(pool)} kaznerd, {len(wiki)} wiki; dropped {dropped}", file=sys.stderr)


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
