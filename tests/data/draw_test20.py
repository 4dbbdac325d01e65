"""Draw the candidates of the dates-only part ``test20`` (tests/data/README.md); prints JSONL.

As test16, one session later: the KazNERD date pool (validation sentences of 5-60 tokens with a DATE
or TIME entity or a date word) minus every sentence already in the set (test16-test19 included) and
minus the 50 sentences read in round 12's precision pass (``draw_test12.READ``), up to 270; the pool
is nearly used up (its sentences nearly repeat ones in the set), so a second pool follows: sentences of
Apertium-kaz's segmentation corpus (Wikipedia-style, ``draw_test17.corpus``) with a date word or a
year, 170 of them, without entities (``null``: scored with derek's NER) or publication date. One
``random.Random(20261126)`` shuffles both; near-duplicates of the set or of an earlier draw are dropped
(``draw_common.py``). Drawn before any rule of session 5 was written; annotated blind.
"""

from draw_common import DATE_WORD, YEAR, kaznerd_date_pool, run_draw
from draw_test12 import READ
from draw_test17 import corpus


def pool(ids: set[str]) -> list:
    """ids (set[str]): the set's ids -> the KazNERD date pool without round 12's read sentences."""
    return kaznerd_date_pool(ids | READ)


def wiki_pool(ids: set[str]) -> list:
    """ids (set[str]): the set's ids -> segmentation-corpus sentences with a date word or a year."""
    return [(rid, t, None, None) for rid, t in corpus(ids) if DATE_WORD.search(t) or YEAR.search(t)]


if __name__ == "__main__":
    run_draw("test20", 20261126, [(pool, 270), (wiki_pool, 170)], "pools {} kaznerd, {} wiki; dropped {}")
