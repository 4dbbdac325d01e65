"""A second annotation of the same records, read as if it were derek's output (``derek evaluate facts
--against``): scoring it against the first annotation with derek's match rules measures how far two
annotators agree, the ceiling a fact extractor can be expected to reach on the set."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..doc import DateMention, Event, Mention, Quote, Role


@dataclass
class Annotated:
    """An annotator's facts for one record, with the attributes :func:`derek.evaluate.facts.evaluate` reads
    from an Analysis."""

    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def _named(name: str | None) -> Mention | None:
    return None if name is None else Mention(0, 0, name, name)


def _span(rec: dict[str, Any], start: int, end: int) -> str:
    return rec["text"][start:end]


def annotated(rec: dict[str, Any]) -> Annotated:
    """rec (dict): a fact record (tests/data/README.md) -> its annotation as derek's fact objects (names and
    posts as written, with no offsets: the match rules compare them by name)."""
    out = Annotated()
    for d in rec["dates"]:
        out.dates.append(
            DateMention(d["start"], d["end"], _span(rec, d["start"], d["end"]), d["value"], d["granularity"])
        )
    for q in rec["quotes"]:
        cue = _named(q.get("cue"))
        out.quotes.append(
            Quote(
                q["start"], q["end"], _span(rec, q["start"], q["end"]), q["kind"], _named(q["speaker"]), cue
            )
        )
    for r in rec["roles"]:
        person, post = _named(r["person"]), _named(r["position"])
        if person is None or post is None:
            continue
        out.roles.append(Role(0, 0, "", person, post, _named(r.get("organization"))))
    for e in rec["events"]:
        t = e["trigger"]
        trigger = Mention(t["start"], t["end"], t["text"], t["text"])
        date = DateMention(0, 0, "", e["date"], "") if e.get("date") else None
        out.events.append(
            Event(t["start"], t["end"], t["text"], e["type"], trigger, date, _named(e.get("place")))
        )
    return out
