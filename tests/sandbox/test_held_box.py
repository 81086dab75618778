"""A box started ahead for the next run (`Box.run(request, then=next_request)`): the next test's
box is set up while this test runs, held before its payload, and released only by a run of
the same request. Every test still gets a box of its own, measured from its own cgroup; a box
that is never asked for is stopped before its payload can start."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from assay.core.types import Limits, RunStatus
from assay.judge.pipeline import JudgeEnvironment
from assay.sandbox import RunRequest, SandboxPool
from assay.sandbox.pool import Slot

pytestmark = [pytest.mark.sandbox, pytest.mark.timeout(120)]

SH = "/bin/sh"
CPU_LIMITS = Limits(cpu_time_s=5.0, wall_time_s=60.0)


@pytest.fixture
def marks() -> Iterator[Path]:
    """A host directory the box may write to (pytest's tmp dirs are 0700 root): a payload
    that ran leaves its mark there."""
    directory = Path(tempfile.mkdtemp(prefix="assay-held-", dir="/var/tmp"))
    directory.chmod(0o777)
    yield directory
    shutil.rmtree(directory, ignore_errors=True)


def _marking(marks: Path, name: str, script: str = "") -> RunRequest:
    return RunRequest(
        argv=[SH, "-c", f"{script} touch /marks/{name}; cat"],
        readwrite_binds=[(marks, "/marks")],
        limits=CPU_LIMITS,
        stdin=f"input of {name}\n".encode(),
    )


def _processes_naming(token: str) -> list[int]:
    """Processes (bwrap, the box's init, a payload) whose command line holds `token`."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if token.encode() in Path(f"/proc/{entry}/cmdline").read_bytes():
                    found.append(int(entry))
            except OSError:
                continue
    return found


def test_the_held_box_runs_the_next_request(slot: Slot, marks: Path) -> None:
    box = slot.main
    first, second = _marking(marks, "first"), _marking(marks, "second")
    result = box.run(first, then=second)
    assert result.status == RunStatus.OK and result.stdout == b"input of first\n"
    time.sleep(0.3)  # time enough for the held box to have started its payload, if it could
    assert not (marks / "second").exists(), "the held box ran before it was released"
    result = box.run(second)
    assert result.status == RunStatus.OK and result.stdout == b"input of second\n"
    assert (marks / "second").exists()


def test_a_held_box_never_asked_for_never_runs(slot: Slot, marks: Path) -> None:
    box = slot.main
    box.run(_marking(marks, "first"), then=_marking(marks, "unwanted"))
    result = box.run(_marking(marks, "other"))  # not the held request: started afresh
    assert result.status == RunStatus.OK and result.stdout == b"input of other\n"
    box.run(_marking(marks, "last"), then=_marking(marks, "never"))
    box.discard_held()
    time.sleep(0.3)
    assert sorted(p.name for p in marks.iterdir()) == ["first", "last", "other"]


def test_returning_the_slot_stops_its_held_box(judge_env: JudgeEnvironment, marks: Path) -> None:
    pool = judge_env.pool
    assert isinstance(pool, SandboxPool)
    held = f"held-{uuid.uuid4().hex}"
    with pool.slot() as slot:
        slot.main.run(_marking(marks, "first"), then=_marking(marks, held))
        assert _processes_naming(held), "no box was held"
    time.sleep(0.3)
    assert not _processes_naming(held)
    assert not (marks / held).exists()


def test_each_run_of_a_chain_is_measured_and_isolated_on_its_own(slot: Slot, marks: Path) -> None:
    """Tests run back to back through held boxes: what one leaves in /tmp, /work or as a
    process is gone for the next, and each run's CPU time is its own."""
    box = slot.main
    spin = "i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done;"
    leave = "echo left > /tmp/left; echo left > /work/left; (sleep 30 &);"
    look = "ls /tmp /work; cat /proc/[0-9]*/comm | grep -c sleep || true;"
    requests = [
        RunRequest(argv=[SH, "-c", spin + leave], limits=CPU_LIMITS),
        RunRequest(argv=[SH, "-c", look], limits=CPU_LIMITS),
        RunRequest(argv=[SH, "-c", "true"], limits=CPU_LIMITS),
    ]
    results = [
        box.run(request, then=requests[i + 1] if i + 1 < len(requests) else None)
        for i, request in enumerate(requests)
    ]
    assert [r.status for r in results] == [RunStatus.OK] * 3, results
    assert b"left" not in results[1].stdout
    assert results[1].stdout.split()[-1] == b"0", results[1].stdout  # no sleeper survived
    assert results[0].usage.cpu_time_s > 0.05
    assert results[2].usage.cpu_time_s < results[0].usage.cpu_time_s / 5
