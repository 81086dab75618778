"""Jobs on Redis Streams: the fair waiting room, the streams, claiming and acknowledging."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import time
import uuid
from collections import deque
from typing import Any, cast

from pydantic import ValidationError
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from assay.queue.client import (
    DEFAULT_FAIR_SHARE_PENALTY_S,
    Job,
    Priority,
    QueueStats,
)
from assay.queue.consumer import Delivery
from assay.queue.redis.keys import (
    DAY_S,
    GROUP,
    LANES,
    TRANSIENT_ERRORS,
    Entry,
    OnReset,
    RedisKeys,
)

log = logging.getLogger("assay.queue.redis")


# KEYS: waiting, waiting_since, waiting_users, waiting_seq, wake
# ARGV: job JSON, user id ('' for none), penalty per waiting job of the user (ms)
_ENQUEUE_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ahead = 0
if ARGV[2] ~= '' then ahead = redis.call('HINCRBY', KEYS[3], ARGV[2], 1) - 1 end
local member = string.format('%016d', redis.call('INCR', KEYS[4])) .. ':' .. ARGV[1]
redis.call('ZADD', KEYS[1], now + ahead * tonumber(ARGV[3]), member)
redis.call('ZADD', KEYS[2], now, member)
redis.call('RPUSH', KEYS[5], '1')
redis.call('LTRIM', KEYS[5], -256, -1)
return ahead
"""

# KEYS: waiting, waiting_since, waiting_users, stream. Moves the first job into the stream.
_PROMOTE_LUA = """
local popped = redis.call('ZPOPMIN', KEYS[1])
if #popped == 0 then return 0 end
local member = popped[1]
redis.call('ZREM', KEYS[2], member)
local job = string.sub(member, 18)
local ok, decoded = pcall(cjson.decode, job)
local problem, version = '', ''
if ok and type(decoded) == 'table' then
  local user = decoded['user_id']
  if type(user) == 'string' and redis.call('HINCRBY', KEYS[3], user, -1) <= 0 then
    redis.call('HDEL', KEYS[3], user)
  end
  if type(decoded['problem_id']) == 'string' then problem = decoded['problem_id'] end
  if decoded['version'] ~= nil then version = tostring(decoded['version']) end
end
redis.call('XADD', KEYS[4], '*', 'v', version, 'job', job, 'problem', problem)
return 1
"""

# KEYS: waiting, waiting_since, waiting_users. ARGV: member, user id ('' for none)
_DROP_WAITING_LUA = """
if redis.call('ZREM', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZREM', KEYS[2], ARGV[1])
if ARGV[2] ~= '' and redis.call('HINCRBY', KEYS[3], ARGV[2], -1) <= 0 then
  redis.call('HDEL', KEYS[3], ARGV[2])
end
return 1
"""
WAIT_POLL_S = 1.0  # an idle worker also looks at the streams this often (entries added directly)


def _waiting_job(member: str) -> Job | None:
    """The job of a waiting-room member (`<16-digit seq>:<job JSON>`), None if unreadable."""
    try:
        return Job.model_validate_json(member.partition(":")[2])
    except ValueError:
        return None


def encode_job(job: Job) -> dict[str, str]:
    return {"v": str(job.version), "job": job.model_dump_json(), "problem": job.problem_id}


def decode_job(fields: dict[str, str]) -> Job:
    """Raises ValueError (pydantic's ValidationError is one) for an unreadable entry."""
    return Job.model_validate_json(fields.get("job", ""))


def entry_time_ms(entry_id: str) -> int:
    return int(entry_id.split("-", 1)[0])


def default_consumer_name() -> str:
    return f"{socket.gethostname()}-{uuid.uuid4().hex[:8]}"


class RedisJobQueue:
    """Implements JobQueue (API side), JobSource (worker side) and QueueMonitor."""

    def __init__(
        self,
        client: Redis,
        keys: RedisKeys | None = None,
        *,
        consumer: str | None = None,
        visibility_timeout_s: float = 60.0,
        claim_interval_s: float | None = None,
        on_reset: OnReset | None = None,
        fair_share_penalty_s: float = DEFAULT_FAIR_SHARE_PENALTY_S,
    ) -> None:
        self.client = client
        self.keys = keys or RedisKeys()
        self._penalty_ms = int(fair_share_penalty_s * 1000)
        self._enqueue_script = client.register_script(_ENQUEUE_LUA)
        self._promote_script = client.register_script(_PROMOTE_LUA)
        self._drop_waiting_script = client.register_script(_DROP_WAITING_LUA)
        self.consumer = consumer or default_consumer_name()
        self.visibility_timeout_s = visibility_timeout_s
        self._claim_interval_s = claim_interval_s or min(visibility_timeout_s / 4, 5.0)
        self._last_claim = float("-inf")
        self._claim_cursor = {lane: "0-0" for lane in LANES}
        self._buffer: deque[Delivery] = deque()
        self._on_reset = on_reset

    @property
    def _visibility_ms(self) -> int:
        return max(1, int(self.visibility_timeout_s * 1000))

    # JobQueue

    async def enqueue(self, job: Job) -> None:
        lane = job.priority
        keys = [
            self.keys.waiting(lane),
            self.keys.waiting_since(lane),
            self.keys.waiting_users(lane),
            self.keys.waiting_seq,
            self.keys.wake,
        ]
        args: list[str | int] = [job.model_dump_json(), job.user_id or "", self._penalty_ms]
        await self._enqueue_script(keys=keys, args=args)

    async def cancel_problem(self, problem_id: str) -> int:
        """Delete the problem's jobs now; entries that race past are dropped on delivery."""
        dropped = await self._drop_waiting(problem_id)
        now_ms = await self._now_ms()
        await self.client.hset(self.keys.cancelled, problem_id, str(now_ms))
        await self.client.expire(self.keys.cancelled, 7 * DAY_S)
        for lane in LANES:
            ids = await self._entries_of_problem(self.keys.stream(lane), problem_id)
            if ids:
                dropped += int(await self.client.xdel(self.keys.stream(lane), *ids))
        return dropped

    async def depth(self) -> int:
        return (await self.stats()).depth

    # QueueMonitor

    async def stats(self) -> QueueStats:
        now_ms = await self._now_ms()
        by_priority: dict[Priority, int] = {}
        in_flight, oldest_ms = 0, None
        for lane in LANES:
            stream = self.keys.stream(lane)
            length, pending = await self.client.xlen(stream), await self._pending_count(stream)
            waiting = await self.client.zcard(self.keys.waiting(lane))
            by_priority[lane] = waiting + max(0, length - pending)
            in_flight += pending
            for first_ms in await self._heads_ms(lane):
                oldest_ms = first_ms if oldest_ms is None else min(oldest_ms, first_ms)
        return QueueStats(
            depth=sum(by_priority.values()),
            depth_by_priority=by_priority,
            in_flight=in_flight,
            oldest_job_age_s=None if oldest_ms is None else max(0, now_ms - oldest_ms) / 1000,
            dead_letters=await self.client.xlen(self.keys.dead),
        )

    async def queued_attempts(self) -> set[tuple[str, int]]:
        """(submission id, attempt) of every job in the streams (waiting or in flight)."""
        found: set[tuple[str, int]] = set()
        for lane in LANES:
            for _, fields in await _all_entries(self.client, self.keys.stream(lane)):
                with contextlib.suppress(ValidationError, ValueError):
                    job = decode_job(fields)
                    found.add((job.submission_id, job.attempt))
            for member in await self._waiting_members(lane):
                waiting = _waiting_job(member)
                if waiting is not None:
                    found.add((waiting.submission_id, waiting.attempt))
        return found

    async def dead_letter_entries(self, count: int = 100) -> list[dict[str, str]]:
        """The newest dead letters, for operators."""
        rows = cast(list[Entry], await self.client.xrevrange(self.keys.dead, count=count))
        return [{"id": entry_id, **fields} for entry_id, fields in rows]

    # JobSource

    async def start(self) -> None:
        """Create the consumer group (and detect a Redis that forgot everything)."""
        for lane in LANES:
            stream = self.keys.stream(lane)
            with contextlib.suppress(ResponseError):  # BUSYGROUP: it exists
                await self.client.xgroup_create(stream, GROUP, id="0", mkstream=True)
        if await self.client.set(self.keys.epoch, uuid.uuid4().hex, nx=True):
            log.warning("redis has no epoch key: fresh or restarted; recovering from the database")
            if self._on_reset is not None:
                await self._on_reset()

    async def take(self, timeout_s: float) -> Delivery | None:
        if self._buffer:
            return self._buffer.popleft()
        try:
            return await self._take(timeout_s)
        except ResponseError as error:
            if "NOGROUP" not in str(error):
                raise
            await self.start()
        except TRANSIENT_ERRORS as error:
            log.warning("redis unavailable while taking a job: %s", error)
            await asyncio.sleep(min(timeout_s, 1.0))
        return None

    async def ack(self, delivery: Delivery) -> None:
        async with self.client.pipeline(transaction=False) as pipe:
            pipe.xack(delivery.stream, GROUP, delivery.delivery_id)
            pipe.xdel(delivery.stream, delivery.delivery_id)
            pipe.hdel(self.keys.errors, _handle(delivery))
            await pipe.execute()

    async def release(self, delivery: Delivery, error: str) -> None:
        await self.client.hset(self.keys.errors, _handle(delivery), error[:2000])
        await self.client.expire(self.keys.errors, DAY_S)
        await self.give_back(delivery)
        self._claim_cursor = {lane: "0-0" for lane in LANES}
        self._last_claim = float("-inf")

    async def touch(self, delivery: Delivery) -> None:
        await self.client.xclaim(
            delivery.stream, GROUP, self.consumer, 0, [delivery.delivery_id], justid=True
        )

    async def dead_letter(self, delivery: Delivery, reason: str) -> None:
        fields = {
            "job": delivery.job.model_dump_json(),
            "reason": reason[:4000],
            "deliveries": str(delivery.deliveries),
            "source": _handle(delivery),
        }
        await self.client.xadd(self.keys.dead, fields, maxlen=10_000, approximate=True)  # type: ignore[arg-type]
        await self.ack(delivery)

    async def last_error(self, delivery: Delivery) -> str:
        return str(await self.client.hget(self.keys.errors, _handle(delivery)) or "")

    async def give_back(self, delivery: Delivery) -> None:
        await self.client.xclaim(
            delivery.stream,
            GROUP,
            self.consumer,
            0,
            [delivery.delivery_id],
            idle=self._visibility_ms,  # claimable by any worker right away
            justid=True,
        )

    async def close(self) -> None:
        while self._buffer:
            with contextlib.suppress(*TRANSIENT_ERRORS):
                await self.give_back(self._buffer.popleft())

    # taking, step by step

    async def _take(self, timeout_s: float) -> Delivery | None:
        delivery = await self._claim_orphan()
        for lane in LANES:
            if delivery is None:
                delivery = await self._read_lane(lane)
        if delivery is not None:
            return delivery
        await self._wait_for_any(timeout_s)
        return self._buffer.popleft() if self._buffer else None

    async def _claim_orphan(self) -> Delivery | None:
        """A job left pending by a dead (or failed) worker, once its visibility timeout passed."""
        if time.monotonic() - self._last_claim < self._claim_interval_s:
            return None
        self._last_claim = time.monotonic()
        for lane in LANES:
            stream = self.keys.stream(lane)
            cursor, entries, _deleted = await self.client.xautoclaim(
                stream, GROUP, self.consumer, self._visibility_ms, self._claim_cursor[lane], count=1
            )
            self._claim_cursor[lane] = cursor
            for entry_id, fields in entries:
                delivery = await self._accept(stream, entry_id, fields, None)
                if delivery is not None:
                    return delivery
        return None

    async def _read_lane(self, lane: Priority) -> Delivery | None:
        """The stream's next entry; when it has none, the waiting room's first job."""
        stream = self.keys.stream(lane)
        while True:
            reply = await self.client.xreadgroup(GROUP, self.consumer, {stream: ">"}, count=1)
            entries = _entries(reply)
            if not entries:
                if not await self._promote(lane):
                    return None
                continue  # another worker may read it first: then promote the next one
            delivery = await self._accept(*entries[0], 1)
            if delivery is not None:
                return delivery

    async def _promote(self, lane: Priority) -> bool:
        keys = [
            self.keys.waiting(lane),
            self.keys.waiting_since(lane),
            self.keys.waiting_users(lane),
            self.keys.stream(lane),
        ]
        return bool(await self._promote_script(keys=keys))

    async def _wait_for_any(self, timeout_s: float) -> None:
        """Sleep until an enqueue's wake token (or the poll interval), then look again."""
        deadline = time.monotonic() + timeout_s
        while (remaining := deadline - time.monotonic()) > 0:
            # BLPOP's timeout 0 means forever: never pass less than 10 ms.
            await self.client.blpop(
                [self.keys.wake], timeout=max(0.01, min(remaining, WAIT_POLL_S))
            )
            for lane in LANES:
                delivery = await self._read_lane(lane)
                if delivery is not None:
                    self._buffer.append(delivery)
                    return

    async def _accept(
        self, stream: str, entry_id: str, fields: dict[str, str], deliveries: int | None
    ) -> Delivery | None:
        """A Delivery, or None when the entry is unreadable (dead-lettered) or cancelled."""
        try:
            job = decode_job(fields)
        except (ValidationError, ValueError) as error:
            await self._bury_unreadable(stream, entry_id, fields, str(error))
            return None
        if await self._is_cancelled(job.problem_id, entry_id):
            await self._drop(stream, entry_id)
            log.info("dropped job %s of cancelled problem %s", job.submission_id, job.problem_id)
            return None
        if deliveries is None:
            deliveries = await self._delivery_count(stream, entry_id)
        return Delivery(job, entry_id, deliveries, stream, entry_time_ms(entry_id) / 1000)

    async def _bury_unreadable(
        self, stream: str, entry_id: str, fields: dict[str, str], error: str
    ) -> None:
        log.error("unreadable job %s/%s in the dead-letter stream: %s", stream, entry_id, error)
        reason = f"unreadable job: {error}"[:4000]
        dead = {**fields, "reason": reason, "source": f"{stream}/{entry_id}"}
        await self.client.xadd(self.keys.dead, dead, maxlen=10_000, approximate=True)  # type: ignore[arg-type]
        await self._drop(stream, entry_id)

    async def _is_cancelled(self, problem_id: str, entry_id: str) -> bool:
        cancelled_ms = await self.client.hget(self.keys.cancelled, problem_id)
        return cancelled_ms is not None and entry_time_ms(entry_id) <= int(cancelled_ms)

    async def _drop(self, stream: str, entry_id: str) -> None:
        await self.client.xack(stream, GROUP, entry_id)
        await self.client.xdel(stream, entry_id)

    async def _delivery_count(self, stream: str, entry_id: str) -> int:
        rows = await self.client.xpending_range(stream, GROUP, entry_id, entry_id, 1)
        return int(rows[0]["times_delivered"]) if rows else 1

    # helpers

    async def _drop_waiting(self, problem_id: str) -> int:
        dropped = 0
        for lane in LANES:
            keys = [
                self.keys.waiting(lane),
                self.keys.waiting_since(lane),
                self.keys.waiting_users(lane),
            ]
            for member in await self._waiting_members(lane):
                job = _waiting_job(member)
                if job is not None and job.problem_id == problem_id:
                    args = [member, job.user_id or ""]
                    dropped += int(await self._drop_waiting_script(keys=keys, args=args))
        return dropped

    async def _waiting_members(self, lane: Priority) -> list[str]:
        return cast(list[str], await self.client.zrange(self.keys.waiting(lane), 0, -1))

    async def _heads_ms(self, lane: Priority) -> list[int]:
        """Enqueue times (ms) of the oldest waiting job and of the stream's first entry."""
        heads: list[int] = []
        oldest = cast(
            list[tuple[str, float]],
            await self.client.zrange(self.keys.waiting_since(lane), 0, 0, withscores=True),
        )
        heads += [int(score) for _, score in oldest]
        head = await _xrange(self.client, self.keys.stream(lane), count=1)
        heads += [entry_time_ms(head[0][0])] if head else []
        return heads

    async def _entries_of_problem(self, stream: str, problem_id: str) -> list[str]:
        entries = await _all_entries(self.client, stream)
        return [entry_id for entry_id, fields in entries if fields.get("problem") == problem_id]

    async def _pending_count(self, stream: str) -> int:
        try:
            summary = await self.client.xpending(stream, GROUP)
        except ResponseError:  # NOGROUP: no worker has started since Redis did
            return 0
        return int(summary["pending"])

    async def _now_ms(self) -> int:
        seconds, micros = await self.client.time()
        return int(seconds) * 1000 + int(micros) // 1000


async def _xrange(
    client: Redis, stream: str, *, start: str = "-", count: int | None = None
) -> list[Entry]:
    return cast(list[Entry], await client.xrange(stream, min=start, max="+", count=count) or [])


async def _all_entries(client: Redis, stream: str, page_size: int = 500) -> list[Entry]:
    found: list[Entry] = []
    start = "-"
    while True:
        page = await _xrange(client, stream, start=start, count=page_size)
        found += page
        if len(page) < page_size:
            return found
        start = "(" + page[-1][0]


def _handle(delivery: Delivery) -> str:
    return f"{delivery.stream}/{delivery.delivery_id}"


def _entries(reply: Any) -> list[tuple[str, str, dict[str, str]]]:
    """Flatten an XREADGROUP reply to (stream, entry id, fields); skips deleted entries."""
    flat: list[tuple[str, str, dict[str, str]]] = []
    for stream, entries in reply or []:
        flat += [(stream, entry_id, fields) for entry_id, fields in entries if fields]
    return flat
