"""Queries for throttles: counters per key with a window and an optional block.

Each change is one `INSERT ... ON CONFLICT DO UPDATE` (SQLite and PostgreSQL), so concurrent
requests on any number of API replicas never lose a count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from assay.db.base import utcnow
from assay.db.models import Throttle


@dataclass(frozen=True, slots=True)
class Count:
    count: int  # in the current window, this one included
    window_start: datetime


async def blocked_until(session: AsyncSession, keys: list[str]) -> datetime | None:
    """The latest block still in force among `keys`, or None."""
    now = utcnow()
    query = sa.select(sa.func.max(Throttle.blocked_until)).where(
        Throttle.key.in_(keys), Throttle.blocked_until > now
    )
    found: datetime | None = await session.scalar(query)
    return found


async def hit(session: AsyncSession, key: str, window: timedelta) -> Count:
    """Count one more for `key`; a window older than `window` starts again at 1."""
    now = utcnow()
    insert = _insert(session).values(key=key, count=1, window_start=now, blocked_until=None)
    stale = Throttle.window_start < now - window
    upsert = insert.on_conflict_do_update(
        index_elements=[Throttle.key],
        set_={
            "count": sa.case((stale, 1), else_=Throttle.count + 1),
            "window_start": sa.case((stale, now), else_=Throttle.window_start),
            "blocked_until": sa.case((stale, None), else_=Throttle.blocked_until),
        },
    ).returning(Throttle.count, Throttle.window_start)
    row = (await session.execute(upsert)).one()
    return Count(int(row[0]), row[1])


async def block(session: AsyncSession, key: str, until: datetime) -> None:
    query = sa.update(Throttle).where(Throttle.key == key).values(blocked_until=until)
    await session.execute(query)


async def clear(session: AsyncSession, key: str) -> None:
    await session.execute(sa.delete(Throttle).where(Throttle.key == key))


async def delete_stale(session: AsyncSession, older_than: timedelta) -> int:
    """Forget counters whose window and block are both long over (housekeeping)."""
    cutoff = utcnow() - older_than
    query = sa.delete(Throttle).where(
        Throttle.window_start < cutoff,
        sa.or_(Throttle.blocked_until.is_(None), Throttle.blocked_until < cutoff),
    )
    result = await session.execute(query)
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _insert(session: AsyncSession) -> postgresql.Insert | sqlite.Insert:
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(Throttle)
    return sqlite.insert(Throttle)
