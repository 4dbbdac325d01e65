"""Draw ``test24``, a held-out part for quotes, posts and events from Wikipedia-style text; prints JSONL.

Session 6. KazNERD's event, post and quote pools are used up (test21), so this part comes from the source of
dev17/test17: Apertium-kaz's segmentation corpus (``draw_test17.corpus``, detokenized), with test17's pools of
event words, post words and speech verbs (``draw_test17.EVENT``, ``POST``, ``SPEECH``), sizes 110 / 90 / 50.
Sentences already in the set and those of the dates part test23 (``test23a.jsonl``, ``test23b.jsonl``, not yet
merged) are left out; one ``random.Random(20261129)`` shuffles the pools; near-duplicates of the set or of an
earlier pick are dropped (``draw_common.draw``). Records carry ``"facts": ["quotes", "roles", "events"]``,
no entities (scored with derek's NER) and no publication date. Drawn before any quote, post or event rule of
session 6 was written; annotated blind.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from draw_common import Candidate, draw, print_records, set_before
from draw_test17 import EVENT, POST, SPEECH, corpus

HERE = Path(__file__).resolve().parent
SPLIT, SEED = "test24", 20261129
SIZES = {"event": 110, "post": 90, "speech": 50}
FACTS = ("quotes", "roles", "events")


def pending() -> set[str]:
    """-> ids of parts drawn but not yet merged into the set (test23's halves)."""
    ids = set()
    for name in ("test23a.jsonl", "test23b.jsonl"):
        path = HERE / name
        if path.exists():
            ids |= {json.loads(x)["id"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()}
    return ids


def main() -> None:
    ids, seen = set_before(SPLIT)
    ids |= pending()
    got: dict[str, list[Candidate]] = {k: [] for k in SIZES}
    for rid, text in corpus(ids):
        for name, rx in (("event", EVENT), ("post", POST), ("speech", SPEECH)):
            if rx.search(text):
                got[name].append((rid, text, None, None))  # no entities: derek's NER
    kept, dropped = draw(SEED, [(got[k], n) for k, n in SIZES.items()], seen)
    print_records(kept, SPLIT, FACTS)
    print(
        f"pools { {k: len(v) for k, v in got.items()} }; kept {len(kept)}; dropped {dropped}", file=sys.stderr
    )


if __name__ == "__main__":
    main()
