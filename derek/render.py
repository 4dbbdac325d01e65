"""A readable rendering of a Document: sentences with entities marked, then the facts."""

from __future__ import annotations

from .doc import Document, Mention


def _mark(doc: Document, start: int, end: int) -> str:
    parts = []
    pos = start
    for e in doc.entities:
        if e.start >= start and e.end <= end and e.start >= pos:
            parts.append(doc.text[pos : e.start])
            parts.append(f"[{e.text}]{e.label}")
            pos = e.end
    parts.append(doc.text[pos:end])
    return "".join(parts).replace("\n", " ")


def _m(m: Mention | None) -> str:
    if m is None:
        return "-"
    return m.text if m.normal in ("", m.text) else f"{m.text} ({m.normal})"


def render_text(doc: Document) -> str:
    lines = [
        f"language: {doc.language}  script: {doc.script}  published: {doc.published or '-'}",
        f"{len(doc.sentences)} sentences, {len(doc.tokens)} tokens, {len(doc.entities)} entities",
        "",
    ]
    for i, s in enumerate(doc.sentences, 1):
        lines.append(f"{i:>3}. {_mark(doc, s.start, s.end)}")
    sections = [
        ("Dates", [f"{d.text} -> {d.value} ({d.granularity})" for d in doc.dates]),
        (
            "Quotes",
            [f"[{q.kind}] {_m(q.speaker)} ({_m(q.cue)}): {q.text.replace(chr(10), ' ')}" for q in doc.quotes],
        ),
        (
            "Posts",
            [f"{_m(r.person)} — {_m(r.position)}, {_m(r.organization)}" for r in doc.roles],
        ),
        (
            "Events",
            [
                f"{e.type}: {_m(e.trigger)}; date {e.date.value if e.date else '-'}; place {_m(e.place)};"
                f" participants {', '.join(_m(p) for p in e.participants) or '-'}"
                for e in doc.events
            ],
        ),
    ]
    entities = [
        f"{e.label:<14} {e.text}" + (f" -> {e.normal}" if e.normal != e.text else "") for e in doc.entities
    ]
    lines += ["", "Entities"] + [f"  {x}" for x in entities] if entities else []
    for title, items in sections:
        if items:
            lines += ["", title] + [f"  {x}" for x in items]
    return "\n".join(lines) + "\n"
