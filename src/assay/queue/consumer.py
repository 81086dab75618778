"""The worker's side of a queue: take a job, keep it, acknowledge or give it back.

Both backends implement `JobSource`. Delivery is at least once: a job taken and never
acknowledged is delivered again (at once after `release`, after a visibility timeout when its
worker died). `deliveries` counts the attempts so a worker can dead-letter a poison job.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from assay.queue.client import Job


@dataclass(frozen=True, slots=True)
class Delivery:
    job: Job
    delivery_id: str  # backend-specific handle (a stream entry id for Redis)
    deliveries: int  # 1 on the first delivery
    stream: str = ""  # where it came from (Redis: the stream key)
    enqueued_at_s: float = 0.0  # Unix time the job was enqueued (0: unknown)


class JobSource(Protocol):
    async def take(self, timeout_s: float) -> Delivery | None:
        """The next job (interactive before bulk), or None after `timeout_s` without one."""
        ...

    async def ack(self, delivery: Delivery) -> None:
        """Done: the result is recorded. Never delivered again."""
        ...

    async def release(self, delivery: Delivery, error: str) -> None:
        """Failed: deliver it again soon (to any worker), counting one more delivery."""
        ...

    async def touch(self, delivery: Delivery) -> None:
        """Still working on it: keep other workers from reclaiming it."""
        ...

    async def dead_letter(self, delivery: Delivery, reason: str) -> None:
        """Give up on it: park it for the operator and never deliver it again."""
        ...

    async def last_error(self, delivery: Delivery) -> str:
        """The error of the last failed delivery, or "" (a dead worker leaves none)."""
        ...

    async def give_back(self, delivery: Delivery) -> None:
        """Taken but not started (the worker is stopping): deliver it to another worker."""
        ...

    async def close(self) -> None:
        """Give back anything taken but not started."""
        ...
