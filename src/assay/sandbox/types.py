"""The sandbox's contract: a request to run one argv under limits, and what came of it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from assay.core.types import Limits, RunStatus, Usage


class SandboxError(Exception):
    """The sandbox could not do its job (a fault of the host or of ours, never of the program)."""


class SandboxUnavailable(SandboxError):
    """The host cannot give the isolation we need; the message says what to fix."""


@dataclass(frozen=True, slots=True)
class RunRequest:
    """Run `argv` inside a fresh box.

    The box sees read-only /usr, /lib*, /bin, /etc/alternatives, the given `readonly_binds`
    and a private writable `/work` (a tmpfs, or `work_dir` from the host when set, for
    compilation outputs). Nothing else of the host.
    """

    argv: Sequence[str]
    limits: Limits = field(default_factory=Limits)
    # Fed on stdin: bytes, or a host file the parent opens (the box never sees its path).
    stdin: bytes | Path = b""
    files: Mapping[str, bytes] = field(default_factory=dict)  # written into /work first
    work_dir: Path | None = None  # host directory bound read-write at /work
    readonly_binds: Sequence[tuple[Path, str]] = ()  # (host path, box path)
    readwrite_binds: Sequence[tuple[Path, str]] = ()  # (host path, box path)
    env: Mapping[str, str] = field(default_factory=dict)
    cwd: str = "/work"
    work_writable: bool = True  # False: /work is read-only (files only in /tmp)
    stop_at_output_limit: bool = False  # kill at the output cap instead of discarding the rest
    # Start the payload with SIGPIPE ignored (the disposition survives exec): a write to a
    # closed pipe fails with EPIPE instead of killing it. Validators run this way.
    ignore_sigpipe: bool = False
    # Start-up cost of this program kind, subtracted from the measured usage.
    baseline: Usage = field(default_factory=Usage)


@dataclass(frozen=True, slots=True)
class RunResult:
    status: RunStatus
    usage: Usage
    exit_code: int | None = None
    signal: int | None = None
    signal_name: str | None = None
    stdout: bytes = b""
    stderr: bytes = b""
    message: str = ""  # why: which limit, or what failed inside the sandbox

    @property
    def ok(self) -> bool:
        return self.status == RunStatus.OK


# What the judge asks of a sandbox. `assay.sandbox.pool` implements it with real boxes;
# `assay.sandbox.fake` with scripted answers, so the judge can be tested without root.


class BoxRunner(Protocol):
    """One box: runs one request at a time."""

    def run(self, request: RunRequest, then: RunRequest | None = None) -> RunResult:
        """Run `request`. `then` says what the next run will be (the next test): the box may
        keep its box up for it or start it ahead, while this one runs; any other next run is
        started afresh."""

    def kill(self) -> None:
        """Stop the run in progress, from another thread (nothing when none is running)."""

    def cpu_time_s(self) -> float:
        """CPU time of the run in progress so far, from the kernel (read from another thread)."""

    def peak_memory_kib(self) -> int:
        """Peak memory of the run in progress so far, from the kernel (read from another thread);
        0 when it cannot be read."""

    def payload_running(self) -> bool:
        """Whether the run in progress has a process alive and not yet exiting (from another
        thread); False between runs."""


class Slot(Protocol):
    """A judging slot: the program's box and one beside it (validator, reference solution)."""

    @property
    def index(self) -> int: ...  # stable per slot: the judge keys its calibration by it

    @property
    def main(self) -> BoxRunner: ...

    @property
    def helper(self) -> BoxRunner: ...

    def run(self, request: RunRequest, then: RunRequest | None = None) -> RunResult:
        """Run on the main box."""


class Sandbox(Protocol):
    """A pool of slots, each borrowed for one judging."""

    @property
    def sandbox_ids(self) -> tuple[int, int]: ...  # (uid, gid) inside the boxes: owns build dirs

    @property
    def slots(self) -> Sequence[Slot]: ...

    def slot(self) -> AbstractContextManager[Slot]:
        """Borrow a free slot for the duration of the `with` block (blocks until one is free)."""

    def lend_idle_slot(self) -> Slot | None:
        """A free slot lent until `give_back`, or None when none is free or a judging waits
        for one (a judging spreads its tests over the slots it is lent)."""

    def give_back(self, slot_index: int) -> None:
        """Return the lent slot of that index."""

    def slot_wanted(self) -> bool:
        """Whether a judging waits for a slot: lent slots go back after their test."""
