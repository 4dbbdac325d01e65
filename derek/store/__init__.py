"""derek's knowledge base: articles, their sentences and facts, and entities linked across them.

>>> from derek.store import Store
>>> kb = Store("sqlite:///derek.db")          # doctest: +SKIP
>>> kb.add(derek.analyze(text), title="...")  # doctest: +SKIP
>>> kb.search("Қытай")[0].snippet             # doctest: +SKIP
>>> kb.entity("ҚХР").aliases                  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from .. import errors
from ..doc import Document
from .card import Card, card
from .engine import DEFAULT_URL, open_engine, resolve_url
from .models import Article, Entity, Mention, Sentence
from .search import Hit, search
from .sources import SURROGATE
from .write import content_hash, write_document

__all__ = ["DEFAULT_URL", "Card", "Hit", "Store", "content_hash"]


def _day(value: dt.date | str | None, what: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise errors.BadArgument(f"{what} {value!r} is not YYYY-MM-DD") from None


class Store:
    """A knowledge base in SQLite or PostgreSQL; the schema is migrated when it opens.

    url (str | None): ``sqlite:///path.db``, ``postgresql://user@host/db``, a bare path, or None for
    ``$DEREK_DB`` / ``sqlite:///derek.db``.
    """

    def __init__(self, url: str | None = None) -> None:
        self.url = resolve_url(url)
        self.engine = open_engine(url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def has(self, hash_: str) -> bool:
        """hash_ (str): a :func:`content_hash`. RETURNS (bool): True when that article is stored."""
        with self.engine.connect() as conn:
            return conn.execute(select(Article.id).where(Article.hash == hash_)).first() is not None

    def add(self, doc: Document, **meta: Any) -> int | None:
        """doc (Document): an analyzed article. meta: title, url, source, published. RETURNS (int | None): its id, None if stored already.

        Everything about the article is written in one transaction: all of it or nothing.
        """
        bad = SURROGATE.search(doc.text)
        if bad:
            raise errors.StoreError(
                f"cannot store an article with a lone surrogate (offset {bad.start()}): not UTF-8"
            )
        h = meta.get("hash") or content_hash(doc.text)
        try:
            with self.engine.begin() as conn:
                if conn.execute(select(Article.id).where(Article.hash == h)).first():
                    return None
                return write_document(conn, doc, {**meta, "hash": h})
        except SQLAlchemyError as exc:
            raise errors.StoreError(
                f"cannot store article {meta.get('source') or h[:12]}: {exc.__class__.__name__}: {exc}"
            ) from None

    def search(
        self, query: str, label: str | None = None, date_from: dt.date | str | None = None,
        date_to: dt.date | str | None = None, limit: int = 20,
    ) -> list[Hit]:  # fmt: skip
        """query (str): words and "phrases", Cyrillic or Latin. label (str | None): entity type. RETURNS (list[Hit])."""
        with self.engine.connect() as conn:
            return search(conn, query, label, _day(date_from, "--from"), _day(date_to, "--to"), limit)

    def entity(self, name: str, label: str | None = None, limit: int = 20) -> Card:
        """name (str): any name or alias of the entity. label (str | None): its type. RETURNS (Card)."""
        with self.engine.connect() as conn:
            return card(conn, name, label, limit)

    def stats(self) -> dict[str, int]:
        """RETURNS (dict): row counts of the main tables."""
        with self.engine.connect() as conn:
            return {
                t.__tablename__: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (Article, Sentence, Mention, Entity)
            }

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
