"""Draw the candidates of the dates-only part ``test7`` (tests/data/README.md); prints JSONL.

Pool: KazNERD validation sentences of 5-60 tokens with a DATE or TIME entity or a date
word, not in facts_dev.jsonl; drawn with ``random.Random(20261128)``; a candidate that nearly
repeats a sentence already in the set or drawn before (difflib ratio > 0.7 of the letters with
digits folded, or word-set Jaccard > 0.5) is dropped. The shared pieces are in ``draw_common.py``.
"""

from draw_common import kaznerd_date_pool, run_draw

if __name__ == "__main__":
    run_draw("test7", 20261128, [(kaznerd_date_pool, 140)], "pool {}, dropped {}")
