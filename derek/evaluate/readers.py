"""Readers for evaluation data (CoNLL-U, KazNERD IOB); running text is rebuilt by ``derek.ner.detok``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .. import errors
from ..ner.detok import detokenize

_ID_LINE = re.compile(r"[A-Z]ID\d+$")


@dataclass(frozen=True)
class GoldSentence:
    text: str  # the sentence as running text
    tokens: tuple[str, ...]  # surface tokens
    paragraph_start: bool = False  # True when the sentence opens a new paragraph or document
    extra: tuple[tuple[str, ...], ...] = ()  # further columns per token (lemma, upos ... or labels)


def _open(path: str | Path) -> list[str]:
    p = Path(path)
    if not p.is_file():
        raise errors.FileMissing(f"{p}: no such file")
    try:
        return p.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise errors.InvalidUTF8(f"{p} is not valid UTF-8 at byte offset {exc.start}") from None


def read_conllu(path: str | Path) -> Iterator[GoldSentence]:
    """CoNLL-U sentences: ``# text``, surface tokens (multiword ranges as one token) and, per
    syntactic word, (form, lemma, upos) in ``extra``."""
    text = None
    par = False
    tokens: list[str] = []
    words: list[tuple[str, ...]] = []
    skip_to = 0
    for n, line in enumerate(_open(path), 1):
        if not line.strip():
            if tokens:
                yield GoldSentence(text or " ".join(tokens), tuple(tokens), par, tuple(words))
            text, par, tokens, words, skip_to = None, False, [], [], 0
        elif line.startswith("#"):
            if line.startswith("# text ="):
                text = line.split("=", 1)[1].strip()
            elif line.startswith(("# newpar", "# newdoc")):
                par = True
        else:
            cols = line.split("\t")
            if len(cols) != 10:
                raise errors.BadDataFile(f"{path}:{n}: expected 10 tab-separated columns")
            if "-" in cols[0]:
                first, last = cols[0].split("-")
                tokens.append(cols[1])
                skip_to = int(last)
            elif "." not in cols[0]:
                if int(cols[0]) > skip_to:
                    tokens.append(cols[1])
                words.append((cols[1], cols[2], cols[3]))
    if tokens:
        yield GoldSentence(text or " ".join(tokens), tuple(tokens), par, tuple(words))


def read_iob(path: str | Path) -> Iterator[GoldSentence]:
    """KazNERD-style ``token LABEL`` lines, blank line between sentences; labels go in ``extra``.
    ID lines of the with_sentID files are skipped: ``AID…`` opens a passage, ``BID…``,
    ``CID…`` ... continue it (each sentence has one)."""
    tokens: list[str] = []
    labels: list[str] = []
    par = False
    for n, line in enumerate(_open(path), 1):
        if not line.strip():
            if tokens:
                yield GoldSentence(detokenize(tokens)[0], tuple(tokens), par, (tuple(labels),))
            tokens, labels, par = [], [], False
            continue
        parts = line.rsplit(" ", 1)
        if len(parts) != 2:
            raise errors.BadDataFile(f"{path}:{n}: expected 'token LABEL'")
        if not tokens and _ID_LINE.match(parts[0]):
            par = parts[0].startswith("AID")  # AID opens a passage; BID, CID ... continue it
            continue
        tokens.append(parts[0])
        labels.append(parts[1])
    if tokens:
        yield GoldSentence(detokenize(tokens)[0], tuple(tokens), par, (tuple(labels),))


def read_any(path: str | Path) -> list[GoldSentence]:
    """CoNLL-U when the file says so (extension or tab-separated lines), KazNERD IOB otherwise."""
    p = Path(path)
    if p.suffix == ".conllu":
        return list(read_conllu(p))
    lines = _open(p)
    sample = [x for x in lines[:50] if x.strip() and not x.startswith("#")]
    if sample and all(x.count("\t") == 9 for x in sample):
        return list(read_conllu(p))
    return list(read_iob(p))
