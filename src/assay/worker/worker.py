"""The worker: take a job, judge it, publish its events, record its result, acknowledge it.

One `Worker` runs N slots (asyncio tasks); each slot handles one job at a time and runs the
judge (a sync generator) in a thread of its own. The steps of one job, in order:

    take -> start_judging -> load the work -> fetch the package -> judge in a thread
         -> publish each event -> record the result -> publish `finished` -> ack

A failure anywhere before the ack gives the job back (`release`); the job comes again, to this
or another worker, until it has been delivered `max_deliveries` times: then it goes to the
dead-letter queue and its submission ends as JE with a message for the operator.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import os
import socket
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from assay.core import Accepted, Finished, JudgeEvent, JudgeResult, Verdict, event_to_dict
from assay.judge.types import JudgeOptions, Source
from assay.queue.client import Event, EventBus, Job, QueueMonitor, WorkerInfo
from assay.queue.consumer import Delivery, JobSource
from assay.queue.metrics import QueueMetrics
from assay.worker.logs import submission_context

log = logging.getLogger("assay.worker.worker")


class WorkerError(Exception):
    """A fault of ours while handling a job (never a verdict): the job is given back."""


@dataclass(frozen=True, slots=True)
class WorkItem:
    """What the database says to judge for a job."""

    source: Source
    options: JudgeOptions = field(default_factory=JudgeOptions)


class SubmissionStore(Protocol):
    """The worker's view of the database (see `assay.worker.store` for the real one)."""

    async def start_judging(self, job: Job) -> bool:
        """Mark the attempt as judging; False when it is finished or superseded (skip it)."""
        ...

    async def load_work(self, job: Job) -> WorkItem | None:
        """The source and options; None when the submission no longer exists."""
        ...

    async def record_result(self, job: Job, result: JudgeResult) -> bool:
        """Idempotent by (submission id, attempt); False when it was already recorded."""
        ...


class PackageSource(Protocol):
    async def fetch(self, problem_id: str, problem_hash: str) -> Path:
        """A local directory holding the package with this content hash."""
        ...


class Heartbeats(Protocol):
    async def beat(self, info: WorkerInfo, ttl_s: float) -> None: ...

    async def remove(self, worker_id: str) -> None: ...


# Runs in a thread; yields the judge's events, the last one `Finished`.
JudgeFn = Callable[[Job, WorkItem, Path], Iterator[JudgeEvent]]


def default_worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


@dataclass(frozen=True, slots=True)
class WorkerConfig:
    slots: int = 1
    worker_id: str = field(default_factory=default_worker_id)
    version: str = "0"
    max_deliveries: int = 3  # the 4th delivery of a job goes to the dead-letter queue
    take_timeout_s: float = 1.0  # how often an idle slot looks at `draining`
    touch_interval_s: float = 10.0  # keep a running job from being reclaimed
    heartbeat_interval_s: float = 5.0


class _Done:
    """Marks the end of the judge's events (put by the judge's thread)."""


_DONE = _Done()


class Worker:
    def __init__(
        self,
        source: JobSource,
        bus: EventBus,
        store: SubmissionStore,
        packages: PackageSource,
        judge: JudgeFn,
        *,
        config: WorkerConfig | None = None,
        metrics: QueueMetrics | None = None,
        heartbeats: Heartbeats | None = None,
        monitor: QueueMonitor | None = None,
    ) -> None:
        self.config = config or WorkerConfig()
        self.metrics = metrics or QueueMetrics()
        self._source, self._bus, self._store = source, bus, store
        self._packages, self._judge_fn = packages, judge
        self._heartbeats, self._monitor = heartbeats, monitor
        self._running: dict[str, Job] = {}  # delivery id -> job
        self._draining = asyncio.Event()
        self._executor: ThreadPoolExecutor | None = None
        self._started_at = time.time()

    @property
    def busy(self) -> int:
        return len(self._running)

    @property
    def draining(self) -> bool:
        return self._draining.is_set()

    def drain(self) -> None:
        """Take no new job; `run` returns once the running ones are done."""
        if not self.draining:
            log.info("draining: finishing %d running job(s)", self.busy)
        self._draining.set()

    async def run(self) -> None:
        """Judge until drained."""
        self._executor = ThreadPoolExecutor(self.config.slots, thread_name_prefix="assay-judge")
        self.metrics.slots.set(self.config.slots)
        heartbeat = asyncio.create_task(self._heartbeat_loop(), name="assay-heartbeat")
        try:
            slots = [self._slot_loop(i) for i in range(self.config.slots)]
            await asyncio.gather(*slots)
        finally:
            heartbeat.cancel()
            await self._shutdown(heartbeat)

    # one slot

    async def _slot_loop(self, index: int) -> None:
        while not self.draining:
            delivery = await self._source.take(self.config.take_timeout_s)
            if delivery is None:
                continue
            if self.draining:
                await self._give_back(delivery)
                return
            await self.process(delivery)
        log.debug("slot %d stopped", index)

    async def process(self, delivery: Delivery) -> None:
        """Handle one delivered job, start to acknowledgement; never raises (but cancellation)."""
        with submission_context(delivery.job.submission_id):
            self._running[delivery.delivery_id] = delivery.job
            self.metrics.busy_slots.set(self.busy)
            try:
                await self._handle(delivery)
            except Exception as error:
                await self._fail(delivery, error)
            finally:
                del self._running[delivery.delivery_id]
                self.metrics.busy_slots.set(self.busy)

    async def _handle(self, delivery: Delivery) -> None:
        self._observe_wait(delivery)
        if delivery.deliveries > self.config.max_deliveries:
            await self._bury(delivery)
            return
        async with self._keepalive(delivery):
            await self._judge_job(delivery)
        await self._source.ack(delivery)

    async def _judge_job(self, delivery: Delivery) -> None:
        job = delivery.job
        if not await self._store.start_judging(job):
            log.info("skipped: attempt %d is finished or superseded", job.attempt)
            return
        work = await self._store.load_work(job)
        if work is None:
            log.info("skipped: the submission no longer exists")
            return
        log.info("judging attempt %d (delivery %d)", job.attempt, delivery.deliveries)
        await self._publish(job, event_to_dict(Accepted(job.attempt, self.id)))
        started = time.monotonic()
        package_dir = await self._packages.fetch(job.problem_id, job.problem_hash)
        result = await self._run_judge(job, work, package_dir)
        await self._store.record_result(job, result)
        await self._publish(job, event_to_dict(Finished(result)))
        self._observe_result(work, result, time.monotonic() - started)
        log.info("judged: %s", result.verdict.value, extra={"verdict": result.verdict.value})

    # the judge, in a thread

    async def _run_judge(self, job: Job, work: WorkItem, package_dir: Path) -> JudgeResult:
        """Publish the judge's events as they come; return the result (published later,
        once it is recorded)."""
        loop = asyncio.get_running_loop()
        events: asyncio.Queue[JudgeEvent | _Done] = asyncio.Queue()
        context = contextvars.copy_context()
        thread = loop.run_in_executor(
            self._executor, context.run, self._judge_in_thread, job, work, package_dir, events, loop
        )
        result = await self._forward_events(job, events)
        await thread  # re-raises what the judge raised
        if result is None:
            raise WorkerError("the judge ended without a result")
        return result

    def _judge_in_thread(
        self,
        job: Job,
        work: WorkItem,
        package_dir: Path,
        events: asyncio.Queue[JudgeEvent | _Done],
        loop: asyncio.AbstractEventLoop,
    ) -> None:
        try:
            for event in self._judge_fn(job, work, package_dir):
                loop.call_soon_threadsafe(events.put_nowait, event)
        finally:
            loop.call_soon_threadsafe(events.put_nowait, _DONE)

    async def _forward_events(
        self, job: Job, events: asyncio.Queue[JudgeEvent | _Done]
    ) -> JudgeResult | None:
        result: JudgeResult | None = None
        while not isinstance(event := await events.get(), _Done):
            if isinstance(event, Finished):
                result = event.result
            else:
                await self._publish(job, event_to_dict(event))
        return result

    # failure paths

    async def _fail(self, delivery: Delivery, error: Exception) -> None:
        log.exception("job failed on delivery %d; giving it back", delivery.deliveries)
        self.metrics.job_failures.labels(type(error).__name__).inc()
        try:
            await self._source.release(delivery, f"{type(error).__name__}: {error}")
        except Exception:
            log.exception("could not give the job back; it returns after the visibility timeout")

    async def _bury(self, delivery: Delivery) -> None:
        """Dead-letter a job that failed too often; its submission ends as JE."""
        job = delivery.job
        last_error = await self._source.last_error(delivery)
        message = (
            f"Judging failed {delivery.deliveries - 1} times; the job is in the dead-letter "
            f"queue. Last error: {last_error or 'the worker died while judging it'}"
        )
        log.error("dead-lettered: %s", message)
        result = JudgeResult(verdict=Verdict.JE, message=message)
        await self._store.record_result(job, result)
        await self._publish(job, event_to_dict(Finished(result)))
        await self._source.dead_letter(delivery, message)
        self.metrics.dead_letters.inc()

    async def _give_back(self, delivery: Delivery) -> None:
        with contextlib.suppress(Exception):
            await self._source.give_back(delivery)

    # helpers

    @property
    def id(self) -> str:
        return self.config.worker_id

    async def _publish(self, job: Job, data: dict[str, Any]) -> None:
        """Best effort: the database holds the result; a lost event only delays a screen."""
        try:
            await self._bus.publish(Event(submission_id=job.submission_id, seq=0, data=data))
        except Exception:
            log.warning("could not publish a %s event", data.get("kind"), exc_info=True)

    @contextlib.asynccontextmanager
    async def _keepalive(self, delivery: Delivery) -> AsyncIterator[None]:
        task = asyncio.create_task(self._touch_loop(delivery), name="assay-keepalive")
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _touch_loop(self, delivery: Delivery) -> None:
        while True:
            await asyncio.sleep(self.config.touch_interval_s)
            try:
                await self._source.touch(delivery)
            except Exception:
                log.warning("keepalive failed", exc_info=True)

    def _observe_wait(self, delivery: Delivery) -> None:
        if delivery.deliveries == 1 and delivery.enqueued_at_s > 0:
            wait_s = max(0.0, time.time() - delivery.enqueued_at_s)
            self.metrics.queue_wait_s.labels(delivery.job.priority.value).observe(wait_s)

    def _observe_result(self, work: WorkItem, result: JudgeResult, elapsed_s: float) -> None:
        language = work.source.language_id
        self.metrics.judging_s.labels(language).observe(elapsed_s)
        self.metrics.verdicts.labels(result.verdict.value, language).inc()

    # heartbeats and shutdown

    def info(self) -> WorkerInfo:
        now = time.time()
        return WorkerInfo(
            worker_id=self.id,
            hostname=socket.gethostname(),
            pid=os.getpid(),
            version=self.config.version,
            slots=self.config.slots,
            busy=self.busy,
            load=self.busy / max(1, self.config.slots),
            started_at=self._started_at,
            last_heartbeat=now,
            running=[job.submission_id for job in self._running.values()],
        )

    async def _heartbeat_loop(self) -> None:
        while True:
            await self._heartbeat_once()
            await asyncio.sleep(self.config.heartbeat_interval_s)

    async def _heartbeat_once(self) -> None:
        try:
            if self._heartbeats is not None:
                await self._heartbeats.beat(self.info(), 3 * self.config.heartbeat_interval_s)
            if self._monitor is not None:
                self.metrics.observe_stats(await self._monitor.stats())
        except Exception:
            log.warning("heartbeat failed", exc_info=True)

    async def _shutdown(self, heartbeat: asyncio.Task[None]) -> None:
        with contextlib.suppress(asyncio.CancelledError):
            await heartbeat
        with contextlib.suppress(Exception):
            await self._source.close()
        if self._heartbeats is not None:
            with contextlib.suppress(Exception):
                await self._heartbeats.remove(self.id)
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
        log.info("worker stopped")
