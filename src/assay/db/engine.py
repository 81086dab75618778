"""Engine and session factory. SQLite connections get WAL, foreign keys and a busy timeout."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

SessionFactory = async_sessionmaker[AsyncSession]

_SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=10000",
)


def create_engine(database_url: str, *, echo: bool = False) -> AsyncEngine:
    """An async engine for the URL; creates the SQLite file's directory when needed."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        return create_async_engine(url, echo=echo, pool_pre_ping=True)
    _ensure_sqlite_dir(url.database)
    engine = create_async_engine(url, echo=echo, connect_args={"timeout": 30})
    sa.event.listen(engine.sync_engine, "connect", _on_sqlite_connect)
    return engine


def create_session_factory(engine: AsyncEngine) -> SessionFactory:
    return async_sessionmaker(engine, expire_on_commit=False)


def _ensure_sqlite_dir(database: str | None) -> None:
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in _SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


@dataclass(slots=True)
class Database:
    """An engine and its session factory. Connects lazily: safe to build outside the event loop."""

    engine: AsyncEngine
    sessions: SessionFactory

    @classmethod
    def from_url(cls, database_url: str, *, echo: bool = False) -> Database:
        engine = create_engine(database_url, echo=echo)
        return cls(engine, create_session_factory(engine))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    async def dispose(self) -> None:
        await self.engine.dispose()
