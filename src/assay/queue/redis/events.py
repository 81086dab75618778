"""Events on Redis: a replay list and a pub/sub channel per submission, fanned out per replica."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, cast

from redis.asyncio import Redis
from redis.asyncio.client import PubSub

from assay.queue.client import (
    QUEUED,
    Event,
    is_final,
)
from assay.queue.redis.keys import TRANSIENT_ERRORS, RedisKeys

log = logging.getLogger("assay.queue.redis")


_PUBLISH_LUA = """
if ARGV[3] == '1' then redis.call('DEL', KEYS[1]) end
local n = redis.call('RPUSH', KEYS[1], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('PUBLISH', KEYS[2], tostring(n - 1) .. ' ' .. ARGV[1])
return n - 1
"""


class _Resync:
    """Put on every subscriber's queue after the pub/sub connection was re-established."""


RESYNC = _Resync()
Message = Event | _Resync


@dataclass(slots=True)
class _Channel:
    listeners: set[asyncio.Queue[Message]] = field(default_factory=set)
    confirmed: asyncio.Event = field(default_factory=asyncio.Event)


class _Fanout:
    """One pub/sub connection per process, shared by all of its subscribers."""

    def __init__(self, client: Redis, keys: RedisKeys) -> None:
        self._client = client
        self._keys = keys
        self._channels: dict[str, _Channel] = {}
        self._pubsub: PubSub | None = None
        self._reader: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self._connected_once = False

    async def join(self, channel: str) -> asyncio.Queue[Message]:
        queue: asyncio.Queue[Message] = asyncio.Queue()
        async with self._lock:
            self._ensure_reader()
            entry = self._channels.get(channel)
            if entry is None:
                entry = self._channels[channel] = _Channel()
                if self._pubsub is not None:  # else the reconnect subscribes it
                    await self._pubsub.subscribe(channel)
            entry.listeners.add(queue)
        await asyncio.wait_for(entry.confirmed.wait(), 10)
        return queue

    async def leave(self, channel: str, queue: asyncio.Queue[Message]) -> None:
        async with self._lock:
            entry = self._channels.get(channel)
            if entry is None:
                return
            entry.listeners.discard(queue)
            if not entry.listeners:
                del self._channels[channel]
                if self._pubsub is not None:
                    with contextlib.suppress(*TRANSIENT_ERRORS):
                        await self._pubsub.unsubscribe(channel)

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
            self._reader = None
        await self._close_pubsub()

    def _ensure_reader(self) -> None:
        if self._reader is None:
            self._reader = asyncio.create_task(self._read_forever(), name="assay-event-fanout")

    async def _read_forever(self) -> None:
        backoff_s = 0.1
        while True:
            try:
                if self._pubsub is None:
                    await self._connect()
                await self._read_some()
                backoff_s = 0.1
            except TRANSIENT_ERRORS as error:
                log.warning("event fan-out lost redis (%s); reconnecting", error)
                await self._close_pubsub()
                await asyncio.sleep(backoff_s)
                backoff_s = min(backoff_s * 2, 2.0)

    async def _read_some(self) -> None:
        assert self._pubsub is not None
        message = await self._pubsub.get_message(ignore_subscribe_messages=False, timeout=1.0)
        if message is not None:
            self._dispatch(message)

    async def _connect(self) -> None:
        """(Re)open the connection, subscribe every channel, and make subscribers re-read."""
        async with self._lock:
            pubsub = self._client.pubsub()
            try:
                await pubsub.subscribe(self._keys.control_channel, *self._channels)
            except TRANSIENT_ERRORS:
                await pubsub.aclose()  # type: ignore[no-untyped-call, unused-ignore]
                raise
            self._pubsub = pubsub
            reconnected = self._connected_once
            self._connected_once = True
            for entry in self._channels.values():
                for queue in entry.listeners if reconnected else ():
                    queue.put_nowait(RESYNC)

    async def _close_pubsub(self) -> None:
        if self._pubsub is not None:
            with contextlib.suppress(*TRANSIENT_ERRORS):
                await self._pubsub.aclose()  # type: ignore[no-untyped-call, unused-ignore]
            self._pubsub = None

    def _dispatch(self, message: dict[str, Any]) -> None:
        channel = str(message.get("channel", ""))
        entry = self._channels.get(channel)
        if entry is None:
            return
        if message["type"] == "subscribe":
            if entry.confirmed.is_set():  # subscribed again: the connection was re-established
                for queue in entry.listeners:
                    queue.put_nowait(RESYNC)
            entry.confirmed.set()
        elif message["type"] == "message":
            event = self._parse(channel, str(message["data"]))
            for queue in entry.listeners:
                queue.put_nowait(event)

    def _parse(self, channel: str, payload: str) -> Event:
        seq, _, data = payload.partition(" ")
        submission_id = channel.removeprefix(self._keys.channel(""))
        return Event(submission_id=submission_id, seq=int(seq), data=json.loads(data))


class RedisEventBus:
    """Implements EventBus: replay from the log, then live from pub/sub, ending after `finished`."""

    def __init__(
        self,
        client: Redis,
        keys: RedisKeys | None = None,
        *,
        active_ttl_s: float = 6 * 3600,
        finished_ttl_s: float = 900,
    ) -> None:
        self.client = client
        self.keys = keys or RedisKeys()
        self._active_ttl_ms = int(active_ttl_s * 1000)
        self._finished_ttl_ms = int(finished_ttl_s * 1000)
        self._script = client.register_script(_PUBLISH_LUA)
        self._fanout = _Fanout(client, self.keys)

    async def publish(self, event: Event) -> None:
        ttl_ms = self._finished_ttl_ms if is_final(event) else self._active_ttl_ms
        restart = "1" if event.data.get("kind") == QUEUED else "0"
        sid = event.submission_id
        await self._script(
            keys=[self.keys.events(sid), self.keys.channel(sid)],
            args=[json.dumps(event.data, separators=(",", ":")), ttl_ms, restart],
        )

    async def subscribe(self, submission_id: str) -> AsyncIterator[Event]:
        channel = self.keys.channel(submission_id)
        queue = await self._fanout.join(channel)
        try:
            cursor = _Cursor(submission_id)
            for event in await self._read_log(submission_id, 0):
                if cursor.accept(event):
                    yield event
            while not cursor.done:
                for event in await self._next_events(cursor, await queue.get()):
                    if cursor.accept(event):
                        yield event
        finally:
            await self._fanout.leave(channel, queue)

    async def close(self) -> None:
        await self._fanout.close()

    async def _next_events(self, cursor: _Cursor, message: Message) -> list[Event]:
        if isinstance(message, _Resync):
            if await self.client.llen(self.keys.events(cursor.submission_id)) < cursor.next_seq:
                cursor.next_seq = 0  # Redis lost the log: the job runs again from scratch
            return await self._read_log(cursor.submission_id, cursor.next_seq)
        if message.seq == 0 and message.data.get("kind") == QUEUED:
            cursor.next_seq = 0  # a new attempt
        if message.seq > cursor.next_seq:  # missed some: the log has them
            return await self._read_log(cursor.submission_id, cursor.next_seq, message.seq)
        return [message]

    async def _read_log(self, submission_id: str, start: int, stop: int = -1) -> list[Event]:
        key = self.keys.events(submission_id)
        rows = cast(list[str], await self.client.lrange(key, start, stop))
        return [
            Event(submission_id=submission_id, seq=start + i, data=json.loads(row))
            for i, row in enumerate(rows)
        ]


@dataclass(slots=True)
class _Cursor:
    submission_id: str
    next_seq: int = 0
    done: bool = False

    def accept(self, event: Event) -> bool:
        """True when the subscriber should see `event` (not a duplicate, not after the end)."""
        if self.done or event.seq < self.next_seq:
            return False
        self.next_seq = event.seq + 1
        self.done = is_final(event)
        return True
