"""One box: start a request under bwrap, place it in its cgroup, supervise it, measure it."""

from __future__ import annotations

import contextlib
import logging
import os
import select
import selectors
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from assay.core.types import RunStatus, Usage
from assay.sandbox.box_io import (
    StartedBox,
    box_pipes,
    request_files,
    stdin_for,
)
from assay.sandbox.bwrap import BoxFds, full_argv
from assay.sandbox.cgroups import BoxCgroup
from assay.sandbox.launcher import DEFAULT_CACHE_DIR, compiled_agent, compiled_launcher
from assay.sandbox.netns import empty_network_namespace
from assay.sandbox.resident import (
    REPLY_BYTES,
    AgentReply,
    ResidentBox,
    control_pair,
    parse_reply,
    shape_of,
)
from assay.sandbox.types import RunRequest, RunResult, SandboxError

log = logging.getLogger(__name__)

POLL_INTERVAL_S = 0.01
# How long a resident box's agent may take to answer once the run's processes were killed
# (it reaps them and empties the box's tmpfs mounts); past it the box is given up.
AGENT_GRACE_S = 2.0
ORPHAN_REAP_S = 1.0
READ_CHUNK = 1 << 16
PEAK_NEAR_LIMIT = 0.97  # a program that stopped this close to the limit ran out of memory


@dataclass(slots=True)
class _Capture:
    cap_bytes: int
    chunks: list[bytes] = field(default_factory=list)
    size: int = 0
    overflowed: bool = False

    def add(self, data: bytes) -> None:
        room = self.cap_bytes - self.size
        if len(data) > room:
            self.overflowed = True
            data = data[: max(room, 0)]
        self.chunks.append(data)
        self.size += len(data)

    def value(self) -> bytes:
        return b"".join(self.chunks)


@dataclass(slots=True)
class _Supervision:
    """What the parent saw while the box ran."""

    killed_for: RunStatus | None = None
    kill_message: str = ""
    started_at: float = 0.0
    ended_at: float = 0.0


def _discard(started: StartedBox) -> None:
    # The box's PID 1 dies before its block pipe closes: bwrap reads end-of-file there as
    # the release, and would start the payload outside every cgroup.
    box_pid = started.child_pid()
    if box_pid is not None:
        _kill_box(box_pid)
    with contextlib.suppress(ProcessLookupError):
        started.process.kill()
    _reap(started.process)
    _reap_orphans(box_pid)
    started.close()


class Box:
    """A reusable box bound to one cgroup (and so to one core). One run at a time."""

    def __init__(
        self,
        cgroup: BoxCgroup,
        uid: int,
        gid: int,
        launcher_dir: Path = DEFAULT_CACHE_DIR,
        *,
        resident_boxes: bool = True,
    ) -> None:
        self._cgroup = cgroup
        self._uid = uid
        self._gid = gid
        self._launcher_dir = launcher_dir
        # What the last run was: its page cache stays charged to this box and would count in
        # the next run's peak, so it is reclaimed unless the next run is the same program
        # (another test), which uses those pages again.
        self._last_program: tuple[object, ...] | None = None
        self._held: StartedBox | None = None  # the next run's box, started ahead
        self._box_pid: int | None = None  # the running box's PID 1 (bwrap's init)
        # The box's own network namespace, which only the compiled launcher can enter.
        self._netns_fd = empty_network_namespace() if compiled_launcher(launcher_dir) else None
        # Runs of one program on many inputs (tests) share a box whose agent starts each one;
        # only where a run's peak memory can be reset in place, with the compiled launcher.
        # (`resident_boxes=False`: fresh boxes only, for A/B benchmarks.)
        self._fresh_reason = _why_no_resident_boxes(
            resident_boxes, self._cgroup.resets_in_place, self._netns_fd is not None
        )
        self._agent = compiled_agent(launcher_dir) if self._fresh_reason is None else None
        if self._fresh_reason is None and self._agent is None:
            self._fresh_reason = "the agent could not be compiled (see the log)"
        self._resident: ResidentBox | None = None

    @property
    def resident(self) -> ResidentBox | None:
        """The resident box up now (between the runs of one program), if any."""
        return self._resident

    @property
    def fresh_reason(self) -> str | None:
        """Why every run gets a fresh box; None when a program's runs share resident boxes."""
        return self._fresh_reason

    def kill(self) -> None:
        """Kill whatever runs in this box now (from another thread); a resident box's agent
        stays, and ends the run."""
        resident = self._resident
        if resident is not None and resident.box_pid is not None:
            self._cgroup.kill_all(spare=resident.box_pid)
        else:
            self._cgroup.kill_all()

    def payload_running(self) -> bool:
        """Whether a process of the run in progress, other than the box's own PID 1, is alive
        and has not begun to exit (from another thread). The kernel marks a process exiting
        before it closes its files, so a peer that saw this one's pipe close sees False."""
        box_pid = self._box_pid
        return any(pid != box_pid and not _exiting(pid) for pid in self._cgroup.pids())

    def cpu_time_s(self) -> float:
        """The cgroup's CPU counter, which `prepare` zeroes (v1) or starts afresh (v2) per run.
        0 when it cannot be read (between runs on v2)."""
        try:
            return self._cgroup.cpu_time_ns() / 1e9
        except (OSError, SandboxError):
            return 0.0

    def peak_memory_kib(self) -> int:
        """The cgroup's peak memory so far, reset per run like the CPU counter."""
        try:
            return self._cgroup.peak_memory_bytes() // 1024
        except (OSError, SandboxError):
            return 0

    def run(self, request: RunRequest, then: RunRequest | None = None) -> RunResult:
        """Run `request`. A run a resident box can take goes to one, which stays up when `then`
        (the next run, e.g. the next test) has the same shape. Any other run gets a fresh box;
        with `then`, that run's box is started while this one runs, held before its payload
        until `run(then)` releases it."""
        try:
            if self._resident_wanted(request):
                result = self._run_resident(request, then)
                # The agent failed (logged): this run alone, in a fresh box.
                return result if result is not None else self._run(request, None)
            self._stop_resident()
            return self._run(request, then)
        except SandboxError as error:
            self._stop_resident()
            self._cgroup.kill_all()
            return RunResult(status=RunStatus.INTERNAL_ERROR, usage=Usage(), message=str(error))

    def discard_held(self) -> None:
        """Stop the box started for a run that will not come (the judging ended early), and a
        resident box."""
        held, self._held = self._held, None
        if held is not None:
            _discard(held)
        self._stop_resident()

    def _resident_wanted(self, request: RunRequest) -> bool:
        """Every run a resident box can take goes to one (a single run to a box of its own),
        so that all runs of a program are measured alike."""
        return self._agent is not None and shape_of(request) is not None

    def _run_resident(self, request: RunRequest, then: RunRequest | None) -> RunResult | None:
        """Run in the resident box of this request's shape (started first when needed); None
        when the agent failed, and the run must be done in a fresh box."""
        _check_binds(request)
        shape = shape_of(request)
        resident = self._resident
        if resident is None or resident.shape != shape:
            self.discard_held()
            try:
                resident = self._resident = self._start_resident(request)
            except SandboxError as error:
                # Most likely the host's doing, and lasting: fresh boxes from now on.
                log.error("resident boxes turned off: one failed to start (%s)", error)
                self._agent = None
                self._fresh_reason = f"a resident box failed to start: {error}"
                return None
        result = self._run_in(resident, request)
        if result is None:
            log.warning("a resident box's agent failed; the run is done again in a fresh box")
        if result is None or not resident.reusable or then is None or shape_of(then) != shape:
            self._stop_resident()
        return result

    def _start_resident(self, request: RunRequest) -> ResidentBox:
        assert self._agent is not None
        shape = shape_of(request)
        assert shape is not None
        agent_fd = os.open(self._agent, os.O_RDONLY | os.O_CLOEXEC)
        try:
            with control_pair() as (ours, theirs):
                # The shape: the agent's own stdin is empty, each run gets its own.
                started = self._start(shape, (agent_fd, theirs.fileno()))
        finally:
            os.close(agent_fd)
        resident = ResidentBox(shape, started, ours)
        try:
            box_pid = started.child_pid()
            if box_pid is None:
                _bwrap_failed(started.process, _Capture(1 << 16))
            assert box_pid is not None
            self._prepare(request)
            self._enter_cgroup(box_pid, started.process)
            resident.box_pid = box_pid
            started.release()
        except BaseException as error:
            self._stop(resident)
            if isinstance(error, OSError):  # the block pipe: bwrap is gone
                raise SandboxError(f"a resident box ended as it started: {error}") from error
            raise
        return resident

    def _stop_resident(self) -> None:
        resident, self._resident = self._resident, None
        if resident is not None:
            self._stop(resident)

    def _stop(self, resident: ResidentBox) -> None:
        """End of file on its control socket ends the agent, and with it the box."""
        resident.control.close()
        process = resident.started.process
        if not _exits_within(process, AGENT_GRACE_S):
            self._cgroup.kill_all()
        _reap(process)
        _reap_orphans(resident.box_pid or resident.started.child_pid())
        resident.close()

    def _run_in(self, resident: ResidentBox, request: RunRequest) -> RunResult | None:
        oom_before, supervision, stdout, stderr = self._begin(request)
        out_r, out_w = os.pipe2(os.O_CLOEXEC)
        err_r, err_w = os.pipe2(os.O_CLOEXEC)
        try:
            with stdin_for(request) as stdin:
                supervision.started_at = time.monotonic()
                self._box_pid = resident.box_pid
                try:
                    resident.send(stdin.fileno(), out_w, err_w)
                except OSError:
                    return None
                finally:
                    os.close(out_w)
                    os.close(err_w)
            reply = self._supervise_resident(
                request, resident, out_r, err_r, stdout, stderr, supervision
            )
        finally:
            self._box_pid = None
            os.close(out_r)
            os.close(err_r)
        if reply is None:
            return None
        resident.reusable = reply.clean
        code, signal_number = _code_or_signal(reply.exit_code)
        return self._result(
            request, code, reply.signal or signal_number, supervision, stdout, stderr, oom_before
        )

    def _supervise_resident(
        self,
        request: RunRequest,
        resident: ResidentBox,
        out_r: int,
        err_r: int,
        stdout: _Capture,
        stderr: _Capture,
        supervision: _Supervision,
    ) -> AgentReply | None:
        """Wait for the agent's reply and the end of the run's output, enforcing the limits;
        None when the agent died or did not answer."""
        limits = request.limits
        deadline = supervision.started_at + limits.effective_wall_time_s
        cpu_limit_ns = int((limits.cpu_time_s + request.baseline.cpu_time_s) * 1e9)
        box_pid = resident.box_pid
        assert box_pid is not None
        reply: AgentReply | None = None
        killed_at: float | None = None
        with selectors.DefaultSelector() as selector:
            selector.register(out_r, selectors.EVENT_READ, stdout)
            selector.register(err_r, selectors.EVENT_READ, stderr)
            selector.register(resident.control, selectors.EVENT_READ, None)
            while selector.get_map():
                if reply is None:
                    violation = self._check_limits(request, deadline, cpu_limit_ns, stdout, stderr)
                    if violation is not None and supervision.killed_for is None:
                        supervision.killed_for, supervision.kill_message = violation
                    if supervision.killed_for is not None:
                        killed_at = killed_at or time.monotonic()
                        # Again each time: a fork bomb may have made more. The agent ends the run.
                        self._cgroup.kill_all(spare=box_pid)
                waited_from = killed_at or supervision.ended_at or None
                if waited_from is not None and time.monotonic() > waited_from + AGENT_GRACE_S:
                    return reply  # the agent is stuck, or the output stays open without it
                for key, _ in selector.select(POLL_INTERVAL_S):
                    if key.data is None:
                        data = _receive(resident.control)
                        selector.unregister(key.fileobj)
                        reply = parse_reply(data)
                        if reply is None:
                            if data:
                                log.warning("resident box agent: %s", data.decode(errors="replace"))
                            return None
                        supervision.ended_at = time.monotonic()
                    else:
                        _read_into(selector, key)
        return reply

    def _begin(self, request: RunRequest) -> tuple[int, _Supervision, _Capture, _Capture]:
        """A run's start, fresh or resident: the cgroup reset, its OOM count so far, and what
        will record the run (supervision, stdout, stderr)."""
        self._prepare(request)
        limits = request.limits
        return (
            self._cgroup.oom_kills(),
            _Supervision(),
            _Capture(limits.stdout_kib * 1024),
            _Capture(limits.stderr_kib * 1024),
        )

    def _prepare(self, request: RunRequest) -> None:
        """Reset the box's cgroup for `request`; the page cache of another program is reclaimed
        first, that of the same program (another test) is used again."""
        program = _program_identity(request)
        reclaim = program is None or program != self._last_program
        self._cgroup.prepare(
            _memory_bytes(request), request.limits.processes + 2, reclaim_cache=reclaim
        )
        self._last_program = program

    def _run(self, request: RunRequest, then: RunRequest | None) -> RunResult:
        _check_binds(request)
        started = self._take_held(request) or self._start(request)
        try:
            return self._run_started(request, started, then)
        finally:
            started.close()

    def _run_started(
        self, request: RunRequest, started: StartedBox, then: RunRequest | None
    ) -> RunResult:
        oom_before, supervision, stdout, stderr = self._begin(request)
        process = started.process
        box_pid: int | None = None
        try:
            box_pid = self._box_pid = started.child_pid()
            if box_pid is None:
                return _bwrap_failed(process, stderr)
            self._enter_cgroup(box_pid, process)
            supervision.started_at = time.monotonic()
            started.release()
            if then is not None:
                self._hold(then)
            self._supervise(request, process, box_pid, stdout, stderr, supervision)
        finally:
            self._cgroup.kill_all()
            _reap(process)
            _reap_orphans(box_pid)
            self._box_pid = None
        code, signal_number = _code_or_signal(process.returncode)
        return self._result(request, code, signal_number, supervision, stdout, stderr, oom_before)

    def _start(self, request: RunRequest, agent: tuple[int, int] | None = None) -> StartedBox:
        """Start bwrap for `request`: it sets the box up, then waits at `--block-fd`. With
        `agent` (the agent's executable and its control socket), the agent is the payload."""
        with contextlib.ExitStack() as stack:
            pipes, info_r, info_w, block_r, block_w, seccomp_r = stack.enter_context(box_pipes())
            files = stack.enter_context(request_files(request))
            fds = BoxFds(
                info_w,
                block_r,
                seccomp_r,
                tuple(f.fileno() for f in files),
                netns_fd=self._netns_fd,
                agent_fd=agent[0] if agent else None,
                control_fd=agent[1] if agent else None,
            )
            with stdin_for(request) as stdin:
                process = self._spawn(request, fds, stdin)
            pipes.close(info_w, block_r, seccomp_r)
            return StartedBox(request, process, info_r, block_w, stack.pop_all())
        raise AssertionError("unreachable")  # mypy: ExitStack may swallow exceptions

    def _hold(self, request: RunRequest) -> None:
        try:
            _check_binds(request)
            self._held = self._start(request)
        except SandboxError:
            self._held = None  # that run starts its own box, and reports what fails then

    def _take_held(self, request: RunRequest) -> StartedBox | None:
        held, self._held = self._held, None
        if held is None:
            return None
        if held.request == request:
            return held
        _discard(held)
        return None

    def _enter_cgroup(self, box_pid: int, process: subprocess.Popen[bytes]) -> None:
        try:
            self._cgroup.add_process(box_pid)
        except SandboxError as error:
            # The box died before it could be placed: bwrap says why on stderr.
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(5)
            why = process.stderr.read() if process.stderr else b""
            raise SandboxError(f"{error}; bwrap: {why.decode(errors='replace').strip()}") from error

    def _spawn(self, request: RunRequest, fds: BoxFds, stdin: IO[bytes]) -> subprocess.Popen[bytes]:
        argv = full_argv(request, fds, self._uid, self._gid, compiled_launcher(self._launcher_dir))
        try:
            return subprocess.Popen(
                argv,
                stdin=stdin,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                pass_fds=(
                    fds.info_fd,
                    fds.block_fd,
                    fds.seccomp_fd,
                    *fds.file_fds,
                    *(fd for fd in (fds.netns_fd, fds.agent_fd, fds.control_fd) if fd is not None),
                ),
                close_fds=True,
            )
        except OSError as error:
            raise SandboxError(f"cannot start bwrap: {error}") from error

    def _supervise(
        self,
        request: RunRequest,
        process: subprocess.Popen[bytes],
        box_pid: int,
        stdout: _Capture,
        stderr: _Capture,
        supervision: _Supervision,
    ) -> None:
        limits = request.limits
        deadline = supervision.started_at + limits.effective_wall_time_s
        cpu_limit_ns = int((limits.cpu_time_s + request.baseline.cpu_time_s) * 1e9)
        with selectors.DefaultSelector() as selector:
            for stream, capture in ((process.stdout, stdout), (process.stderr, stderr)):
                if stream is not None:
                    os.set_blocking(stream.fileno(), False)
                    selector.register(stream, selectors.EVENT_READ, capture)
            while selector.get_map() or process.poll() is None:
                violation = self._check_limits(request, deadline, cpu_limit_ns, stdout, stderr)
                if violation is not None and supervision.killed_for is None:
                    supervision.killed_for, supervision.kill_message = violation
                    _kill_box(box_pid)
                    self._cgroup.kill_all()
                _drain(selector, POLL_INTERVAL_S)
                if not selector.get_map():
                    # The box's last process is gone once its output streams close.
                    supervision.ended_at = supervision.ended_at or time.monotonic()
                    _wait_briefly(process)
        supervision.ended_at = supervision.ended_at or time.monotonic()

    def _check_limits(
        self,
        request: RunRequest,
        deadline: float,
        cpu_limit_ns: int,
        stdout: _Capture,
        stderr: _Capture,
    ) -> tuple[RunStatus, str] | None:
        # Output past a cap is discarded, not fatal: a program that floods and then ends is an
        # output-limit case, one that floods forever a time-limit case (as DOMjudge has it).
        # A compiler flooding diagnostics is stopped at once: nobody reads past the cap.
        if request.stop_at_output_limit and (stdout.overflowed or stderr.overflowed):
            return RunStatus.OUTPUT_LIMIT, "output limit"
        if self._cgroup.cpu_time_ns() > cpu_limit_ns:
            return RunStatus.TIME_LIMIT, "CPU time limit"
        if time.monotonic() > deadline:
            return RunStatus.TIME_LIMIT, "wall time limit"
        return None

    def _result(
        self,
        request: RunRequest,
        code: int | None,
        signal_number: int | None,
        supervision: _Supervision,
        stdout: _Capture,
        stderr: _Capture,
        oom_before: int,
    ) -> RunResult:
        limits = request.limits
        baseline = request.baseline
        cpu_s = self._cgroup.cpu_time_ns() / 1e9
        peak_kib = self._cgroup.peak_memory_bytes() // 1024
        usage = Usage(
            cpu_time_s=max(0.0, cpu_s - baseline.cpu_time_s),
            wall_time_s=max(0.0, supervision.ended_at - supervision.started_at),
            memory_kib=max(0, peak_kib - baseline.memory_kib),
        )
        overflow = next(
            (
                f"{name} passed {c.cap_bytes // 1024} KiB"
                for name, c in (("stdout", stdout), ("stderr", stderr))
                if c.overflowed
            ),
            None,
        )
        status, message = _classify(
            code=code,
            overflow=overflow,
            signal_number=signal_number,
            supervision=supervision,
            oom=self._cgroup.oom_kills() > oom_before,
            out_of_memory=usage.memory_kib >= limits.memory_kib * PEAK_NEAR_LIMIT,
            cpu_over=usage.cpu_time_s > limits.cpu_time_s,
        )
        return RunResult(
            status=status,
            usage=usage,
            exit_code=code,
            signal=signal_number,
            signal_name=_signal_name(signal_number),
            stdout=stdout.value(),
            stderr=stderr.value(),
            message=message,
        )


def _why_no_resident_boxes(wanted: bool, resets_in_place: bool, launcher: bool) -> str | None:
    if not wanted:
        return "resident boxes were turned off"
    if not resets_in_place:
        return "this cgroup version cannot reset a box's peak memory in place"
    if not launcher:
        return "no compiled launcher (no C compiler?)"
    return None


def _code_or_signal(code: int | None) -> tuple[int | None, int | None]:
    """An exit status, or the signal it stands for: bwrap reports a signal as 128 + n, as
    shells do (a shell running the program does the same in a resident box); above 128 + 64
    (SIGRTMAX) it is an exit status."""
    if code is not None and 128 < code <= 192:
        return None, code - 128
    return code, None


def _memory_bytes(request: RunRequest) -> int:
    # The box's PID 1 (bwrap's init, or the agent) is in the cgroup too: the baseline measured it.
    return (request.limits.memory_kib + request.baseline.memory_kib) * 1024


PF_EXITING = 0x4  # include/linux/sched.h: set first thing in do_exit()


def _exiting(pid: int) -> bool:
    """Whether `pid` is gone, a zombie, or inside `do_exit()` (which sets PF_EXITING before it
    releases the process's files)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return True
    fields = stat[stat.rfind(b")") + 2 :].split()
    try:
        state, flags = fields[0], int(fields[6])
    except (IndexError, ValueError):
        return False  # not a format we know: taken as alive, the cautious answer
    return state in (b"Z", b"X") or bool(flags & PF_EXITING)


def _classify(
    *,
    code: int | None,
    overflow: str | None,
    signal_number: int | None,
    supervision: _Supervision,
    oom: bool,
    out_of_memory: bool,
    cpu_over: bool,
) -> tuple[RunStatus, str]:
    if oom:
        return RunStatus.MEMORY_LIMIT, "memory limit (out-of-memory kill)"
    if supervision.killed_for is not None:
        return supervision.killed_for, supervision.kill_message
    if signal_number == signal.SIGXCPU or cpu_over:
        return RunStatus.TIME_LIMIT, "CPU time limit"
    if signal_number == signal.SIGXFSZ:
        return RunStatus.OUTPUT_LIMIT, "file size limit"
    if overflow is not None:
        return RunStatus.OUTPUT_LIMIT, overflow
    if code == 0:
        return RunStatus.OK, ""
    if out_of_memory:
        return RunStatus.MEMORY_LIMIT, "memory limit (allocation failed)"
    if signal_number is not None:
        return RunStatus.SIGNALED, f"killed by {_signal_name(signal_number)}"
    return RunStatus.NONZERO_EXIT, f"exit code {code}"


def _program_identity(request: RunRequest) -> tuple[object, ...] | None:
    """What makes two runs the same program (tests of one submission); None for a run that
    writes host files (a compile), whose page cache is never the next run's."""
    if request.work_dir is not None or request.readwrite_binds:
        return None
    return (tuple(request.argv), tuple(request.readonly_binds), request.cwd)


def _check_binds(request: RunRequest) -> None:
    """A missing bind source is our fault; found after start-up, bwrap would look like the
    program exiting with status 1."""
    for host, _ in (*request.readonly_binds, *request.readwrite_binds):
        if not os.path.exists(host):
            raise SandboxError(f"bind source {host} does not exist")


def _signal_name(number: int | None) -> str | None:
    if number is None:
        return None
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _bwrap_failed(process: subprocess.Popen[bytes], stderr: _Capture) -> RunResult:
    _reap(process)
    if process.stderr is not None:
        stderr.add(process.stderr.read() or b"")
    text = stderr.value().decode(errors="replace").strip()
    raise SandboxError(f"bwrap failed to start the box (exit {process.returncode}): {text}")


def _drain(selector: selectors.BaseSelector, timeout_s: float) -> None:
    for key, _ in selector.select(timeout_s):
        _read_into(selector, key)


def _read_into(selector: selectors.BaseSelector, key: selectors.SelectorKey) -> None:
    """Read what a captured stream has into its capture; unregister it at end of file."""
    try:
        data = os.read(key.fd, READ_CHUNK)
    except BlockingIOError:
        return
    if data:
        key.data.add(data)
    else:
        selector.unregister(key.fileobj)


def _receive(control: socket.socket) -> bytes:
    """The agent's reply; b"" when it is gone."""
    try:
        return control.recv(REPLY_BYTES)
    except OSError:
        return b""


def _wait_briefly(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(POLL_INTERVAL_S)


def _kill_box(box_pid: int) -> None:
    # PID 1 of the box's PID namespace: its death takes every process of the box with it.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(box_pid, signal.SIGKILL)


def _reap_orphans(box_pid: int | None) -> None:
    """Reap the box's PID 1 once it has come to us (the pool makes this process a child
    subreaper). bwrap's outer process may exit before the box's init: left to the machine's
    init, that zombie stays charged to the box's pids cgroup and a burst of runs exhausts it."""
    if box_pid is None:
        return
    exited = _exit_waiter(box_pid)
    deadline = time.monotonic() + ORPHAN_REAP_S
    try:
        while time.monotonic() < deadline:
            try:
                pid, _ = os.waitpid(box_pid, os.WNOHANG)
            except ChildProcessError:
                if _parent_of(box_pid) not in (None, os.getpid()):
                    return  # still bwrap's child: it reaps it itself
                if _parent_of(box_pid) is None:
                    return  # gone
            else:
                if pid == box_pid:
                    return
            exited = _wait_for_exit(exited, deadline)
    finally:
        if exited is not None:
            os.close(exited)


def _exit_waiter(pid: int) -> int | None:
    """A pidfd of `pid`, readable once it has exited; None where there is none (then polled)."""
    try:
        return os.pidfd_open(pid)
    except OSError:
        return None


def _wait_for_exit(pidfd: int | None, deadline: float) -> int | None:
    """Sleep until the box's PID 1 exits (its namespace's teardown takes 0.1 to a few ms), at
    once rather than on a 1 ms tick; after that, tick (it may still be on its way to us)."""
    if pidfd is None:
        time.sleep(0.001)
        return None
    select.select([pidfd], [], [], max(0.0, deadline - time.monotonic()))
    os.close(pidfd)
    return None


def _exits_within(process: subprocess.Popen[bytes], timeout_s: float) -> bool:
    """Wait for `process` to exit, woken by its pidfd (`Popen.wait` with a timeout polls on
    a growing sleep, which would add a millisecond or more to the run that stops a box)."""
    pidfd = _exit_waiter(process.pid)
    if pidfd is None:
        try:
            process.wait(timeout_s)
        except subprocess.TimeoutExpired:
            return False
        return True
    _wait_for_exit(pidfd, time.monotonic() + timeout_s)
    return process.poll() is not None


def _parent_of(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return int(handle.read().rsplit(b")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def _reap(process: subprocess.Popen[bytes]) -> None:
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()
