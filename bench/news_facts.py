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
LATER_PARTS = (
    "news-test2",
    "news-test3",
    "news-test4",
    "news-test5",
    "news-test6",
    "news-test7",
    "news-test8",
    "news-test9",
    "news-test10",
    "news-test11",
    "news-test12",
    "news-test13",
    "news-test14",
    "news-test15",
    "news-test16",
    "news-test17",
    "news-test18",
    "news-test19",
    "news-test20",
    "news-test21",
    "news-test22",
    "news-test23",
    "news-test24",
    "news-test25",
    "news-test26",
    "news-test27",
    "news-test28",
    "news-test29",
    "news-test30",
    "news-test31",
    "news-test32",
    "news-test33",
    "news-test34",
    "news-test35",
    "news-test36",
    "news-test37",
    "news-test38",
    "news-test39",
    "news-test40",
    "news-test41",
    "news-test42",
    "news-test43",
    "news-test44",
    "news-test45",
    "news-test46",
    "news-test47",
    "news-test48",
    "news-test49",
    "news-test50",
    "news-test51",
    "news-test52",
    "news-test53",
    "news-test54",
    "news-test55",
    "news-test56",
    "news-test57",
    "news-test58",
    "news-test59",
    "news-test60",
    "news-test61",
    "news-test62",
    "news-test63",
    "news-test64",
    "news-test65",
    "news-test66",
    "news-test67",
    "news-test68",
    "news-test69",
    "news-test70",
    "news-test71",
    "news-test72",
    "news-test73",
    "news-test74",
    "news-test75",
    "news-test76",
    "news-test77",
    "news-test78",
    "news-test79",
    "news-test80",
    "news-test81",
    "news-test82",
    "news-test83",
    "news-test84",
    "news-test85",
    "news-test86",
    "news-test87",
    "news-test88",
    "news-test89",
    "news-test90",
    "news-test91",
    "news-test92",
    "news-test93",
    "news-test94",
    "news-test95",
    "news-test96",
    "news-test97",
    "news-test98",
    "news-test99",
    "news-test100",
    "news-test101",
    "news-test102",
    "news-test103",
    "news-test104",
    "news-test105",
    "news-test106",
    "news-test107",
    "news-test108",
    "news-test109",
    "news-test110",
    "news-test111",
    "news-test112",
    "news-test113",
    "news-test114",
    "news-test115",
    "news-test116",
    "news-test117",
    "news-test118",
    "news-test119",
    "news-test120",
    "news-test121",
    "news-test122",
    "news-test123",
    "news-test124",
    "news-test125",
    "news-test126",
    "news-test127",
    "news-test128",
    "news-test129",
    "news-test130",
    "news-test131",
    "news-test132",
    "news-test133",
    "news-test134",
    "news-test135",
    "news-test136",
    "news-test137",
    "news-test138",
    "news-test139",
    "news-test140",
    "news-test141",
    "news-test142",
    "news-test143",
    "news-test144",
    "news-test145",
    "news-test146",
    "news-test147",
    "news-test148",
    "news-test149",
    "news-test150",
    "news-test151",
    "news-test152",
    "news-test153",
    "news-test154",
    "news-test155",
    "news-test156",
    "news-test157",
    "news-test158",
    "news-test159",
    "news-test160",
    "news-test161",
    "news-test162",
    "news-test163",
    "news-test164",
    "news-test165",
    "news-test166",
    "news-test167",
    "news-test168",
    "news-test169",
    "news-test170",
    "news-test171",
    "news-test172",
    "news-test173",
    "news-test174",
    "news-test175",
    "news-test176",
    "news-test177",
    "news-test178",
    "news-test179",
    "news-test180",
    "news-test181",
    "news-test182",
    "news-test183",
    "news-test184",
    "news-test185",
    "news-test186",
    "news-test187",
    "news-test188",
    "news-test189",
    "news-test190",
    "news-test191",
    "news-test192",
    "news-test193",
    "news-test194",
    "news-test195",
    "news-test196",
    "news-test197",
    "news-test198",
    "news-test199",
    "news-test200",
    "news-test201",
    "news-test202",
    "news-test203",
    "news-test204",
    "news-test205",
    "news-test206",
    "news-test207",
    "news-test208",
    "news-test209",
    "news-test210",
    "news-test211",
    "news-test212",
    "news-test213",
    "news-test214",
    "news-test215",
    "news-test216",
    "news-test217",
    "news-test218",
    "news-test219",
    "news-test220",
    "news-test221",
    "news-test222",
    "news-test223",
    "news-test224",
    "news-test225",
    "news-test226",
    "news-test227",
    "news-test228",
    "news-test229",
    "news-test230",
    "news-test231",
    "news-test232",
    "news-test233",
    "news-test234",
    "news-test235",
    "news-test236",
    "news-test237",
    "news-test238",
    "news-test239",
    "news-test240",
    "news-test241",
    "news-test242",
    "news-test243",
    "news-test244",
    "news-test245",
    "news-test246",
    "news-test247",
    "news-test248",
    "news-test249",
    "news-test250",
    "news-test251",
    "news-test252",
    "news-test253",
    "news-test254",
    "news-test255",
    "news-test256",
    "news-test257",
    "news-test258",
    "news-test259",
    "news-test260",
    "news-test261",
    "news-test262",
    "news-test263",
    "news-test264",
    "news-test265",
    "news-test266",
    "news-test267",
    "news-test268",
    "news-test269",
    "news-test270",
    "news-test271",
    "news-test272",
    "news-test273",
    "news-test274",
    "news-test275",
    "news-test276",
    "news-test277",
    "news-test278",
    "news-test279",
    "news-test280",
    "news-test281",
    "news-test282",
)  # sets gathered after a part was scored carry their own part


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
