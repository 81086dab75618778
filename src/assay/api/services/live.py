"""Live results: a submission's events over a WebSocket, and the long-poll fallback.

The event bus replays a submission's events and then streams them live. The database stays the
truth: when the row is final but the bus has nothing more to say (the process restarted, the
stream expired), the final event is rebuilt from the row.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

from fastapi import WebSocket
from starlette.websockets import WebSocketDisconnect

from assay.api.context import AppContext
from assay.core import Finished, JudgeResult, SubmissionState, TestResult, event_to_dict
from assay.db import submissions as submission_queries
from assay.db.models import Submission, SubmissionKind, SubmissionTest
from assay.queue.client import FINISHED, Event, is_final

DB_CHECK_INTERVAL_S = 2.0  # how often a live stream double-checks the row
FINAL_GRACE_S = 1.0  # how long the bus may lag behind a final row
_HIDDEN_FIELDS = ("input_text", "expected_output", "actual_output")


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


async def stream_events(websocket: WebSocket, context: AppContext, submission: Submission) -> None:
    """Send the submission's events until the final one, then close (1000)."""
    messages: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    producers = [
        asyncio.create_task(_from_bus(context, submission, messages)),
        asyncio.create_task(_from_db(context, submission.id, messages)),
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
    context: AppContext, submission: Submission, out: asyncio.Queue[dict[str, Any]]
) -> None:
    hide = submission.kind is SubmissionKind.SUBMIT
    async for event in _subscribe(context, str(submission.id)):
        data = hide_hidden_tests(event.data) if hide else event.data
        await out.put({"submission_id": event.submission_id, "seq": event.seq, "data": data})


def _subscribe(context: AppContext, submission_id: str) -> AsyncIterator[Event]:
    return context.transport.bus.subscribe(submission_id)


async def _from_db(
    context: AppContext, submission_id: int, out: asyncio.Queue[dict[str, Any]]
) -> None:
    """If the row is final, give the bus a moment, then send the final event from the row."""
    while not await is_final_in_db(context, submission_id):
        await asyncio.sleep(DB_CHECK_INTERVAL_S)
    await asyncio.sleep(FINAL_GRACE_S)
    event = await final_event_from_db(context, submission_id)
    if event is not None:
        await out.put(event)


async def final_event_from_db(context: AppContext, submission_id: int) -> dict[str, Any] | None:
    async with context.database.sessions() as session:
        row = await submission_queries.get_submission(session, submission_id)
        if row is None or row.state is not SubmissionState.FINISHED:
            return None
        tests = await submission_queries.get_tests(session, submission_id)
    data = event_to_dict(Finished(judge_result(row, tests)))
    if row.kind is SubmissionKind.SUBMIT:
        data = hide_hidden_tests(data)
    return {"submission_id": str(submission_id), "seq": -1, "data": data}


def judge_result(row: Submission, tests: list[SubmissionTest]) -> JudgeResult:
    assert row.verdict is not None
    return JudgeResult(
        verdict=row.verdict,
        score=row.score,
        compile_output=row.compile_output,
        max_cpu_time_s=row.max_cpu_time_s or 0.0,
        max_memory_kib=row.max_memory_kib or 0,
        tests=tuple(_test_result(test) for test in tests),
        message=row.message,
    )


def _test_result(test: SubmissionTest) -> TestResult:
    return TestResult(
        name=test.name,
        verdict=test.verdict,
        cpu_time_s=test.cpu_time_s,
        wall_time_s=test.wall_time_s,
        memory_kib=test.memory_kib,
        message=test.message,
        score=test.score,
        is_sample=test.is_sample,
        input_text=test.input_text,
        expected_output=test.expected_output,
        actual_output=test.actual_output,
    )


def hide_hidden_tests(data: dict[str, Any]) -> dict[str, Any]:
    """Drop input and outputs of non-sample tests from an event (defence in depth)."""
    kind = data.get("kind")
    if kind == "test_finished" and isinstance(data.get("result"), dict):
        return {**data, "result": _hide(data["result"])}
    if kind == FINISHED and isinstance(data.get("result"), dict):
        tests = data["result"].get("tests")
        if isinstance(tests, list):
            return {**data, "result": {**data["result"], "tests": [_hide(t) for t in tests]}}
    return data


def _hide(test: Any) -> Any:
    if not isinstance(test, dict) or test.get("is_sample"):
        return test
    return {**test, **dict.fromkeys(_HIDDEN_FIELDS)}
