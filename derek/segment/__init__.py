"""Segmentation of Kazakh news into sentences and tokens (placeholder, being replaced)."""

from __future__ import annotations

import re

from ..doc import Sentence, Token

_TOKEN = re.compile(r"\w+(?:[-.]\w+)*|\S", re.U)
_SENT = re.compile(r"[^.!?…\n]+(?:[.!?…]+|$)", re.U)


def segment(text: str) -> tuple[list[Sentence], list[Token]]:
    sentences = []
    for m in _SENT.finditer(text):
        s = m.group()
        lead = len(s) - len(s.lstrip())
        trail = len(s.rstrip())
        if trail > lead:
            sentences.append(Sentence(m.start() + lead, m.start() + trail, s[lead:trail]))
    tokens = [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    return sentences, tokens
