"""Opening a database: URL rules, SQLite pragmas, and migrations run on open."""

from __future__ import annotations

import os
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from .. import errors

DEFAULT_URL = "sqlite:///derek.db"
URL_ENV = "DEREK_DB"
MIGRATIONS = Path(__file__).with_name("migrations")


def resolve_url(url: str | os.PathLike | None) -> str:
    """url (str | None): a database URL or a file path. RETURNS (str): a SQLAlchemy URL.

    ``None`` means ``$DEREK_DB`` or ``sqlite:///derek.db``; a bare path is a SQLite file;
    ``postgresql://`` and ``postgres://`` use psycopg 3.
    """
    url = str(url or os.environ.get(URL_ENV) or DEFAULT_URL)
    if "://" not in url:
        return f"sqlite:///{url}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def open_engine(url: str | None = None, migrate: bool = True) -> Engine:
    """url (str | None): see :func:`resolve_url`. migrate (bool): upgrade the schema. RETURNS (Engine)."""
    resolved = resolve_url(url)
    try:
        parsed = make_url(resolved)
        engine = create_engine(parsed, future=True)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise errors.StoreError(f"cannot open database {url!r}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    elif engine.dialect.name != "postgresql":
        raise errors.StoreError(f"unsupported database {engine.dialect.name!r} (use sqlite or postgresql)")
    if migrate:
        for attempt in range(6):  # another process may be creating the same new database right now
            try:
                upgrade(engine)
                break
            except SQLAlchemyError as exc:
                if attempt == 5:
                    raise errors.StoreError(
                        f"cannot open database {url or resolved!r}: {exc.__class__.__name__}: {exc}"
                    ) from None
                time.sleep(0.2 * (attempt + 1))
    return engine


def _alembic_config(connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Engine) -> None:
    """engine (Engine): run Alembic migrations up to head, unless the database is already there."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":  # two processes opening a new database migrate one at a time
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(58220306)")
        cfg = _alembic_config(conn)
        head = ScriptDirectory.from_config(cfg).get_current_head()
        if "alembic_version" in inspect(conn).get_table_names():
            if MigrationContext.configure(conn).get_current_revision() == head:
                return
        command.upgrade(cfg, "head")
