"""Draw the held-out part ``test19``: KazNERD sentences at random, for the figures a user feels.

Every earlier KazNERD part was drawn from keyword pools (date words, speech verbs, event words,
post words), which measure recall on sentences rich in facts but not how often derek invents facts in
ordinary news sentences. This part takes KazNERD validation sentences of 5-60 tokens at random
(``random.Random(20261209)``), none already in the set and none of round 12's read sentences
(``draw_test12.READ``), near-duplicates dropped (``draw_common.draw``), 300 of them, annotated for
dates, quotes, posts and events; dealt in turn to the thirds ``a``, ``b`` and ``c`` for three
annotators (``python draw_test19.py`` prints all 300, in draw order).
"""

from __future__ import annotations

import sys

from draw_common import PUBLISHED, Candidate, draw, join, print_records, sentences, set_before
from draw_test12 import READ

SEED = 20261209
SIZE = 300
FACTS = ("dates", "quotes", "roles", "events")


def pool(ids: set[str]) -> list[Candidate]:
    """ids (set[str]): ids to leave out -> every KazNERD validation sentence of 5-60 tokens, in file order."""
    out: list[Candidate] = []
    for i, (toks, labs) in enumerate(sentences()):
        rid = f"kaznerd-valid-{i}"
        if rid in ids or not 5 <= len(toks) <= 60:
            continue
        text, ents = join(toks, labs)
        out.append((rid, text, ents, PUBLISHED))
    return out


if __name__ == "__main__":
    ids, seen = set_before("test19")
    got = pool(ids | READ)
    kept, dropped = draw(SEED, [(got, int(sys.argv[1]) if len(sys.argv) > 1 else SIZE)], seen)
    print_records(kept, "test19", FACTS)
    print(f"pool {len(got)} kaznerd; kept {len(kept)}; dropped {dropped}", file=sys.stderr)
