"""``derek analyze [PATH|-] [--published YYYY-MM-DD] [--format json|text]``."""

from __future__ import annotations

import argparse
import sys

from .. import analyze
from ..cli import print_json
from ..render import render_text
from ..textio import read_text


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", nargs="?", default="-", help="a UTF-8 text file, or - for standard input")
    p.add_argument("--published", help="publication date YYYY-MM-DD (anchor for relative dates)")
    p.add_argument("--format", choices=("json", "text"), default="json")
    p.add_argument("--max-bytes", type=int, default=None, help="input size limit (default 5 MB)")


def run(args: argparse.Namespace) -> int:
    text = read_text(args.path, args.max_bytes)
    doc = analyze(text, published=args.published)
    if args.format == "json":
        print_json(doc.as_json())
    else:
        sys.stdout.write(render_text(doc))
    return 0
