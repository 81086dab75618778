"""Answers to hot GETs kept in memory until the database changes (micro-caching).

The problem list and a finished submission's detail cost a token lookup and a query of ~1 ms of
Python each, yet between two writes they answer the same bytes. The handler marks an answer as
keepable (`KEEP_HEADER`); the middleware keeps it under the request's path, query and
credentials, and answers the same request from memory, without authenticating again, until:

- any write to the database from this process commits or is sent (the generation moves; a
  revoked token or a signed-out session is such a write, so it stops being answered at once), or
- `max_age_s` passes: the bound for writes this process cannot see (another process's
  `assay import` or `assay admin`, a session that expires with no write).

So it is on only where this process makes the writes that matter: the embedded platform, whose
worker records results through the same engine. Distributed replicas (results recorded by
`assay worker` processes elsewhere) run without it. Nothing is kept for a response that sets a
cookie, and only 200s are kept. The ETag middleware, outside this one, tags every answer."""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

KEEP_HEADER = "x-assay-keep"  # set by a handler whose answer may be kept; never sent out
KEEP = {KEEP_HEADER: "1"}
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")
_WROTE = "assay_answer_cache_wrote"


@dataclass(frozen=True, slots=True)
class KeptAnswer:
    generation: int
    stored_at_s: float
    start: Message
    body: bytes


class AnswerCache:
    """Kept answers, invalidated together by `bump()` (every write) and each by age."""

    def __init__(
        self, max_age_s: float, max_entries: int = 2048, max_bytes: int = 32 * 1024 * 1024
    ) -> None:
        self.max_age_s = max_age_s
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.generation = 0
        self._answers: OrderedDict[bytes, KeptAnswer] = OrderedDict()
        self._bytes = 0

    @property
    def enabled(self) -> bool:
        return self.max_age_s > 0

    def bump(self) -> None:
        self.generation += 1
        self._answers.clear()
        self._bytes = 0

    def get(self, key: bytes) -> KeptAnswer | None:
        answer = self._answers.get(key)
        if answer is None:
            return None
        fresh = time.monotonic() - answer.stored_at_s < self.max_age_s
        if answer.generation != self.generation or not fresh:
            self._drop(key)
            return None
        self._answers.move_to_end(key)
        return answer

    def put(self, key: bytes, answer: KeptAnswer) -> None:
        if answer.generation != self.generation:
            return  # the database changed while the answer was being made
        if len(answer.body) > self.max_bytes:
            return
        self._drop(key)
        self._answers[key] = answer
        self._bytes += len(answer.body)
        while len(self._answers) > self.max_entries or self._bytes > self.max_bytes:
            self._drop(next(iter(self._answers)))  # the least recently used

    def _drop(self, key: bytes) -> None:
        answer = self._answers.pop(key, None)
        if answer is not None:
            self._bytes -= len(answer.body)

    def watch(self, engine: sa.Engine) -> None:
        """Bump on every write statement this engine sends, and again when it commits (a
        reader that began before the commit must not keep what it read)."""
        for name, listener in self._listeners():
            sa.event.listen(engine, name, listener)

    def unwatch(self, engine: sa.Engine) -> None:
        for name, listener in self._listeners():
            if sa.event.contains(engine, name, listener):
                sa.event.remove(engine, name, listener)

    def _listeners(self) -> tuple[tuple[str, Any], ...]:
        return (
            ("before_cursor_execute", self._on_statement),
            ("commit", self._on_transaction_end),
            ("rollback", self._on_transaction_end),
        )

    def _on_statement(self, conn: sa.Connection, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip()[:7].upper().startswith(WRITES):
            conn.info[_WROTE] = True
            self.bump()

    def _on_transaction_end(self, conn: sa.Connection) -> None:
        if conn.info.pop(_WROTE, False):
            self.bump()


def request_key(scope: Scope) -> bytes:
    """Path, query and every credential the request carries, hashed (no token kept in memory)."""
    headers = Headers(scope=scope)
    parts = (
        scope["path"].encode(),
        scope.get("query_string", b""),
        headers.get("authorization", "").encode(),
        headers.get("cookie", "").encode(),
    )
    return hashlib.blake2b(b"\0".join(parts), digest_size=20).digest()


@dataclass(slots=True)
class _InFlight:
    """An answer being made; requests for the same key that arrive meanwhile wait for it."""

    generation: int
    done: asyncio.Future[KeptAnswer | None]


class AnswerCacheMiddleware:
    def __init__(self, app: ASGIApp, *, cache: AnswerCache, prefix: str = "/api/") -> None:
        self.app = app
        self.cache = cache
        self.prefix = prefix
        # When a kept answer ends (a write, its age), the 50 connections asking for it would all
        # make it again at once; one does, and the others wait for it.
        self._in_flight: dict[bytes, _InFlight] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            not self.cache.enabled
            or scope["type"] != "http"
            or scope["method"] != "GET"
            or not scope["path"].startswith(self.prefix)
        ):
            await self.app(scope, receive, send)
            return
        key = request_key(scope)
        kept = self.cache.get(key) or await self._made_meanwhile(key)
        if kept is not None:
            await send(_copy(kept.start))  # the outer middlewares edit the headers they get
            await send({"type": "http.response.body", "body": kept.body})
            return
        await self._answer_and_keep(scope, receive, send, key)

    async def _made_meanwhile(self, key: bytes) -> KeptAnswer | None:
        """The answer another request is making now, if it began after the last write."""
        in_flight = self._in_flight.get(key)
        if in_flight is None or in_flight.generation != self.cache.generation:
            return None
        return await asyncio.shield(in_flight.done)

    async def _answer_and_keep(
        self, scope: Scope, receive: Receive, send: Send, key: bytes
    ) -> None:
        generation, stored_at_s = self.cache.generation, time.monotonic()
        in_flight = _InFlight(generation, asyncio.get_running_loop().create_future())
        self._in_flight[key] = in_flight
        start: Message | None = None
        chunks: list[bytes] = []

        async def keeping_send(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start" and _keepable(message):
                start = _without_keep_header(message)
                return
            if start is not None and message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    body = b"".join(chunks)
                    answer = KeptAnswer(generation, stored_at_s, _copy(start), body)
                    self.cache.put(key, answer)
                    _settle(in_flight, answer)
                    await send(start)
                    await send({"type": "http.response.body", "body": body})
                return
            if message["type"] == "http.response.start":
                message = _without_keep_header(message)
            await send(message)

        try:
            await self.app(scope, receive, keeping_send)
        finally:
            _settle(in_flight, None)  # not keepable, or failed: the waiters make their own
            if self._in_flight.get(key) is in_flight:
                del self._in_flight[key]


def _settle(in_flight: _InFlight, answer: KeptAnswer | None) -> None:
    if not in_flight.done.done():
        in_flight.done.set_result(answer)


def _keepable(start: Message) -> bool:
    headers = Headers(raw=start["headers"])
    return start["status"] == 200 and KEEP_HEADER in headers and "set-cookie" not in headers


def _copy(start: Message) -> Message:
    return {**start, "headers": list(start["headers"])}


def _without_keep_header(start: Message) -> Message:
    raw = [(name, value) for name, value in start["headers"] if name != KEEP_HEADER.encode()]
    return {**start, "headers": raw}
