"""Draw the candidates of the dates-only part ``test8`` (tests/data/README.md); prints JSONL.

Two pools, both dates only:

- KazNERD validation sentences of 5-60 tokens with a DATE or TIME entity or a date word, not in
  facts_dev.jsonl (test7 included), shuffled with ``random.Random(20261129)``;
- sentences of 5-60 tokens with a date word or a four-digit number from the Apertium-kaz
  Wikipedia articles (``texts/texts2/*.raw.txt``, CC BY-SA 4.0; written prose, not TV news),
  split by ``derek.segment`` after ``derek.normalize``, shuffled with the same seed; these
  records get the id prefix ``apertium-wiki-`` and no publication date (an encyclopedia article
  has none: year-less and relative dates resolve to ``X`` values).

Near-duplicates of the set or of an earlier draw are dropped as in test7 (``draw_common.py``).
"""

from draw_common import Candidate, date_candidates, kaznerd_date_pool, run_draw, wiki_sentences


def texts2_pool(ids: set[str]) -> list[Candidate]:
    """ids (set[str]): not used: no Wikipedia sentence was in the set before this draw -> date
    candidates of the ``texts2`` articles."""
    return date_candidates(wiki_sentences())


if __name__ == "__main__":
    run_draw(
        "test8",
        20261129,
        [(kaznerd_date_pool, 100), (texts2_pool, 45)],
        "pools {} kaznerd, {} wiki; dropped {}",
    )
