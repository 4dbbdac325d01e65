"""Draw the candidates of the dates-only part ``test16`` (tests/data/README.md); prints JSONL.

KazNERD only, as test11-test13: the KazNERD date pool (validation sentences of 5-60 tokens with a
DATE or TIME entity or a date word) minus every sentence already in the set (test13, test14 and any
test15 included) and minus the 50 sentences read in round 12's precision pass (``draw_test12.READ``),
with the seed ``random.Random(20261206)``, 270 sentences (for about 100 dates at test13's rate).
Near-duplicates of the set or of an earlier draw are dropped as in test7 (``draw_common.py``).
"""

from draw_common import kaznerd_date_pool, run_draw
from draw_test12 import READ


def pool(ids: set[str]) -> list:
    """ids (set[str]): the set's ids -> the KazNERD date pool without round 12's read sentences."""
    return kaznerd_date_pool(ids | READ)


if __name__ == "__main__":
    run_draw("test16", 20261206, [(pool, 270)], "pool {} kaznerd; dropped {}")
