"""``derek search QUERY [--type LABEL] [--from DATE] [--to DATE] [--limit N] [--json] [--db URL]``."""

from __future__ import annotations

import argparse
import sys

from ..cli import print_json


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", help='words and "quoted phrases", in Cyrillic or the 2021 Latin alphabet')
    p.add_argument(
        "--type", dest="label", help="only sentences mentioning an entity of this type (PERSON, GPE, ...)"
    )
    p.add_argument("--from", dest="date_from", help="articles published on or after YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", help="articles published on or before YYYY-MM-DD")
    p.add_argument("--limit", type=int, default=10, help="most results (default 10)")
    p.add_argument("--db", help="database URL or SQLite path (default: $DEREK_DB or sqlite:///derek.db)")
    p.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    from ..store import Store

    with Store(args.db) as store:
        hits = store.search(
            args.query, label=args.label, date_from=args.date_from, date_to=args.date_to, limit=args.limit
        )
    if args.json:
        print_json({"query": args.query, "results": [h.as_json() for h in hits]})
        return 0
    bold = sys.stdout.isatty()
    for i, h in enumerate(hits, 1):
        snippet = h.snippet.replace("[", "\033[1m").replace("]", "\033[0m") if bold else h.snippet
        head = " · ".join(
            x for x in (h.published or "undated", h.title or h.source or f"article {h.article_id}") if x
        )
        print(f"{i}. {head}  (score {h.score:.3f})\n   {snippet}")
    if not hits:
        print("no results", file=sys.stderr)
    return 0
