"""Draw the candidates of the dates-only part ``test26`` (tests/data/README.md); prints JSONL.

As test25, once more at the end of session 6, after the date rules read from test25's errors: 200
sentences of Apertium-kaz's segmentation corpus with a date word or a year (``draw_test20.wiki_pool``),
minus every sentence in the set and in the parts not yet merged (test23, test24, test25), shuffled by
``random.Random(20261131)``; near-duplicates of the set are dropped (``draw_common.py``).
"""

import json
from pathlib import Path

from draw_common import run_draw
from draw_test20 import wiki_pool

HERE = Path(__file__).resolve().parent
PENDING = ("test23a", "test23b", "test24a", "test24b", "test25a", "test25b")


def pending() -> set[str]:
    """-> ids of the parts drawn but not yet merged into the set."""
    ids: set[str] = set()
    for name in PENDING:
        path = HERE / f"{name}.jsonl"
        if path.exists():
            ids |= {json.loads(x)["id"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()}
    return ids


def pool(ids: set[str]) -> list:
    """ids (set[str]): the set's ids -> the Wikipedia-style date pool without the pending parts."""
    return wiki_pool(ids | pending())


if __name__ == "__main__":
    run_draw("test26", 20261131, [(pool, 200)], "pool {} wiki; dropped {}")
