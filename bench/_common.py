"""Shared helpers of the benchmarks: test programs, bare runs, statistics, the pool, the machine.

Not a part of the `assay` package: the benchmarks import `assay.sandbox` like any client would.
Run them as root with the project's venv: `.venv/bin/python bench/NAME.py --help`.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assay.sandbox import RunRequest, RunResult, SandboxPool
from assay.sandbox.cgroups import CGROUP_ROOT, GROUP_NAME, V1_CONTROLLERS

EMPTY_C = "int main(void) { return 0; }\n"

# A CPU-bound loop whose length comes from argv[1] (iterations), so one binary serves every target.
LOOP_C = """\
#include <stdlib.h>
int main(int argc, char **argv) {
    unsigned long n = argc > 1 ? strtoul(argv[1], 0, 10) : 100000000UL;
    volatile unsigned long x = 0;
    for (unsigned long i = 0; i < n; i++) x += i ^ (x >> 3);
    return 0;
}
"""

BOX_DIR = "/bench"  # where the compiled programs appear inside the box (read-only bind)
PYTHON = "/usr/bin/python3"  # the system interpreter: visible in the box through /usr


# ---------------------------------------------------------------- programs


def compile_static(source: str, directory: Path, name: str) -> Path:
    """gcc -O2 -static SOURCE -o DIRECTORY/NAME; the binary needs nothing from the box's /usr."""
    if shutil.which("gcc") is None:
        sys.exit("gcc is missing: the benchmarks compile their C programs (apt-get install gcc)")
    src = directory / f"{name}.c"
    src.write_text(source)
    binary = directory / name
    subprocess.run(["gcc", "-O2", "-static", "-o", str(binary), str(src)], check=True)
    binary.chmod(0o755)
    return binary


@contextlib.contextmanager
def program_dir() -> Iterator[Path]:
    """A temporary directory the sandbox uid can traverse (binds need the host path readable)."""
    with tempfile.TemporaryDirectory(prefix="assay-bench-") as name:
        Path(name).chmod(0o755)
        yield Path(name)


def sandbox_request(binary: Path, args: Sequence[str] = (), **limits: Any) -> RunRequest:
    """A request running BINARY (bound read-only at /bench/NAME) with default or given limits."""
    from assay.core.types import Limits

    box_path = f"{BOX_DIR}/{binary.name}"
    return RunRequest(
        argv=[box_path, *args],
        readonly_binds=[(binary, box_path)],
        limits=Limits(**limits),
    )


# ---------------------------------------------------------------- bare runs


@dataclass(frozen=True, slots=True)
class BareResult:
    wall_time_s: float  # from before Popen to after wait4
    cpu_time_s: float  # user + system of the child, from wait4's rusage
    max_rss_kib: int
    returncode: int


def bare_run(argv: Sequence[str], cpu: int | None = None) -> BareResult:
    """Popen ARGV directly (vfork + exec, no preexec_fn), stdout/stderr on pipes like the box."""
    start = time.perf_counter()
    process = subprocess.Popen(
        list(argv),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        close_fds=True,
    )
    if cpu is not None:
        with contextlib.suppress(ProcessLookupError):
            os.sched_setaffinity(process.pid, {cpu})
    assert process.stdout is not None and process.stderr is not None
    # The programs print nothing; reading one pipe then the other cannot fill either.
    process.stdout.read()
    process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall_s = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stdout.close()
    process.stderr.close()
    return BareResult(
        wall_time_s=wall_s,
        cpu_time_s=usage.ru_utime + usage.ru_stime,
        max_rss_kib=usage.ru_maxrss,
        returncode=process.returncode,
    )


def timed_sandbox_run(run: Any, request: RunRequest) -> tuple[float, RunResult]:
    """Wall time of one whole `run(request)` call as the caller sees it, and its result."""
    start = time.perf_counter()
    result = run(request)
    return time.perf_counter() - start, result


# ---------------------------------------------------------------- statistics


@dataclass(frozen=True, slots=True)
class Stats:
    n: int
    median: float
    p90: float
    mean: float
    minimum: float
    maximum: float
    stdev: float

    @property
    def spread(self) -> float:
        return self.maximum - self.minimum

    @property
    def cv(self) -> float:
        """Coefficient of variation: standard deviation over mean."""
        return self.stdev / self.mean if self.mean else math.nan

    def as_dict(self) -> dict[str, float]:
        return {
            "n": self.n,
            "median": self.median,
            "p90": self.p90,
            "mean": self.mean,
            "min": self.minimum,
            "max": self.maximum,
            "stdev": self.stdev,
            "spread": self.spread,
            "cv": self.cv,
        }


def stats(values: Sequence[float]) -> Stats:
    if not values:
        raise ValueError("no samples")
    ordered = sorted(values)
    p90 = (
        statistics.quantiles(ordered, n=10, method="inclusive")[8]
        if len(ordered) > 1
        else ordered[0]
    )
    return Stats(
        n=len(ordered),
        median=statistics.median(ordered),
        p90=p90,
        mean=statistics.fmean(ordered),
        minimum=ordered[0],
        maximum=ordered[-1],
        stdev=statistics.stdev(ordered) if len(ordered) > 1 else 0.0,
    )


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f}"


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A Markdown table (pastes straight into docs/benchmarks.md)."""
    cells = [[str(h) for h in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"

    print(line(cells[0]))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in cells[1:]:
        print(line(row))


def verdict(met: bool) -> str:
    return "MET" if met else "MISSED"


# ---------------------------------------------------------------- the pool


@contextlib.contextmanager
def bench_pool(slots: int, resident_boxes: bool = True) -> Iterator[SandboxPool]:
    """A SandboxPool whose cgroup directories are removed afterwards (the pool has no close()).

    No `prefix=`: remove_stale_boxes() takes a directory name's first dash-separated part as the
    owner's pid, so another process creating a pool would remove a prefixed live pool's boxes.
    """
    pool = SandboxPool(slots, resident_boxes=resident_boxes)
    try:
        yield pool
    finally:
        _remove_pool_cgroups(f"{os.getpid()}-slot")


def _remove_pool_cgroups(name_prefix: str) -> None:
    parents = [CGROUP_ROOT / c / GROUP_NAME for c in V1_CONTROLLERS] + [CGROUP_ROOT / GROUP_NAME]
    for parent in parents:
        if not parent.is_dir():
            continue
        for directory in parent.glob(f"{name_prefix}*"):
            with contextlib.suppress(OSError):
                directory.rmdir()


@contextlib.contextmanager
def reaping_fix() -> Iterator[None]:
    """Emulate, inside this process, a fix for the orphaned box init these benchmarks found.

    bwrap's outer process exits as soon as the payload has, before the box's PID 1 (bwrap's
    init) has; that PID 1 is re-parented to the machine's init and stays a zombie, still charged
    to the box's pids cgroup, until that init reaps it (on this VM: up to ~2 s). A burst of runs
    on one box exhausts pids.max and bwrap fails with "Can't fork for pid 1", which the sandbox
    reports as the program's non-zero exit. Emulated fix: the judge is a child subreaper
    (orphans come to it) and reaps the box's PID 1 right after the run. The sandbox does this
    itself since 4ddb2ea; there the emulation finds nothing left to reap (ECHILD, ignored).
    """
    import ctypes
    import threading

    from assay.sandbox import box, box_io

    pr_set_child_subreaper = 36
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(pr_set_child_subreaper, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER)")
    local = threading.local()
    read_child_pid, run = box_io.read_child_pid, box.Box.run

    def remember(info_r: int) -> int | None:
        local.pid = read_child_pid(info_r)
        return local.pid

    def run_and_reap(
        self: box.Box, request: RunRequest, then: RunRequest | None = None
    ) -> RunResult:
        local.pid = None
        try:
            return run(self, request, then)
        finally:
            if local.pid is not None:
                with contextlib.suppress(ChildProcessError):
                    os.waitpid(local.pid, os.WNOHANG)

    box_io.read_child_pid = remember  # type: ignore[assignment]
    box.Box.run = run_and_reap  # type: ignore[method-assign]
    try:
        yield
    finally:
        box_io.read_child_pid = read_child_pid  # type: ignore[assignment]
        box.Box.run = run  # type: ignore[method-assign]
        libc.prctl(pr_set_child_subreaper, 0, 0, 0, 0)


# ---------------------------------------------------------------- the machine


def machine() -> dict[str, str]:
    """What the numbers depend on: cores, kernel, CPU, interpreter, bwrap, cgroup mount options."""
    return {
        "nproc": str(os.cpu_count()),
        "kernel": platform.release(),
        "cpu": _cpu_model(),
        "memory": _mem_total(),
        "python": platform.python_version(),
        "bwrap": _command_version(["bwrap", "--version"]),
        "cgroup": _cgroup_description(),
        "loadavg": Path("/proc/loadavg").read_text().strip(),
        "source": _source_state(),
    }


def _source_state() -> str:
    """The commit measured, and whether the sandbox's sources differ from it (others edit them)."""
    root = Path(__file__).resolve().parent.parent

    def git(*args: str) -> str:
        argv = ["git", "-C", str(root), *args]
        done = subprocess.run(argv, capture_output=True, text=True, check=False)
        return done.stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    changed = git("status", "--porcelain", "--", "src/assay/sandbox")
    return f"{head}" + (" + uncommitted changes in src/assay/sandbox" if changed else "")


def print_machine() -> dict[str, str]:
    info = machine()
    print("machine: " + ", ".join(f"{k}={v}" for k, v in info.items()))
    return info


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _mem_total() -> str:
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return f"{int(line.split()[1]) // 1024} MiB"
    return "unknown"


def _command_version(argv: list[str]) -> str:
    try:
        return subprocess.run(argv, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return "missing"


def _cgroup_description() -> str:
    mounts = [m.split() for m in Path("/proc/mounts").read_text().splitlines()]
    # favordynmods on any cgroup2 mount changes the lock every migration takes, v1's included.
    favor = any(m[2] == "cgroup2" and "favordynmods" in m[3].split(",") for m in mounts)
    favor_text = "favordynmods" if favor else "no favordynmods"
    if any(m[2] == "cgroup" and m[1].endswith("/memory") for m in mounts):
        return f"v1 ({favor_text})"
    if any(m[2] == "cgroup2" for m in mounts):
        return f"v2 ({favor_text})"
    return "none"


class CpuMeter:
    """Machine-wide busy CPU (from /proc/stat) and this process's own CPU over an interval."""

    def __init__(self) -> None:
        self._start_busy, self._start_total = _proc_stat()
        self._start_self = _self_cpu_s()
        self._start_children = _children_cpu_s()
        self._start_wall = time.perf_counter()

    def read(self) -> dict[str, float]:
        busy, total = _proc_stat()
        ticks = os.sysconf("SC_CLK_TCK")
        wall = time.perf_counter() - self._start_wall
        return {
            "wall_s": wall,
            "machine_busy_cpu_s": (busy - self._start_busy) / ticks,
            "machine_busy_fraction": (busy - self._start_busy) / max(total - self._start_total, 1),
            "judge_process_cpu_s": _self_cpu_s() - self._start_self,
            "reaped_children_cpu_s": _children_cpu_s() - self._start_children,
        }


def print_load(load: dict[str, float]) -> None:
    busy = load["machine_busy_fraction"] * 100
    print(f"machine busy during the benchmark: {busy:.0f}% of all cores (ours and others' work)")


def _proc_stat() -> tuple[int, int]:
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    total = sum(fields[:8])
    return total - idle, total


def _self_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def write_json(path: str | None, payload: dict[str, Any]) -> None:
    if path:
        Path(path).write_text(json.dumps(payload, indent=2, default=str) + "\n")
        print(f"results written to {path}")


def require_root() -> None:
    if os.geteuid() != 0:
        sys.exit("run the benchmarks as root: the sandbox needs it (it drops to assay-run itself)")
