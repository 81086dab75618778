"""Support for the database tests: a database per test on SQLite, and on the local PostgreSQL
server (one scratch database per session, emptied before each test). Re-exported by conftest."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import sqlalchemy as sa

from assay.db.base import Base
from assay.db.engine import Database
from assay.db.migrate import upgrade
from assay.db.models import ProblemRow, User


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[Database]:
    database = Database.from_url(database_url)
    await upgrade(database.engine)
    if database.dialect == "postgresql":
        names = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
        async with database.engine.begin() as connection:
            await connection.execute(sa.text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    yield database
    await database.dispose()


async def add_user_and_problem(database: Database, name: str = "ann") -> tuple[int, int]:
    async with database.sessions() as session:
        user = User(username=name, username_key=name, email=None, password_hash=None)
        problem = ProblemRow(
            slug=f"p-{name}",
            title="P",
            content_hash="h" * 64,
            package_path="/pkg",
            memory_mib=256,
        )
        session.add_all([user, problem])
        await session.commit()
        return user.id, problem.id
