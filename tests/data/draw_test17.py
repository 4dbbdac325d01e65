"""Draw the parts ``dev17`` (to read) and ``test17`` (held out) from a source no part used before.

Source: the sentences of Apertium-kaz's ``dev/segmentation-corpus.tsv`` (Wikipedia-style Kazakh, not
news; GPL-3.0, see its SOURCE.md), detokenized (``detok``). KazNERD's pools of event, post and quote
sentences are used up, so this is the one place left here to measure posts and events on unseen text.
Pools (5-60 tokens each): event words (``EVENT``), post words (``POST``), speech verbs (``SPEECH``),
date words or years (``draw_common.DATE_WORD``/``YEAR``) and every sentence (``random``, for false
alarms). One ``random.Random(20261207)`` shuffles the pools; near-duplicates of the set or of an
earlier pick are dropped (``draw_common.draw``); each pool's picks are dealt in turn, the first third
to ``dev17`` and the rest to ``test17``. Records carry all four fact types, no entities (none are
annotated: score with derek's own NER) and no publication date. Prints the JSONL records of both
parts; ``python draw_test17.py`` with no arguments uses the sizes in ``SIZES`` (dev17 + test17).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

from draw_common import DATE_WORD, NO_SPACE_BEFORE, YEAR, Candidate, draw, print_records, set_before

SOURCE = Path("/work/shared/data/apertium_kaz_morph/dev/segmentation-corpus.tsv")
SEED = 20261207
SPLITS = ("dev17", "test17")
FACTS = ("dates", "quotes", "roles", "events")
EVENT = re.compile(
    r"(өтті|өтеді|өткен|өтетін|өткіз|сапар|кездес|қол қой|келіссөз|ашыл|ашты|ашқан|ұйымдастыр"
    r"|жариял|барды|барған|келді|келген|съез|конференц|жиналыс|фестивал|көрме|концерт|құрылтай)",
    re.I,
)
POST = re.compile(
    r"(министр|президент|төраға|хатшы|директор|ректор|әкім|бастығы|басшы|елші|консул|депутат"
    r"|губернатор|қолбасшы|меңгеруші|редактор|премьер|патша|хан[ыі]|бас[қш]арма)",
    re.I,
)
SPEECH = re.compile(r"(деді|деп|айтты|айтуынша|мәлімде|сөзінше|пікірінше|жазды|жазған)", re.I)
SIZES = {"event": 120, "post": 120, "speech": 60, "date": 45, "random": 45}


def detok(line: str) -> str:
    """line (str): a sentence with spaces around every token -> the sentence as it would be written."""
    out = ""
    for t in line.split():
        if out and t not in NO_SPACE_BEFORE and not out.endswith(("(", "«")):
            out += " "
        out += t
    return out


def corpus(ids: set[str]) -> Iterator[tuple[str, str]]:
    """ids (set[str]): ids to leave out -> (id, detokenized text) of every source sentence of 5-60 tokens."""
    for i, line in enumerate(SOURCE.read_text(encoding="utf-8").splitlines()):
        words = line.split("\t")[0]
        rid = f"apertium-seg-{i}"
        if rid not in ids and 5 <= len(words.split()) <= 60:
            yield rid, detok(words)


def pools(ids: set[str]) -> dict[str, list[Candidate]]:
    """ids (set[str]): ids already in the set -> the candidates of every pool, in file order."""
    got: dict[str, list[Candidate]] = {k: [] for k in SIZES}
    for rid, text in corpus(ids):
        cand = (rid, text, [], None)
        got["random"].append(cand)
        for name, rx in (("event", EVENT), ("post", POST), ("speech", SPEECH)):
            if rx.search(text):
                got[name].append(cand)
        if DATE_WORD.search(text) or YEAR.search(text):
            got["date"].append(cand)
    return got


def main() -> None:
    sizes = dict(SIZES)
    for k, a in zip(sizes, sys.argv[1:], strict=False):
        sizes[k] = int(a)
    ids, seen = set_before(*SPLITS)
    got = pools(ids)
    # one copy of a candidate per pool, so that a kept one tells its pool (as run_pool_draw)
    plan = [([(c[0], c[1], c[2], c[3]) for c in got[k]], sizes[k]) for k in sizes]
    kept, dropped = draw(SEED, plan, seen)
    pool_of = {id(c): k for k, (pool, _) in zip(sizes, plan, strict=True) for c in pool}
    parts: dict[str, list[Candidate]] = {s: [] for s in SPLITS}
    for k in sizes:
        mine = [c for c in kept if pool_of[id(c)] == k]
        third = len(mine) // 3
        parts["dev17"] += mine[:third]
        parts["test17"] += mine[third:]
    for split in SPLITS:
        print_records(parts[split], split, FACTS)
    counts = {k: len(v) for k, v in got.items()}
    print(
        f"pools {counts}; dev17 {len(parts['dev17'])}, test17 {len(parts['test17'])}; dropped {dropped}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
