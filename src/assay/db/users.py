"""Queries for the user aggregate: users, sessions, API tokens, OAuth identities.

Tokens are random strings made by the caller; only their SHA-256 is stored.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from assay.db.base import utcnow
from assay.db.models import ApiToken, LoginSession, OAuthIdentity, User


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


# Users


async def count_users(session: AsyncSession) -> int:
    return (await session.scalar(sa.select(sa.func.count()).select_from(User))) or 0


async def get_user_by_username(session: AsyncSession, username: str) -> User | None:
    return await session.scalar(sa.select(User).where(User.username_key == username.lower()))


async def get_user_by_email(session: AsyncSession, email: str) -> User | None:
    return await session.scalar(sa.select(User).where(User.email == email.lower()))


async def get_user_by_login(session: AsyncSession, login: str) -> User | None:
    """By username, or by email when `login` contains an @."""
    if "@" in login:
        return await get_user_by_email(session, login)
    return await get_user_by_username(session, login)


def add_user(
    session: AsyncSession,
    *,
    username: str,
    email: str | None,
    password_hash: str | None,
    is_admin: bool = False,
    email_verified: bool = False,
) -> User:
    user = User(
        username=username,
        username_key=username.lower(),
        email=email.lower() if email else None,
        email_verified=bool(email) and email_verified,
        password_hash=password_hash,
        is_admin=is_admin,
    )
    session.add(user)
    return user


async def username_taken(session: AsyncSession, username: str) -> bool:
    return await get_user_by_username(session, username) is not None


# Sessions


def add_login_session(
    session: AsyncSession, user_id: int, token: str, csrf_token: str, expires_at: datetime
) -> LoginSession:
    row = LoginSession(
        token_hash=token_digest(token),
        user_id=user_id,
        csrf_token=csrf_token,
        expires_at=expires_at,
    )
    session.add(row)
    return row


async def get_login_session(session: AsyncSession, token: str) -> tuple[LoginSession, User] | None:
    """The live session for a cookie token, with its user; None if unknown or expired."""
    query = (
        sa.select(LoginSession, User)
        .join(User, User.id == LoginSession.user_id)
        .where(LoginSession.token_hash == token_digest(token), LoginSession.expires_at > utcnow())
    )
    row = (await session.execute(query)).first()
    return None if row is None else (row[0], row[1])


async def delete_login_session(session: AsyncSession, token: str) -> None:
    await session.execute(
        sa.delete(LoginSession).where(LoginSession.token_hash == token_digest(token))
    )


async def delete_other_sessions(session: AsyncSession, user_id: int, keep_id: int | None) -> None:
    query = sa.delete(LoginSession).where(LoginSession.user_id == user_id)
    if keep_id is not None:
        query = query.where(LoginSession.id != keep_id)
    await session.execute(query)


async def delete_expired_sessions(session: AsyncSession) -> int:
    result = await session.execute(
        sa.delete(LoginSession).where(LoginSession.expires_at <= utcnow())
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


# API tokens


def add_api_token(session: AsyncSession, user_id: int, name: str, token: str) -> ApiToken:
    row = ApiToken(user_id=user_id, name=name, token_hash=token_digest(token), prefix=token[:12])
    session.add(row)
    return row


async def list_api_tokens(session: AsyncSession, user_id: int) -> list[ApiToken]:
    query = sa.select(ApiToken).where(ApiToken.user_id == user_id).order_by(ApiToken.id)
    return list(await session.scalars(query))


async def get_api_token_user(session: AsyncSession, token: str) -> tuple[ApiToken, User] | None:
    query = (
        sa.select(ApiToken, User)
        .join(User, User.id == ApiToken.user_id)
        .where(ApiToken.token_hash == token_digest(token))
    )
    row = (await session.execute(query)).first()
    return None if row is None else (row[0], row[1])


async def delete_api_token(session: AsyncSession, user_id: int, token_id: int) -> bool:
    query = sa.delete(ApiToken).where(ApiToken.id == token_id, ApiToken.user_id == user_id)
    result = await session.execute(query)
    return bool(result.rowcount)  # type: ignore[attr-defined]


# OAuth identities


async def get_identity_user(session: AsyncSession, provider: str, subject: str) -> User | None:
    query = (
        sa.select(User)
        .join(OAuthIdentity, OAuthIdentity.user_id == User.id)
        .where(OAuthIdentity.provider == provider, OAuthIdentity.subject == subject)
    )
    return await session.scalar(query)


def add_identity(
    session: AsyncSession, user_id: int, provider: str, subject: str, email: str | None
) -> OAuthIdentity:
    row = OAuthIdentity(
        user_id=user_id, provider=provider, subject=subject, email=email.lower() if email else None
    )
    session.add(row)
    return row


async def list_users(session: AsyncSession, offset: int, limit: int) -> list[User]:
    query = sa.select(User).order_by(User.id).offset(offset).limit(limit)
    return list(await session.scalars(query))
