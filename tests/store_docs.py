"""Hand-built documents for the store tests: ``[text](LABEL)`` or ``[text](LABEL|base form)`` marks entities."""

from __future__ import annotations

import re

from derek.doc import DateMention, Document, Entity, Event, Mention, Quote, Role
from derek.segment import segment

_MARK = re.compile(r"\[([^\]]+)\]\(([A-Z_]+)(?:\|([^)]*))?\)")


def doc(marked: str, published: str | None = None, **facts) -> Document:
    """marked (str): text with entity marks. published (str | None). facts: roles, quotes, events, dates (callables of text)."""
    text, entities, pos = "", [], 0
    for m in _MARK.finditer(marked):
        text += marked[pos : m.start()]
        start = len(text)
        text += m.group(1)
        entities.append(Entity(start, len(text), m.group(1), m.group(2), m.group(3) or ""))
        pos = m.end()
    text += marked[pos:]
    sentences, tokens = segment(text)
    made = {
        name: tuple(f(text) for f in facts.get(name, ())) for name in ("dates", "quotes", "roles", "events")
    }
    return Document(
        text=text, language="kk", script="cyrillic", published=published, sentences=tuple(sentences),
        tokens=tuple(tokens), entities=tuple(entities), **made,
    )  # fmt: skip


def mention(text: str, sub: str, normal: str = "") -> Mention:
    start = text.index(sub)
    return Mention(start, start + len(sub), sub, normal)


def role(person: str, position: str, org: str | None = None, person_normal: str = ""):
    def make(text: str) -> Role:
        p, q = mention(text, person, person_normal), mention(text, position)
        return Role(min(p.start, q.start), max(p.end, q.end), text[min(p.start, q.start) : max(p.end, q.end)], p, q,
                    mention(text, org) if org else None)  # fmt: skip

    return make


def quote(content: str, speaker: str, cue: str = "деді"):
    def make(text: str) -> Quote:
        c = mention(text, content)
        return Quote(
            c.start,
            c.end,
            c.text,
            "direct",
            mention(text, speaker),
            mention(text, cue) if cue in text else None,
        )

    return make


def event(
    kind: str,
    trigger: str,
    participants: tuple[str, ...] = (),
    place: str | None = None,
    date: str | None = None,
):
    def make(text: str) -> Event:
        t = mention(text, trigger)
        d = None
        if date:
            d = DateMention(0, 0, "", date, "day")
        return Event(t.start, t.end, t.text, kind, t, d, mention(text, place) if place else None,
                     tuple(mention(text, p) for p in participants))  # fmt: skip

    return make


def date(sub: str, value: str):
    def make(text: str) -> DateMention:
        m = mention(text, sub)
        return DateMention(m.start, m.end, m.text, value, "day")

    return make
