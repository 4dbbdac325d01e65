"""Draw the held-out part ``test18`` (events and posts) from the rest of the segmentation corpus.

dev17 and test17 (``draw_test17.py``) held only 9 and about 20 events and 4 and about 8 posts: the
broad keyword pools catch many sentences that name an office or an event without stating one. This
part takes every remaining sentence of the same source (5-60 tokens, not in the set, not nearly
repeating it) that has a finite event verb or event noun (``EVENT``) or a post word next to a
capitalized name (``POST_NAME``, case-sensitive for the name), up to ``SIZES``, shuffled with
``random.Random(20261208)``, and deals them in turn to the halves ``test18a`` and ``test18b`` (two
annotators). Records carry dates, quotes, posts and events, no entities, no publication date.
"""

from __future__ import annotations

import re
import sys

from draw_common import Candidate, draw, print_records, set_before
from draw_test17 import FACTS, corpus

SEED = 20261208
EVENT = re.compile(
    r"(?i:\b(өтті|өтеді|өткізілді|өткізді|өткізіледі|ашылды|ашты|қол қой\w*|сапар\w*|кездесті|кездесу\w*"
    r"|келіссөз\w*|ұйымдастырылды|ұйымдастырды|барды|келді|жариялады|жарияланды|съез\w*|конференция\w*"
    r"|құрылтай\w*|фестивал\w*|көрме\w*)\b)"
)
UP = "А-ЯӘІҢҒҮҰҚӨҺЁ"
LOW = "а-яәіңғүұқөһё"
POST_WORD = (
    r"(?i:министр|президент|төраға|хатшы|директор|ректор|әкім|бастығ|басшы|елші|консул|депутат|губернатор"
    r"|қолбасшы|меңгеруші|редактор|премьер|профессор|академик|жетекші|бастық|орынбасар|төрағасы)"
)
NAME = rf"[{UP}][{LOW}]+(?:\s+[{UP}][{LOW}]+)?"
POST_NAME = re.compile(rf"{POST_WORD}\w*\s+{NAME}|{NAME}\s*[-–—,]\s*[^.]{{0,60}}?{POST_WORD}")
SIZES = {"event": 110, "post": 110}


def pools(ids: set[str]) -> dict[str, list[Candidate]]:
    """ids (set[str]): ids already in the set -> the candidates of both pools, in file order."""
    got: dict[str, list[Candidate]] = {k: [] for k in SIZES}
    for rid, text in corpus(ids):
        if EVENT.search(text):
            got["event"].append((rid, text, [], None))
        if POST_NAME.search(text):
            got["post"].append((rid, text, [], None))
    return got


def main() -> None:
    ids, seen = set_before("test18")
    got = pools(ids)
    plan = [([(c[0], c[1], c[2], c[3]) for c in got[k]], n) for k, n in SIZES.items()]
    kept, dropped = draw(SEED, plan, seen)
    print_records(kept[0::2], "test18", FACTS)
    print_records(kept[1::2], "test18", FACTS)
    sizes = {k: len(v) for k, v in got.items()}
    print(
        f"pools {sizes}; kept {len(kept)} ({len(kept[0::2])} + {len(kept[1::2])}); dropped {dropped}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
