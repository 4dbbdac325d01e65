"""The knowledge-base schema (SQLAlchemy 2 declarative models).

Offsets (``start``/``end``) are into the article's raw text. Text search runs
over ``Sentence.forms`` and ``Sentence.lemmas`` (space-separated keys, see
``keys.py``): an FTS5 table on SQLite, a generated ``tsvector`` column with a GIN
index on PostgreSQL (both made by the migration, not by these models).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


def _article_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)


def _entity_fk() -> Mapped[int | None]:
    return mapped_column(ForeignKey("entities.id", ondelete="SET NULL"), index=True, nullable=True)


class Article(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(primary_key=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    language: Mapped[str] = mapped_column(String(16))
    script: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    ingested: Mapped[dt.datetime] = mapped_column(DateTime)


class Sentence(Base):
    __tablename__ = "sentences"
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = _article_fk()
    idx: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    forms: Mapped[str] = mapped_column(Text)  # token form keys, space-separated
    lemmas: Mapped[str] = mapped_column(Text)  # token lemma keys, same order


class Entity(Base):
    """A canonical entity: one person, place, organization ... across articles."""

    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("label", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(Text, index=True)
    name: Mapped[str] = mapped_column(Text)
    mentions: Mapped[int] = mapped_column(Integer, default=0)


class Alias(Base):
    """A name an entity goes by: ``name`` (full), ``abbr`` (abbreviation) or ``surname``."""

    __tablename__ = "aliases"
    __table_args__ = (
        UniqueConstraint("key", "label", "entity_id"),
        Index("ix_aliases_key_label", "key", "label"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))


class Mention(Base):
    __tablename__ = "mentions"
    __table_args__ = (Index("ix_mentions_entity_article", "entity_id", "article_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = _article_fk()
    sentence_id: Mapped[int | None] = mapped_column(
        ForeignKey("sentences.id", ondelete="CASCADE"), index=True
    )
    entity_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), nullable=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(32))
    normal: Mapped[str] = mapped_column(Text)


class DateRow(Base):
    __tablename__ = "dates"
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = _article_fk()
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[str] = mapped_column(String(64), index=True)
    granularity: Mapped[str] = mapped_column(String(16))


class QuoteRow(Base):
    __tablename__ = "quotes"
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = _article_fk()
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    speaker: Mapped[str | None] = mapped_column(Text)
    speaker_entity_id: Mapped[int | None] = _entity_fk()
    cue: Mapped[str | None] = mapped_column(Text)


class RoleRow(Base):
    """A post held: the person (linked), the position, the organization, and the article's date."""

    __tablename__ = "roles"
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = _article_fk()
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    person: Mapped[str] = mapped_column(Text)
    person_entity_id: Mapped[int | None] = _entity_fk()
    position: Mapped[str] = mapped_column(Text)
    organization: Mapped[str | None] = mapped_column(Text)
    organization_entity_id: Mapped[int | None] = _entity_fk()
    published: Mapped[dt.date | None] = mapped_column(Date)


class EventRow(Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = _article_fk()
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(32), index=True)
    trigger: Mapped[str] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(64))
    place: Mapped[str | None] = mapped_column(Text)
    place_entity_id: Mapped[int | None] = _entity_fk()
    published: Mapped[dt.date | None] = mapped_column(Date)


class Participant(Base):
    __tablename__ = "event_participants"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    entity_id: Mapped[int | None] = _entity_fk()
    text: Mapped[str] = mapped_column(Text)


TABLES = {m.__tablename__: m.__table__ for m in Base.__subclasses__()}
