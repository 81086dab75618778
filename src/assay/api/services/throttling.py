"""Sign-in and registration throttling, kept in the database so it holds across API replicas.

Sign-in: every attempt is counted against the account (its user id, or the name given when no
such account exists, so the two look alike) and against the client address *before* the
password is checked, atomically with the check (`db.throttles.lock`), so a burst of concurrent
guesses cannot all pass before the first is counted. The attempt that reaches a key's free
failures blocks the key for a backoff that doubles with every further attempt (capped). While a
key is blocked a sign-in is refused with 429 and `Retry-After` without checking the password,
so the right password is refused too. A success clears the account's count and takes itself
back from the address's count (but leaves a block: an attacker could otherwise lift it with an
account of their own).

Registration: at most `register_rate_limit` per client address per window.
"""

from __future__ import annotations

import ipaddress
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
        account_key = f"login-account:{account.lower()[:120]}"
        return cls(account_key, f"login-address:{address_key(address)}")


def address_key(address: str) -> str:
    """The client as throttling counts it: an IPv4 address, or an IPv6 /64 (one subscriber
    usually holds a whole /64, so counting single IPv6 addresses would not limit anyone)."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address[:120]
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.IPv6Network((parsed, 64), strict=False))
    return str(parsed)


async def begin_login(session: AsyncSession, settings: Settings, keys: LoginKeys) -> None:
    """Count this attempt on both keys (commits); 429 while either is blocked."""
    forget_after = timedelta(seconds=settings.login_failure_window_s)
    limits = (
        (keys.account, settings.login_free_failures),
        (keys.address, settings.login_address_free_failures),
    )
    now = utcnow()
    counts = [
        await throttles.lock(session, key, forget_after=forget_after, fixed_window=False)
        for key, _ in limits  # always the account first, then the address: no deadlock
    ]
    blocks = [c.blocked_until for c in counts if c.blocked_until and c.blocked_until > now]
    if blocks:
        await session.commit()
        wait_s = _seconds_until(max(blocks))
        raise RateLimited(f"Too many failed sign-ins; wait {wait_s} s before trying again.", wait_s)
    for (key, free), counted in zip(limits, counts, strict=True):
        attempts = counted.count + 1
        until = now + backoff(settings, attempts - free) if attempts >= free else None
        await throttles.store(session, key, attempts, until)
    await session.commit()


async def login_succeeded(session: AsyncSession, keys: LoginKeys) -> None:
    """The attempt was no guess: forget the account's count, take it back from the address's."""
    await throttles.clear(session, keys.account)
    await throttles.forgive_one(session, keys.address)


def backoff(settings: Settings, extra_failures: int) -> timedelta:
    """The wait after `extra_failures` failures beyond the free ones (0: the first wait)."""
    seconds = settings.login_backoff_s * 2 ** min(extra_failures, 30)
    return timedelta(seconds=min(seconds, settings.login_backoff_max_s))


async def check_registration(session: AsyncSession, settings: Settings, address: str) -> None:
    """Count a registration attempt from `address`; 429 past the limit (commits)."""
    window = timedelta(seconds=settings.register_window_s)
    key = f"register-address:{address_key(address)}"
    counted = await throttles.lock(session, key, forget_after=window, fixed_window=True)
    if counted.count < settings.register_rate_limit:
        await throttles.store(session, key, counted.count + 1, None)
    await session.commit()
    if counted.count >= settings.register_rate_limit:
        wait_s = _seconds_until(counted.window_start + window)
        raise RateLimited(
            f"At most {settings.register_rate_limit} new accounts per "
            f"{settings.register_window_s} s from one address; try again in {wait_s} s.",
            wait_s,
        )


def _seconds_until(moment: datetime) -> int:
    return max(1, math.ceil((moment - utcnow()).total_seconds()))
