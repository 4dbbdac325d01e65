"""Draw the candidates of the dates-only part ``test11`` (tests/data/README.md); prints JSONL.

KazNERD only (TV news transcripts, the closest source to real news): the test10 KazNERD pool
(validation sentences of 5-60 tokens with a DATE or TIME entity or a date word) minus every
sentence already in the set (test10 included), with the seed ``random.Random(20261202)``, 150
sentences. Near-duplicates of the set or of an earlier draw are dropped as in test7
(``draw_common.py``).
"""

from draw_common import kaznerd_date_pool, run_draw

if __name__ == "__main__":
    run_draw("test11", 20261202, [(kaznerd_date_pool, 150)], "pool {} kaznerd; dropped {}")
