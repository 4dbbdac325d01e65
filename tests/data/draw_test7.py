"""Draw the candidates of the dates-only part ``test7`` (tests/data/README.md); prints JSONL.

Pool: KazNERD validation sentences of 5-60 tokens with a DATE or TIME entity or a date
word, not in facts_dev.jsonl; drawn with ``random.Random(20261128)``; a candidate that nearly
repeats a sentence already in the set or drawn before (difflib ratio > 0.7 of the letters with
digits folded, or word-set Jaccard > 0.5) is dropped.
"""

import difflib
import json
import random
import re
import sys
from pathlib import Path

DATA = Path("/work/shared/data/kaznerd/IOB2_valid.txt")
SET = Path(__file__).with_name("facts_dev.jsonl")
DATE_WORD = re.compile(
    r"(қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйе|қазан|қараша|желтоқсан"
    r"|жыл|ғасыр|апта|кеше|бүгін|ертең|биыл|былтыр|дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма"
    r"|сенбі|жексенбі|сағат|көктем|күз|қыс)",
    re.I,
)
NO_SPACE_BEFORE = set(",.:;!?)»%")


def sentences():
    """-> (index, tokens, labels) for every KazNERD validation sentence."""
    toks, labs = [], []
    for line in DATA.read_text(encoding="utf-8").splitlines() + [""]:
        if line.strip():
            t, lab = line.rsplit(" ", 1)
            toks.append(t)
            labs.append(lab)
        elif toks:
            yield toks, labs
            toks, labs = [], []


def join(toks, labs):
    """-> text and [start, end, label] entities."""
    text, ents, spans = "", [], []
    for t in toks:
        if text and t not in NO_SPACE_BEFORE and not text.endswith(("(", "«")):
            text += " "
        spans.append((len(text), len(text) + len(t)))
        text += t
    cur = None
    for (s, e), lab in zip(spans, labs, strict=True):
        if lab.startswith("B-"):
            cur = [s, e, lab[2:]]
            ents.append(cur)
        elif lab.startswith("I-") and cur is not None:
            cur[1] = e
        else:
            cur = None
    return text, ents


def key(text):
    return re.sub(r"\d+", "0", "".join(c for c in text.lower() if c.isalnum()))


def near(a, b):
    ka, kb = key(a), key(b)
    sm = difflib.SequenceMatcher(None, ka, kb, autojunk=False)
    if sm.real_quick_ratio() > 0.7 and sm.quick_ratio() > 0.7 and sm.ratio() > 0.7:
        return True
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return len(wa & wb) / max(1, len(wa | wb)) > 0.5


def main(n: int = 140):
    have = [json.loads(x) for x in SET.read_text(encoding="utf-8").splitlines() if x.strip()]
    have = [r for r in have if r["split"] != "test7"]  # the set as it was before the draw
    ids = {r["id"] for r in have}
    seen = [r["text"] for r in have]
    pool = []
    for i, (toks, labs) in enumerate(sentences()):
        if f"kaznerd-valid-{i}" in ids or not 5 <= len(toks) <= 60:
            continue
        text, ents = join(toks, labs)
        if any(lab in ("DATE", "TIME") for _, _, lab in ents) or DATE_WORD.search(text):
            pool.append((i, text, ents))
    random.Random(20261128).shuffle(pool)
    out = dropped = 0
    for i, text, ents in pool:
        if out >= n:
            break
        if any(near(text, s) for s in seen):
            dropped += 1
            continue
        seen.append(text)
        out += 1
        rec = {
            "id": f"kaznerd-valid-{i}",
            "split": "test7",
            "facts": ["dates"],
            "published": "2021-06-15",
            "text": text,
            "entities": ents,
            "dates": [],
            "quotes": [],
            "roles": [],
            "events": [],
        }
        print(json.dumps(rec, ensure_ascii=False))
    print(f"pool {len(pool)}, dropped {dropped}", file=sys.stderr)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 140)
