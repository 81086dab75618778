"""Accounts: register, sign in and out, the signed-in user, password, personal API tokens."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response, status

from assay.api import presenters
from assay.api.deps import ContextDep, CurrentAuth, CurrentUser, IdPath, SessionDep
from assay.api.errors import ERROR_RESPONSES, NotFound
from assay.api.schemas.users import (
    ApiTokenCreate,
    ApiTokenCreated,
    ApiTokenPublic,
    ChangePasswordRequest,
    LoginRequest,
    RegisterRequest,
    UserMe,
)
from assay.api.security import SESSION_COOKIE, clear_session_cookies, new_api_token
from assay.api.services import accounts
from assay.db import users as user_queries

router = APIRouter(prefix="/api/auth", tags=["auth"], responses=ERROR_RESPONSES)


def client_address(request: Request) -> str:
    """The peer's address (uvicorn rewrites it from `X-Forwarded-For` of trusted proxies)."""
    return request.client.host if request.client else "unknown"


@router.post("/register", operation_id="register", status_code=status.HTTP_201_CREATED)
async def register(
    body: RegisterRequest,
    context: ContextDep,
    session: SessionDep,
    request: Request,
    response: Response,
) -> UserMe:
    """Create an account and sign in. The first account becomes an administrator."""
    user = await accounts.register(context, session, body, client_address(request))
    login_session = await accounts.start_session(
        context, session, user, response, request.cookies.get(SESSION_COOKIE)
    )
    return presenters.user_me(user, login_session)


@router.post("/login", operation_id="login")
async def login(
    body: LoginRequest,
    context: ContextDep,
    session: SessionDep,
    request: Request,
    response: Response,
) -> UserMe:
    """Sign in with a username (or email) and password; sets the session cookies.

    Failed attempts are throttled per account and per client address: `429` with
    `Retry-After` while blocked, whatever the password."""
    user = await accounts.authenticate(context, session, body, client_address(request))
    login_session = await accounts.start_session(
        context, session, user, response, request.cookies.get(SESSION_COOKIE)
    )
    return presenters.user_me(user, login_session)


@router.post("/logout", operation_id="logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(
    auth: CurrentAuth, context: ContextDep, session: SessionDep, response: Response
) -> None:
    """End this session (cookie) — API tokens are revoked with `DELETE /api/auth/tokens/{id}`."""
    if auth.login_session is not None:
        await session.delete(auth.login_session)
        await session.commit()
    clear_session_cookies(response, context.settings)


@router.get("/me", operation_id="getMe")
async def me(auth: CurrentAuth) -> UserMe:
    """The signed-in user, with the CSRF token to send in `X-CSRF-Token`."""
    return presenters.user_me(auth.user, auth.login_session)


@router.post("/password", operation_id="changePassword", status_code=status.HTTP_204_NO_CONTENT)
async def change_password(
    body: ChangePasswordRequest, auth: CurrentAuth, context: ContextDep, session: SessionDep
) -> None:
    """Set a new password; every other session is signed out."""
    keep = auth.login_session.id if auth.login_session else None
    await accounts.change_password(context, session, auth.user, body, keep)


@router.get("/tokens", operation_id="listApiTokens")
async def list_tokens(user: CurrentUser, session: SessionDep) -> list[ApiTokenPublic]:
    return [
        presenters.api_token_public(t) for t in await user_queries.list_api_tokens(session, user.id)
    ]


@router.post("/tokens", operation_id="createApiToken", status_code=status.HTTP_201_CREATED)
async def create_token(
    body: ApiTokenCreate, user: CurrentUser, session: SessionDep
) -> ApiTokenCreated:
    """A personal API token for scripts (`Authorization: Bearer ...`). Shown only once."""
    token = new_api_token()
    row = user_queries.add_api_token(session, user.id, body.name, token)
    await session.commit()
    return ApiTokenCreated(**presenters.api_token_public(row).model_dump(), token=token)


@router.delete(
    "/tokens/{token_id}", operation_id="deleteApiToken", status_code=status.HTTP_204_NO_CONTENT
)
async def delete_token(token_id: IdPath, user: CurrentUser, session: SessionDep) -> None:
    if not await user_queries.delete_api_token(session, user.id, token_id):
        raise NotFound(f"You have no API token {token_id}.", code="token_not_found")
    await session.commit()
