"""Draw the candidates of the dates-only part ``test8`` (tests/data/README.md); prints JSONL.

Two pools, both dates only:

- KazNERD validation sentences of 5-60 tokens with a DATE or TIME entity or a date word, not in
  facts_dev.jsonl (test7 included), shuffled with ``random.Random(20261129)``;
- sentences of 5-60 tokens with a date word or a four-digit number from the Apertium-kaz
  Wikipedia articles (``texts/texts2/*.raw.txt``, CC BY-SA 4.0; written prose, not TV news),
  split by ``derek.segment`` after ``derek.normalize``, shuffled with the same seed; these
  records get the id prefix ``apertium-wiki-`` and no publication date (an encyclopedia article
  has none: year-less and relative dates resolve to ``X`` values).

A candidate that nearly repeats a sentence already in the set or drawn before (difflib ratio
> 0.7 of the letters with digits folded, or word-set Jaccard > 0.5) is dropped, as in test7.
"""

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from draw_test7 import DATE_WORD, join, near, sentences  # noqa: E402

from derek.normalize import normalize  # noqa: E402
from derek.segment import segment  # noqa: E402

SET = Path(__file__).with_name("facts_dev.jsonl")
WIKI = Path("/work/shared/data/apertium_kaz_morph/texts/texts2")
YEAR = re.compile(r"\b1[0-9]{3}\b|\b20[0-9]{2}\b")


def wiki_sentences():
    """-> (id, text) for every sentence of the Apertium-kaz Wikipedia raw texts."""
    for path in sorted(WIKI.glob("*.raw.txt")):
        name = path.name.removesuffix(".raw.txt")
        k = 0
        for para in path.read_text(encoding="utf-8").splitlines():
            text = normalize(para.strip()).text
            sents, toks = segment(text)
            for s in sents:
                n = sum(1 for t in toks if s.start <= t.start < s.end)
                k += 1
                if 5 <= n <= 60:
                    yield f"apertium-wiki-{name}-{k}", text[s.start : s.end]


def record(rid, text, ents, published):
    return {
        "id": rid,
        "split": "test8",
        "facts": ["dates"],
        "published": published,
        "text": text,
        "entities": ents,
        "dates": [],
        "quotes": [],
        "roles": [],
        "events": [],
    }


def main(n_kaznerd: int = 100, n_wiki: int = 45):
    have = [json.loads(x) for x in SET.read_text(encoding="utf-8").splitlines() if x.strip()]
    have = [r for r in have if r["split"] != "test8"]  # the set as it was before the draw
    ids = {r["id"] for r in have}
    seen = [r["text"] for r in have]
    rng = random.Random(20261129)
    pool = []
    for i, (toks, labs) in enumerate(sentences()):
        if f"kaznerd-valid-{i}" in ids or not 5 <= len(toks) <= 60:
            continue
        text, ents = join(toks, labs)
        if any(lab in ("DATE", "TIME") for _, _, lab in ents) or DATE_WORD.search(text):
            pool.append((f"kaznerd-valid-{i}", text, ents, "2021-06-15"))
    rng.shuffle(pool)
    wiki = [(rid, t, [], None) for rid, t in wiki_sentences() if DATE_WORD.search(t) or YEAR.search(t)]
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
