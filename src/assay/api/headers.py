"""Security headers on every HTTP response: the SPA's and the API's.

The front end is all same-origin: scripts and workers from `/assets` (Monaco's workers are
module workers, some browsers hand them a `blob:` URL), inline styles (Monaco and KaTeX set
`style=` attributes), fonts as files or `data:` URIs, and the WebSocket back to this host.
The API answers JSON, so its policy allows nothing at all; the Swagger page at `/api/docs`
loads its script and style from this host (`/swagger/`, copied from swagger-ui-dist by the web
build) and starts with an inline script, as FastAPI writes it.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SPA_CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "worker-src 'self' blob:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
DOCS_CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
    )
)
DOCS_PATHS = ("/api/docs",)

COMMON = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
}
HSTS = "max-age=31536000; includeSubDomains"


def policy_for(path: str) -> str:
    if path.startswith(DOCS_PATHS):
        return DOCS_CSP
    if path == "/api" or path.startswith("/api/") or path == "/metrics":
        return API_CSP
    return SPA_CSP


class SecurityHeadersMiddleware:
    """Adds the headers unless the response set its own; HSTS only when served over https."""

    def __init__(self, app: ASGIApp, *, hsts: bool) -> None:
        self.app = app
        self.hsts = hsts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = policy_for(scope["path"])

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in self._headers(policy).items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _headers(self, policy: str) -> dict[str, str]:
        extra = {"Strict-Transport-Security": HSTS} if self.hsts else {}
        return {"Content-Security-Policy": policy, **COMMON, **extra}
