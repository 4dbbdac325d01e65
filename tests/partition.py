"""razdel-style one-line cases: ``'a| |b'`` marks the gold boundaries with ``|``."""

from __future__ import annotations


def parse(case: str) -> tuple[str, list[str]]:
    """The text and its non-blank parts (tokens or sentences)."""
    parts = case.split("|")
    return "".join(parts), [p for p in parts if p.strip()]
