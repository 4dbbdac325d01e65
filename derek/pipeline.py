"""The pipeline behind :func:`derek.analyze`.

A stage is a small function over an :class:`Analysis` (the working state, in
*normalized* text coordinates) that declares what it requires and provides.
The pipeline checks the order once, when it is built, runs the stages, then
maps every offset back to the raw input.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import errors
from .doc import DateMention, Document, Entity, Event, Quote, Role, Sentence, Token, new_token
from .normalize import Normalized, normalize
from .script import detect_language, detect_script


@dataclass
class Analysis:
    """Working state shared by the stages; offsets are into ``norm.text``."""

    norm: Normalized
    published: dt.date | None
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.norm.text


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Analysis], None]
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()


class Pipeline:
    """An ordered list of stages whose requirements were checked on creation."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        have: set[str] = set()
        for stage in stages:
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise errors.PipelineOrder(
                    f"stage {stage.name!r} requires {', '.join(missing)}, which no earlier stage provides"
                )
            have.update(stage.provides)
        self.stages = tuple(stages)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def __call__(self, text: str, published: dt.date | str | None = None) -> Document:
        if not isinstance(text, str):
            raise errors.BadArgument(f"analyze() takes str, not {type(text).__name__}")
        pub = parse_published(published)
        norm = normalize(text)
        work = Analysis(norm=norm, published=pub)
        for stage in self.stages:
            stage.run(work)
        back = Remapper(text, norm)
        return Document(
            text=text,
            language=detect_language(norm.text),
            script=detect_script(norm.text),
            published=pub.isoformat() if pub else None,
            sentences=back.all(work.sentences),
            tokens=back.all(work.tokens),
            entities=back.all(work.entities),
            dates=back.all(work.dates),
            quotes=back.all(work.quotes),
            roles=back.all(work.roles),
            events=back.all(work.events),
        )


def parse_published(value: dt.date | str | None) -> dt.date | None:
    if isinstance(value, dt.datetime):  # a datetime is a date too, but its isoformat() carries the time
        return value.date()
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise errors.BadArgument(f"published date {value!r} is not YYYY-MM-DD") from None


class Remapper:
    """Rewrites start/end/text of records (recursively) from normalized to raw offsets."""

    def __init__(self, raw: str, norm: Normalized) -> None:
        self.raw = raw
        self.norm = norm
        self.identity = not norm.edits and norm.parent is None and norm.text == raw

    def all(self, records: Iterable[Any]) -> tuple[Any, ...]:
        if self.identity:  # nothing was normalized: offsets and texts are already the raw ones
            return tuple(records)
        return tuple(self.one(r) for r in records)

    def one(self, record: Any) -> Any:
        if record is None:
            return None
        if isinstance(record, tuple):
            return self.all(record)
        if type(record) is Token:  # the bulk of the records: build them directly
            start, end = self.norm.raw_span(record.start, record.end)
            return new_token(start, end, self.raw[start:end], record.lemma, record.pos)
        if not dataclasses.is_dataclass(record):
            return record
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(record):
            value = getattr(record, f.name)
            if dataclasses.is_dataclass(value) or isinstance(value, tuple):
                changes[f.name] = self.one(value)
        if hasattr(record, "start") and hasattr(record, "end"):
            start, end = self.norm.raw_span(record.start, record.end)
            changes.update(start=start, end=end, text=self.raw[start:end])
        return dataclasses.replace(record, **changes)


def _segment(work: Analysis) -> None:
    from .segment import segment

    work.sentences, work.tokens = segment(work.text)


SEGMENT = Stage("segment", _segment, provides=("sentences", "tokens"))

from .facts.stages import DATES, EVENTS, QUOTES, ROLES, SPEAKERS  # noqa: E402  (they import Stage from here)
from .morph.stage import MORPH, NORMAL  # noqa: E402

# NORMAL (base forms of entity names) must come right after the ner stage; without entities it does nothing.
from .ner.stage import NER  # noqa: E402  (the model loads lazily, on first use)

DEFAULT_STAGES: tuple[Stage, ...] = (SEGMENT, MORPH, NER, NORMAL, DATES, QUOTES, ROLES, SPEAKERS, EVENTS)

_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline(DEFAULT_STAGES)
    return _default


def analyze(text: str, published: dt.date | str | None = None) -> Document:
    """Analyze one article.

    text (str): the raw article text.
    published (date | str | None): publication date, the anchor for relative dates.
    RETURNS (Document): everything derek found, with offsets into ``text``.
    """
    return default_pipeline()(text, published)
