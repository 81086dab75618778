"""One database check, every few seconds, for all the live streams of this API process.

A stream's events come from the event bus; the database is only the backstop for a final event
the bus lost (a restart, an expired stream). Each open WebSocket used to ask for its own row every
2 s, so 1,000 idle sockets cost 500 queries a second; now they share one query per interval.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from assay.db.engine import Database
from assay.db.finality import final_or_gone

log = logging.getLogger(__name__)

CHECK_INTERVAL_S = 2.0


class FinalWatch:
    def __init__(self, database: Database, interval_s: float = CHECK_INTERVAL_S) -> None:
        self._database = database
        self._interval_s = interval_s
        self._waiters: dict[int, set[asyncio.Event]] = {}
        self._task: asyncio.Task[None] | None = None

    @property
    def watched(self) -> int:
        """How many submissions some stream is waiting on (for tests and metrics)."""
        return len(self._waiters)

    async def wait(self, submission_id: int) -> None:
        """Return once the row is final (or gone), as the next shared check finds it."""
        ready = asyncio.Event()
        self._waiters.setdefault(submission_id, set()).add(ready)
        self._ensure_running()
        try:
            await ready.wait()
        finally:
            waiting = self._waiters.get(submission_id)
            if waiting is not None:
                waiting.discard(ready)
                if not waiting:
                    del self._waiters[submission_id]

    def _ensure_running(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while self._waiters:
            await asyncio.sleep(self._interval_s)
            await self._check()

    async def _check(self) -> None:
        try:
            async with self._database.sessions() as session:
                final = await final_or_gone(session, list(self._waiters))
        except Exception:  # a database hiccup must not end every stream's backstop
            log.exception("checking %d live submission(s) for final rows failed", self.watched)
            return
        for submission_id in final:
            for ready in self._waiters.get(submission_id, ()):
                ready.set()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
