"""A cap on request body size, per path: larger bodies get 413 before they are read in full."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assay.api.errors import problem_response


class BodyTooLarge(HTTPException):
    def __init__(self, limit_bytes: int) -> None:
        super().__init__(413, f"The request body is larger than {_human(limit_bytes)}.")


def _human(size: int) -> str:
    return f"{size // (1024 * 1024)} MiB" if size >= 1024 * 1024 else f"{size // 1024} KiB"


class BodyLimitMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        *,
        default_bytes: int,
        large_bytes: int,
        large_prefixes: tuple[str, ...],
    ) -> None:
        self.app = app
        self.default_bytes = default_bytes
        self.large_bytes = large_bytes
        self.large_prefixes = large_prefixes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit_for(scope["path"])
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            response = problem_response(
                413, "Content Too Large", BodyTooLarge(limit).detail, "too_large"
            )
            await response(scope, receive, send)
            return
        await self.app(scope, _limited(receive, limit), send)

    def _limit_for(self, path: str) -> int:
        return self.large_bytes if path.startswith(self.large_prefixes) else self.default_bytes


def _limited(receive: Receive, limit: int) -> Receive:
    received = 0

    async def limited_receive() -> Message:
        nonlocal received
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                raise BodyTooLarge(limit)
        return message

    return limited_receive


def _content_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
