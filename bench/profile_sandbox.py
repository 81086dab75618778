"""Where a sandboxed run's time goes, for a static C `return 0` (the overhead benchmark's case).

Three views, each selectable:

phases     Times every step of `Box.run` from the parent's side, by wrapping the functions of
           `assay.sandbox.box` and `assay.sandbox.cgroups` in this process (src/ is untouched):
           cgroup writes, pipes, Popen of prlimit, the wait for bwrap's --info-fd, the cgroup
           migration, supervision until the exit is seen, teardown. Also each cgroup file access
           and the judge process's own CPU per run.
timeline   The same runs seen from the kernel with `perf record` (sched fork/exec/exit and bwrap's
           1-byte read of --block-fd), merged with the parent's marks on CLOCK_MONOTONIC: when
           prlimit, setpriv, bwrap and the payload were exec'd, when bwrap's mount setup finished
           (it blocks on --block-fd), when the box was released, when each process exited.
ablation   Popen of pieces of the command line on their own, interleaved: the bare binary;
           prlimit and setpriv in front of it; bwrap as the sandbox configures it and with one
           option removed at a time; and a static helper doing rlimits + uid drop in one exec.
force-empty  Blocks of runs with and without prepare()'s write to memory.force_empty.

All views run with the orphan-reaping fix of _common.reaping_fix (as shipped, a burst of runs
fails at bwrap's fork, and failed starts would skew every figure).

    .venv/bin/python bench/profile_sandbox.py                   # all three
    .venv/bin/python bench/profile_sandbox.py phases --runs 50
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import signal
import statistics
import subprocess
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _common import (
    EMPTY_C,
    PYTHON,
    bench_pool,
    compile_static,
    ms,
    print_machine,
    print_table,
    program_dir,
    reaping_fix,
    require_root,
    sandbox_request,
    write_json,
)

from assay.sandbox import RunRequest, SandboxPool, box, box_io, cgroups
from assay.sandbox.bwrap import BoxFds, full_argv
from assay.sandbox.seccomp import deny_list_bpf

now = time.monotonic  # CLOCK_MONOTONIC, the clock `perf record -k CLOCK_MONOTONIC` stamps with

# ====================================================================== phases


@dataclass
class RunTrace:
    """One instrumented Box.run: durations of its steps and marks (absolute monotonic times)."""

    durations: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    marks: dict[str, float] = field(default_factory=dict)
    knobs: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    bwrap_pid: int = 0


class Recorder:
    def __init__(self) -> None:
        self.current = RunTrace()
        self.runs: list[RunTrace] = []

    def add(self, name: str, seconds: float) -> None:
        self.current.durations[name] += seconds

    def mark(self, name: str) -> None:
        self.current.marks.setdefault(name, now())


# The steps of Box._run in order; "other" is what is left of the total.
PREPARE = "cgroup prepare (limit/peak/pids/cpuacct writes)"
PIPES = "pipes + seccomp BPF write"
STDIN = "stdin temp file"
POPEN = "Popen: vfork + exec (prlimit or the launcher)"
INFO = "wait for --info-fd (rlimits, uid drop, bwrap exec, clone)"
MIGRATE = "cgroup add_process (4x cgroup.procs)"
SUPERVISE = "supervise: release -> exit seen"
KILL = "teardown: kill_all (read cgroup.procs)"
REAP = "teardown: reap bwrap"
CLOSE = "teardown: close pipes"
RESULT = "result: cgroup reads"
INFO_READ = "info-fd read (parent)"
MIGRATED = "add_process done (parent)"
RELEASED = "release written (parent)"
PHASES = (PREPARE, PIPES, STDIN, POPEN, INFO, MIGRATE, SUPERVISE, KILL, REAP, CLOSE, RESULT)


def _timed(
    recorder: Recorder,
    name: str,
    function: Callable[..., Any],
    before: str | None = None,
    after: str | None = None,
) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if before:
            recorder.mark(before)
        start = now()
        try:
            return function(*args, **kwargs)
        finally:
            recorder.add(name, now() - start)
            if after:
                recorder.mark(after)

    return wrapper


def _timed_cm(
    recorder: Recorder, enter_name: str, exit_name: str | None, factory: Callable[..., Any]
) -> Callable[..., Any]:
    @contextlib.contextmanager
    def wrapper(*args: Any) -> Iterator[Any]:
        start = now()
        manager = factory(*args)
        value = manager.__enter__()
        recorder.add(enter_name, now() - start)
        try:
            yield value
        finally:
            start = now()
            manager.__exit__(None, None, None)
            if exit_name is not None:
                recorder.add(exit_name, now() - start)

    return wrapper


def _knob_name(path: Path) -> str:
    try:
        parts = path.relative_to(cgroups.CGROUP_ROOT).parts
    except ValueError:
        return path.name
    return f"{parts[0]}/{path.name}" if len(parts) > 3 else path.name


@contextlib.contextmanager
def instrumented(recorder: Recorder) -> Iterator[None]:
    """Wrap the sandbox's steps with timers for the duration of the block (monkeypatching)."""
    saved: list[tuple[Any, str, Any]] = []

    def patch(owner: Any, name: str, replacement: Any) -> None:
        saved.append((owner, name, getattr(owner, name)))
        setattr(owner, name, replacement)

    for cls in (cgroups.CgroupV1Box, cgroups.CgroupV2Box):
        patch(cls, "prepare", _timed(recorder, PREPARE, cls.prepare))
        patch(cls, "oom_kills", _timed(recorder, "cgroup oom_kills (all calls)", cls.oom_kills))
        patch(cls, "add_process", _timed(recorder, MIGRATE, cls.add_process, after=MIGRATED))
        patch(cls, "kill_all", _timed(recorder, KILL, cls.kill_all))
        patch(
            cls, "cpu_time_ns", _timed(recorder, "cgroup cpu_time_ns (all calls)", cls.cpu_time_ns)
        )
    patch(box, "box_pipes", _timed_cm(recorder, PIPES, CLOSE, box.box_pipes))
    patch(box, "stdin_for", _timed_cm(recorder, STDIN, None, box.stdin_for))
    patch(box_io, "read_child_pid", _timed(recorder, INFO, box_io.read_child_pid, after=INFO_READ))
    patch(box, "_reap", _timed(recorder, REAP, box._reap))
    patch(box, "_drain", _drain_watcher(recorder, box._drain))
    patch(
        box,
        "_wait_briefly",
        _timed(recorder, "supervise: Popen.wait(0.01) calls", box._wait_briefly),
    )
    patch(box.Box, "_spawn", _spawn_watcher(recorder, box.Box._spawn))
    patch(box.Box, "_supervise", _timed(recorder, SUPERVISE, box.Box._supervise, before=RELEASED))
    patch(box.Box, "_result", _timed(recorder, RESULT, box.Box._result))
    patch(box.Box, "run", _run_watcher(recorder, box.Box.run))
    patch(cgroups, "_write", _knob_watcher(recorder, "write", cgroups._write))
    patch(cgroups, "_read_int", _knob_watcher(recorder, "read", cgroups._read_int))
    patch(cgroups, "_read_keyed", _knob_watcher(recorder, "read", cgroups._read_keyed))
    patch(cgroups, "_kill_listed", _knob_watcher(recorder, "read+kill", cgroups._kill_listed))
    try:
        yield
    finally:
        for owner, name, original in reversed(saved):
            setattr(owner, name, original)


def _knob_watcher(recorder: Recorder, op: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(path: Path, *args: Any) -> Any:
        start = now()
        try:
            return function(path, *args)
        finally:
            recorder.current.knobs[f"{op} {_knob_name(path)}"] += now() - start

    return wrapper


def _drain_watcher(recorder: Recorder, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(selector: Any, timeout_s: float) -> None:
        function(selector, timeout_s)
        if not selector.get_map():
            recorder.mark("pipes at EOF")

    return wrapper


def _spawn_watcher(recorder: Recorder, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(self: Any, *args: Any) -> Any:
        recorder.mark("Popen start")
        start = now()
        process = function(self, *args)
        recorder.add(POPEN, now() - start)
        recorder.mark("Popen returned")
        recorder.current.bwrap_pid = process.pid
        return process

    return wrapper


def _run_watcher(recorder: Recorder, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(self: Any, request: RunRequest, then: RunRequest | None = None) -> Any:
        recorder.current = RunTrace()
        recorder.mark("run start")
        result = function(self, request, then)
        recorder.mark("run end")
        trace = recorder.current
        trace.durations["total"] = trace.marks["run end"] - trace.marks["run start"]
        recorder.runs.append(trace)
        return result

    return wrapper


def run_phases(pool: SandboxPool, request: RunRequest, runs: int, warmup: int) -> Recorder:
    """Instrumented runs. With the orphan-reaping fix: as shipped, half the runs of a burst fail
    at bwrap's fork (see _common.reaping_fix) and a failed start would skew every phase."""
    with reaping_fix():
        for _ in range(warmup):
            pool.run(request)
    recorder = Recorder()
    with instrumented(recorder), reaping_fix():  # the fix's waitpid stays outside the timings
        for _ in range(runs):
            result = pool.run(request)
            if not result.ok:
                raise SystemExit(f"sandboxed run failed: {result.status} {result.message}")
    return recorder


def cpu_per_run(pool: SandboxPool, request: RunRequest, runs: int) -> dict[str, float]:
    """CPU of the judge process itself (Python + syscalls it makes) and of reaped children."""
    import resource

    before_self = resource.getrusage(resource.RUSAGE_SELF)
    before_children = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = now()
    with reaping_fix():
        for _ in range(runs):
            pool.run(request)
    wall = now() - start
    after_self = resource.getrusage(resource.RUSAGE_SELF)
    after_children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "wall_per_run_s": wall / runs,
        "judge_user_per_run_s": (after_self.ru_utime - before_self.ru_utime) / runs,
        "judge_sys_per_run_s": (after_self.ru_stime - before_self.ru_stime) / runs,
        "children_user_per_run_s": (after_children.ru_utime - before_children.ru_utime) / runs,
        "children_sys_per_run_s": (after_children.ru_stime - before_children.ru_stime) / runs,
    }


def report_phases(recorder: Recorder, cpu: dict[str, float]) -> dict[str, Any]:
    runs = recorder.runs
    total = statistics.median(r.durations["total"] for r in runs)
    rows = []
    summary: dict[str, Any] = {"total_median_s": total, "phases": {}, "knobs": {}, "nested": {}}
    accounted = [sum(r.durations[p] for p in PHASES) for r in runs]
    for phase in PHASES:
        values = [r.durations[phase] for r in runs]
        median = statistics.median(values)
        p90 = statistics.quantiles(values, n=10, method="inclusive")[8]
        summary["phases"][phase] = {"median_s": median, "p90_s": p90}
        rows.append([phase, ms(median), ms(p90), f"{median / total * 100:.0f}%"])
    other = statistics.median(
        r.durations["total"] - a for r, a in zip(runs, accounted, strict=True)
    )
    summary["phases"]["other (Python between steps)"] = {"median_s": other}
    rows.append(["other (Python between steps)", ms(other), "", f"{other / total * 100:.0f}%"])
    rows.append(["**total Box.run**", f"**{ms(total)}**", "", "100%"])
    print(f"\n### Phases of Box.run (parent's view), {len(runs)} runs, median per phase\n")
    print_table(["phase", "median ms", "p90 ms", "share of median total"], rows)

    nested = [
        "cgroup cpu_time_ns (all calls)",
        "cgroup oom_kills (all calls)",
        "supervise: Popen.wait(0.01) calls",
    ]
    rows = []
    for name in nested:
        median = statistics.median(r.durations[name] for r in runs)
        summary["nested"][name] = median
        rows.append([name, ms(median)])
    eof_to_end = [
        r.marks["run end"] - r.marks["pipes at EOF"] for r in runs if "pipes at EOF" in r.marks
    ]
    if eof_to_end:
        summary["nested"]["pipes EOF -> run end"] = statistics.median(eof_to_end)
        rows.append(["pipes at EOF -> Box.run returns", ms(statistics.median(eof_to_end))])
    print("\nOverlapping counters (included in the phases above):\n")
    print_table(["counter", "median ms per run"], rows)

    knob_names = sorted({k for r in runs for k in r.knobs})
    rows = []
    for name in knob_names:
        values = [r.knobs.get(name, 0.0) for r in runs]
        median, worst = statistics.median(values), max(values)
        summary["knobs"][name] = {"median_s": median, "max_s": worst}
        rows.append([name, f"{median * 1e3:.3f}", f"{worst * 1e3:.3f}"])
    rows.sort(key=lambda row: -float(row[1]))
    print("\nEach cgroup file access (summed per run):\n")
    print_table(["access", "median ms per run", "max ms"], rows)

    print("\nCPU per run. Reaped children: the prlimit -> setpriv -> bwrap process and, as the")
    print("orphan-reaping fix reaps it, the box's PID 1 with the payload it reaped (so the box's")
    print("cgroup CPU is part of it). Kernel work done in kworkers (namespace teardown) is not.\n")
    print_table(
        ["what", "ms per run"],
        [
            ["wall time per run", ms(cpu["wall_per_run_s"])],
            ["judge process: user", ms(cpu["judge_user_per_run_s"])],
            ["judge process: system", ms(cpu["judge_sys_per_run_s"])],
            ["reaped children: user", ms(cpu["children_user_per_run_s"])],
            ["reaped children: system", ms(cpu["children_sys_per_run_s"])],
        ],
    )
    summary["cpu_per_run"] = cpu
    return summary


# ====================================================================== timeline

PERF_EVENTS = [
    "-e", "sched:sched_process_fork",
    "-e", "sched:sched_process_exec",
    "-e", "sched:sched_process_exit",
    "-e", "syscalls:sys_enter_read", "--filter", "count == 1",
    "-e", "syscalls:sys_exit_read", "--filter", "ret == 1",
]  # fmt: skip

PERF_LINE = re.compile(
    r"^\s*(?P<comm>.+?)\s+(?P<tid>\d+)\s+(?:\[\d+\]\s+)?(?P<time>\d+\.\d+):\s+"
    r"(?P<event>[\w:]+):\s*(?P<trace>.*)$"
)


@dataclass(frozen=True, slots=True)
class PerfEvent:
    time: float
    tid: int
    event: str
    trace: str

    def field(self, name: str) -> str | None:
        match = re.search(rf"\b{name}=(\S+)", self.trace)
        return match.group(1) if match else None


def record_with_perf(
    pool: SandboxPool, request: RunRequest, runs: int, workdir: Path
) -> tuple[list[PerfEvent], Recorder] | None:
    if shutil.which("perf") is None:
        print("\n(timeline skipped: `perf` is not installed; apt-get install linux-perf)")
        return None
    data = workdir / "perf.data"
    perf = subprocess.Popen(
        ["perf", "record", "-q", "-a", "-k", "CLOCK_MONOTONIC", "-o", str(data), *PERF_EVENTS],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    time.sleep(1.5)  # perf needs a moment before it records
    if perf.poll() is not None:
        print(f"\n(timeline skipped: perf record failed: {perf.stderr.read().decode()[:300]})")  # type: ignore[union-attr]
        return None
    recorder = Recorder()
    with instrumented(recorder), reaping_fix():
        for _ in range(runs):
            pool.run(request)
            time.sleep(0.005)  # keep runs apart in the trace
    time.sleep(0.2)
    perf.send_signal(signal.SIGINT)
    perf.wait(30)
    script = subprocess.run(
        ["perf", "script", "-i", str(data), "-F", "comm,tid,time,event,trace"],
        capture_output=True,
        text=True,
        check=False,
    )
    events = []
    for line in script.stdout.splitlines():
        match = PERF_LINE.match(line)
        if match:
            events.append(
                PerfEvent(float(match["time"]), int(match["tid"]), match["event"], match["trace"])
            )
    return events, recorder


TIMELINE = (
    "run start",
    "Popen start",
    "exec prlimit",
    "exec setpriv",
    "exec assay-launch",  # the compiled launcher, where the sandbox has one instead of the two
    "exec bwrap",
    "Popen returned",
    "bwrap clones box PID 1",
    INFO_READ,
    MIGRATED,
    "PID 1 blocks on --block-fd (mount setup done)",
    RELEASED,
    "PID 1 released",
    "PID 1 forks payload",
    "exec payload",
    "payload exits",
    "PID 1 exits",
    "outer bwrap exits",
    "pipes at EOF",
    "run end",
)


def timeline_of(trace: RunTrace, events: list[PerfEvent]) -> dict[str, float]:
    start, end = trace.marks["run start"], trace.marks["run end"]
    window = [e for e in events if start - 0.001 <= e.time <= end + 0.001]
    outer = trace.bwrap_pid
    marks: dict[str, float] = {k: v for k, v in trace.marks.items()}

    def first(predicate: Callable[[PerfEvent], bool]) -> PerfEvent | None:
        return next((e for e in window if predicate(e)), None)

    for name in ("prlimit", "setpriv", "assay-launch", "bwrap"):
        event = first(
            lambda e, n=name: (
                e.event.endswith("exec")
                and e.tid == outer
                and (e.field("filename") or "").rsplit("/", 1)[-1].startswith(n)
            )
        )
        if event:
            marks[f"exec {name}"] = event.time
    clone = first(lambda e: e.event.endswith("fork") and e.field("pid") == str(outer))
    if clone is None:
        return marks
    pid1 = int(clone.field("child_pid") or 0)
    marks["bwrap clones box PID 1"] = clone.time
    payload_fork = first(lambda e: e.event.endswith("fork") and e.field("pid") == str(pid1))
    payload = int(payload_fork.field("child_pid") or 0) if payload_fork else -1
    simple: dict[str, Callable[[PerfEvent], bool]] = {
        "PID 1 blocks on --block-fd (mount setup done)": lambda e: (
            e.tid == pid1 and e.event.endswith("sys_enter_read")
        ),
        "PID 1 released": lambda e: e.tid == pid1 and e.event.endswith("sys_exit_read"),
        "PID 1 forks payload": lambda e: e is payload_fork,
        "exec payload": lambda e: e.tid == payload and e.event.endswith("exec"),
        "payload exits": lambda e: e.tid == payload and e.event.endswith("exit"),
        "PID 1 exits": lambda e: e.tid == pid1 and e.event.endswith("exit"),
        "outer bwrap exits": lambda e: e.tid == outer and e.event.endswith("exit"),
    }
    for name, predicate in simple.items():
        event = first(predicate)
        if event:
            marks[name] = event.time
    return marks


def report_timeline(events: list[PerfEvent], recorder: Recorder) -> dict[str, Any]:
    per_run = [timeline_of(trace, events) for trace in recorder.runs]
    rows = []
    summary: dict[str, Any] = {}
    previous = 0.0
    for name in TIMELINE:
        offsets = [m[name] - m["run start"] for m in per_run if name in m]
        if not offsets:
            rows.append([name, "not seen", "", f"0/{len(per_run)}"])
            continue
        median = statistics.median(offsets)
        summary[name] = {"offset_median_s": median, "seen_in_runs": len(offsets)}
        rows.append([name, ms(median), ms(median - previous), f"{len(offsets)}/{len(per_run)}"])
        previous = median
    print(f"\n### Timeline of a run (kernel events + parent marks), {len(per_run)} runs\n")
    print("Median offset of each event from Box.run's start; the step column is the difference")
    print("from the row above (negative where the parent's and bwrap's work overlap).\n")
    print_table(["event", "at ms (median)", "step ms", "seen"], rows)
    return summary


# ====================================================================== ablation

HELPER_C = r"""
/* prlimit + setpriv in one static exec: rlimits, drop to uid/gid, exec bwrap. */
#define _GNU_SOURCE
#include <grp.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>
static void lim(int r, unsigned long s, unsigned long h) {
    struct rlimit l = {s, h};
    if (setrlimit(r, &l)) _exit(120);
}
int main(int argc, char **argv) {
    (void)argc;
    unsigned uid = strtoul(argv[1], 0, 10), gid = strtoul(argv[2], 0, 10);
    lim(RLIMIT_CPU, 2, 3);
    lim(RLIMIT_FSIZE, 67108864UL, 67108864UL);
    lim(RLIMIT_NOFILE, 64, 64);
    lim(RLIMIT_STACK, 268435456UL, 268435456UL);
    lim(RLIMIT_CORE, 0, 0);
    if (setgroups(0, 0) || setresgid(gid, gid, gid) || setresuid(uid, uid, uid)) _exit(121);
    execv(argv[3], argv + 3);
    _exit(127);
}
"""


def _strip(argv: list[str], option: str, nargs: int, value: str | None = None) -> list[str]:
    """ARGV without OPTION and its NARGS arguments (only where its first argument is VALUE)."""
    out: list[str] = []
    index = 0
    while index < len(argv):
        if argv[index] == option and (value is None or argv[index + 1] == value):
            index += 1 + nargs
            continue
        out.append(argv[index])
        index += 1
    return out


def _split_chain(argv: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The sandbox's argv as (prlimit part, setpriv part, bwrap part)."""
    first = argv.index("--") + 1
    second = argv.index("--", first) + 1
    return argv[:first], argv[first:second], argv[second:]


def ablation_variants(
    request: RunRequest, binary: Path, helper: Path, uid: int, gid: int
) -> dict[str, tuple[list[str], bool]]:
    """name -> (argv, needs a seccomp fd). Built from the sandbox's own command line."""
    fds = BoxFds(info_fd=-1, block_fd=-1, seccomp_fd=-1)
    argv = full_argv(request, fds, uid, gid)
    prlimit, setpriv, bwrap = _split_chain(argv)
    bwrap = _strip(_strip(bwrap, "--info-fd", 1), "--block-fd", 1)  # no handshake here
    box_binary = request.argv[0]
    bwrap_no_seccomp = _strip(bwrap, "--seccomp", 1)
    unshare_but_net = [
        "--unshare-user", "--unshare-ipc", "--unshare-pid", "--unshare-uts", "--unshare-cgroup-try",
    ]  # fmt: skip
    no_net = [a for b in bwrap for a in (unshare_but_net if b == "--unshare-all" else [b])]
    no_extra_binds = bwrap
    for path in ("/etc/ld.so.cache", "/etc/alternatives", "/etc/java-17-openjdk"):
        no_extra_binds = _strip(no_extra_binds, "--ro-bind", 2, path)
    no_tmpfs = _strip(
        _strip(_strip(_strip(bwrap, "--tmpfs", 1), "--perms", 1), "--size", 1), "--chdir", 1
    )
    minimal = [
        "bwrap", "--unshare-user", "--unshare-pid", "--ro-bind", str(binary), box_binary,
        "--", box_binary,
    ]  # fmt: skip
    as_pid1 = [*bwrap[:-2], "--as-pid-1", *bwrap[-2:]]
    return {
        "static binary alone": ([str(binary)], False),
        "prlimit -> binary": ([*prlimit, str(binary)], False),
        "prlimit -> setpriv -> binary": ([*prlimit, *setpriv, str(binary)], False),
        "static helper (rlimits+uid) -> binary": (
            [str(helper), str(uid), str(gid), str(binary)],
            False,
        ),
        "setpriv -> bwrap as configured (no handshake)": ([*setpriv, *bwrap], True),
        "prlimit -> setpriv -> bwrap as configured": ([*prlimit, *setpriv, *bwrap], True),
        "static helper -> bwrap as configured": (
            [str(helper), str(uid), str(gid), shutil.which("bwrap") or "bwrap", *bwrap[1:]],
            True,
        ),
        "  bwrap without --seccomp": ([*setpriv, *bwrap_no_seccomp], False),
        "  bwrap without network namespace": ([*setpriv, *no_net], True),
        "  bwrap without --proc /proc": ([*setpriv, *_strip(bwrap, "--proc", 1)], True),
        "  bwrap without --dev /dev": ([*setpriv, *_strip(bwrap, "--dev", 1)], True),
        "  bwrap without the two tmpfs": ([*setpriv, *no_tmpfs], True),
        "  bwrap with only /usr bound (no /etc binds)": ([*setpriv, *no_extra_binds], True),
        "  bwrap without --remount-ro /": ([*setpriv, *_strip(bwrap, "--remount-ro", 1)], True),
        "  bwrap with --as-pid-1 (no init fork)": ([*setpriv, *as_pid1], True),
        "setpriv -> minimal bwrap (user+pid ns, one bind)": ([*setpriv, *minimal], False),
    }


def _popen_timed(argv: list[str], seccomp: bool) -> tuple[float, float]:
    """Wall time of Popen + wait and the process's CPU (wait4), passing a fresh seccomp pipe as
    the FD where argv says --seccomp."""
    read_fd = -1
    if seccomp:
        read_fd, write_fd = os.pipe()
        os.write(write_fd, deny_list_bpf())
        os.close(write_fd)
        argv = [str(read_fd) if a == "-1" else a for a in argv]
    start = now()
    process = subprocess.Popen(
        argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        pass_fds=(read_fd,) if seccomp else (),
    )
    if seccomp:
        os.close(read_fd)
    assert process.stderr is not None
    error = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = now() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stderr.close()
    if process.returncode != 0:
        raise SystemExit(
            f"ablation variant failed ({process.returncode}): {argv}\n{error.decode()}"
        )
    return elapsed, usage.ru_utime + usage.ru_stime


def run_ablation(
    pool: SandboxPool, request: RunRequest, binary: Path, workdir: Path, rounds: int
) -> dict[str, Any]:
    helper = compile_static(HELPER_C, workdir, "rlimit_setuid_helper")
    uid, gid = pool.sandbox_ids
    variants = ablation_variants(request, binary, helper, uid, gid)
    samples: dict[str, list[float]] = {name: [] for name in variants}
    cpu: dict[str, list[float]] = {name: [] for name in variants}
    for round_index in range(rounds + 3):
        for name, (argv, seccomp) in variants.items():
            elapsed, cpu_s = _popen_timed(argv, seccomp)
            if round_index >= 3:
                samples[name].append(elapsed)
                cpu[name].append(cpu_s)
    reference = statistics.median(samples["setpriv -> bwrap as configured (no handshake)"])
    rows = []
    summary: dict[str, Any] = {}
    for name, values in samples.items():
        median = statistics.median(values)
        cpu_median = statistics.fmean(cpu[name])  # rusage ticks are coarse: a mean, not a median
        summary[name.strip()] = {"median_s": median, "cpu_mean_s": cpu_median}
        delta = ms(median - reference) if name.startswith("  ") else ""
        rows.append([name, ms(median), delta, ms(cpu_median)])
    print(
        f"\n### Ablation: Popen + wait of pieces of the command line, {rounds} rounds interleaved\n"
    )
    print("Indented rows: bwrap as the sandbox configures it, minus one option; the last column")
    print("is the difference from 'setpriv -> bwrap as configured'. CPU: user + system of the")
    print("Popen'd process and the children it reaped (not bwrap's box PID 1 or the payload).\n")
    print_table(["variant", "median ms", "vs configured bwrap ms", "CPU ms (mean)"], rows)
    return summary


# ====================================================================== force_empty


@contextlib.contextmanager
def without_force_empty() -> Iterator[None]:
    """CgroupV1Box.prepare() without its write to memory.force_empty (everything else as is).

    Since prepare() reclaims only after a run that wrote host files or above a leftover of
    `RECLAIM_ABOVE_BYTES`, "as shipped" here rarely writes it either."""
    write = cgroups._write

    def skip_force_empty(path: Path, value: str, *knobs: Any) -> None:
        if path.name != "memory.force_empty":
            write(path, value, *knobs)

    cgroups._write = skip_force_empty  # type: ignore[assignment]
    try:
        yield
    finally:
        cgroups._write = write  # type: ignore[assignment]


def run_force_empty(pool: SandboxPool, requests: dict[str, RunRequest], blocks: int) -> Any:
    """Blocks of 20 runs with and without memory.force_empty in prepare(), alternating.

    force_empty reclaims the page cache charged to the box's memory cgroup, which after a run
    is the cache of the files the program read (the interpreter, its libraries): the next run
    reads them again. Blocks, not single runs, because each run changes what the next finds.
    """
    import contextlib as cl

    summary: dict[str, Any] = {}
    rows = []
    for name, request in requests.items():
        samples: dict[str, list[tuple[float, float]]] = {"as shipped": [], "no force_empty": []}
        with reaping_fix():
            for _ in range(blocks):
                for mode, manager in (
                    ("as shipped", cl.nullcontext),
                    ("no force_empty", without_force_empty),
                ):
                    with manager():
                        pool.run(request)  # the first run of a block inherits the other mode
                        for _ in range(20):
                            start = now()
                            result = pool.run(request)
                            samples[mode].append((now() - start, result.usage.wall_time_s))
        for mode, values in samples.items():
            total = statistics.median(v[0] for v in values)
            boxed = statistics.median(v[1] for v in values)
            summary[f"{name}, {mode}"] = {"total_median_s": total, "box_wall_median_s": boxed}
            rows.append([name, mode, len(values), ms(total), ms(boxed)])
    print(f"\n### memory.force_empty in prepare(): {blocks} blocks of 20 runs per mode\n")
    print_table(["program", "mode", "runs", "Box.run median ms", "box wall median ms"], rows)
    return summary


# ====================================================================== main

VIEWS = ("phases", "timeline", "ablation", "force-empty")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "views",
        nargs="*",
        metavar="VIEW",
        help="phases, timeline, ablation, force-empty (default: all)",
    )
    parser.add_argument(
        "--runs", type=int, default=200, help="instrumented runs (phases; default 200)"
    )
    parser.add_argument(
        "--timeline-runs", type=int, default=50, help="runs under perf (default 50)"
    )
    parser.add_argument("--rounds", type=int, default=100, help="ablation rounds (default 100)")
    parser.add_argument(
        "--blocks", type=int, default=5, help="force-empty: blocks of 20 runs per mode (default 5)"
    )
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    args = parser.parse_args()
    views = set(args.views or VIEWS)
    if not views <= set(VIEWS):
        parser.error(f"views are {', '.join(VIEWS)}")
    require_root()
    info = print_machine()
    results: dict[str, Any] = {"machine": info}
    with program_dir() as directory, bench_pool(1) as pool:
        binary = compile_static(EMPTY_C, directory, "empty")
        request = sandbox_request(binary)
        if "phases" in views:
            recorder = run_phases(pool, request, args.runs, warmup=10)
            cpu = cpu_per_run(pool, request, args.runs)
            results["phases"] = report_phases(recorder, cpu)
        if "timeline" in views:
            with tempfile.TemporaryDirectory(prefix="assay-perf-") as perf_dir:
                recorded = record_with_perf(pool, request, args.timeline_runs, Path(perf_dir))
            if recorded is not None:
                results["timeline"] = report_timeline(*recorded)
        if "ablation" in views:
            results["ablation"] = run_ablation(pool, request, binary, directory, args.rounds)
        if "force-empty" in views:
            python = RunRequest(argv=[PYTHON, "-c", "pass"])
            requests = {"static C return 0": request, "python3 -c pass": python}
            results["force_empty"] = run_force_empty(pool, requests, args.blocks)
    write_json(args.json, results)


if __name__ == "__main__":
    main()
