"""Databases for the tests: a file per test on SQLite, and a scratch database per session on
the local PostgreSQL server (migrated, dropped after). Shared by tests/api and tests/db."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import pytest

from assay.db.engine import Database
from assay.db.migrate import upgrade

PG_ADMIN_DSN = os.environ.get("ASSAY_TEST_PG_DSN", "postgresql://postgres@127.0.0.1:5432/test")


async def _pg_admin(statement: str) -> None:
    connection = await asyncpg.connect(PG_ADMIN_DSN)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


async def _migrate(url: str) -> None:
    database = Database.from_url(url)
    try:
        await upgrade(database.engine)
    finally:
        await database.dispose()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh database on the local server for this test session, migrated, dropped after."""
    name = f"assay_test_{uuid.uuid4().hex[:12]}"
    asyncio.run(_pg_admin(f'CREATE DATABASE "{name}"'))
    host_part = PG_ADMIN_DSN.split("://", 1)[1].rsplit("/", 1)[0]
    url = f"postgresql+asyncpg://{host_part}/{name}"
    try:
        asyncio.run(_migrate(url))
        yield url
    finally:
        asyncio.run(_pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'assay.db'}"
    return str(request.getfixturevalue("postgres_url"))
