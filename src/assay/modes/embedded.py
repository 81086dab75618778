"""The embedded mode: in-process queue and event bus, N judging slots in the server's process.

Started and stopped by the API's lifespan through `client.Transport`. On start every
submission still queued or judging is enqueued again (the queue forgot it with the process).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from assay.queue.client import DEFAULT_FAIR_SHARE_PENALTY_S, Job, announce_and_enqueue
from assay.queue.memory import MemoryEventBus, MemoryJobQueue, MemoryWorkerRegistry
from assay.queue.metrics import QueueMetrics
from assay.worker.worker import JudgeFn, PackageSource, SubmissionStore, Worker, WorkerConfig

log = logging.getLogger("assay.modes.embedded")

PendingJobs = Callable[[], Awaitable[list[Job]]]


@dataclass(slots=True)
class EmbeddedTransport:
    """Implements client.Transport. `worker` is None when the server judges nothing itself."""

    queue: MemoryJobQueue
    bus: MemoryEventBus
    registry: MemoryWorkerRegistry
    metrics: QueueMetrics
    worker: Worker | None = None
    pending_jobs: PendingJobs | None = None
    drain_timeout_s: float = 60.0
    _task: asyncio.Task[None] | None = field(default=None, init=False)

    @property
    def monitor(self) -> MemoryJobQueue:
        return self.queue

    async def render_metrics(self) -> bytes:
        self.metrics.observe_stats(await self.queue.stats())
        return self.metrics.render()

    async def start(self) -> None:
        requeued = await self._requeue_unfinished()
        if requeued:
            log.info("re-enqueued %d unfinished submission(s)", requeued)
        if self.worker is not None:
            self._task = asyncio.create_task(self.worker.run(), name="assay-embedded-worker")

    async def stop(self) -> None:
        """Drain: running jobs finish (up to `drain_timeout_s`), queued ones wait for the
        next start (they are still `queued` in the database)."""
        if self.worker is None or self._task is None:
            return
        self.worker.drain()
        try:
            await asyncio.wait_for(asyncio.shield(self._task), self.drain_timeout_s)
        except TimeoutError:
            log.warning("drain timed out; stopping the worker now")
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._task = None

    async def _requeue_unfinished(self) -> int:
        if self.pending_jobs is None:
            return 0
        jobs = await self.pending_jobs()
        for job in jobs:
            await announce_and_enqueue(job, self.queue, self.bus)
        return len(jobs)


def build_embedded(
    *,
    slots: int,
    store: SubmissionStore | None = None,
    packages: PackageSource | None = None,
    judge: JudgeFn | None = None,
    pending_jobs: PendingJobs | None = None,
    metrics: QueueMetrics | None = None,
    version: str = "0",
    fair_share_penalty_s: float = DEFAULT_FAIR_SHARE_PENALTY_S,
) -> EmbeddedTransport:
    """The parts wired together; with `slots == 0` (or no judge) nothing judges here."""
    queue = MemoryJobQueue(fair_share_penalty_s=fair_share_penalty_s)
    bus, registry = MemoryEventBus(), MemoryWorkerRegistry()
    metrics = metrics or QueueMetrics()
    worker = None
    if slots > 0 and store is not None and packages is not None and judge is not None:
        config = WorkerConfig(slots=slots, version=version)
        worker = Worker(
            queue,
            bus,
            store,
            packages,
            judge,
            config=config,
            metrics=metrics,
            heartbeats=registry,
            monitor=queue,
        )
    return EmbeddedTransport(queue, bus, registry, metrics, worker, pending_jobs)
