"""Draw the candidates of the dates-only part ``test22`` (tests/data/README.md); prints JSONL.

Session 6: KazNERD's date pool is spent (session 5 found 30 sentences that repeat none of the set), so
this part comes from the second pool of test20 alone: sentences of Apertium-kaz's segmentation corpus
(Wikipedia-style, ``draw_test17.corpus``) with a date word or a year, minus every sentence already in the
set, 200 of them, without entities (``null``: scored with derek's NER) or publication date.
``random.Random(20261127)`` shuffles them; near-duplicates of the set are dropped (``draw_common.py``).
Drawn before any rule of session 6 was written; annotated blind.
"""

from draw_common import run_draw
from draw_test20 import wiki_pool

if __name__ == "__main__":
    run_draw("test22", 20261127, [(wiki_pool, 200)], "pool {} wiki; dropped {}")
