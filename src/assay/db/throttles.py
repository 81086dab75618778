"""Queries for throttles: attempts counted per key, with an optional block.

Every change starts with one `INSERT ... ON CONFLICT DO UPDATE` (SQLite and PostgreSQL), which
also locks the row until the transaction ends (PostgreSQL's row lock, SQLite's write lock): the
check and the count of an attempt are atomic across any number of API replicas, so a burst of
concurrent attempts cannot all slip past a limit before the first of them is counted.
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
    count: int  # attempts counted so far in the current window
    window_start: datetime
    blocked_until: datetime | None


async def lock(
    session: AsyncSession, key: str, *, forget_after: timedelta, fixed_window: bool
) -> Count:
    """The key's row, locked until commit; a count gone stale starts again at 0.

    Stale: the window began `forget_after` ago (`fixed_window`), or else the latest attempt
    was that long ago."""
    now = utcnow()
    since = Throttle.window_start if fixed_window else Throttle.last_at
    stale = sa.and_(since < now - forget_after, _not_blocked(now))
    insert = _insert(session).values(
        key=key, count=0, window_start=now, last_at=now, blocked_until=None
    )
    upsert = insert.on_conflict_do_update(
        index_elements=[Throttle.key],
        set_={
            "count": sa.case((stale, 0), else_=Throttle.count),
            "window_start": sa.case((stale, now), else_=Throttle.window_start),
        },
    ).returning(Throttle.count, Throttle.window_start, Throttle.blocked_until)
    row = (await session.execute(upsert)).one()
    return Count(int(row[0]), row[1], row[2])


async def store(
    session: AsyncSession, key: str, count: int, blocked_until: datetime | None
) -> None:
    values = {"count": count, "last_at": utcnow(), "blocked_until": blocked_until}
    await session.execute(sa.update(Throttle).where(Throttle.key == key).values(**values))


async def forgive_one(session: AsyncSession, key: str) -> None:
    """Take back one counted attempt (it turned out to be a success)."""
    query = (
        sa.update(Throttle)
        .where(Throttle.key == key, Throttle.count > 0)
        .values(count=Throttle.count - 1)
    )
    await session.execute(query)


async def clear(session: AsyncSession, key: str) -> None:
    await session.execute(sa.delete(Throttle).where(Throttle.key == key))


async def delete_stale(session: AsyncSession, older_than: timedelta) -> int:
    """Forget counters untouched for `older_than` and not blocked (housekeeping)."""
    cutoff = utcnow() - older_than
    query = sa.delete(Throttle).where(Throttle.last_at < cutoff, _not_blocked(utcnow()))
    result = await session.execute(query)
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _not_blocked(now: datetime) -> sa.ColumnElement[bool]:
    return sa.or_(Throttle.blocked_until.is_(None), Throttle.blocked_until <= now)


def _insert(session: AsyncSession) -> postgresql.Insert | sqlite.Insert:
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(Throttle)
    return sqlite.insert(Throttle)
