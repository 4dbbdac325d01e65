"""Running text from gold tokens, with the usual spacing, and each token's offsets in it."""

from __future__ import annotations

from collections.abc import Sequence

NO_SPACE_BEFORE = frozenset(". , ! ? ) ] } » : ; … %".split())  # Астанада.  (2025)  «Алаш»
NO_SPACE_AFTER = frozenset("( [ { «".split())  # (2025)  «Алаш»


def detokenize(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens into text: no space before closing punctuation, none after opening brackets.

    tokens (Sequence[str]): token texts.
    RETURNS (tuple[str, list[tuple[int, int]]]): the text and each token's ``(start, end)`` in it.
    """
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    quote_open = False
    prev = ""
    for i, token in enumerate(tokens):
        glue = i == 0 or token in NO_SPACE_BEFORE or prev in NO_SPACE_AFTER
        if token == '"':  # straight quotes alternate: opening, then closing
            glue = i == 0 or quote_open or prev in NO_SPACE_AFTER
        if prev == '"' and quote_open:
            glue = True
        if token == '"':
            quote_open = not quote_open
        if not glue:
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(token)))
        parts.append(token)
        pos += len(token)
        prev = token
    return "".join(parts), offsets
