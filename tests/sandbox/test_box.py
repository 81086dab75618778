"""The sandbox alone, through the real boxes: statuses, measurements, stdin and output capture."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from assay.core.types import Limits, RunStatus
from assay.judge.pipeline import JudgeEnvironment
from assay.sandbox import RunRequest, RunResult, SandboxPool, SandboxUnavailable, pool
from assay.sandbox import box as box_module
from assay.sandbox.pool import Slot

pytestmark = [pytest.mark.sandbox, pytest.mark.timeout(60)]

PYTHON = "/usr/bin/python3"
SH = "/bin/sh"
# A generous wall limit for CPU measurements: other load on the host must not end them early.
CPU_LIMITS = Limits(cpu_time_s=5.0, wall_time_s=60.0)

RunFn = Callable[..., RunResult]


@pytest.fixture(scope="module")
def box_pool(judge_env: JudgeEnvironment) -> SandboxPool:
    return judge_env.pool


@pytest.fixture
def run(box_pool: SandboxPool) -> RunFn:
    """`run(argv, **RunRequest fields)` in the real sandbox."""

    def run_request(argv: list[str], **fields: Any) -> RunResult:
        return box_pool.run(RunRequest(argv=argv, **fields))

    return run_request


def python(code: str) -> list[str]:
    return [PYTHON, "-c", code]


def sh(script: str) -> list[str]:
    return [SH, "-c", script]


# ---------------------------------------------------------------------------------------------
# Status kinds, exit codes and signals


def test_ok(run: RunFn) -> None:
    result = run(["/usr/bin/true"])
    assert result.status == RunStatus.OK and result.ok
    assert (result.exit_code, result.signal, result.signal_name) == (0, None, None)
    assert result.message == ""


def test_nonzero_exit(run: RunFn) -> None:
    result = run(sh("echo out; echo err >&2; exit 3"))
    assert result.status == RunStatus.NONZERO_EXIT and not result.ok
    assert (result.exit_code, result.signal, result.signal_name) == (3, None, None)
    assert result.message == "exit code 3"
    assert (result.stdout, result.stderr) == (b"out\n", b"err\n")


@pytest.mark.parametrize(
    "number", [signal.SIGSEGV, signal.SIGABRT, signal.SIGFPE, signal.SIGKILL, signal.SIGTERM]
)
def test_killed_by_a_signal(run: RunFn, number: signal.Signals) -> None:
    result = run(python(f"import os, signal; os.kill(os.getpid(), {int(number)})"))
    assert result.status == RunStatus.SIGNALED, result
    assert (result.exit_code, result.signal, result.signal_name) == (None, number, number.name)
    assert result.message == f"killed by {number.name}"


@pytest.mark.parametrize("status", [193, 200, 255])
def test_exit_status_beyond_any_signal_is_an_exit_code(run: RunFn, status: int) -> None:
    """`exit(-1)` is status 255, not "signal 127"."""
    result = run(sh(f"exit {status}"))
    assert result.status == RunStatus.NONZERO_EXIT
    assert (result.exit_code, result.signal) == (status, None)
    assert result.message == f"exit code {status}"


def test_exit_status_129_to_192_reads_as_a_signal(run: RunFn) -> None:
    """A known ambiguity: bwrap reports a child killed by signal n as exit status 128 + n, so
    `exit(139)` looks like SIGSEGV from outside. Either way the run failed (RE)."""
    result = run(sh("exit 139"))
    assert result.status == RunStatus.SIGNALED
    assert result.signal_name == "SIGSEGV"


def test_cpu_time_limit(run: RunFn) -> None:
    result = run(python("while True: pass"), limits=Limits(cpu_time_s=0.5, wall_time_s=30))
    assert result.status == RunStatus.TIME_LIMIT
    assert result.message == "CPU time limit"
    assert 0.5 <= result.usage.cpu_time_s < 0.5 + 0.5


def test_cpu_time_limit_counts_every_process(run: RunFn) -> None:
    """Two spinning processes: the cgroup's total is compared with the limit, not one process's."""
    code = "import os; os.fork(); os.fork()\nwhile True: pass"
    result = run(python(code), limits=Limits(cpu_time_s=0.6, wall_time_s=30))
    assert result.status == RunStatus.TIME_LIMIT
    assert result.message == "CPU time limit"
    assert 0.6 <= result.usage.cpu_time_s < 0.6 + 0.5


def test_wall_time_limit(run: RunFn) -> None:
    result = run(sh("sleep 30"), limits=Limits(cpu_time_s=1.0, wall_time_s=0.5))
    assert result.status == RunStatus.TIME_LIMIT
    assert result.message == "wall time limit"
    assert 0.5 <= result.usage.wall_time_s < 1.5
    assert result.usage.cpu_time_s < 0.1


def test_default_wall_limit_is_twice_the_cpu_limit_plus_one(run: RunFn) -> None:
    result = run(sh("sleep 30"), limits=Limits(cpu_time_s=0.25))
    assert result.status == RunStatus.TIME_LIMIT
    assert 1.5 <= result.usage.wall_time_s < 2.5


def test_memory_limit(run: RunFn) -> None:
    code = "blocks = []\nwhile True: blocks.append(bytearray(1 << 20))"
    result = run(python(code), limits=Limits(memory_kib=64 * 1024))
    assert result.status == RunStatus.MEMORY_LIMIT
    assert "memory limit" in result.message
    assert 60 * 1024 <= result.usage.memory_kib <= 70 * 1024


def test_stdout_limit(run: RunFn) -> None:
    result = run(sh("head -c 100000 /dev/zero"), limits=Limits(stdout_kib=16))
    assert result.status == RunStatus.OUTPUT_LIMIT
    assert result.message == "stdout passed 16 KiB"
    assert result.stdout == bytes(16 * 1024)  # exactly the cap, the rest discarded


def test_stderr_limit(run: RunFn) -> None:
    result = run(sh("head -c 100000 /dev/zero >&2"), limits=Limits(stderr_kib=4))
    assert result.status == RunStatus.OUTPUT_LIMIT
    assert result.message == "stderr passed 4 KiB"
    assert result.stderr == bytes(4 * 1024)


def test_endless_output_is_capped_until_the_time_limit(run: RunFn) -> None:
    """Output past the cap is read and dropped, never buffered: the time limit ends the run
    (DOMjudge's semantics: a program printing for ever is a time-limit case)."""
    result = run(sh("yes"), limits=Limits(cpu_time_s=0.3, wall_time_s=1.0, stdout_kib=16))
    assert result.status in (RunStatus.TIME_LIMIT, RunStatus.OUTPUT_LIMIT)
    assert result.stdout == b"y\n" * (8 * 1024)


def test_file_size_limit(run: RunFn) -> None:
    result = run(sh("head -c 3000000 /dev/zero > /work/big"), limits=Limits(file_size_kib=1024))
    assert result.status == RunStatus.OUTPUT_LIMIT
    assert result.message == "file size limit"
    assert result.signal_name == "SIGXFSZ"


def test_internal_error_when_the_box_cannot_start(run: RunFn) -> None:
    """A box bwrap cannot set up (here: a bind of a missing host path) is the sandbox's fault."""
    result = run(["/usr/bin/true"], readonly_binds=[(Path("/nonexistent/assay"), "/x")])
    assert result.status == RunStatus.INTERNAL_ERROR
    assert "/nonexistent/assay" in result.message


def test_a_missing_program_is_a_failed_run(run: RunFn) -> None:
    result = run(["/nonexistent-program"])
    assert result.status == RunStatus.NONZERO_EXIT
    assert b"/nonexistent-program" in result.stderr


# ---------------------------------------------------------------------------------------------
# Measurements


def test_measured_cpu_of_a_busy_loop(run: RunFn) -> None:
    code = "import time\nend = time.process_time() + 0.4\nwhile time.process_time() < end: pass"
    result = run(python(code), limits=CPU_LIMITS)
    assert result.status == RunStatus.OK
    # 0.4 s of loop plus the interpreter's start (~20 ms here).
    assert 0.4 <= result.usage.cpu_time_s < 0.4 + 0.15


def test_measured_cpu_adds_up_over_processes(run: RunFn) -> None:
    code = (
        "import os, time\nchild = os.fork()\n"
        "end = time.process_time() + 0.3\nwhile time.process_time() < end: pass\n"
        "if child: os.waitpid(child, 0)"
    )
    result = run(python(code), limits=CPU_LIMITS)
    assert result.status == RunStatus.OK
    assert 0.6 <= result.usage.cpu_time_s < 0.6 + 0.2


def test_measured_cpu_counts_threads(run: RunFn) -> None:
    code = r"""
import threading, time
def spin():
    end = time.thread_time() + 0.25
    while time.thread_time() < end: pass
threads = [threading.Thread(target=spin) for _ in range(2)]
for t in threads: t.start()
for t in threads: t.join()
"""
    result = run(python(code), limits=CPU_LIMITS)
    assert result.status == RunStatus.OK
    assert 0.5 <= result.usage.cpu_time_s < 0.5 + 0.2


def test_peak_memory_of_a_known_allocation(run: RunFn) -> None:
    code = "block = bytearray(50 << 20)\nfor i in range(0, len(block), 4096): block[i] = 1"
    result = run(python(code), limits=Limits(memory_kib=256 * 1024))
    assert result.status == RunStatus.OK
    # 50 MiB plus the interpreter (~3-10 MiB).
    assert 50 * 1024 <= result.usage.memory_kib < 50 * 1024 + 16 * 1024


def test_peak_memory_ignores_what_earlier_runs_left_in_the_page_cache(
    run: RunFn,
    box_pool: SandboxPool,
) -> None:
    """Regression: a compile's page cache stayed charged to the reused cgroup, so the next run's
    peak started near its limit and any non-zero exit was misread as "memory limit"."""
    with tempfile.TemporaryDirectory() as directory:
        os.chown(directory, *box_pool.sandbox_ids)
        writer = run(
            sh("head -c 200000000 /dev/zero > /prog/big"),
            limits=Limits(memory_kib=1024 * 1024, file_size_kib=1024 * 1024),
            readwrite_binds=[(Path(directory), "/prog")],
        )
        assert writer.status == RunStatus.OK
        result = run(sh("exit 3"), limits=Limits(memory_kib=64 * 1024))
    assert result.status == RunStatus.NONZERO_EXIT, result
    assert result.usage.memory_kib < 16 * 1024


# ---------------------------------------------------------------------------------------------
# Input, files and environment


def test_stdin_bytes(run: RunFn) -> None:
    result = run(["/bin/cat"], stdin=b"hello\nbox\n")
    assert (result.status, result.stdout) == (RunStatus.OK, b"hello\nbox\n")


def test_stdin_from_a_host_file(run: RunFn, tmp_path: Path) -> None:
    data = os.urandom(3 << 20)
    source = tmp_path / "input.bin"
    source.write_bytes(data)
    result = run(["/usr/bin/sha256sum"], stdin=source)
    assert result.status == RunStatus.OK
    assert result.stdout.split()[0].decode() == hashlib.sha256(data).hexdigest()


def test_no_stdin_is_an_empty_stdin(run: RunFn) -> None:
    result = run(["/bin/cat"])
    assert (result.status, result.stdout) == (RunStatus.OK, b"")


def test_files_are_written_into_work(run: RunFn) -> None:
    result = run(sh("cat /work/a.txt sub.txt"), files={"a.txt": b"A\n", "sub.txt": b"B\n"})
    assert (result.status, result.stdout) == (RunStatus.OK, b"A\nB\n")


def test_environment_is_cleared(run: RunFn, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSAY_HOST_SECRET", "do-not-leak")
    result = run(["/usr/bin/env"], env={"EXTRA": "1"})
    lines = set(result.stdout.decode().splitlines())
    assert "EXTRA=1" in lines
    assert not any("ASSAY_HOST_SECRET" in line for line in lines)


def test_box_identity_and_limits(run: RunFn) -> None:
    script = "id -u; hostname; ulimit -s; ulimit -n; ls /proc | grep -c '^[0-9]'; cat /proc/net/dev"
    result = run(sh(script), limits=Limits(memory_kib=100 * 1024, open_files=32))
    lines = result.stdout.decode().splitlines()
    assert result.status == RunStatus.OK
    assert lines[0] != "0"  # never root inside
    assert lines[1] == "box"
    assert lines[2] == str(100 * 1024)  # stack limit = memory limit by default
    assert lines[3] == "32"
    assert int(lines[4]) <= 4  # only the box's own processes are visible
    interfaces = [line.split(":")[0].strip() for line in lines[5:] if ":" in line]
    assert interfaces == ["lo"]  # no network but its own loopback


def test_stack_limit_can_be_set(run: RunFn) -> None:
    result = run(sh("ulimit -s"), limits=Limits(memory_kib=100 * 1024, stack_kib=8 * 1024))
    assert result.stdout == b"8192\n"


def test_nothing_of_one_run_is_seen_by_the_next(run: RunFn) -> None:
    first = run(sh("echo secret > /work/left; echo secret > /tmp/left; echo ok"))
    assert first.stdout == b"ok\n"
    second = run(sh("cat /work/left /tmp/left"))
    assert second.status == RunStatus.NONZERO_EXIT
    assert second.stdout == b""


# ---------------------------------------------------------------------------------------------
# Refusing to run without isolation


def test_refuses_without_the_sandbox_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "SANDBOX_USER", "assay-no-such-user")
    with pytest.raises(SandboxUnavailable) as raised:
        SandboxPool(1)
    message = str(raised.value)
    assert "assay-no-such-user" in message
    assert "useradd" in message  # says what to fix


def test_refuses_without_bubblewrap(monkeypatch: pytest.MonkeyPatch) -> None:
    real_which = pool.shutil.which
    monkeypatch.setattr(
        pool.shutil, "which", lambda name: None if name == "bwrap" else real_which(name)
    )
    with pytest.raises(SandboxUnavailable, match="bwrap"):
        SandboxPool(1)


def test_refuses_when_not_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool.os, "geteuid", lambda: 1000)
    with pytest.raises(SandboxUnavailable, match="root"):
        SandboxPool(1)


def test_limits_default_wall_and_stack() -> None:
    limits = Limits(cpu_time_s=2.0, memory_kib=1000)
    assert limits.effective_wall_time_s == 5.0
    assert limits.effective_stack_kib == 1000
    assert replace(limits, stack_kib=10).effective_stack_kib == 10


# ---------------------------------------------------------------------------------------------
# Another thread's view of a run in progress: what the interactive judge and the function
# runner ask of a box while it runs.


def _start_in_thread(box: Any, request: RunRequest) -> tuple[threading.Thread, list[RunResult]]:
    results: list[RunResult] = []
    thread = threading.Thread(target=lambda: results.append(box.run(request)), daemon=True)
    thread.start()
    return thread, results


def _wait_until(predicate: Callable[[], bool]) -> None:
    for _ in range(1000):
        if predicate():
            return
        time.sleep(0.01)
    raise AssertionError("the box never reached the state")


def test_payload_running_while_a_process_lives_and_not_after(slot: Slot) -> None:
    """Asked right after the box's last look at its processes (the run before it ended within
    the second), as the interactive judge asks: on cgroup v1 a kept-open cgroup.procs would
    still list the earlier run's processes, none of this one's."""
    box = slot.helper
    assert box.run(RunRequest(argv=sh("exit 0"))).ok
    assert not box.payload_running()
    marker = tempfile.mkdtemp(prefix="assay-test-")
    os.chmod(marker, 0o777)
    request = RunRequest(
        argv=sh("touch /marker/started; sleep 1"),
        readwrite_binds=[(Path(marker), "/marker")],
        limits=Limits(cpu_time_s=5.0, wall_time_s=30.0),
    )
    thread, results = _start_in_thread(box, request)
    _wait_until((Path(marker) / "started").exists)
    assert box.payload_running()
    thread.join()
    assert not box.payload_running()
    assert results and results[0].ok


def test_kill_from_another_thread_right_after_a_run(slot: Slot) -> None:
    """`kill` lists the box's processes afresh: one run after another within a second, and the
    second is still stopped (its sleep would otherwise end with status OK)."""
    box = slot.main
    assert box.run(RunRequest(argv=sh("exit 0"))).ok
    thread, results = _start_in_thread(
        box, RunRequest(argv=sh("sleep 20"), limits=Limits(cpu_time_s=5.0, wall_time_s=40.0))
    )
    _wait_until(box.payload_running)
    box.kill()
    thread.join(30)
    assert results and results[0].status != RunStatus.OK, results


def test_a_process_is_exiting_once_a_zombie_or_gone_and_not_while_it_runs() -> None:
    child = subprocess.Popen(["/bin/sleep", "30"])
    try:
        assert not box_module._exiting(child.pid)
        child.kill()
        os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)  # waits, leaves it unreaped
        assert box_module._exiting(child.pid)  # a zombie: killed, not yet reaped
    finally:
        child.kill()
        child.wait()
    assert box_module._exiting(child.pid)  # reaped: gone
