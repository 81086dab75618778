"""The in-process backend (embedded mode): an asyncio job queue and event bus.

Each lane is a heap ordered by virtual time (see `client.JobQueue`): a user's tenth waiting job
counts as enqueued nine penalties later, so another user's single job overtakes the burst.

Nothing survives the process; on start-up the embedded mode re-enqueues every unfinished
submission from the database (the row is the truth, the queue only transport).
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from collections import Counter, deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace

from assay.queue.client import (
    DEFAULT_FAIR_SHARE_PENALTY_S,
    QUEUED,
    Event,
    Job,
    Priority,
    QueueStats,
    WorkerInfo,
    is_final,
)
from assay.queue.consumer import Delivery

_PRIORITY_ORDER = (Priority.INTERACTIVE, Priority.BULK)


@dataclass(order=True, slots=True)
class _Waiting:
    virtual_time: float  # time.monotonic() at enqueue + the fair-share penalties
    seq: int  # ties: first come, first served
    delivery: Delivery = field(compare=False)
    enqueued_at: float = field(compare=False)  # time.monotonic()


class MemoryJobQueue:
    """Two fair lanes, interactive before bulk. Implements JobQueue, JobSource, QueueMonitor."""

    def __init__(
        self,
        *,
        dead_letter_limit: int = 1000,
        fair_share_penalty_s: float = DEFAULT_FAIR_SHARE_PENALTY_S,
    ) -> None:
        self._lanes: dict[Priority, list[_Waiting]] = {p: [] for p in _PRIORITY_ORDER}
        self._waiting_by_user: dict[Priority, Counter[str]] = {
            p: Counter() for p in _PRIORITY_ORDER
        }
        self._penalty_s = fair_share_penalty_s
        self._in_flight: dict[str, Delivery] = {}
        self._errors: dict[str, str] = {}
        self.dead_letters: deque[tuple[Job, str]] = deque(maxlen=dead_letter_limit)
        self._ids = itertools.count(1)
        self._seq = itertools.count()
        self._ready = asyncio.Event()

    # JobQueue

    async def enqueue(self, job: Job) -> None:
        delivery_id = str(next(self._ids))
        self._push(Delivery(job, delivery_id, deliveries=1, enqueued_at_s=time.time()))

    async def cancel_problem(self, problem_id: str) -> int:
        dropped = 0
        for priority, lane in self._lanes.items():
            gone = [w for w in lane if w.delivery.job.problem_id == problem_id]
            for waiting in gone:
                self._uncount(priority, waiting.delivery.job)
            lane[:] = [w for w in lane if w.delivery.job.problem_id != problem_id]
            heapq.heapify(lane)
            dropped += len(gone)
        return dropped

    async def depth(self) -> int:
        return sum(len(lane) for lane in self._lanes.values())

    # QueueMonitor

    async def stats(self) -> QueueStats:
        now = time.monotonic()
        heads = [min(w.enqueued_at for w in lane) for lane in self._lanes.values() if lane]
        return QueueStats(
            depth=await self.depth(),
            depth_by_priority={p: len(lane) for p, lane in self._lanes.items()},
            in_flight=len(self._in_flight),
            oldest_job_age_s=now - min(heads) if heads else None,
            dead_letters=len(self.dead_letters),
        )

    # JobSource

    async def take(self, timeout_s: float) -> Delivery | None:
        deadline = time.monotonic() + timeout_s
        while True:
            delivery = self._pop()
            if delivery is not None:
                return delivery
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            self._ready.clear()
            try:
                await asyncio.wait_for(self._ready.wait(), remaining)
            except TimeoutError:
                return None

    async def ack(self, delivery: Delivery) -> None:
        self._in_flight.pop(delivery.delivery_id, None)
        self._errors.pop(delivery.delivery_id, None)

    async def release(self, delivery: Delivery, error: str) -> None:
        self._in_flight.pop(delivery.delivery_id, None)
        self._errors[delivery.delivery_id] = error
        self._push(replace(delivery, deliveries=delivery.deliveries + 1))

    async def give_back(self, delivery: Delivery) -> None:
        self._in_flight.pop(delivery.delivery_id, None)
        self._push(delivery, front=True)

    async def touch(self, delivery: Delivery) -> None:
        """Nothing to do: an in-process job cannot be reclaimed by another process."""

    async def dead_letter(self, delivery: Delivery, reason: str) -> None:
        await self.ack(delivery)
        self.dead_letters.append((delivery.job, reason))

    async def last_error(self, delivery: Delivery) -> str:
        return self._errors.get(delivery.delivery_id, "")

    async def close(self) -> None:
        """Nothing is held back between `take` calls."""

    # internals

    def _push(self, delivery: Delivery, *, front: bool = False) -> None:
        job, now = delivery.job, time.monotonic()
        counts = self._waiting_by_user[job.priority]
        ahead = counts[job.user_id] if job.user_id is not None else 0
        virtual_time = -float("inf") if front else now + ahead * self._penalty_s
        seq = -next(self._seq) if front else next(self._seq)  # the last given back goes first
        heapq.heappush(self._lanes[job.priority], _Waiting(virtual_time, seq, delivery, now))
        if job.user_id is not None:
            counts[job.user_id] += 1
        self._ready.set()

    def _pop(self) -> Delivery | None:
        for priority in _PRIORITY_ORDER:
            lane = self._lanes[priority]
            if lane:
                delivery = heapq.heappop(lane).delivery
                self._uncount(priority, delivery.job)
                self._in_flight[delivery.delivery_id] = delivery
                return delivery
        return None

    def _uncount(self, priority: Priority, job: Job) -> None:
        counts = self._waiting_by_user[priority]
        if job.user_id is not None:
            counts[job.user_id] -= 1
            if counts[job.user_id] <= 0:
                del counts[job.user_id]


@dataclass(slots=True)
class _Log:
    events: list[Event] = field(default_factory=list)
    listeners: set[asyncio.Queue[Event]] = field(default_factory=set)
    finished_at: float | None = None  # time.monotonic() of the `finished` event


class MemoryEventBus:
    """Per-submission event logs: a subscriber gets the log so far, then live events.

    A finished log is kept `retention_s` for late subscribers, then dropped; at most
    `max_logs` logs are kept (the oldest idle ones go first).
    """

    def __init__(self, *, retention_s: float = 300.0, max_logs: int = 10_000) -> None:
        self._logs: dict[str, _Log] = {}
        self._retention_s = retention_s
        self._max_logs = max_logs

    def __len__(self) -> int:
        return len(self._logs)

    async def publish(self, event: Event) -> None:
        log = self._log_for_publish(event)
        stamped = event.model_copy(update={"seq": len(log.events)})
        log.events.append(stamped)
        if is_final(stamped):
            log.finished_at = time.monotonic()
        for listener in log.listeners:
            listener.put_nowait(stamped)
        self._prune()

    async def subscribe(self, submission_id: str) -> AsyncIterator[Event]:
        log = self._logs.setdefault(submission_id, _Log())
        listener: asyncio.Queue[Event] = asyncio.Queue()
        replay = list(log.events)
        log.listeners.add(listener)  # no await between the snapshot and this: nothing is missed
        try:
            for event in replay:
                yield event
                if is_final(event):
                    return
            while True:
                event = await listener.get()
                yield event
                if is_final(event):
                    return
        finally:
            log.listeners.discard(listener)

    def _log_for_publish(self, event: Event) -> _Log:
        log = self._logs.get(event.submission_id)
        if log is None or (event.data.get("kind") == QUEUED and log.events):
            fresh = _Log(listeners=log.listeners if log else set())
            self._logs.pop(event.submission_id, None)  # re-insert: newest last
            self._logs[event.submission_id] = fresh
            return fresh
        return log

    def _prune(self) -> None:
        now = time.monotonic()
        expired = [
            sid
            for sid, log in self._logs.items()
            if log.finished_at is not None and now - log.finished_at > self._retention_s
        ]
        for sid in expired:
            del self._logs[sid]
        for sid in list(self._logs):
            if len(self._logs) <= self._max_logs:
                break
            if not self._logs[sid].listeners:
                del self._logs[sid]


class MemoryWorkerRegistry:
    """Heartbeats of the in-process worker(s)."""

    def __init__(self, *, stale_after_s: float = 30.0) -> None:
        self._beats: dict[str, WorkerInfo] = {}
        self._stale_after_s = stale_after_s

    async def beat(self, info: WorkerInfo, ttl_s: float) -> None:
        self._beats[info.worker_id] = info

    async def remove(self, worker_id: str) -> None:
        self._beats.pop(worker_id, None)

    async def workers(self) -> list[WorkerInfo]:
        now = time.time()
        fresh = [w for w in self._beats.values() if now - w.last_heartbeat <= self._stale_after_s]
        return sorted(fresh, key=lambda w: w.last_heartbeat, reverse=True)


__all__ = ["MemoryEventBus", "MemoryJobQueue", "MemoryWorkerRegistry"]
