"""Accounts: registration, password sign-in, sessions, external sign-in, the first admin."""

from __future__ import annotations

import logging
import re
import secrets
from datetime import timedelta

from fastapi import Response
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from assay.api.context import AppContext
from assay.api.errors import Conflict, Unauthorized, Unprocessable
from assay.api.oauth import ExternalIdentity
from assay.api.schemas.users import ChangePasswordRequest, LoginRequest, RegisterRequest
from assay.api.security import new_csrf_token, new_session_token, set_session_cookies
from assay.api.services import throttling
from assay.db import users as user_queries
from assay.db.base import utcnow
from assay.db.models import LoginSession, User

log = logging.getLogger(__name__)

_USERNAME_CHARS = re.compile(r"[^A-Za-z0-9_.-]+")


async def register(
    context: AppContext, session: AsyncSession, body: RegisterRequest, address: str
) -> User:
    """A new account; the very first one becomes an administrator. Throttled per address."""
    await throttling.check_registration(session, context.settings, address)
    await _check_free(session, body.username, body.email)
    first = await user_queries.count_users(session) == 0
    user = user_queries.add_user(
        session,
        username=body.username,
        email=body.email,
        password_hash=await context.passwords.hash(body.password),
        is_admin=first,
    )
    await _flush_new_user(session)
    return user


async def _check_free(session: AsyncSession, username: str, email: str | None) -> None:
    if await user_queries.username_taken(session, username):
        raise Conflict(
            f"The username {username!r} is taken; choose another.", code="username_taken"
        )
    if email and await user_queries.get_user_by_email(session, email):
        raise Conflict("An account with this email exists; sign in instead.", code="email_taken")


async def _flush_new_user(session: AsyncSession) -> None:
    try:
        await session.flush()
    except IntegrityError as error:  # a concurrent registration won the race
        await session.rollback()
        raise Conflict("That username or email was just taken; choose another.") from error


async def authenticate(
    context: AppContext, session: AsyncSession, body: LoginRequest, address: str
) -> User:
    """The user for a username/email and password; throttled per account and per address."""
    login = body.login.strip()
    user = await user_queries.get_user_by_login(session, login)
    keys = throttling.LoginKeys.of(str(user.id) if user else f"?{login}", address)
    await throttling.begin_login(session, context.settings, keys)
    password_hash = user.password_hash if user else None
    if not await context.passwords.verify(password_hash, body.password) or user is None:
        raise Unauthorized("Wrong username/email or password.", code="bad_credentials")
    await throttling.login_succeeded(session, keys)
    return user


async def start_session(
    context: AppContext,
    session: AsyncSession,
    user: User,
    response: Response,
    replaces: str | None = None,
) -> LoginSession:
    """A new server-side session for `user`, committed, with its cookies set on `response`.

    `replaces`: the session cookie the browser sent, if any; that session ends."""
    if replaces:
        await user_queries.delete_login_session(session, replaces)
    token, csrf = new_session_token(), new_csrf_token()
    expires_at = utcnow() + timedelta(days=context.settings.session_ttl_days)
    login_session = user_queries.add_login_session(session, user.id, token, csrf, expires_at)
    await session.commit()
    set_session_cookies(response, context.settings, token, csrf, expires_at)
    return login_session


async def change_password(
    context: AppContext,
    session: AsyncSession,
    user: User,
    body: ChangePasswordRequest,
    keep_session_id: int | None,
) -> None:
    """Set a new password and sign out every other session."""
    if user.password_hash is not None:
        if body.current_password is None:
            raise Unprocessable("Give your current password.", code="current_password_required")
        if not await context.passwords.verify(user.password_hash, body.current_password):
            raise Unauthorized("The current password is wrong.", code="bad_credentials")
    user.password_hash = await context.passwords.hash(body.new_password)
    await user_queries.delete_other_sessions(session, user.id, keep_session_id)
    await session.commit()


class LinkRefused(Exception):
    """A provider identity may not be linked to the account it points at; the message says why."""


async def sign_in_external(
    session: AsyncSession, identity: ExternalIdentity, signed_in: User | None = None
) -> User:
    """The account for a provider identity: known, linked, or new.

    A new identity is linked to `signed_in` (the person proved the account is theirs by being
    signed in to it), or by email to an account whose own email is verified, never to an account
    whose email anyone could have typed in (pre-hijacking: register with the victim's address,
    wait for them to sign in with a provider, keep the password)."""
    user = await user_queries.get_identity_user(session, identity.provider, identity.subject)
    if user is not None:
        return user
    email = identity.email if identity.email_verified else None
    user = signed_in or await _linkable_by_email(session, email)
    if user is None:
        user = await _new_external_user(session, identity, email)
    user_queries.add_identity(session, user.id, identity.provider, identity.subject, identity.email)
    await session.commit()
    return user


async def _linkable_by_email(session: AsyncSession, email: str | None) -> User | None:
    user = await user_queries.get_user_by_email(session, email) if email else None
    if user is not None and not user.email_verified:
        raise LinkRefused(
            "An account with this email address exists, but its address was never verified, "
            "so it is not linked automatically. Sign in to it with its password, then sign in "
            "with this provider again to link them."
        )
    return user


async def _new_external_user(
    session: AsyncSession, identity: ExternalIdentity, email: str | None
) -> User:
    first = await user_queries.count_users(session) == 0
    username = await _free_username(session, identity)
    user = user_queries.add_user(
        session,
        username=username,
        email=email,
        password_hash=None,
        is_admin=first,
        email_verified=email is not None,  # only a provider-verified address gets here
    )
    await _flush_new_user(session)
    return user


async def _free_username(session: AsyncSession, identity: ExternalIdentity) -> str:
    hint = identity.username_hint or (identity.email or "").split("@")[0] or identity.provider
    base = _USERNAME_CHARS.sub("", hint).lstrip("_.-")[:24]
    base = base if len(base) >= 3 else f"user-{base}" if base else "user"
    candidate = base
    while await user_queries.username_taken(session, candidate):
        candidate = f"{base}-{secrets.randbelow(100_000)}"
    return candidate


async def ensure_configured_admin(context: AppContext) -> None:
    """Create (or promote) the administrator named by ASSAY_ADMIN_* settings."""
    settings = context.settings
    if not (settings.admin_username and settings.admin_password):
        return
    async with context.database.sessions() as session:
        user = await user_queries.get_user_by_username(session, settings.admin_username)
        if user is None:
            password = settings.admin_password.get_secret_value()
            user_queries.add_user(
                session,
                username=settings.admin_username,
                email=settings.admin_email,
                password_hash=await context.passwords.hash(password),
                is_admin=True,
                email_verified=True,  # the operator configured it
            )
            log.info("created administrator %s", settings.admin_username)
        else:
            user.is_admin = True
        await session.commit()
