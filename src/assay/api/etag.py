"""Conditional GET for the API's JSON (RFC 9110 §13.1.2): every 200 JSON answer to a GET under
`/api/` carries a strong ETag, a hash of its body, and `Cache-Control: private, no-cache`, so a
browser keeps the answer and asks again with `If-None-Match`; when nothing changed the answer
is a bodyless 304. It saves the transfer and the client's parsing, not the server's work: the
handler still runs (a version the server could check without running it would need every write
path to bump one). No maintained library does this for Starlette (`fastapi-etag` is from 2021
and per route), so it is these few lines."""

from __future__ import annotations

import hashlib

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CACHE_CONTROL = "private, no-cache"  # per user; always revalidated


def body_etag(body: bytes) -> str:
    return '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'


def matches(if_none_match: str, etag: str) -> bool:
    """Whether an If-None-Match header names `etag` (weak comparison, as the RFC asks)."""
    candidates = {part.strip().removeprefix("W/") for part in if_none_match.split(",")}
    return "*" in candidates or etag in candidates


class ETagMiddleware:
    def __init__(self, app: ASGIApp, *, prefix: str = "/api/") -> None:
        self.app = app
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or not scope["path"].startswith(self.prefix)
        ):
            await self.app(scope, receive, send)
            return
        if_none_match = Headers(scope=scope).get("if-none-match")
        start: Message | None = None
        chunks: list[bytes] = []

        async def tagging_send(message: Message) -> None:
            nonlocal start
            if start is None and message["type"] == "http.response.start":
                if _taggable(message):
                    start = message
                    return
            elif start is not None and message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    await _send_tagged(start, b"".join(chunks), if_none_match, send)
                return
            await send(message)

        await self.app(scope, receive, tagging_send)


def _taggable(start: Message) -> bool:
    headers = Headers(raw=start["headers"])
    json = headers.get("content-type", "").startswith("application/json")
    return start["status"] == 200 and json and "etag" not in headers


async def _send_tagged(start: Message, body: bytes, if_none_match: str | None, send: Send) -> None:
    etag = body_etag(body)
    headers = MutableHeaders(scope=start)
    headers["ETag"] = etag
    headers.setdefault("Cache-Control", CACHE_CONTROL)
    if if_none_match is not None and matches(if_none_match, etag):
        del headers["content-length"]
        del headers["content-type"]
        await send({**start, "status": 304})
        await send({"type": "http.response.body", "body": b""})
        return
    await send(start)
    await send({"type": "http.response.body", "body": body})
