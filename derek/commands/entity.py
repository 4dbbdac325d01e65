"""``derek entity NAME [--type LABEL] [--json] [--db URL]``: an entity card."""

from __future__ import annotations

import argparse

from ..cli import print_json


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", help="any name, abbreviation or surname of the entity (Cyrillic or Latin)")
    p.add_argument("--type", dest="label", help="entity type (PERSON, GPE, ORGANISATION, ...)")
    p.add_argument("--limit", type=int, default=10, help="rows per section (default 10)")
    p.add_argument("--db", help="database URL or SQLite path (default: $DEREK_DB or sqlite:///derek.db)")
    p.add_argument("--json", action="store_true", help="print JSON")


def render(card) -> str:
    """card (Card): an entity card. RETURNS (str): it as readable text."""
    out = [f"{card.name}  [{card.label}]"]
    if len(card.aliases) > 1:
        out.append("  also: " + ", ".join(a for a in card.aliases if a != card.name))
    seen = f", {card.first_seen} .. {card.last_seen}" if card.first_seen else ""
    out.append(f"  {card.mentions} mentions in {card.articles} articles{seen}")
    sections = (
        ("posts", card.posts, lambda p: f"{p['position']}" + (f" ({p['organization']})" if p["organization"] else "")
         + f"  {p['first'] or '?'}" + (f" .. {p['last']}" if p["last"] != p["first"] else "")),
        ("quotes", card.quotes, lambda q: f"{q['published'] or '?'}  «{q['text']}»"),
        ("timeline", card.events, lambda e: f"{e['date'] or e['published'] or '?'}  {e['type']}: {e['text']}"),
        ("mentioned with", card.related, lambda r: f"{r['name']} [{r['label']}] in {r['articles']} articles"),
        ("other entities with this name", card.others, lambda o: f"{o['name']} [{o['label']}], {o['mentions']} mentions"),
    )  # fmt: skip
    for title, rows, fmt in sections:
        if rows:
            out.append(f"  {title}:")
            out += [f"    - {fmt(r)}" for r in rows]
    return "\n".join(out) + "\n"


def run(args: argparse.Namespace) -> int:
    from ..store import Store

    with Store(args.db) as store:
        card = store.entity(args.name, label=args.label, limit=args.limit)
    if args.json:
        print_json(card.as_json())
    else:
        print(render(card), end="")
    return 0
