"""The database side of linking: find or create the canonical entity of each :class:`Name`."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from .keys import key
from .linking import PERSON, Name, surnames
from .models import Alias, Entity, Mention, Participant, QuoteRow, RoleRow

_ENTITY_REFS = (
    (Mention.__table__, "entity_id"),
    (QuoteRow.__table__, "speaker_entity_id"),
    (RoleRow.__table__, "person_entity_id"),
    (RoleRow.__table__, "organization_entity_id"),
    (Participant.__table__, "entity_id"),
)


_E, _A = Entity.__table__.c, Alias.__table__.c
ENTITIES_BY_KEY = select(_E.id, _E.label, _E.key).where(_E.key.in_(bindparam("keys", expanding=True)))
ALIASES_BY_KEY = select(_A.key, _A.label, _A.entity_id).where(_A.key.in_(bindparam("keys", expanding=True)))
SURNAME_OWNERS = (
    select(_A.entity_id).distinct().where(_A.key == bindparam("k"), _A.label == PERSON, _A.kind == "surname")
)
ADD_MENTIONS = (
    update(Entity.__table__).where(_E.id == bindparam("eid")).values(mentions=_E.mentions + bindparam("n"))
)
ENTITY_INSERT = insert(Entity.__table__).returning(_E.id)
ALIAS_INSERT = insert(Alias.__table__)


class Resolver:
    """Maps names to entity ids within one transaction (no state survives it)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.ids: dict[tuple[str, str], int] = {}
        self.merged: dict[int, int] = {}  # absorbed entity -> the one it merged into

    def final(self, eid: int | None) -> int | None:
        """eid (int | None): an id handed out earlier. RETURNS (int | None): the id it has now, after merges."""
        while eid in self.merged:
            eid = self.merged[eid]
        return eid

    def resolve(self, names: list[Name | None], counts: bool = True) -> list[int | None]:
        """names (list[Name | None]): linked names. counts (bool): add them to mention counts. RETURNS ids."""
        wanted = {(n.label, n.key) for n in names if n}
        missing = {k for k in wanted if k not in self.ids}
        if missing:
            rows = self.conn.execute(ENTITIES_BY_KEY, {"keys": sorted({k for _, k in missing})})
            for eid, label, key in rows:
                self.ids[(label, key)] = eid
        out: list[int | None] = []
        for n in names:
            if n is None:
                out.append(None)
            elif n.surname_only:
                out.append(self._surname(n))
            else:
                out.append(self.ids.get((n.label, n.key)) or self._create(n))
        self._aliases([(n, i) for n, i in zip(names, out, strict=True) if n and i])
        if counts:
            tally = Counter(i for i in out if i)
            if tally:
                self.conn.execute(ADD_MENTIONS, [{"eid": i, "n": c} for i, c in tally.items()])
        return out

    def _surname(self, n: Name) -> int:
        owners = self.conn.execute(SURNAME_OWNERS, {"k": n.key}).scalars().all()
        if len(owners) == 1:
            return owners[0]
        return self.ids.get((PERSON, n.key)) or self._create(n)

    def _create(self, n: Name) -> int:
        eid = self.conn.execute(
            ENTITY_INSERT, dict(label=n.label, key=n.key, name=n.name, mentions=0)
        ).scalar_one()
        self.ids[(n.label, n.key)] = eid
        rows = [dict(entity_id=eid, key=n.key, label=n.label, name=n.name, kind="name")]
        if n.label == PERSON and not n.surname_only:
            written = {key(w): w for w in n.name.split()}
            for s in surnames(n.key):
                rows.append(dict(entity_id=eid, key=s, label=PERSON, name=written.get(s, s), kind="surname"))
                self._absorb(s, eid)
        self.conn.execute(ALIAS_INSERT, rows)
        return eid

    def _absorb(self, surname: str, eid: int) -> None:
        """A surname-only entity merges into the first full name stored with that surname, if it is the only one."""
        old = (
            self.ids.get((PERSON, surname))
            or self.conn.execute(
                select(Entity.id).where(Entity.label == PERSON, Entity.key == surname)
            ).scalar()
        )
        if not old or old == eid:
            return
        others = self.conn.execute(
            select(Alias.entity_id).where(
                Alias.key == surname, Alias.label == PERSON, Alias.kind == "surname"
            )
        ).first()
        if others:
            return
        for table, column in _ENTITY_REFS:
            self.conn.execute(update(table).where(table.c[column] == old).values({column: eid}))
        moved = self.conn.execute(select(Entity.mentions).where(Entity.id == old)).scalar_one()
        self.conn.execute(
            update(Entity.__table__)
            .where(Entity.__table__.c.id == eid)
            .values(mentions=Entity.mentions + moved)
        )
        self.conn.execute(delete(Alias).where(Alias.entity_id == old))
        self.conn.execute(delete(Entity).where(Entity.id == old))
        self.ids.pop((PERSON, surname), None)
        self.merged[old] = eid

    def _aliases(self, pairs: list[tuple[Name, int]]) -> None:
        want = {
            (n.alias_key, n.label, eid): (n.alias_name, n.alias_kind)
            for n, eid in pairs
            if n.alias_key != n.key
        }
        if not want:
            return
        have = {
            tuple(r) for r in self.conn.execute(ALIASES_BY_KEY, {"keys": sorted({k for k, _, _ in want})})
        }
        rows = [
            dict(key=k, label=label, entity_id=eid, name=name, kind=kind)
            for (k, label, eid), (name, kind) in want.items()
            if (k, label, eid) not in have
        ]
        if rows:
            self.conn.execute(ALIAS_INSERT, rows)
