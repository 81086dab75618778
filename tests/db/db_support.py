"""Support for the database tests: a database per test on SQLite, and on the local PostgreSQL
server (one scratch database per session, emptied before each test). Re-exported by conftest."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import sqlalchemy as sa

from assay.core import SubmissionState
from assay.db.base import Base
from assay.db.engine import Database
from assay.db.migrate import upgrade
from assay.db.models import ProblemRow, Submission, SubmissionKind, User


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


async def add_queued_submission(
    database: Database,
    user_id: int,
    problem_id: int,
    kind: SubmissionKind = SubmissionKind.SUBMIT,
    source: str = "print(3)",
) -> int:
    """A Python submission (or run) waiting to be judged; its id."""
    async with database.sessions() as session:
        row = Submission(
            kind=kind,
            user_id=user_id,
            problem_id=problem_id,
            problem_version=1,
            language="python3",
            source=source,
            state=SubmissionState.QUEUED,
        )
        session.add(row)
        await session.commit()
        return row.id
