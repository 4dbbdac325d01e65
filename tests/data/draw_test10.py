"""Draw the candidates of the dates-only part ``test10`` (tests/data/README.md); prints JSONL.

The pools of test9 (``draw_test9.py``), minus every sentence already in the set (test9
included), with the seed ``random.Random(20261201)``, 120 KazNERD and 30 Wikipedia sentences:

- KazNERD validation sentences of 5-60 tokens with a DATE or TIME entity or a date word;
- sentences of 5-60 tokens with a date word or a four-digit number from the Apertium-kaz
  Wikipedia texts (CC BY-SA 4.0): ``texts2/*.raw.txt`` and ``texts1/*.tagged.vislcg.txt``
  (rebuilt from the token stream). Ids ``apertium-wiki-<article>-<sentence number>``; no
  publication date.

Near-duplicates of the set or of an earlier draw are dropped as in test7 (``draw_common.py``).
"""

from draw_common import kaznerd_date_pool, run_draw, wiki_date_pool

if __name__ == "__main__":
    run_draw(
        "test10",
        20261201,
        [(kaznerd_date_pool, 120), (wiki_date_pool, 30)],
        "pools {} kaznerd, {} wiki; dropped {}",
    )
