"""Dependencies as `Annotated` aliases: the context, a database session, who is asking, paging.

Authentication: `Authorization: Bearer <API token>`, else the session cookie. A state-changing
request authenticated by the cookie must echo the session's CSRF token in `X-CSRF-Token`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated, cast

from fastapi import Depends, Path, Query
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import HTTPConnection

from assay.api.context import AppContext
from assay.api.errors import Forbidden, Unauthorized
from assay.api.security import CSRF_HEADER, SESSION_COOKIE, tokens_match
from assay.db import users as user_queries
from assay.db.base import utcnow
from assay.db.models import LoginSession, User

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
TOKEN_TOUCH_INTERVAL = timedelta(minutes=1)


def get_context(connection: HTTPConnection) -> AppContext:
    return cast(AppContext, connection.app.state.context)


ContextDep = Annotated[AppContext, Depends(get_context)]


async def get_db(context: ContextDep) -> AsyncIterator[AsyncSession]:
    async with context.database.sessions() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_db)]


@dataclass(frozen=True, slots=True)
class Auth:
    user: User
    login_session: LoginSession | None  # None when authenticated by an API token


async def get_auth(connection: HTTPConnection, session: SessionDep) -> Auth | None:
    header = connection.headers.get("authorization")
    if header is not None:
        return await _bearer_auth(session, header)
    cookie = connection.cookies.get(SESSION_COOKIE)
    if not cookie:
        return None
    found = await user_queries.get_login_session(session, cookie)
    if found is None:
        return None
    login_session, user = found
    if connection.scope.get("method", "GET") not in SAFE_METHODS:
        _check_csrf(connection, login_session)
    return Auth(user, login_session)


async def _bearer_auth(session: AsyncSession, header: str) -> Auth:
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("Use `Authorization: Bearer <token>` with a personal API token.")
    found = await user_queries.get_api_token_user(session, token.strip())
    if found is None:
        raise Unauthorized("This API token is unknown or was revoked; create a new one.")
    api_token, user = found
    now = utcnow()
    if api_token.last_used_at is None or now - api_token.last_used_at > TOKEN_TOUCH_INTERVAL:
        api_token.last_used_at = now
        await session.commit()
    return Auth(user, None)


def _check_csrf(connection: HTTPConnection, login_session: LoginSession) -> None:
    given = connection.headers.get(CSRF_HEADER)
    if not tokens_match(login_session.csrf_token, given):
        raise Forbidden(
            "Missing or wrong CSRF token: send the `assay_csrf` cookie's value in the "
            f"`{CSRF_HEADER}` header.",
            code="csrf_failed",
        )


AuthDep = Annotated[Auth | None, Depends(get_auth)]


async def optional_user(auth: AuthDep) -> User | None:
    return None if auth is None else auth.user


async def current_auth(auth: AuthDep) -> Auth:
    if auth is None:
        raise Unauthorized("Sign in first (session cookie or `Authorization: Bearer <token>`).")
    return auth


async def current_user(auth: Annotated[Auth, Depends(current_auth)]) -> User:
    return auth.user


async def admin_user(user: Annotated[User, Depends(current_user)]) -> User:
    if not user.is_admin:
        raise Forbidden("Only administrators may do this.", code="admin_only")
    return user


OptionalUser = Annotated[User | None, Depends(optional_user)]
CurrentAuth = Annotated[Auth, Depends(current_auth)]
CurrentUser = Annotated[User, Depends(current_user)]
AdminUser = Annotated[User, Depends(admin_user)]


@dataclass(frozen=True, slots=True)
class PageParams:
    page: int
    per_page: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


def page_params(
    page: Annotated[int, Query(ge=1, le=100_000, description="1-based page number")] = 1,
    per_page: Annotated[int, Query(ge=1, le=100, description="items per page")] = 20,
) -> PageParams:
    return PageParams(page, per_page)


PageDep = Annotated[PageParams, Depends(page_params)]


MAX_ID = 2**31 - 1  # ids are 32-bit integers in every database
IdPath = Annotated[int, Path(ge=1, le=MAX_ID)]
