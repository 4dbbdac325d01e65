"""Synthetic-but-realistic articles from real Kazakh sentences (KazNERD validation split).

The IOB2 sentences are rebuilt into running text (no space before ``, . : ; ! ? ) »``,
none after ``( «``), with token offsets and the gold entity spans kept, then
grouped into articles of 4-14 random sentences with a random 2019-2025 date.
Nothing is written to disk: articles are generated on the fly, seeded, so a
run of 100,000 articles needs only the 2 MB source file.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from derek.doc import Document, Entity, Sentence, Token

KAZNERD = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "kaznerd" / "IOB2_valid.txt"
NO_SPACE_BEFORE = set(",.:;!?)»%…")
NO_SPACE_AFTER = set("(«")


@dataclass(frozen=True)
class Sent:
    text: str
    tokens: tuple[tuple[int, int], ...]
    entities: tuple[tuple[int, int, str], ...]  # start, end, label (offsets into text)


def load_sentences(path: Path = KAZNERD) -> list[Sent]:
    """path (Path): a KazNERD IOB2 file. RETURNS (list[Sent]): its sentences as running text."""
    out: list[Sent] = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        rows = [ln.rsplit(" ", 1) for ln in block.splitlines() if ln.strip()]
        if not rows:
            continue
        text, toks, ents, cur = "", [], [], None
        for i, (tok, tag) in enumerate(rows):
            if i and tok not in NO_SPACE_BEFORE and rows[i - 1][0] not in NO_SPACE_AFTER:
                text += " "
            start = len(text)
            text += tok
            toks.append((start, len(text)))
            if tag.startswith("B-") or tag == "O" or (cur and tag[2:] != cur[2]):
                if cur:
                    ents.append(tuple(cur))
                cur = [start, len(text), tag[2:]] if tag != "O" else None
            else:
                cur[1] = len(text)
        if cur:
            ents.append(tuple(cur))
        out.append(Sent(text, tuple(toks), tuple(ents)))
    return out


def articles(sents: list[Sent], n: int, seed: int = 6) -> Iterator[tuple[str, Document]]:
    """sents (list[Sent]). n (int): how many. seed (int). RETURNS: (title, Document) with gold tokens and entities."""
    rng = random.Random(seed)
    first = dt.date(2019, 1, 1).toordinal()
    span = dt.date(2025, 12, 31).toordinal() - first
    for i in range(n):
        picked = rng.sample(sents, rng.randint(4, 14))
        text, sentences, tokens, entities = "", [], [], []
        for s in picked:
            if text:
                text += " "
            base = len(text)
            text += s.text
            sentences.append(Sentence(base, len(text), s.text))
            tokens += [Token(base + a, base + b, s.text[a:b]) for a, b in s.tokens]
            entities += [Entity(base + a, base + b, s.text[a:b], label, "") for a, b, label in s.entities]
        published = dt.date.fromordinal(first + rng.randint(0, span)).isoformat()
        title = " ".join(picked[0].text.split()[:8]) + f" ({i})"
        yield title, Document(
            text=text, language="kk", script="cyrillic", published=published, sentences=tuple(sentences),
            tokens=tuple(tokens), entities=tuple(entities),
        )  # fmt: skip
