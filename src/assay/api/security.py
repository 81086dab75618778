"""Password hashing (argon2id), random tokens, and the session and CSRF cookies."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

import anyio.to_thread
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Response

from assay.config import Settings

SESSION_COOKIE = "assay_session"
CSRF_COOKIE = "assay_csrf"  # readable by the page's script, echoed in the X-CSRF-Token header
CSRF_HEADER = "X-CSRF-Token"
API_TOKEN_PREFIX = "assay_"


@dataclass(frozen=True, slots=True)
class Passwords:
    """argon2id hashing; hashing and checking run in a worker thread (they take ~50 ms)."""

    hasher: PasswordHasher

    @classmethod
    def from_settings(cls, settings: Settings) -> Passwords:
        return cls(
            PasswordHasher(
                time_cost=settings.password_time_cost, memory_cost=settings.password_memory_kib
            )
        )

    async def hash(self, password: str) -> str:
        return await anyio.to_thread.run_sync(self.hasher.hash, password)

    async def verify(self, password_hash: str | None, password: str) -> bool:
        if password_hash is None:
            # Spend the same time as a real check so response times do not reveal accounts.
            await anyio.to_thread.run_sync(self.hasher.hash, password)
            return False
        return await anyio.to_thread.run_sync(self._verify_sync, password_hash, password)

    def _verify_sync(self, password_hash: str, password: str) -> bool:
        try:
            return bool(self.hasher.verify(password_hash, password))
        except (VerificationError, InvalidHashError):
            return False


def new_session_token() -> str:
    return secrets.token_urlsafe(32)


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def new_api_token() -> str:
    return API_TOKEN_PREFIX + secrets.token_urlsafe(32)


def tokens_match(expected: str, given: str | None) -> bool:
    return given is not None and secrets.compare_digest(expected.encode(), given.encode())


def set_session_cookies(
    response: Response, settings: Settings, token: str, csrf: str, expires_at: datetime
) -> None:
    common = {"secure": settings.secure_cookies, "samesite": "lax", "path": "/"}
    response.set_cookie(SESSION_COOKIE, token, expires=expires_at, httponly=True, **common)  # type: ignore[arg-type]
    response.set_cookie(CSRF_COOKIE, csrf, expires=expires_at, httponly=False, **common)  # type: ignore[arg-type]


def clear_session_cookies(response: Response, settings: Settings) -> None:
    for name in (SESSION_COOKIE, CSRF_COOKIE):
        response.delete_cookie(name, path="/", secure=settings.secure_cookies, samesite="lax")
