"""``derek ingest PATH... [--db URL] [--workers N] [--json]``: analyze articles and store them."""

from __future__ import annotations

import argparse
import sys

from ..cli import print_json


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths", nargs="+", help="text, HTML, JSON Lines or RSS/Atom files, or directories of them"
    )
    p.add_argument("--db", help="database URL or SQLite path (default: $DEREK_DB or sqlite:///derek.db)")
    p.add_argument(
        "--workers", type=int, default=1, help="analysis processes (default 1; writes stay in one process)"
    )
    p.add_argument("--published", help="date YYYY-MM-DD for articles whose source gives none")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def run(args: argparse.Namespace) -> int:
    from .. import errors
    from ..store import Store
    from ..store.ingest import ingest

    if args.published:
        from ..pipeline import parse_published

        parse_published(args.published)
    if args.workers < 1:
        raise errors.BadArgument(f"--workers must be 1 or more, not {args.workers}")
    store = Store(args.db)
    bar = None
    if sys.stderr.isatty() and not args.quiet:
        from tqdm import tqdm

        bar = tqdm(unit=" articles", file=sys.stderr)

    def on_item(where: str, outcome: str) -> None:
        if outcome.startswith("error "):
            line = f"{where}: {outcome}" if not outcome.split(": ", 1)[-1].startswith(where) else outcome
            (bar.write if bar is not None else print)(line, file=sys.stderr)

    try:
        summary = ingest(
            store,
            args.paths,
            workers=args.workers,
            published=args.published,
            on_progress=bar.update if bar is not None else None,
            on_item=on_item,
        )
    finally:
        if bar is not None:
            bar.close()
        store.close()
    if args.json:
        print_json(summary.as_json())
    else:
        codes = ", ".join(f"{c} ×{n}" for c, n in summary.as_json()["rejected_by_code"].items())
        print(
            f"read {summary.read}, stored {summary.stored}, skipped {summary.duplicates} as duplicates, "
            f"rejected {len(summary.rejected)}" + (f" ({codes})" if codes else "")
        )
    return 1 if summary.rejected else 0
