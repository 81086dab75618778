"""The distributed backend: Redis Streams for jobs, a list + pub/sub per submission for events.

Jobs wait in a fair waiting room per priority (`<prefix>:wait:<lane>`, a sorted set scored by
virtual time: the enqueue time plus `fair_share_penalty_s` per job the same user already has
waiting there, see `client.JobQueue`). A worker that finds its stream empty moves the job with
the lowest virtual time into the stream (one Lua script: ZPOPMIN + XADD), then reads it.
Enqueue pushes a token on `<prefix>:wake`, which idle workers block on (BLPOP).

Streams: one per priority (`<prefix>:jobs:interactive`, `<prefix>:jobs:bulk`) read through
the consumer group `workers`. An entry is acknowledged (XACK, then XDEL) only after its result
is recorded; one whose worker died stays pending and is claimed (XAUTOCLAIM) by another worker
after the visibility timeout; a worker still judging keeps its entries fresh (XCLAIM JUSTID).
Entries carry the job as versioned JSON (`Job.model_dump_json`), never pickle.

Events: `<prefix>:events:<id>` (a list, the replay log; seq = position) and
`<prefix>:live:<id>` (a pub/sub channel, messages `"<seq> <json>"`). One Lua script appends
and publishes atomically. Each API replica holds one pub/sub connection and fans messages out
to its own subscribers; a subscriber that misses messages (a gap, a reconnect) re-reads the log.

Redis runs without persistence here: when it restarts it forgets everything. The first worker to
find the `<prefix>:epoch` key missing re-enqueues the unfinished submissions from the database.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from redis.asyncio import BlockingConnectionPool, Redis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from assay.queue.client import (
    Priority,
)

log = logging.getLogger("assay.queue.redis")

LANES = (Priority.INTERACTIVE, Priority.BULK)  # read in this order
GROUP = "workers"
TRANSIENT_ERRORS = (RedisConnectionError, RedisTimeoutError, OSError)
DAY_S = 24 * 3600

Entry = tuple[str, dict[str, str]]  # (stream entry id, fields)
OnReset = Callable[[], Awaitable[None]]


def connect(url: str, *, retries: int = 10, max_connections: int = 64) -> Redis:
    """A client that rides out a short Redis restart (retries with backoff up to ~8 s).

    Its pool waits for a free connection (up to 20 s) rather than failing under a burst.
    """
    pool = BlockingConnectionPool.from_url(
        url,
        max_connections=max_connections,
        timeout=20,
        decode_responses=True,
        protocol=2,
        socket_connect_timeout=5,
        socket_timeout=30,
        socket_keepalive=True,
        retry=Retry(ExponentialBackoff(cap=1.0, base=0.05), retries),
        retry_on_error=[RedisConnectionError, RedisTimeoutError],
        health_check_interval=30,
    )
    return Redis.from_pool(pool)


@dataclass(frozen=True, slots=True)
class RedisKeys:
    """Every key Assay uses, under one prefix (tests use a unique prefix each)."""

    prefix: str = "assay"

    def stream(self, priority: Priority) -> str:
        return f"{self.prefix}:jobs:{priority.value}"

    def waiting(self, priority: Priority) -> str:
        return f"{self.prefix}:wait:{priority.value}"  # zset: member -> virtual time (ms)

    def waiting_since(self, priority: Priority) -> str:
        return f"{self.prefix}:wait-age:{priority.value}"  # zset: member -> enqueue time (ms)

    def waiting_users(self, priority: Priority) -> str:
        return f"{self.prefix}:wait-users:{priority.value}"  # hash: user id -> jobs waiting

    @property
    def waiting_seq(self) -> str:
        return f"{self.prefix}:wait-seq"

    @property
    def wake(self) -> str:
        return f"{self.prefix}:wake"  # list: one token per enqueue, for idle workers

    @property
    def dead(self) -> str:
        return f"{self.prefix}:dead"

    @property
    def cancelled(self) -> str:
        return f"{self.prefix}:cancelled"  # hash: problem id -> cancel time (ms, Redis clock)

    @property
    def errors(self) -> str:
        return f"{self.prefix}:errors"  # hash: "<stream>/<entry id>" -> last error

    @property
    def epoch(self) -> str:
        return f"{self.prefix}:epoch"

    def events(self, submission_id: str) -> str:
        return f"{self.prefix}:events:{submission_id}"

    def channel(self, submission_id: str) -> str:
        return f"{self.prefix}:live:{submission_id}"

    @property
    def control_channel(self) -> str:
        return f"{self.prefix}:live:-"  # keeps the pub/sub connection subscribed to something

    @property
    def workers(self) -> str:
        return f"{self.prefix}:workers"

    def worker(self, worker_id: str) -> str:
        return f"{self.prefix}:worker:{worker_id}"

    def all_patterns(self) -> list[str]:
        return [f"{self.prefix}:*"]
