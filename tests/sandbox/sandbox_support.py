"""Helpers for tests running programs in the real sandbox: judging, and what a box leaves."""

from __future__ import annotations

import os
import pwd
import time
from collections.abc import Callable, Collection
from dataclasses import replace
from pathlib import Path

import pytest

from assay.core.events import Finished
from assay.core.types import JudgeResult, Verdict
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.judge.types import JudgeOptions, Source
from assay.problems.model import Problem
from assay.sandbox.pool import SANDBOX_USER

TESTS_DIR = Path(__file__).parents[1]
SUM_PROBLEM_DIR = TESTS_DIR / "data" / "golden_sum"
GOLDEN_DIR = TESTS_DIR / "judge" / "golden"
# The read-only shared corpora beside the repository (as tests/conftest.py finds them).
CORPORA_DIR = (TESTS_DIR.resolve().parent / ".." / "shared" / "corpora").resolve()

# run_judge(text, language, problem=None, **JudgeOptions fields) -> JudgeResult
JudgeFn = Callable[..., JudgeResult]


def judge_source(
    env: JudgeEnvironment,
    problem: Problem,
    text: str,
    language: str,
    options: JudgeOptions | None = None,
) -> JudgeResult:
    """Judge through the real pipeline; the final result."""
    availability = env.registry.availability(language)
    if not availability.available:
        pytest.skip(f"{language} is not available here: {availability.reason}")
    events = list(judge(problem, Source(text, language), options or JudgeOptions(), env))
    final = events[-1]
    assert isinstance(final, Finished), f"the judge's last event is {final!r}"
    return final.result


def describe(result: JudgeResult) -> str:
    tests = [
        (t.name, t.verdict.value, t.cpu_time_s, t.wall_time_s, t.memory_kib, t.message)
        for t in result.tests
    ]
    return f"{result.verdict.value} {tests} {result.message} {result.compile_output[:800]}"


def sandbox_uid() -> int:
    return pwd.getpwnam(SANDBOX_USER).pw_uid


def _read(path: str) -> str:
    try:
        with open(path) as handle:
            return handle.read()
    except OSError:
        return ""


def _status_field(pid: int, name: str) -> str:
    for line in _read(f"/proc/{pid}/status").splitlines():
        key, _, value = line.partition(":")
        if key == name:
            return value.strip()
    return ""


def _uid(pid: int) -> int | None:
    fields = _status_field(pid, "Uid").split()
    return int(fields[0]) if fields else None


def _ppid(pid: int) -> int:
    value = _status_field(pid, "PPid")
    return int(value) if value else 0


def _judge_owner(pid: int) -> int | None:
    """The process whose sandbox pool owns the box cgroup `pid` is in, if any.

    Box cgroups are named `<pid of the judge process>-slot<N>-<box>` (see SandboxPool)."""
    for line in _read(f"/proc/{pid}/cgroup").splitlines():
        path = line.split(":", 2)[-1]
        parts = path.strip("/").split("/")
        if len(parts) >= 2 and parts[-2] == "assay" and "-slot" in parts[-1]:
            owner = parts[-1].split("-slot", 1)[0]
            if owner.isdigit():
                return int(owner)
    return None


def _belongs_to_another_judge(pid: int) -> bool:
    """Other test runs or workers on this host run boxes too; their processes are not ours."""
    me = os.getpid()
    owner = _judge_owner(pid)
    if owner is not None:
        return owner != me and Path(f"/proc/{owner}").exists()
    # Outside any box cgroup: bwrap's outer process, a child of the judge that started it.
    uid = sandbox_uid()
    ancestor = _ppid(pid)
    while ancestor > 1:
        if ancestor == me:
            return False
        if _uid(ancestor) != uid:
            return True  # started by some other (root) process: another judge
        ancestor = _ppid(ancestor)
    # An orphan reparented to init: escaped from a box, unless it is a bwrap that never got into
    # a box cgroup (a box whose judge was killed during bwrap's set-up hangs there for good;
    # a run elsewhere on this host may leave one at any time).
    return _read(f"/proc/{pid}/comm").strip() == "bwrap"


def sandbox_processes() -> dict[int, str]:
    """Live processes of the sandbox user that no other judge on this host accounts for.

    Zombies are left out: bwrap does not reap the box's PID 1, which init reaps (on this VM
    kind, with some delay); a zombie runs nothing and holds nothing but its pid."""
    uid = sandbox_uid()
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        pid = int(entry)
        if _uid(pid) != uid or _status_field(pid, "State").startswith(("Z", "X")):
            continue
        if not _belongs_to_another_judge(pid):
            found[pid] = _read(f"/proc/{pid}/cmdline").replace("\0", " ").strip()
    return found


def assert_no_new_sandbox_processes(before: Collection[int], grace_s: float = 2.0) -> None:
    """Nothing of a box survives its run (killed processes may take a moment to go).

    `before`: what was there already (e.g. a box some crashed run elsewhere left behind)."""
    deadline = time.monotonic() + grace_s
    while True:
        left = {pid: cmd for pid, cmd in sandbox_processes().items() if pid not in before}
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert not left, f"processes of {SANDBOX_USER} survived the run: {left}"


def assert_bomb_stopped(result: JudgeResult, limit_s: float) -> None:
    """A fork bomb ends as TLE, or as MLE: the kernel memory of its processes and of its failed
    forks is charged to the box, and on this host it can fill the memory limit before the CPU time
    runs out (seen: kmem 65 MiB of a 64 MiB limit, 1 MiB of user memory). Stopped in time either
    way."""
    test = result.tests[0]
    if result.verdict == Verdict.MLE:
        assert test.message == "memory limit (out-of-memory kill)", describe(result)
        assert test.wall_time_s < 2 * limit_s + 2, describe(result)
        return
    assert_tle(result, limit_s)


def assert_tle(result: JudgeResult, limit_s: float) -> None:
    """TLE on the first test: by CPU polling soon after the limit, or, when other load on the
    host starves the box's core, by the wall limit (more than limit + 1 s)."""
    assert result.verdict == Verdict.TLE, describe(result)
    test = result.tests[0]
    if test.message == "CPU time limit":
        assert limit_s <= test.cpu_time_s < limit_s + 0.5, describe(result)
    else:
        assert test.message == "wall time limit", describe(result)
        assert test.wall_time_s >= limit_s + 1, describe(result)
    assert test.wall_time_s < 2 * limit_s + 2, describe(result)


def golden_ac(language: str) -> str:
    return next((GOLDEN_DIR / language).glob("AC.*")).read_text()


def with_memory(problem: Problem, memory_mib: int) -> Problem:
    return replace(problem, limits=replace(problem.limits, memory_mib=memory_mib))
