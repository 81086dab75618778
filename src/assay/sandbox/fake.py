"""A scripted stand-in for the sandbox, for unit tests of the layers above it.

It runs nothing: each request is answered by a function the test supplies. The proof that a
feature works still goes through the real sandbox.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from assay.core.types import RunStatus, Usage
from assay.sandbox.types import RunRequest, RunResult

Responder = Callable[[RunRequest], RunResult]


def ok_result(stdout: bytes = b"", cpu_time_s: float = 0.01) -> RunResult:
    return RunResult(status=RunStatus.OK, usage=Usage(cpu_time_s, cpu_time_s, 1024), stdout=stdout)


@dataclass
class FakeBox:
    responder: Responder
    requests: list[RunRequest] = field(default_factory=list)

    def run(self, request: RunRequest) -> RunResult:
        self.requests.append(request)
        return self.responder(request)

    def kill(self) -> None:
        """Nothing runs, so nothing to kill."""


@dataclass
class FakeSlot:
    index: int
    main: FakeBox
    helper: FakeBox
    cpu: int | None = None

    def run(self, request: RunRequest) -> RunResult:
        return self.main.run(request)


class FakeSandboxPool:
    """Same surface as SandboxPool: `slots`, `slot()`, `run()`, `sandbox_ids`."""

    def __init__(self, responder: Responder, slots: int = 1) -> None:
        self.sandbox_ids = (65534, 65534)
        self.slots = [FakeSlot(i, FakeBox(responder), FakeBox(responder)) for i in range(slots)]

    @contextlib.contextmanager
    def slot(self) -> Iterator[FakeSlot]:
        yield self.slots[0]

    def run(self, request: RunRequest) -> RunResult:
        return self.slots[0].run(request)
