"""The fact test files' helpers: a text's quotes as (kind, content, speaker's base form), posts as triples."""

from __future__ import annotations

from derek import analyze


def speakers(text: str) -> list[tuple[str, str, str | None]]:
    """text (str) -> its quotes, published on 2026-02-25, as (kind, content, speaker's normal or None)."""
    doc = analyze(text, published="2026-02-25")
    return [(q.kind, q.text, q.speaker.normal if q.speaker else None) for q in doc.quotes]


def triples(roles) -> list[tuple[str, str, str | None]]:
    """roles (Iterable[Role]) -> (person's, post's, organization's normal or None), in order."""
    return [
        (r.person.normal, r.position.normal, r.organization.normal if r.organization else None) for r in roles
    ]
