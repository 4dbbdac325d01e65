"""Draw the candidates of ``test21``, a held-out part for quotes, posts and events; prints JSONL.

KazNERD only, with test15's pools (``draw_test15.pools``: event triggers, event-like words derek does
not know, speech words; see there), each shuffled in turn with one ``random.Random(20261126)``;
sentences already in the set (test16-test19 included) or drawn for test20 are left out and
near-duplicates dropped (``draw_common.draw``). Records carry ``"facts": ["quotes", "events"]``: the
sentences with both a PERSON and a POSITION entity left outside the set all nearly repeat one inside
it, so posts cannot be drawn. Drawn before any rule of session 5 was written; annotated blind. Sizes
may be given on the command line (E2 U E E3 Q U2).
"""

from __future__ import annotations

from draw_common import Candidate, draw, run_pool_draw, set_before
from draw_test15 import pools as pools15
from draw_test20 import pool as date_pool
from draw_test20 import wiki_pool

SPLIT, SEED = "test21", 20261126
SIZES = {"E2": 40, "U": 10, "E": 10, "E3": 120, "Q": 60, "U2": 60}


def test20_ids() -> set[str]:
    """-> the ids test20's draw keeps, drawn again as ``draw_test20.py`` does (same set, same seed)."""
    ids, seen = set_before("test20", SPLIT)
    kept, _ = draw(20261126, [(date_pool(ids), 270), (wiki_pool(ids), 170)], seen)
    return {c[0] for c in kept}


def pools(ids: set[str]) -> dict[str, list[Candidate]]:
    """ids (set[str]): the set's ids -> the pools, in file order."""
    return {k: v for k, v in pools15(ids | test20_ids()).items() if k in SIZES}


def main() -> None:
    run_pool_draw(SPLIT, SEED, SIZES, pools, ("quotes", "events"))


if __name__ == "__main__":
    main()
