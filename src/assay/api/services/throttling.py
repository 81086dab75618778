"""Sign-in and registration throttling, kept in the database so it holds across API replicas.

Sign-in: each failure counts against the account (its user id, or the name given when no such
account exists, so the two look alike) and against the client address. Past the free failures
a key is blocked for a backoff that doubles with every further failure (capped). While any of
its keys is blocked a sign-in is refused with 429 and `Retry-After` *before* the password is
checked, so the right password is refused too. A success clears the account's counter (not the
address's: an attacker could otherwise reset it with an account of their own).

Registration: at most `register_rate_limit` per client address per window.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from assay.api.errors import RateLimited
from assay.config import Settings
from assay.db import throttles
from assay.db.base import utcnow


@dataclass(frozen=True, slots=True)
class LoginKeys:
    account: str
    address: str

    @classmethod
    def of(cls, account: str, address: str) -> LoginKeys:
        return cls(f"login-account:{account.lower()[:120]}", f"login-address:{address[:120]}")


async def check_login(session: AsyncSession, keys: LoginKeys) -> None:
    """Raise 429 while the account or the address is blocked."""
    until = await throttles.blocked_until(session, [keys.account, keys.address])
    if until is not None:
        wait_s = _seconds_until(until)
        raise RateLimited(f"Too many failed sign-ins; wait {wait_s} s before trying again.", wait_s)


async def login_failed(session: AsyncSession, settings: Settings, keys: LoginKeys) -> None:
    """Count a failure on both keys and block them once past their free failures (commits)."""
    window = timedelta(seconds=settings.login_failure_window_s)
    for key, free in (
        (keys.account, settings.login_free_failures),
        (keys.address, settings.login_address_free_failures),
    ):
        counted = await throttles.hit(session, key, window)
        if counted.count >= free:
            await throttles.block(session, key, utcnow() + backoff(settings, counted.count - free))
    await session.commit()


async def login_succeeded(session: AsyncSession, keys: LoginKeys) -> None:
    await throttles.clear(session, keys.account)


def backoff(settings: Settings, extra_failures: int) -> timedelta:
    """The wait after `extra_failures` failures beyond the free ones (0: the first wait)."""
    seconds = settings.login_backoff_s * 2 ** min(extra_failures, 30)
    return timedelta(seconds=min(seconds, settings.login_backoff_max_s))


async def check_registration(session: AsyncSession, settings: Settings, address: str) -> None:
    """Count a registration attempt from `address`; 429 past the limit (commits)."""
    window = timedelta(seconds=settings.register_window_s)
    counted = await throttles.hit(session, f"register-address:{address[:120]}", window)
    await session.commit()
    if counted.count > settings.register_rate_limit:
        wait_s = _seconds_until(counted.window_start + window)
        raise RateLimited(
            f"At most {settings.register_rate_limit} new accounts per "
            f"{settings.register_window_s} s from one address; try again in {wait_s} s.",
            wait_s,
        )


def _seconds_until(moment: datetime) -> int:
    return max(1, math.ceil((moment - utcnow()).total_seconds()))
