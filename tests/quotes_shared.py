"""The quote test files' one helper: a text's quotes as (kind, content, speaker's base form)."""

from __future__ import annotations

from derek import analyze


def speakers(text: str) -> list[tuple[str, str, str | None]]:
    """text (str) -> its quotes, published on 2026-02-25, as (kind, content, speaker's normal or None)."""
    doc = analyze(text, published="2026-02-25")
    return [(q.kind, q.text, q.speaker.normal if q.speaker else None) for q in doc.quotes]
