"""NER gold as character spans in running text (JSONL), for text that has no KazNERD tokens.

A record is ``{"id", "text", "entities": [[start, end, LABEL], ...]}`` with offsets into ``text``
(``tests/data/ner_wiki/``: Wikipedia-style sentences annotated for six labels). Scoring runs derek's
normalization, segmentation and NER on ``text`` and compares character spans strictly; predictions
of labels outside the annotated ones are left out, so a set annotated for some labels scores those.
"""

from __future__ import annotations

import json
import time
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import errors
from .baseline import MostFrequentTag
from .evaluation import tag_text
from .iob import spans
from .score import score

Span = tuple[int, int, str]


@dataclass(frozen=True)
class SpanRecord:
    """One annotated text: ``id``, ``text`` and its gold ``entities`` as ``(start, end, label)``."""

    id: str
    text: str
    entities: tuple[Span, ...]


def read(path: str | Path) -> list[SpanRecord]:
    """path (str | Path): a JSONL file, or a folder whose ``*.jsonl`` files are read in name order ->
    the records; a malformed line raises :class:`errors.BadDataFile` (E301) naming it."""
    folder = Path(path)
    files = sorted(folder.glob("*.jsonl")) if folder.is_dir() else [folder]
    out: list[SpanRecord] = []
    for file in files:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except UnicodeDecodeError:
            raise errors.BadDataFile(f"{file}: not UTF-8 text (span records are JSONL)") from None
        for n, line in enumerate(lines, 1):
            if line.strip():
                out.append(_record(line, f"{file.name}:{n}"))
    return out


def _record(line: str, where: str) -> SpanRecord:
    try:
        raw = json.loads(line)
        text = raw["text"]
        ents = tuple((int(a), int(b), str(label)) for a, b, label in raw["entities"])
    except (ValueError, KeyError, TypeError) as exc:
        raise errors.BadDataFile(f"{where}: not a span record ({exc})") from None
    if not isinstance(text, str) or any(not 0 <= a < b <= len(text) for a, b, _ in ents):
        raise errors.BadDataFile(f"{where}: an entity's offsets fall outside the text")
    return SpanRecord(str(raw.get("id", where)), text, ents)


def evaluate(records: Sequence[SpanRecord], nlp: Any, labels: Collection[str] = ()) -> dict[str, Any]:
    """records (Sequence[SpanRecord]): gold texts; nlp (Language): a loaded NER pipeline; labels
    (Collection[str]): the annotated labels (empty: all) -> micro, per_label, sentences (records),
    tokens_per_second (derek's tokens)."""
    predicted: list[tuple[int, int, int, str]] = []
    n_tokens, seconds = 0, 0.0
    for i, rec in enumerate(records):
        started = time.perf_counter()
        found, n = tag_text(rec.text, nlp)
        predicted.extend((i, start, end, label) for start, end, label in found)
        seconds += time.perf_counter() - started
        n_tokens += n
    return _report(records, predicted, labels, n_tokens, seconds)


def evaluate_baseline(
    records: Sequence[SpanRecord], base: MostFrequentTag, labels: Collection[str] = ()
) -> dict[str, Any]:
    """records (Sequence[SpanRecord]): gold texts; base (MostFrequentTag): a baseline learned from
    KazNERD; labels (Collection[str]): the annotated labels -> the baseline's scores on derek's tokens."""
    from ..segment import segment

    predicted: list[tuple[int, int, int, str]] = []
    n_tokens = 0
    started = time.perf_counter()
    for i, rec in enumerate(records):
        _, tokens = segment(rec.text)
        n_tokens += len(tokens)
        for s, e, label in spans(base([t.text for t in tokens])):
            predicted.append((i, tokens[s].start, tokens[e - 1].end, label))
    return _report(records, predicted, labels, n_tokens, time.perf_counter() - started)


def _report(
    records: Sequence[SpanRecord],
    predicted: Iterable[tuple[int, int, int, str]],
    labels: Collection[str],
    n_tokens: int,
    seconds: float,
) -> dict[str, Any]:
    keep = set(labels)
    gold = [
        (i, a, b, lab) for i, r in enumerate(records) for a, b, lab in r.entities if not keep or lab in keep
    ]
    pred = [p for p in predicted if not keep or p[3] in keep]
    out = score(gold, pred)
    out["sentences"] = len(records)
    out["tokens_per_second"] = round(n_tokens / seconds) if seconds > 0 else None
    return out
