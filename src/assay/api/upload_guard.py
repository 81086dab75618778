"""Problem uploads are authenticated and authorised from the headers alone, before any byte of
the body is read: FastAPI would otherwise parse (and spool) the whole multipart form before
running the route's dependencies, so anyone could make the server swallow 64 MiB uploads.

The route still checks `AdminUser` itself; this is the early, cheap refusal in front of it.
An oversized `Content-Length` has already been refused by `limits.BodyLimitMiddleware`.
"""

from __future__ import annotations

from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Receive, Scope, Send

from assay.api.deps import get_auth, get_context
from assay.api.errors import ApiError, Forbidden, Unauthorized, problem_response

BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


class UploadGuardMiddleware:
    def __init__(self, app: ASGIApp, *, prefixes: tuple[str, ...]) -> None:
        self.app = app
        self.prefixes = prefixes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self._guards(scope):
            try:
                await _require_admin(HTTPConnection(scope))
            except ApiError as error:
                response = problem_response(
                    error.status, error.title, error.detail, error.code, headers=error.headers
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _guards(self, scope: Scope) -> bool:
        return (
            scope["type"] == "http"
            and scope["method"] in BODY_METHODS
            and str(scope["path"]).startswith(self.prefixes)
        )


async def _require_admin(connection: HTTPConnection) -> None:
    async with get_context(connection).database.sessions() as session:
        auth = await get_auth(connection, session)
    if auth is None:
        raise Unauthorized("Sign in as an administrator to upload problem packages.")
    if not auth.user.is_admin:
        raise Forbidden("Only administrators may do this.", code="admin_only")
