"""Entity cards: everything the base knows about one canonical entity."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, func, select, text

from .. import errors
from ..translit import is_latin, variants
from .abbrev import BY_ABBREVIATION
from .keys import key, lemma_of, name_key
from .models import Alias, Entity

RECENT_ARTICLES = 2000  # co-mentions are counted over the entity's latest articles


@dataclass(frozen=True, slots=True)
class Card:
    id: int
    name: str
    label: str
    aliases: tuple[str, ...]
    mentions: int
    articles: int
    first_seen: str | None
    last_seen: str | None
    posts: tuple[dict[str, Any], ...]  # position, organization, first, last, articles
    quotes: tuple[dict[str, Any], ...]  # text, kind, cue, published, article_id
    events: tuple[dict[str, Any], ...]  # type, trigger, date, place, published, text, article_id
    related: tuple[dict[str, Any], ...]  # id, name, label, articles
    others: tuple[dict[str, Any], ...]  # other entities the name could mean

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _keys(name: str) -> list[str]:
    spellings = [
        name,
        *(
            [" ".join(v) for v in zip(*(variants(w) or [w] for w in name.split()), strict=False)]
            if is_latin(name)
            else []
        ),
    ]
    out: list[str] = []
    for s in spellings:
        words = s.split()
        for k in (key(s), name_key(s), " ".join(lemma_of(w) for w in words) if len(words) == 1 else ""):
            k = BY_ABBREVIATION.get(k, (k,))[0]
            if k and k not in out:
                out.append(k)
    return out


def find(conn: Connection, name: str, label: str | None = None) -> list[tuple[int, str, str, int]]:
    """conn (Connection). name (str): any alias, in Cyrillic or Latin. RETURNS (list): (id, name, label, mentions), most mentioned first."""
    keys = _keys(name)
    if not keys:
        raise errors.BadQuery(f"entity name {name!r} has no letters or digits")
    q = (
        select(Entity.id, Entity.name, Entity.label, Entity.mentions)
        .join(Alias, Alias.entity_id == Entity.id)
        .where(Alias.key.in_(keys))
        .distinct()
    )
    if label:
        q = q.where(Entity.label == label)
    rows = [tuple(r) for r in conn.execute(q).all()]
    return sorted(rows, key=lambda r: (-r[3], r[0]))


def card(conn: Connection, name: str, label: str | None = None, limit: int = 20) -> Card:
    """conn (Connection). name (str): an alias. label (str | None): entity type. limit (int): rows per section. RETURNS (Card)."""
    found = find(conn, name, label)
    if not found:
        raise errors.UnknownEntity(f"no entity called {name!r}" + (f" with label {label}" if label else ""))
    eid, ename, elabel, _ = found[0]
    p = {"e": eid, "n": limit}
    aliases = (
        conn.execute(select(Alias.name).where(Alias.entity_id == eid).order_by(Alias.id)).scalars().all()
    )
    mentions, articles, first, last = conn.execute(
        text(
            "SELECT COUNT(*), COUNT(DISTINCT m.article_id), MIN(a.published), MAX(a.published) "
            "FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = :e"
        ),
        p,
    ).one()
    posts = conn.execute(
        text(
            "SELECT position, organization, MIN(published), MAX(published), COUNT(DISTINCT article_id) FROM roles "
            "WHERE person_entity_id = :e GROUP BY position, organization ORDER BY MAX(published) DESC LIMIT :n"
        ),
        p,
    ).all()
    quotes = conn.execute(
        text(
            "SELECT q.text, q.kind, q.cue, a.published, q.article_id FROM quotes q JOIN articles a ON a.id = q.article_id "
            "WHERE q.speaker_entity_id = :e ORDER BY a.published DESC, q.id LIMIT :n"
        ),
        p,
    ).all()
    events = conn.execute(
        text(
            "SELECT e.id, e.type, e.trigger, e.date, e.place, e.published, e.text, e.article_id FROM events e "
            "WHERE e.id IN (SELECT event_id FROM event_participants WHERE entity_id = :e) OR e.place_entity_id = :e "
            "ORDER BY COALESCE(e.date, CAST(e.published AS TEXT)), e.id LIMIT :n"
        ),
        p,
    ).all()
    related = conn.execute(
        text(
            "SELECT m.entity_id, x.name, x.label, COUNT(DISTINCT m.article_id) AS c FROM mentions m "
            "JOIN entities x ON x.id = m.entity_id WHERE m.article_id IN ("
            "SELECT article_id FROM mentions WHERE entity_id = :e ORDER BY article_id DESC LIMIT :recent) "
            "AND m.entity_id <> :e GROUP BY m.entity_id, x.name, x.label ORDER BY c DESC, m.entity_id LIMIT :n"
        ),
        {**p, "recent": RECENT_ARTICLES},
    ).all()

    def day(v) -> str | None:
        return str(v)[:10] if v else None

    return Card(
        id=eid, name=ename, label=elabel, aliases=tuple(dict.fromkeys(aliases)), mentions=mentions, articles=articles,
        first_seen=day(first), last_seen=day(last),
        posts=tuple(dict(position=r[0], organization=r[1], first=day(r[2]), last=day(r[3]), articles=r[4]) for r in posts),
        quotes=tuple(dict(text=r[0], kind=r[1], cue=r[2], published=day(r[3]), article_id=r[4]) for r in quotes),
        events=tuple(
            dict(type=r[1], trigger=r[2], date=r[3], place=r[4], published=day(r[5]), text=r[6], article_id=r[7]) for r in events
        ),
        related=tuple(dict(id=r[0], name=r[1], label=r[2], articles=r[3]) for r in related),
        others=tuple(dict(id=r[0], name=r[1], label=r[2], mentions=r[3]) for r in found[1:6]),
    )  # fmt: skip


def count_entities(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(Entity)).scalar_one()
