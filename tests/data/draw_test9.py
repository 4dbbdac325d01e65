"""Draw the candidates of the dates-only part ``test9`` (tests/data/README.md); prints JSONL.

Two pools, both dates only, as in test8 (``draw_test8.py``), with the seed
``random.Random(20261130)``:

- KazNERD validation sentences of 5-60 tokens with a DATE or TIME entity or a date word, not in
  facts_dev.jsonl (test8 included);
- sentences of 5-60 tokens with a date word or a four-digit number from the Apertium-kaz
  Wikipedia texts (CC BY-SA 4.0): the six ``texts2/*.raw.txt`` articles (sentences not drawn for
  test8) and the six ``texts1/*.tagged.vislcg.txt`` articles, whose text is rebuilt from the
  token stream (one sentence per blank-line block, tokens joined as KazNERD's are). Ids
  ``apertium-wiki-<article>-<sentence number>``; no publication date.

Near-duplicates of the set or of an earlier draw are dropped as in test7 (``draw_common.py``).
"""

from draw_common import kaznerd_date_pool, run_draw, wiki_date_pool

if __name__ == "__main__":
    run_draw(
        "test9",
        20261130,
        [(kaznerd_date_pool, 100), (wiki_date_pool, 50)],
        "pools {} kaznerd, {} wiki; dropped {}",
    )
