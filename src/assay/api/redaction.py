"""What a client may see of judging: one redaction for every path out of the API.

A program can print what it reads, and a checker's message quotes what it printed (`expected '0',
got 'LEAK:1_0_0'`), so everything a hidden test's data can shape — its name, the checker's
message, its input and outputs — would carry hidden tests out of the sandbox. A hidden test shows
its position, verdict, time, memory and score, and a fixed message. Samples (and custom input)
stay whole: they are the user's to see. The judge's own diagnostics (a JE's message) may quote a
validator's stderr, so only operators read them.

`operator=True` (an administrator) leaves everything as judged. Every function here is pure.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from assay.core import (
    Accepted,
    Finished,
    JudgeResult,
    StreamEvent,
    TestFinished,
    TestResult,
    TestStarted,
    Verdict,
    event_from_dict,
    event_to_dict,
)

HIDDEN_TEST_MESSAGE = "Details of hidden tests are not shown."
JUDGE_ERROR_MESSAGE = "The judge failed on this submission; an administrator can see why."


def hidden_test_name(position: int) -> str:
    """The only name a hidden test has outside the judge (`position` is 1-based)."""
    return f"Test {position}"


def redact_test(result: TestResult, position: int, *, operator: bool = False) -> TestResult:
    """A hidden test keeps its verdict and usage only; a sample, and a hidden test the problem
    reveals (a practice problem's first failure), are returned as they are."""
    if operator or result.is_sample or result.revealed:
        return result
    return TestResult(
        name=hidden_test_name(position),
        verdict=result.verdict,
        cpu_time_s=result.cpu_time_s,
        wall_time_s=result.wall_time_s,
        memory_kib=result.memory_kib,
        message="" if result.verdict is Verdict.AC else HIDDEN_TEST_MESSAGE,
        score=result.score,
        is_sample=False,
    )


def redact_judge_message(message: str, *, operator: bool = False) -> str:
    """The judge's diagnostics (for JE) are for operators; others learn that it failed."""
    return message if operator or not message else JUDGE_ERROR_MESSAGE


def redact_result(result: JudgeResult, *, operator: bool = False) -> JudgeResult:
    if operator:
        return result
    tests = tuple(redact_test(test, i) for i, test in enumerate(result.tests, start=1))
    return dataclasses.replace(result, tests=tests, message=redact_judge_message(result.message))


def redact_event(event: StreamEvent, *, operator: bool = False) -> StreamEvent:
    if operator:
        return event
    if isinstance(event, Accepted):  # which worker took the job names the operator's machines
        return dataclasses.replace(event, worker="")
    if isinstance(event, TestStarted) and not event.is_sample:
        return dataclasses.replace(event, name=hidden_test_name(event.index))
    if isinstance(event, TestFinished):
        return dataclasses.replace(event, result=redact_test(event.result, event.index))
    if isinstance(event, Finished):
        return Finished(redact_result(event.result))
    return event


def redact_wire(data: dict[str, Any], *, operator: bool = False) -> dict[str, Any]:
    """An event as the bus carries it (a dict), redacted. What cannot be read keeps its kind only:
    a field nobody here knows is never passed on."""
    kind = data.get("kind")
    try:
        event = event_from_dict(data)
    except ValueError:
        return {"kind": kind if isinstance(kind, str) else "unknown"}
    return event_to_dict(redact_event(event, operator=operator))
