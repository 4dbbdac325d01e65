"""Shared fixtures.

``db_url``: a fresh, empty knowledge base, once on SQLite and once on PostgreSQL.
PostgreSQL runs when ``DEREK_TEST_PG_URL`` is set (``.ci/run`` sets it after
starting a server on loopback); without it those cases skip locally and fail in CI
(``CI=true``), so CI can never pass with the PostgreSQL half silently skipped.
"""

from __future__ import annotations

import os

import pytest

pytest.register_assert_rewrite("dates_shared")  # its asserts report values, as in test modules

PG_ENV = "DEREK_TEST_PG_URL"


def _reset_postgres(url: str) -> None:
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kb.db'}"
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{PG_ENV} is not set: CI must run the PostgreSQL tests")
        pytest.skip(f"no PostgreSQL ({PG_ENV} not set)")
    _reset_postgres(url)
    return url
