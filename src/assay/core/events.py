"""Typed events of a submission's stream: the judge yields most of them while judging, the queue
adds `Queued` and `Accepted`; the queue carries them, the API streams them. `event_to_dict` and
`event_from_dict` are the one wire format."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, Literal

from assay.core.types import JudgeResult, TestResult, Verdict


@dataclass(frozen=True, slots=True)
class Compiling:
    kind: Literal["compiling"] = "compiling"


@dataclass(frozen=True, slots=True)
class Compiled:
    ok: bool
    output: str = ""  # compiler diagnostics, truncated
    kind: Literal["compiled"] = "compiled"


@dataclass(frozen=True, slots=True)
class TestStarted:
    __test__ = False  # not a pytest test class

    index: int  # 1-based
    total: int
    name: str
    is_sample: bool = False  # a sample's name may be shown; a hidden test's never is
    kind: Literal["test_started"] = "test_started"


@dataclass(frozen=True, slots=True)
class TestFinished:
    __test__ = False  # not a pytest test class

    index: int  # 1-based
    total: int
    result: TestResult
    kind: Literal["test_finished"] = "test_finished"


@dataclass(frozen=True, slots=True)
class Finished:
    result: JudgeResult
    kind: Literal["finished"] = "finished"


@dataclass(frozen=True, slots=True)
class Queued:
    """Published when a submission is enqueued; starts the stream of its `attempt`."""

    attempt: int
    kind: Literal["queued"] = "queued"


@dataclass(frozen=True, slots=True)
class Accepted:
    """Published by the worker that starts a job (again on redelivery)."""

    attempt: int
    worker: str = ""  # the worker's id: operators only (it names their machines)
    kind: Literal["accepted"] = "accepted"


JudgeEvent = Compiling | Compiled | TestStarted | TestFinished | Finished  # what judging yields
StreamEvent = Queued | Accepted | JudgeEvent  # what a submission's stream carries


def event_to_dict(event: StreamEvent) -> dict[str, Any]:
    """A JSON-ready dict (enums become their string values)."""
    plain: dict[str, Any] = _plain(asdict(event))
    return plain


def event_from_dict(data: dict[str, Any]) -> StreamEvent:
    """The inverse of `event_to_dict`; raises ValueError for anything else (unknown kinds too)."""
    try:
        return _parse_event(data)
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"not a judge event: {error}") from error


def _parse_event(data: dict[str, Any]) -> StreamEvent:
    kind = data.get("kind")
    if kind == "compiling":
        return Compiling()
    if kind == "compiled":
        return Compiled(ok=bool(data["ok"]), output=str(data.get("output", "")))
    if kind == "test_started":
        return TestStarted(
            int(data["index"]), int(data["total"]), str(data["name"]), bool(data.get("is_sample"))
        )
    if kind == "test_finished":
        result = parse_test_result(data["result"])
        return TestFinished(int(data["index"]), int(data["total"]), result)
    if kind == "finished":
        return Finished(parse_judge_result(data["result"]))
    if kind == "queued":
        return Queued(int(data["attempt"]))
    if kind == "accepted":
        return Accepted(int(data["attempt"]), str(data.get("worker", "")))
    raise ValueError(f"unknown kind {kind!r}")


def parse_judge_result(data: dict[str, Any]) -> JudgeResult:
    known = _known(JudgeResult, data)
    tests = tuple(parse_test_result(test) for test in known.pop("tests", ()))
    return JudgeResult(**{**known, "verdict": Verdict(known["verdict"]), "tests": tests})


def parse_test_result(data: dict[str, Any]) -> TestResult:
    known = _known(TestResult, data)
    return TestResult(**{**known, "verdict": Verdict(known["verdict"])})


def _known(cls: type[Any], data: dict[str, Any]) -> dict[str, Any]:
    names = {field.name for field in fields(cls)}
    return {key: value for key, value in data.items() if key in names}


def _plain(value: Any) -> Any:
    if isinstance(value, Verdict):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value
