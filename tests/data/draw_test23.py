"""Draw the candidates of the dates-only part ``test23`` (tests/data/README.md); prints JSONL.

As test22, in the same session, drawn after test22 was merged into the set and before any date rule of
session 6 was written: 200 sentences of Apertium-kaz's segmentation corpus with a date word or a year
(``draw_test20.wiki_pool``), minus every sentence already in the set, shuffled by
``random.Random(20261128)``; near-duplicates of the set are dropped (``draw_common.py``). To measure
the session's date rules, which are written on test22 and older parts while this part is annotated blind.
"""

from draw_common import run_draw
from draw_test20 import wiki_pool

if __name__ == "__main__":
    run_draw("test23", 20261128, [(wiki_pool, 200)], "pool {} wiki; dropped {}")
