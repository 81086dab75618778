"""Pure value types shared by every layer. No I/O here."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Verdict(StrEnum):
    """The outcome of judging a test or a whole submission."""

    AC = "AC"  # accepted
    WA = "WA"  # wrong answer
    TLE = "TLE"  # time limit exceeded (CPU or wall)
    MLE = "MLE"  # memory limit exceeded
    OLE = "OLE"  # output limit exceeded
    RE = "RE"  # run-time error: non-zero exit or killed by a signal
    CE = "CE"  # compile error
    JE = "JE"  # judge error: a fault of the judge or the problem, never of the user


class SubmissionState(StrEnum):
    """Where a submission is in its life; separate from its verdict."""

    QUEUED = "queued"  # stored, waiting for a worker
    JUDGING = "judging"  # a worker is compiling or running it
    FINISHED = "finished"  # the final result is recorded


class RunStatus(StrEnum):
    """What happened to one sandboxed process, as the sandbox saw it."""

    OK = "ok"  # exited with status 0
    NONZERO_EXIT = "nonzero_exit"  # exited with another status
    SIGNALED = "signaled"  # killed by a signal it did not receive from us
    TIME_LIMIT = "time_limit"  # CPU or wall-clock limit reached
    MEMORY_LIMIT = "memory_limit"  # the kernel's OOM killer fired in the box
    OUTPUT_LIMIT = "output_limit"  # stdout, stderr or a file grew past its cap
    INTERNAL_ERROR = "internal_error"  # the sandbox itself failed


@dataclass(frozen=True, slots=True)
class Limits:
    """Resource limits for one sandboxed run. `None` means "use the default"."""

    cpu_time_s: float = 1.0
    wall_time_s: float | None = None  # default: 2 * cpu_time_s + 1
    memory_kib: int = 256 * 1024
    processes: int = 64  # counts threads too
    stdout_kib: int = 64 * 1024
    stderr_kib: int = 64
    file_size_kib: int = 64 * 1024
    open_files: int = 64
    stack_kib: int | None = None  # default: equal to memory_kib
    work_size_kib: int = 64 * 1024  # size of the private writable /work tmpfs

    @property
    def effective_wall_time_s(self) -> float:
        return self.wall_time_s if self.wall_time_s is not None else 2 * self.cpu_time_s + 1

    @property
    def effective_stack_kib(self) -> int:
        return self.stack_kib if self.stack_kib is not None else self.memory_kib


@dataclass(frozen=True, slots=True)
class Usage:
    """Resources one run consumed, measured from the cgroup."""

    cpu_time_s: float = 0.0
    wall_time_s: float = 0.0
    memory_kib: int = 0


@dataclass(frozen=True, slots=True)
class TestResult:
    """The judged result of one test case."""

    __test__ = False  # not a pytest test class

    name: str
    verdict: Verdict
    cpu_time_s: float = 0.0
    wall_time_s: float = 0.0
    memory_kib: int = 0
    message: str = ""  # for the user (teammessage, signal name, exit code)
    score: float | None = None
    is_sample: bool = False
    # Shown only for samples or custom input; None for hidden tests.
    input_text: str | None = None
    expected_output: str | None = None
    actual_output: str | None = None
    # A hidden test whose data its author may see: a practice (function) problem shows the
    # first failing test, as LeetCode does, when its package allows it (`reveal`).
    revealed: bool = False


@dataclass(frozen=True, slots=True)
class JudgeResult:
    """The final result of judging one submission."""

    verdict: Verdict
    score: float | None = None
    compile_output: str = ""
    max_cpu_time_s: float = 0.0
    max_memory_kib: int = 0
    tests: tuple[TestResult, ...] = field(default_factory=tuple)
    message: str = ""  # for JE: what went wrong, for the operator
