"""Live results: a submission's events over a WebSocket, and the long-poll fallback.

The event bus replays a submission's events and then streams them live. The database stays the
truth: when the row is final but the bus has nothing more to say (the process restarted, the
stream expired), the final event is rebuilt from the row. Whatever the source, every event
passes through `assay.api.redaction` on its way to the client.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

from fastapi import WebSocket
from starlette.websockets import WebSocketDisconnect

from assay.api import presenters, redaction
from assay.api.context import AppContext
from assay.core import Finished, JudgeResult, SubmissionState, event_to_dict
from assay.db import submissions as submission_queries
from assay.db.models import Submission, SubmissionTest
from assay.queue.client import FINISHED, Event, is_final

FINAL_GRACE_S = 1.0  # how long the bus may lag behind a final row


# Long-poll


async def wait_until_final(context: AppContext, submission_id: int, timeout_s: float) -> None:
    """Return when the row is final or after `timeout_s`; the bus only hints when to look."""
    if timeout_s <= 0:
        return
    deadline = time.monotonic() + timeout_s
    hint = asyncio.Event()
    watcher = asyncio.create_task(_watch_for_final(context, str(submission_id), hint))
    try:
        while not await is_final_in_db(context, submission_id):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            await _nap(hint, remaining)
    finally:
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watcher


async def _nap(hint: asyncio.Event, remaining_s: float) -> None:
    if hint.is_set():  # the bus said finished: the row follows within moments
        await asyncio.sleep(min(0.05, remaining_s))
        return
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(hint.wait(), min(1.0, remaining_s))


async def _watch_for_final(context: AppContext, submission_id: str, hint: asyncio.Event) -> None:
    async for event in context.transport.bus.subscribe(submission_id):
        if is_final(event):
            hint.set()
            return


async def is_final_in_db(context: AppContext, submission_id: int) -> bool:
    async with context.database.sessions() as session:
        row = await submission_queries.get_submission(session, submission_id)
        return row is None or row.state is SubmissionState.FINISHED


# WebSocket


async def stream_events(
    websocket: WebSocket, context: AppContext, submission: Submission, *, operator: bool
) -> None:
    """Send the submission's events, redacted, until the final one, then close (1000)."""
    messages: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    producers = [
        asyncio.create_task(_from_bus(context, submission.id, messages, operator)),
        asyncio.create_task(_from_db(context, submission.id, messages, operator)),
    ]
    try:
        await _pump(websocket, messages)
    finally:
        for task in producers:
            task.cancel()
        await asyncio.gather(*producers, return_exceptions=True)


async def _pump(websocket: WebSocket, messages: asyncio.Queue[dict[str, Any]]) -> None:
    closed = asyncio.create_task(_until_disconnect(websocket))
    try:
        while True:
            message = asyncio.create_task(messages.get())
            done, _ = await asyncio.wait({message, closed}, return_when=asyncio.FIRST_COMPLETED)
            if closed in done:
                message.cancel()
                return
            payload = message.result()
            await websocket.send_json(payload)
            if payload["data"].get("kind") == FINISHED:
                await websocket.close(code=1000)
                return
    finally:
        closed.cancel()


async def _until_disconnect(websocket: WebSocket) -> None:
    with contextlib.suppress(WebSocketDisconnect):
        while True:
            await websocket.receive_text()


async def _from_bus(
    context: AppContext, submission_id: int, out: asyncio.Queue[dict[str, Any]], operator: bool
) -> None:
    async for event in _subscribe(context, str(submission_id)):
        data = redaction.redact_wire(event.data, operator=operator)
        await out.put({"submission_id": event.submission_id, "seq": event.seq, "data": data})


def _subscribe(context: AppContext, submission_id: str) -> AsyncIterator[Event]:
    return context.transport.bus.subscribe(submission_id)


async def _from_db(
    context: AppContext, submission_id: int, out: asyncio.Queue[dict[str, Any]], operator: bool
) -> None:
    """If the row is final, give the bus a moment, then send the final event from the row. The
    row is looked at once here, then by the process's shared check (`FinalWatch`)."""
    if not await is_final_in_db(context, submission_id):
        await context.final_watch.wait(submission_id)
    await asyncio.sleep(FINAL_GRACE_S)
    event = await final_event_from_db(context, submission_id, operator=operator)
    if event is not None:
        await out.put(event)


async def final_event_from_db(
    context: AppContext, submission_id: int, *, operator: bool
) -> dict[str, Any] | None:
    """The `finished` event rebuilt from the row, redacted like the bus's."""
    async with context.database.sessions() as session:
        row = await submission_queries.get_submission(session, submission_id)
        if row is None or row.state is not SubmissionState.FINISHED:
            return None
        tests = await submission_queries.get_tests(session, submission_id)
    event = redaction.redact_event(Finished(judge_result(row, tests)), operator=operator)
    return {"submission_id": str(submission_id), "seq": -1, "data": event_to_dict(event)}


def judge_result(row: Submission, tests: list[SubmissionTest]) -> JudgeResult:
    """The stored result as the judge reported it (unredacted)."""
    assert row.verdict is not None
    return JudgeResult(
        verdict=row.verdict,
        score=row.score,
        compile_output=row.compile_output,
        max_cpu_time_s=row.max_cpu_time_s or 0.0,
        max_memory_kib=row.max_memory_kib or 0,
        tests=tuple(presenters.stored_test(test) for test in tests),
        message=row.message,
    )
