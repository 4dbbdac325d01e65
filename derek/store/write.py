"""Writing one analyzed article: every row of it inside the caller's transaction."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from bisect import bisect_right
from typing import Any

from sqlalchemy import Connection, insert, text

from .. import errors
from ..doc import Document
from ..doc import Mention as DocMention
from .keys import WORD, key, token_lemma
from .linking import PERSON, Name, link_article, name_of
from .models import Article, DateRow, EventRow, Mention, Participant, QuoteRow, RoleRow, Sentence
from .resolve import Resolver

ARTICLE_INSERT = insert(Article.__table__).returning(Article.__table__.c.id)
SENTENCE_INSERT = insert(Sentence.__table__).returning(Sentence.__table__.c.id, sort_by_parameter_order=True)
MENTION_INSERT = insert(Mention.__table__)
FTS_INSERT = text("INSERT INTO sentence_fts(rowid, forms, lemmas) VALUES (:id, :forms, :lemmas)")


def content_hash(text_: str) -> str:
    """text_ (str): an article's text. RETURNS (str): the SHA-256 of its NFC form without outer whitespace."""
    return hashlib.sha256(unicodedata.normalize("NFC", text_).strip().encode("utf-8")).hexdigest()


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise errors.BadArgument(f"published date {value!r} is not YYYY-MM-DD") from None


def sentence_rows(doc: Document) -> list[dict[str, Any]]:
    """doc (Document): an article. RETURNS (list[dict]): its sentences with form and lemma keys."""
    spans = [(s.start, s.end, s.text) for s in doc.sentences] or [(0, len(doc.text), doc.text)]
    rows = []
    tokens = sorted(doc.tokens, key=lambda t: t.start)
    starts = [t.start for t in tokens]
    for idx, (start, end, stext) in enumerate(spans):
        if tokens:
            inside = tokens[bisect_right(starts, start - 1) : bisect_right(starts, end - 1)]
            pairs = [(key(t.text), token_lemma(t.text, t.lemma)) for t in inside]
        else:
            pairs = [(key(m.group()), key(m.group())) for m in WORD.finditer(stext)]
        pairs = [(f, lem or f) for f, lem in pairs if f]
        rows.append(
            dict(
                idx=idx, start=start, end=end, text=stext,
                forms=" ".join(f for f, _ in pairs), lemmas=" ".join(lem for _, lem in pairs),
            )
        )  # fmt: skip
    return rows


def write_document(conn: Connection, doc: Document, meta: dict[str, Any]) -> int:
    """conn (Connection): inside a transaction. doc (Document): analyzed. meta (dict): title, url, source, hash.

    RETURNS (int): the new article id.
    """
    published = _date(doc.published) or _date(meta.get("published"))
    art_id = conn.execute(
        ARTICLE_INSERT,
        dict(
            hash=meta.get("hash") or content_hash(doc.text), title=meta.get("title"), url=meta.get("url"),
            source=meta.get("source"), published=published, language=doc.language, script=doc.script,
            text=doc.text, ingested=dt.datetime.now(dt.UTC).replace(tzinfo=None),
        ),
    ).scalar_one()  # fmt: skip
    rows = sentence_rows(doc)
    for r in rows:
        r["article_id"] = art_id
    sent_ids = conn.execute(SENTENCE_INSERT, rows).scalars().all()
    if conn.dialect.name == "sqlite":
        conn.execute(
            FTS_INSERT,
            [
                {"id": i, "forms": r["forms"], "lemmas": r["lemmas"]}
                for i, r in zip(sent_ids, rows, strict=True)
            ],
        )
    starts = [r["start"] for r in rows]

    def sentence_of(offset: int) -> int | None:
        i = bisect_right(starts, offset) - 1
        return sent_ids[i] if i >= 0 else None

    resolver = Resolver(conn)
    names = link_article([name_of(e.text, e.normal, e.label) for e in doc.entities])
    ids = resolver.resolve(names)
    if doc.entities:
        conn.execute(
            MENTION_INSERT,
            [
                dict(article_id=art_id, sentence_id=sentence_of(e.start), entity_id=eid, start=e.start, end=e.end,
                     text=e.text, label=e.label, normal=e.normal)
                for e, eid in zip(doc.entities, ids, strict=True)
            ],
        )  # fmt: skip
    nested = _Nested(doc, names, ids, resolver)
    if doc.dates:
        conn.execute(
            insert(DateRow.__table__),
            [
                dict(
                    article_id=art_id,
                    start=d.start,
                    end=d.end,
                    text=d.text,
                    value=d.value,
                    granularity=d.granularity,
                )
                for d in doc.dates
            ],
        )
    if doc.quotes:
        rows = [
                dict(article_id=art_id, start=q.start, end=q.end, text=q.text, kind=q.kind,
                     speaker=q.speaker.text if q.speaker else None, speaker_entity_id=nested.person(q.speaker),
                     cue=q.cue.text if q.cue else None)
            for q in doc.quotes
        ]  # fmt: skip
        conn.execute(insert(QuoteRow.__table__), _final(rows, resolver, "speaker_entity_id"))
    if doc.roles:
        rows = [
                dict(article_id=art_id, start=r.start, end=r.end, text=r.text, person=r.person.normal or r.person.text,
                     person_entity_id=nested.person(r.person), position=r.position.normal or r.position.text,
                     organization=(r.organization.normal or r.organization.text) if r.organization else None,
                     organization_entity_id=nested.other(r.organization), published=published)
            for r in doc.roles
        ]  # fmt: skip
        conn.execute(
            insert(RoleRow.__table__), _final(rows, resolver, "person_entity_id", "organization_entity_id")
        )
    for ev in doc.events:
        ev_id = conn.execute(
            insert(EventRow.__table__)
            .values(
                article_id=art_id, start=ev.start, end=ev.end, text=ev.text, type=ev.type,
                trigger=ev.trigger.normal or ev.trigger.text, date=ev.date.value if ev.date else None,
                place=(ev.place.normal or ev.place.text) if ev.place else None,
                place_entity_id=resolver.final(nested.other(ev.place)), published=published,
            )
            .returning(EventRow.__table__.c.id)
        ).scalar_one()  # fmt: skip
        if ev.participants:
            conn.execute(
                insert(Participant.__table__),
                [
                    dict(event_id=ev_id, entity_id=resolver.final(nested.other(p)), text=p.text)
                    for p in ev.participants
                ],
            )
    return art_id


def _final(rows: list[dict[str, Any]], resolver: Resolver, *columns: str) -> list[dict[str, Any]]:
    for row in rows:
        for c in columns:
            row[c] = resolver.final(row[c])
    return rows


def _proper(name: str) -> bool:
    words = name.replace("-", " ").split()
    return bool(words) and all(w[:1].isupper() for w in words)


class _Nested:
    """Links the nested mentions of facts (speakers, persons, places ...) to this article's entities."""

    def __init__(
        self, doc: Document, names: list[Name | None], ids: list[int | None], resolver: Resolver
    ) -> None:
        self.spans = [(e.start, e.end, i) for e, i in zip(doc.entities, ids, strict=True) if i]
        self.by_key: dict[str, int] = {}
        for n, i in zip(names, ids, strict=True):
            if n and i:
                self.by_key.setdefault(n.alias_key, i)
                self.by_key.setdefault(n.key, i)
        self.names = [n for n in names if n]
        self.resolver = resolver

    def _known(self, m: DocMention) -> int | None:
        for start, end, i in self.spans:
            if start <= m.start and m.end <= end or m.start <= start and end <= m.end:
                return i
        n = name_of(m.text, m.normal, "")
        return self.by_key.get(n.key) if n else None

    def person(self, m: DocMention | None) -> int | None:
        """m (Mention | None): a person. RETURNS (int | None): its entity, created when unknown."""
        if m is None:
            return None
        found = self._known(m)
        if found:
            return found
        n = name_of(m.text, m.normal, PERSON)
        if n is None or not _proper(m.normal or m.text):
            return None  # a pronoun or a post ("Мемлекет басшысы"), not a name
        linked = link_article([*self.names, n])[-1]
        eid = self.resolver.resolve([linked], counts=False)[0]
        if eid:
            self.by_key[n.key] = eid
        return eid

    def other(self, m: DocMention | None) -> int | None:
        """m (Mention | None): a place or organization. RETURNS (int | None): its entity if this article names it."""
        return self._known(m) if m is not None else None
