"""Turning tagged sentences into spaCy docs and DocBin files for training."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

from .data import Tagged
from .iob import spans


def to_doc(vocab: Vocab, sentence: Tagged) -> Doc:
    """A spaCy doc of one gold sentence, with its entities and a sentence start.

    vocab (Vocab): the vocabulary.
    sentence (Tagged): tokens and IOB2 tags.
    RETURNS (Doc): the doc.
    """
    doc = Doc(vocab, words=list(sentence.tokens), spaces=[True] * len(sentence.tokens))
    for i, token in enumerate(doc):
        token.is_sent_start = i == 0
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in spans(sentence.tags)]
    return doc


def write_docbin(sentences: Iterable[Tagged], path: str | Path) -> int:
    """Write sentences as a ``.spacy`` DocBin file.

    sentences (Iterable[Tagged]): gold sentences.
    path (str | Path): the output file.
    RETURNS (int): the number of docs written.
    """
    vocab = Vocab()
    bin_ = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE", "SENT_START"])
    n = 0
    for sentence in sentences:
        bin_.add(to_doc(vocab, sentence))
        n += 1
    bin_.to_disk(path)
    return n
