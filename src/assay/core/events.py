"""Typed events the judge yields while judging; the queue carries them, the API streams them."""

from __future__ import annotations

from dataclasses import asdict, dataclass
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


JudgeEvent = Compiling | Compiled | TestStarted | TestFinished | Finished


def event_to_dict(event: JudgeEvent) -> dict[str, Any]:
    """A JSON-ready dict (enums become their string values)."""
    plain: dict[str, Any] = _plain(asdict(event))
    return plain


def _plain(value: Any) -> Any:
    if isinstance(value, Verdict):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value
