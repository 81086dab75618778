"""The client side of job transport: job schema and the queue / event-bus interfaces.

Imports only core. Two backends implement these interfaces: in-process (embedded default,
`assay.queue.memory`) and Redis Streams + pub/sub (distributed, `assay.queue.redis`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from enum import StrEnum
from typing import Any, Literal, Protocol, runtime_checkable

from pydantic import BaseModel, Field

from assay.core.events import Queued, event_to_dict

JOB_SCHEMA_VERSION: Literal[1] = 1


class JobKind(StrEnum):
    SUBMIT = "submit"  # judge on all tests, stored
    RUN = "run"  # samples and/or custom input, not stored as a submission


class Priority(StrEnum):
    INTERACTIVE = "interactive"  # Run and fresh Submit: a person is waiting
    BULK = "bulk"  # rejudges


class Job(BaseModel):
    """A unit of work. JSON on the wire, never pickle. The database row is the truth."""

    version: Literal[1] = JOB_SCHEMA_VERSION
    kind: JobKind
    submission_id: str  # for RUN: the run's id (runs live in the database as ephemeral rows)
    problem_id: str
    problem_hash: str  # content hash of the problem package
    attempt: int = 1  # bumped on each rejudge; results are idempotent by (id, attempt)
    priority: Priority = Priority.INTERACTIVE
    # Who submitted it, for fair scheduling (each job a user already has waiting in the lane
    # delays the next one); None: no owner, no delay.
    user_id: str | None = None


class Event(BaseModel):
    """A judge event for one submission, as published on the bus (see assay.core.events)."""

    submission_id: str
    seq: int  # 0-based position in this submission's stream
    # assay.core.event_to_dict(...) or {"kind": "queued"}
    data: dict[str, Any] = Field(default_factory=dict)


DEFAULT_FAIR_SHARE_PENALTY_S = 60.0  # DOMjudge's virtual penalty per pending submission


class JobQueue(Protocol):
    """Jobs leave a lane by virtual time: the enqueue time plus, per job the same user already
    has waiting there, a fair-share penalty, so one user's burst cannot starve the others."""

    async def enqueue(self, job: Job) -> None: ...

    async def cancel_problem(self, problem_id: str) -> int:
        """Drop queued jobs of a problem; returns how many were dropped."""
        ...

    async def depth(self) -> int: ...


class EventBus(Protocol):
    async def publish(self, event: Event) -> None:
        """Append to the submission's stream. The bus assigns `seq` (the caller's is ignored);
        a `queued` event starts a fresh stream for a new attempt."""
        ...

    def subscribe(self, submission_id: str) -> AsyncIterator[Event]:
        """The events so far (replay), then the live ones, ending after the `finished` event."""
        ...


class WorkerInfo(BaseModel):
    """One worker process as its last heartbeat described it (for `GET /api/admin/workers`)."""

    worker_id: str
    hostname: str
    pid: int
    version: str
    slots: int
    busy: int  # slots judging right now
    load: float  # busy / slots, 0.0 to 1.0
    started_at: float  # Unix time, seconds
    last_heartbeat: float  # Unix time, seconds
    running: list[str] = Field(default_factory=list)  # submission ids being judged


class QueueStats(BaseModel):
    """Queue health for operators."""

    depth: int  # jobs waiting for a worker (not yet taken)
    depth_by_priority: dict[Priority, int] = Field(default_factory=dict)
    in_flight: int = 0  # taken by a worker, not yet acknowledged
    oldest_job_age_s: float | None = None  # None: the queue is empty
    dead_letters: int = 0


class WorkerRegistry(Protocol):
    async def workers(self) -> list[WorkerInfo]:
        """Workers whose heartbeat is recent, freshest first."""
        ...


class QueueMonitor(Protocol):
    async def stats(self) -> QueueStats: ...


class Transport(Protocol):
    """Everything the API needs of the queue, whichever backend: built by the entry point.

    The API's lifespan calls `start()` then `stop()`; `stop()` drains embedded workers.
    """

    @property
    def queue(self) -> JobQueue: ...

    @property
    def bus(self) -> EventBus: ...

    @property
    def registry(self) -> WorkerRegistry: ...

    @property
    def monitor(self) -> QueueMonitor: ...

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


@runtime_checkable
class MetricsSource(Protocol):
    """Implemented by the transports: the API's `/metrics` serves this text."""

    async def render_metrics(self) -> bytes:
        """Prometheus text format: the queue's gauges (refreshed now) and, where this
        process judges, the worker's metrics."""
        ...


FINISHED = "finished"  # the `kind` of the last event of a submission's stream
QUEUED = "queued"  # the `kind` the API publishes on enqueue; starts a new stream for the attempt
ACCEPTED = "accepted"  # the `kind` a worker publishes when it starts a job (again on redelivery)


def is_final(event: Event) -> bool:
    """True for the event that ends a submission's stream."""
    return event.data.get("kind") == FINISHED


async def announce_and_enqueue(job: Job, queue: JobQueue, bus: EventBus) -> None:
    """Publish `queued` (it starts the attempt's event stream), then enqueue the job."""
    data = event_to_dict(Queued(job.attempt))
    await bus.publish(Event(submission_id=job.submission_id, seq=0, data=data))
    await queue.enqueue(job)
