"""The shape of a fact record (``tests/data/facts_dev.jsonl``), checked before anything runs on it.

A record is one JSON object per line: ``text`` (str), ``published`` (ISO date or null), optional
``id``, ``split``, ``facts`` (the types it is annotated for), ``entities`` (``[start, end, label]``
triples, or null when none were annotated) and the gold lists ``dates``, ``quotes``, ``roles``,
``events``, each item with the fields the scorer reads. :func:`check` names the first thing wrong.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

TYPES = ("dates", "quotes", "roles", "events")
_SPAN = {"start": int, "end": int}
_STR = (str, type(None))
FIELDS: dict[str, dict[str, Any]] = {
    "dates": {**_SPAN, "text": str, "value": str, "granularity": str},
    "quotes": {**_SPAN, "text": str, "speaker": _STR},
    "roles": {"person": str, "position": str, "organization": _STR},
    "events": {"type": str, "trigger": dict, "date": _STR, "place": _STR},
}


def check(rec: Any) -> str | None:
    """rec (Any): one decoded JSONL line -> None when it is a fact record, else what is wrong with it."""
    if not isinstance(rec, dict):
        return "not a JSON object"
    if not isinstance(rec.get("text"), str):
        return "'text' is not a string"
    published = rec.get("published")
    if published is not None:
        try:
            dt.date.fromisoformat(published)
        except (TypeError, ValueError):
            return f"'published' {published!r} is not an ISO date"
    if not isinstance(rec.get("split", ""), str):
        return "'split' is not a string"
    facts = rec.get("facts", TYPES)
    if not isinstance(facts, list | tuple) or any(t not in TYPES for t in facts):
        return f"'facts' must list some of {', '.join(TYPES)}"
    ents = rec.get("entities")
    if ents is not None and not (
        isinstance(ents, list)
        and all(
            isinstance(e, list)
            and len(e) == 3
            and all(isinstance(x, int) for x in e[:2])
            and isinstance(e[2], str)
            for e in ents
        )
    ):
        return "'entities' is neither null nor a list of [start, end, label]"
    for t in TYPES:
        if t not in rec:
            return f"no '{t}' list"
        items = rec[t]
        if not isinstance(items, list):
            return f"'{t}' is not a list"
        for item in items:
            wrong = _item(item, FIELDS[t])
            if wrong:
                return f"a '{t}' item {wrong}"
    return None


def _item(item: Any, fields: dict[str, Any]) -> str | None:
    """item (Any): one gold fact; fields (dict): its required keys and types -> what is wrong, or None."""
    if not isinstance(item, dict):
        return "is not an object"
    for key, kind in fields.items():
        if key not in item:
            return f"has no '{key}'"
        if not isinstance(item[key], kind) or isinstance(item[key], bool):
            return f"has a bad '{key}'"
    trigger = item.get("trigger")
    if isinstance(trigger, dict) and _item(trigger, _SPAN):
        return "has a bad 'trigger' span"
    return None
