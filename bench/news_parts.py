"""Score the news parts one by one, total them by group and compare two runs, keeping blind parts blind.

    python bench/news_parts.py score OUT.json [--errors]
    python bench/news_parts.py groups read=158-197 blind=198-242
    python bench/news_parts.py diff BEFORE.json AFTER.json --show 158-197

``score`` evaluates every part of ``private/news/news.jsonl`` (bench/news_facts.py builds it) with the derek on the
import path (``PYTHONPATH=<a worktree of the session's start>`` scores the start code) and writes the reports by
part. ``groups`` scores named groups of parts as wholes with the same derek (``name=FIRST-LAST`` by part number;
several ranges joined by commas). ``diff`` lists the parts whose scores changed and prints the error lines that changed **only** for the
parts given to ``--show``: a part held out to measure generalization is compared by its totals alone, and its
errors are never printed (the protocol of docs/facts.md, sessions 24–26). Each score: dates (correct values) /
quotes (right speaker) / posts / events.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from derek.evaluate.facts import evaluate, read_records

NEWS = Path(__file__).resolve().parent.parent / "private" / "news" / "news.jsonl"
TYPES = ("dates", "quotes", "roles", "events")


def number(part: str) -> int:
    """part (str): ``news-test171`` -> 171 (``news-test`` alone, the first part, is 1; ``news-dev`` 0)."""
    tail = part.rsplit("news-test", 1)[-1] if "news-test" in part else ""
    return int(tail) if tail.isdigit() else (1 if part == "news-test" else 0)


def parts_of(spec: str) -> set[int]:
    """spec (str): ``158-197,200`` -> the part numbers it names."""
    out: set[int] = set()
    for piece in spec.split(","):
        first, _, last = piece.partition("-")
        out.update(range(int(first), int(last or first) + 1))
    return out


def cells(report: dict) -> str:
    """report (dict): one evaluation -> its four scores as ``0.929 / 0.764 / 0.894 / 0.839`` (– where no gold)."""
    out = []
    for t in TYPES:
        if report[t]["gold"] == 0:
            out.append("–")
        else:
            out.append(f"{report[t]['correct_values' if t == 'dates' else 'f1']:.3f}")
    return " / ".join(out)


def score(out: Path, errors: bool) -> None:
    records = read_records(NEWS)
    reports = {}
    for part in dict.fromkeys(r["split"] for r in records):
        reports[part] = evaluate([r for r in records if r["split"] == part], show_errors=errors)
        print(part, cells(reports[part]), file=sys.stderr)
    out.write_text(json.dumps(reports, ensure_ascii=False, indent=1), encoding="utf-8")


def groups(specs: list[str]) -> None:
    records = read_records(NEWS)
    for spec in specs:
        name, _, ranges = spec.partition("=")
        wanted = parts_of(ranges)
        chosen = [r for r in records if number(r["split"]) in wanted]
        if not chosen:
            print(f"{name}: no articles")
            continue
        count = len({r["split"] for r in chosen})
        print(f"{name} ({count} parts, {len(chosen)} articles): {cells(evaluate(chosen))}")


def diff(before: Path, after: Path, show: str | None) -> None:
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    visible = parts_of(show) if show else set()
    for part in sorted((p for p in a if p in b), key=number):
        if cells(a[part]) != cells(b[part]):
            print(part, cells(a[part]), "->", cells(b[part]))
        if number(part) not in visible:
            continue  # a blind part: its totals only
        old, new = a[part].get("errors", []), b[part].get("errors", [])
        for line in old:
            if line not in new:
                print("   -", line)
        for line in new:
            if line not in old:
                print("   +", line)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    s = sub.add_parser("score")
    s.add_argument("out", type=Path)
    s.add_argument("--errors", action="store_true")
    g = sub.add_parser("groups")
    g.add_argument("specs", nargs="+", metavar="NAME=FIRST-LAST")
    d = sub.add_parser("diff")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    d.add_argument("--show", metavar="FIRST-LAST", help="parts whose changed error lines may be printed")
    args = ap.parse_args()
    if args.command == "score":
        score(args.out, args.errors)
    elif args.command == "groups":
        groups(args.specs)
    else:
        diff(args.before, args.after, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
