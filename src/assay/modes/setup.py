"""Wiring for entry points: the Transport `assay serve` hands to the API, by configuration.

- no Redis URL: the embedded mode (memory queue and bus, `slots` judging slots in-process);
- a Redis URL: the distributed mode (Redis Streams and pub/sub); `slots > 0` also runs a worker
  in the server process, `slots == 0` (`assay serve --workers 0`) serves the API only.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

from assay import __version__
from assay.config import Settings
from assay.db import problems as db_problems
from assay.db.engine import Database
from assay.modes.embedded import EmbeddedTransport, build_embedded
from assay.queue.client import EventBus, Transport, announce_and_enqueue
from assay.queue.metrics import QueueMetrics
from assay.queue.redis import (
    OnReset,
    RedisEventBus,
    RedisJobQueue,
    RedisTransport,
    RedisWorkerRegistry,
)
from assay.worker.packages import LocalPackageSource, PathLookup
from assay.worker.store import DbSubmissionStore
from assay.worker.worker import JudgeFn, Worker, WorkerConfig

log = logging.getLogger("assay.modes.setup")


def package_lookup(database: Database) -> PathLookup:
    """Content hash -> package directory, from the catalogue."""

    async def lookup(content_hash: str) -> str | None:
        async with database.sessions() as session:
            return await db_problems.package_path_for_hash(session, content_hash)

    return lookup


def real_judge(
    slots: int, metrics: QueueMetrics, settings: Settings, cache_dir: Path | None = None
) -> JudgeFn:
    """The pipeline on a sandbox pool of `slots`; raises SandboxUnavailable on a bad host.
    `cache_dir` (a worker's own) falls back to `settings.cache_dir` where the boxes cannot
    reach it."""
    from assay.judge.environment import make_environment
    from assay.worker.judging import PipelineJudge

    environment = make_environment(
        slots,
        cache_dir,
        fallback_cache_dir=settings.cache_dir,
        compile_cache_mib=settings.compile_cache_mib,
        spread_tests=settings.spread_tests,
    )
    return PipelineJudge(environment, metrics=metrics)


def transport_for(
    settings: Settings,
    database: Database,
    *,
    slots: int | None = None,
    judge: JudgeFn | None = None,
    metrics: QueueMetrics | None = None,
) -> Transport:
    """`slots` defaults to `settings.judging_slots`; `judge` to the real pipeline."""
    slots = settings.judging_slots if slots is None else slots
    metrics = metrics or QueueMetrics()
    if slots > 0 and judge is None:
        judge = real_judge(slots, metrics, settings)
    if settings.redis_url:
        return _distributed(settings, settings.redis_url, database, slots, judge, metrics)
    return _embedded(settings, database, slots, judge, metrics)


def _embedded(
    settings: Settings, database: Database, slots: int, judge: JudgeFn | None, m: QueueMetrics
) -> EmbeddedTransport:
    store = DbSubmissionStore(database.sessions)
    return build_embedded(
        slots=slots,
        store=store,
        packages=LocalPackageSource(package_lookup(database)),
        judge=judge,
        pending_jobs=store.pending_jobs,
        metrics=m,
        version=__version__,
        fair_share_penalty_s=settings.fair_share_penalty_s,
    )


def _distributed(
    settings: Settings,
    redis_url: str,
    database: Database,
    slots: int,
    judge: JudgeFn | None,
    m: QueueMetrics,
) -> Transport:
    api = RedisTransport.from_url(redis_url, fair_share_penalty_s=settings.fair_share_penalty_s)
    if slots == 0 or judge is None:
        return api
    store = DbSubmissionStore(database.sessions)
    on_reset = requeue_from(store, api.queue, api.bus)
    source = RedisJobQueue(api.client, api.queue.keys, on_reset=on_reset)
    worker = Worker(
        source,
        api.bus,
        store,
        LocalPackageSource(package_lookup(database)),
        judge,
        config=WorkerConfig(slots=slots, version=__version__),
        metrics=m,
        heartbeats=api.registry,
        monitor=api.queue,
    )
    return ColocatedTransport(api, source, worker)


def requeue_from(store: DbSubmissionStore, queue: RedisJobQueue, bus: EventBus) -> OnReset:
    """After Redis forgot its queues: enqueue again every unfinished submission that is not
    in the streams (the API may have enqueued some since Redis came back)."""

    async def requeue() -> None:
        jobs = await store.pending_jobs()
        present = await queue.queued_attempts()
        missing = [j for j in jobs if (j.submission_id, j.attempt) not in present]
        for job in missing:
            await announce_and_enqueue(job, queue, bus)
        log.warning("re-enqueued %d unfinished submission(s) from the database", len(missing))

    return requeue


@dataclass(slots=True)
class ColocatedTransport:
    """The Redis transport plus a worker in the same process."""

    api: RedisTransport
    source: RedisJobQueue
    worker: Worker
    drain_timeout_s: float = 60.0
    _task: asyncio.Task[None] | None = field(default=None, init=False)

    @property
    def queue(self) -> RedisJobQueue:
        return self.api.queue

    @property
    def bus(self) -> RedisEventBus:
        return self.api.bus

    @property
    def registry(self) -> RedisWorkerRegistry:
        return self.api.registry

    @property
    def monitor(self) -> RedisJobQueue:
        return self.api.queue

    async def render_metrics(self) -> bytes:
        self.worker.metrics.observe_stats(await self.api.queue.stats())
        return self.worker.metrics.render()

    async def start(self) -> None:
        await self.api.start()
        await self.source.start()
        self._task = asyncio.create_task(self.worker.run(), name="assay-colocated-worker")

    async def stop(self) -> None:
        if self._task is not None:
            self.worker.drain()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(self._task), self.drain_timeout_s)
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self.api.stop()
