"""The client side of job transport: job schema and the queue / event-bus interfaces.

Imports only core. Two backends implement these interfaces: in-process (embedded default,
`assay.queue.memory`) and Redis Streams + pub/sub (distributed, `assay.queue.redis`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from enum import StrEnum
from typing import Any, Literal, Protocol

from pydantic import BaseModel, Field

JOB_SCHEMA_VERSION = 1


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


class Event(BaseModel):
    """A judge event for one submission, as published on the bus (see assay.core.events)."""

    submission_id: str
    seq: int  # 0-based position in this submission's stream
    data: dict[str, Any] = Field(default_factory=dict)  # assay.core.event_to_dict(...) or {"kind": "queued"}


class JobQueue(Protocol):
    async def enqueue(self, job: Job) -> None: ...

    async def cancel_problem(self, problem_id: str) -> int:
        """Drop queued jobs of a problem; returns how many were dropped."""
        ...

    async def depth(self) -> int: ...


class EventBus(Protocol):
    async def publish(self, event: Event) -> None: ...

    def subscribe(self, submission_id: str) -> AsyncIterator[Event]:
        """The events so far (replay), then the live ones, ending after the `finished` event."""
        ...
