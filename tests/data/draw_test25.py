"""Draw the candidates of the dates-only part ``test25`` (tests/data/README.md); prints JSONL.

As test22 and test23, later in session 6: drawn after the session's date rules were written (on test20,
test22 and, after its held-out scoring, test23), to measure them once more on text they were not written
on: 200 sentences of Apertium-kaz's segmentation corpus with a date word or a year
(``draw_test20.wiki_pool``), minus every sentence in the set and in the parts not yet merged (test23,
test24), shuffled by ``random.Random(20261130)``; near-duplicates of the set are dropped
(``draw_common.py``).
"""

from draw_common import run_draw
from draw_test20 import wiki_pool
from draw_test24 import pending


def pool(ids: set[str]) -> list:
    """ids (set[str]): the set's ids -> the Wikipedia-style date pool without the pending parts."""
    return wiki_pool(ids | pending() | pending24())


def pending24() -> set[str]:
    """-> ids of test24's halves, drawn but not yet merged."""
    import json
    from pathlib import Path

    here = Path(__file__).resolve().parent
    ids: set[str] = set()
    for name in ("test24a.jsonl", "test24b.jsonl"):
        path = here / name
        if path.exists():
            ids |= {json.loads(x)["id"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()}
    return ids


if __name__ == "__main__":
    run_draw("test25", 20261130, [(pool, 200)], "pool {} wiki; dropped {}")
