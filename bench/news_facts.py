"""Merge the hand-annotated news articles of ``private/news/*.jsonl`` into one fact set and its manifest.

The articles are real Kazakh news pages (excerpts of stored public pages, annotated blind: see
tests/data/README.md, "news-dev and news-test"). Their texts belong to the outlets, so they stay out of
git (``private/`` is ignored); the manifest ``tests/data/news_manifest.tsv`` records each article's id,
part, URL, publication date, a hash of the text and its gold counts, so the figures can be traced.

    python bench/news_facts.py            # writes private/news/news.jsonl and the manifest
    derek evaluate facts private/news/news.jsonl --split news-dev --format table

The first set's part is fixed by the URL alone (the first hex digit of its SHA-1: even -> news-dev, odd
-> news-test), so adding articles never moves one from a part to the other; the sets gathered after a
part was scored carry their own part in their records (``news-test2`` … ``news-test7``).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "private" / "news"
OUT = SOURCE / "news.jsonl"
MANIFEST = ROOT / "tests" / "data" / "news_manifest.tsv"
TYPES = ("dates", "quotes", "roles", "events")
# the sets gathered after a part was scored carry their own part, news-test2 … news-test{LAST_PART} (raise it when
# a new part is gathered)
LAST_PART = 370
LATER_PARTS = tuple(f"news-test{n}" for n in range(2, LAST_PART + 1))


def part(url: str) -> str:
    """url (str) -> 'news-dev' or 'news-test', from the URL's SHA-1."""
    return "news-dev" if int(hashlib.sha1(url.encode()).hexdigest()[0], 16) % 2 == 0 else "news-test"


def kept_rows() -> dict[str, list[str]]:
    """-> the manifest's rows by URL (header left out), so that articles whose texts are not in this
    checkout keep their rows: ``private/`` does not travel with a clone, and a new checkout may hold only
    the parts annotated since."""
    if not MANIFEST.exists():
        return {}
    rows = [line.split("\t") for line in MANIFEST.read_text(encoding="utf-8").splitlines()[1:] if line]
    return {row[3]: row for row in rows}


def main() -> int:
    records, seen = [], set()
    old = kept_rows()
    for path in sorted(p for p in SOURCE.glob("*.jsonl") if p != OUT):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec["url"] in seen:
                print(f"skipped a second copy of {rec['url']}", file=sys.stderr)
                continue
            seen.add(rec["url"])
            if rec["url"] in old and old[rec["url"]][0] != rec["id"]:
                print(
                    f"skipped {rec['id']}: its URL is listed already as {old[rec['url']][0]}", file=sys.stderr
                )
                continue
            if rec.get("split") not in LATER_PARTS:
                rec["split"] = part(rec["url"])
            records.append(rec)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    rows = ["id\tsplit\tpublished\turl\ttext_sha256\tchars\t" + "\t".join(TYPES)]
    here = {r["url"] for r in records}
    kept = [row for url, row in old.items() if url not in here]
    rows += ["\t".join(row) for row in kept]
    if kept:
        print(f"kept {len(kept)} manifest rows whose texts are not in private/news", file=sys.stderr)
    for r in records:
        digest = hashlib.sha256(r["text"].encode()).hexdigest()[:16]
        counts = "\t".join(str(len(r[t])) for t in TYPES)
        rows.append(
            f"{r['id']}\t{r['split']}\t{r['published'] or ''}\t{r['url']}\t{digest}\t{len(r['text'])}\t{counts}"
        )
    MANIFEST.write_text("\n".join(rows) + "\n", encoding="utf-8")
    for name in ("news-dev", "news-test", *LATER_PARTS):
        part_recs = [r for r in records if r["split"] == name]
        if not part_recs:
            continue
        totals = ", ".join(f"{sum(len(r[t]) for r in part_recs)} {t}" for t in TYPES)
        print(f"{name}: {len(part_recs)} articles, {totals}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
