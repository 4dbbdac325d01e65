"""Scoring the NER model (and the baseline) on KazNERD-format sentences, on gold tokens or raw text."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from .baseline import MostFrequentTag
from .data import Tagged
from .detok import detokenize
from .iob import spans
from .score import score


def gold_items(sentences: Sequence[Tagged]) -> list[tuple[int, int, int, str]]:
    """Gold entities as ``(sentence, start token, end token, label)``."""
    return [(i, s, e, label) for i, x in enumerate(sentences) for s, e, label in spans(x.tags)]


def evaluate_tokens(sentences: Sequence[Tagged], nlp: Any) -> dict[str, Any]:
    """Tag the gold tokens and score strictly.

    sentences (Sequence[Tagged]): gold sentences.
    nlp (Language): a loaded NER pipeline.
    RETURNS (dict[str, Any]): micro, per_label, sentences, tokens_per_second.
    """
    from .model import tag

    started = time.perf_counter()
    found = list(tag((s.tokens for s in sentences), nlp))
    seconds = time.perf_counter() - started
    predicted = [(i, s, e, label) for i, ents in enumerate(found) for s, e, label in ents]
    return _report(gold_items(sentences), predicted, sentences, seconds)


def evaluate_raw(sentences: Sequence[Tagged], nlp: Any) -> dict[str, Any]:
    """Rebuild each sentence's text, run normalization + segmentation + NER, score by character spans.

    sentences (Sequence[Tagged]): gold sentences.
    nlp (Language): a loaded NER pipeline.
    RETURNS (dict[str, Any]): micro, per_label, sentences, tokens_per_second (gold tokens per second).
    """
    gold, predicted = [], []
    seconds = 0.0
    for i, sentence in enumerate(sentences):
        text, offsets = detokenize(sentence.tokens)
        gold.extend((i, offsets[s][0], offsets[e - 1][1], label) for s, e, label in spans(sentence.tags))
        started = time.perf_counter()
        found, _ = tag_text(text, nlp)
        predicted.extend((i, start, end, label) for start, end, label in found)
        seconds += time.perf_counter() - started
    return _report(gold, predicted, sentences, seconds)


def tag_text(text: str, nlp: Any) -> tuple[list[tuple[int, int, str]], int]:
    """Run derek's normalization, segmentation and NER on running text.

    text (str): raw text.
    nlp (Language): a loaded NER pipeline.
    RETURNS (tuple[list[tuple[int, int, str]], int]): ``(start, end, label)`` character spans in ``text``,
        and the number of derek's tokens.
    """
    from ..normalize import normalize
    from ..segment import segment
    from .stage import entities

    norm = normalize(text)
    sents, tokens = segment(norm.text)
    found = [(*norm.raw_span(e.start, e.end), e.label) for e in entities(norm.text, sents, tokens, nlp)]
    return found, len(tokens)


def evaluate_baseline(sentences: Sequence[Tagged], train: Sequence[Tagged]) -> dict[str, Any]:
    """Score the most-frequent-tag baseline learned from ``train`` (gold tokens).

    sentences (Sequence[Tagged]): gold sentences to score on.
    train (Sequence[Tagged]): the sentences the baseline learns from.
    RETURNS (dict[str, Any]): micro, per_label, sentences, tokens_per_second.
    """
    base = MostFrequentTag(train)
    started = time.perf_counter()
    predicted = [(i, s, e, label) for i, x in enumerate(sentences) for s, e, label in spans(base(x.tokens))]
    seconds = time.perf_counter() - started
    return _report(gold_items(sentences), predicted, sentences, seconds)


def _report(gold: list, predicted: list, sentences: Sequence[Tagged], seconds: float) -> dict[str, Any]:
    out = score(gold, predicted)
    n_tokens = sum(len(s.tokens) for s in sentences)
    out["sentences"] = len(sentences)
    out["tokens_per_second"] = round(n_tokens / seconds) if seconds > 0 else None
    return out
