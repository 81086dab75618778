"""Sign in with GitHub, Google or another OpenID Connect provider (browser redirects)."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from assay.api.context import AppContext
from assay.api.deps import ContextDep, OptionalUser, SessionDep
from assay.api.errors import ERROR_RESPONSES, NotFound
from assay.api.oauth import OAuthFailed
from assay.api.schemas.users import OAuthProviderPublic
from assay.api.security import SESSION_COOKIE
from assay.api.services import accounts
from assay.db.models import User

router = APIRouter(prefix="/api/auth", tags=["auth"], responses=ERROR_RESPONSES)

_NEXT_KEY = "assay_next"
_LINK_KEY = "assay_link"  # the signed-in user who started the sign-in: link to them
FAILURE_PAGE = "/login"


@router.get("/providers", operation_id="listSignInProviders")
async def providers(context: ContextDep, request: Request) -> list[OAuthProviderPublic]:
    """The external sign-in providers configured here."""
    return [
        OAuthProviderPublic(
            name=p.name,
            title=p.title,
            login_url=str(request.url_for("oauthLogin", provider=p.name).path),
        )
        for p in context.oauth.enabled()
    ]


@router.get(
    "/oauth/{provider}/login",
    operation_id="oauthLogin",
    name="oauthLogin",
    response_class=RedirectResponse,
    status_code=302,
)
async def oauth_login(
    provider: str,
    request: Request,
    context: ContextDep,
    me: OptionalUser,
    next_path: Annotated[str, Query(alias="next", max_length=512)] = "/",
) -> Response:
    """Redirect to the provider's sign-in page; it comes back to the callback."""
    if context.oauth.get(provider) is None:
        raise NotFound(f"Signing in with {provider!r} is not configured here.")
    request.session[_NEXT_KEY] = _safe_next(next_path)
    request.session.pop(_LINK_KEY, None)
    if me is not None:  # signed in: the provider identity is linked to this account
        request.session[_LINK_KEY] = me.id
    try:
        return await context.oauth.login_redirect(
            request, provider, _callback_url(request, context, provider)
        )
    except OAuthFailed as error:
        return _failure(str(error))


@router.get(
    "/oauth/{provider}/callback",
    operation_id="oauthCallback",
    name="oauthCallback",
    response_class=RedirectResponse,
    status_code=302,
)
async def oauth_callback(
    provider: str, request: Request, context: ContextDep, session: SessionDep, me: OptionalUser
) -> Response:
    """Where the provider sends the browser back: sign in (or create the account) and go on."""
    if context.oauth.get(provider) is None:
        raise NotFound(f"Signing in with {provider!r} is not configured here.")
    try:
        identity = await context.oauth.identity(request, provider)
    except OAuthFailed as error:
        return _failure(str(error))
    try:
        user = await accounts.sign_in_external(session, identity, await _linking(request, me))
    except accounts.LinkRefused as error:
        return _failure(str(error))
    response = RedirectResponse(_safe_next(request.session.pop(_NEXT_KEY, "/")), status_code=302)
    await accounts.start_session(
        context, session, user, response, request.cookies.get(SESSION_COOKIE)
    )
    return response


async def _linking(request: Request, me: User | None) -> User | None:
    """The account to link to: the one signed in both when the sign-in started and now."""
    started_by = request.session.pop(_LINK_KEY, None)
    return me if me is not None and started_by == me.id else None


def _callback_url(request: Request, context: AppContext, provider: str) -> str:
    path = request.url_for("oauthCallback", provider=provider).path
    base = context.settings.public_url
    return (
        f"{base.rstrip('/')}{path}"
        if base
        else str(request.url_for("oauthCallback", provider=provider))
    )


def _safe_next(path: object) -> str:
    """Only a path on this site (no scheme, no host, no `//host`)."""
    if not isinstance(path, str) or not path.startswith("/") or path.startswith("//"):
        return "/"
    return "/" if "\\" in path or "\n" in path or "\r" in path else path


def _failure(message: str) -> Response:
    return RedirectResponse(f"{FAILURE_PAGE}?oauth_error={quote(message)}", status_code=302)
