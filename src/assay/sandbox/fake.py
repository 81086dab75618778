"""A scripted stand-in for the sandbox, for unit tests of the layers above it.

It runs nothing: each request is answered by a function the test supplies (a `Responder`), and
every request is recorded in order. The judge's own host-side work (build and feedback
directories, FIFOs) still happens, owned by the current user, so no root is needed. The proof
that a feature works still goes through the real sandbox.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from assay.core.types import RunStatus, Usage
from assay.sandbox.lending import LendingPool
from assay.sandbox.types import RunRequest, RunResult, Sandbox

Responder = Callable[[RunRequest], RunResult]


def run_result(
    status: RunStatus = RunStatus.OK,
    *,
    stdout: bytes = b"",
    stderr: bytes = b"",
    exit_code: int | None = None,
    message: str = "",
    cpu_time_s: float = 0.01,
    memory_kib: int = 1024,
) -> RunResult:
    """A result as the sandbox would report it (exit code 0 when OK and none is given)."""
    if exit_code is None and status == RunStatus.OK:
        exit_code = 0
    return RunResult(
        status=status,
        usage=Usage(cpu_time_s, cpu_time_s, memory_kib),
        exit_code=exit_code,
        stdout=stdout,
        stderr=stderr,
        message=message,
    )


def ok_result(stdout: bytes = b"", cpu_time_s: float = 0.01) -> RunResult:
    return run_result(stdout=stdout, cpu_time_s=cpu_time_s)


def always(result: RunResult) -> Responder:
    return lambda _request: result


def by_argv(rules: Mapping[str, RunResult | Responder], default: Responder) -> Responder:
    """Answer by the first rule whose key is a word of the request's argv (e.g.
    "/usr/bin/true", "py_compile", "/prog/main.py"); `default` answers the rest."""

    def respond(request: RunRequest) -> RunResult:
        for word, answer in rules.items():
            if word in request.argv:
                return answer if isinstance(answer, RunResult) else answer(request)
        return default(request)

    return respond


def stdin_of(request: RunRequest) -> bytes:
    """What the program would read on stdin."""
    return request.stdin.read_bytes() if isinstance(request.stdin, Path) else request.stdin


def bound_at(request: RunRequest, box_path: str) -> Path | None:
    """The host path the request binds at `box_path` (e.g. a validator's /feedback)."""
    for host, inside in (*request.readwrite_binds, *request.readonly_binds):
        if inside == box_path:
            return host
    return None


@dataclass
class FakeBox:
    responder: Responder
    requests: list[RunRequest] = field(default_factory=list)  # this box's, in order
    log: list[RunRequest] = field(default_factory=list)  # every box's of the pool, in order
    kills: int = 0
    cpu_used_s: float = 0.0  # what `cpu_time_s` reports: a test sets it
    memory_used_kib: int = 0  # what `peak_memory_kib` reports

    held: list[RunRequest] = field(default_factory=list)  # each run's `then`, when given
    running: int = 0  # runs in progress: the responder has not returned yet

    def run(self, request: RunRequest, then: RunRequest | None = None) -> RunResult:
        self.requests.append(request)
        self.log.append(request)
        if then is not None:
            self.held.append(then)
        self.running += 1
        try:
            return self.responder(request)
        finally:
            self.running -= 1

    def payload_running(self) -> bool:
        return self.running > 0

    def kill(self) -> None:
        """Nothing runs, so nothing to kill; counted for tests."""
        self.kills += 1

    def cpu_time_s(self) -> float:
        return self.cpu_used_s

    def peak_memory_kib(self) -> int:
        return self.memory_used_kib


@dataclass(frozen=True, slots=True)
class FakeSlot:
    index: int
    main: FakeBox
    helper: FakeBox
    cpu: int | None = None

    def run(self, request: RunRequest, then: RunRequest | None = None) -> RunResult:
        return self.main.run(request, then)


class FakeSandboxPool(LendingPool[FakeSlot]):
    """Same surface as SandboxPool: `slots`, `slot()`, `run()`, `sandbox_ids`.

    `responder` answers the main boxes (compiles, calibration, the submission); `helper`, the
    helper boxes (validators, reference solutions), and defaults to `responder`.
    """

    def __init__(
        self,
        responder: Responder,
        helper: Responder | None = None,
        slots: int = 1,
        sandbox_ids: tuple[int, int] | None = None,
    ) -> None:
        # The judge chowns its build directories to these: the current user needs no root.
        self.sandbox_ids = sandbox_ids or (os.getuid(), os.getgid())
        self.requests: list[RunRequest] = []  # every request to any box, in order
        made = [
            FakeSlot(
                i,
                FakeBox(responder, log=self.requests),
                FakeBox(helper or responder, log=self.requests),
            )
            for i in range(slots)
        ]
        self._keep(made, on_return=lambda slot: None)


_IS_A_SANDBOX: type[Sandbox] = FakeSandboxPool  # mypy proves the fake meets the same protocol
