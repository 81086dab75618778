"""The result channel of a function-problem run: fd 3 and stdout of the box, read as they arrive.

The box opens a FIFO `/pipes/res` as fd 3 (a plain pipe handed to bwrap would stay open in its
monitor, so EOF would never come). The judge holds a write end until the box has ended, so EOF
means "the box is gone", never "the box has not opened it yet".

Stdout goes to a regular file, `/pipes/out`, opened for appending. Each record carries the file's
size after the driver flushed (`"o"`), so the bytes between two records belong to the second
record's test. Two pipes read side by side could not say that: a fast driver has written the next
test's output before the judge reads the first record. A lying driver only garbles its own
display; verdicts never depend on stdout. Records are capped (the caller's `record_cap_bytes`,
beyond which the box is killed) and stdout by the file size limit of the request (OLE).
"""

from __future__ import annotations

import contextlib
import os
import queue
import select
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from assay.sandbox import RunRequest, RunResult, Slot

FIFO_DIR = "/pipes"
RESULTS = "res"
STDOUT = "out"
READ_CHUNK = 1 << 16
POLL_S = 0.05


class Stop(StrEnum):
    """Why the judge ended the run early."""

    TIMEOUT = "timeout"  # a test ran past its budget
    FLOOD = "flood"  # more record bytes than any honest driver writes
    JUDGE = "judge"  # the judge has seen enough (first failure)
    OUTPUT = "output"  # stdout reached its size cap (a runtime ignoring SIGXFSZ just gets EFBIG)


@dataclass(frozen=True, slots=True)
class ChannelLimits:
    record_cap_bytes: int
    stdout_shown_bytes: int
    test_cpu_s: float  # CPU time allowed between two records: the time limit
    test_budget_s: float  # judge-clock time allowed between two records (a sleeping program)
    startup_budget_s: float  # extra time before the first record (runtime start, user code load)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of fd 3, with the judge-clock time and the box's CPU time since the previous one."""

    text: bytes
    elapsed_s: float
    cpu_s: float
    memory_kib: int = 0  # the box's peak so far: the run's tests share one process


@dataclass(slots=True)
class _Reader:
    fd: int
    buffer: bytearray = field(default_factory=bytearray)
    total: int = 0
    eof: bool = False

    def read(self) -> bytes:
        try:
            chunk = os.read(self.fd, READ_CHUNK)
        except BlockingIOError:
            return b""
        if not chunk:
            self.eof = True
        self.total += len(chunk)
        return chunk


class ChannelRun:
    """Run `request` with its fd 3 and stdout read here. Iterate `lines()`; then `result`."""

    def __init__(
        self, slot: Slot, request: RunRequest, limits: ChannelLimits, sandbox_ids: tuple[int, int]
    ) -> None:
        self._slot = slot
        self._request = request
        self._limits = limits
        self._ids = sandbox_ids
        self.result: RunResult | None = None
        self.stopped: Stop | None = None
        self.timeout_detail = ""  # which limit a TIMEOUT stop passed, in figures
        self._stdout_path: Path | None = None

    def stop(self, reason: Stop) -> None:
        if self.stopped is None:
            self.stopped = reason
        self._slot.main.kill()

    def stdout(self, start: int, end: int | None = None) -> tuple[bytes, bool]:
        """Stdout bytes [start, end) (end None: to the end), at most `stdout_shown_bytes`, and
        whether there were more."""
        if self._stdout_path is None or not self._stdout_path.exists():
            return b"", False
        shown = self._limits.stdout_shown_bytes
        with open(self._stdout_path, "rb") as handle:
            handle.seek(max(0, start))
            wanted = shown + 1 if end is None else max(0, min(end - start, shown + 1))
            data = handle.read(wanted)
        return data[:shown], len(data) > shown

    def lines(self) -> Generator[Line, None, None]:
        """The records as they arrive. A reader thread stamps each line when it comes out of the
        pipe, so a test's time never includes the judge's grading of the one before."""
        with _channel_dir(self._ids) as directory:
            self._stdout_path = directory / STDOUT
            results = _Reader(os.open(directory / RESULTS, os.O_RDONLY | os.O_NONBLOCK))
            held = os.open(directory / RESULTS, os.O_WRONLY | os.O_NONBLOCK)
            arrived: queue.SimpleQueue[Line | None] = queue.SimpleQueue()
            runner = threading.Thread(target=self._run, args=(directory, held), daemon=True)
            reader = threading.Thread(target=self._pump, args=(results, arrived), daemon=True)
            try:
                runner.start()
                reader.start()
                while (line := arrived.get()) is not None:
                    yield line
            finally:
                if runner.is_alive():
                    self.stop(self.stopped or Stop.JUDGE)
                runner.join()
                reader.join()
                with contextlib.suppress(OSError):
                    os.close(results.fd)

    def _time_out(self, clock: RecordClock) -> None:
        self.timeout_detail = clock.exceeded or ""
        self.stop(Stop.TIMEOUT)

    def _stdout_full(self) -> bool:
        """Stdout reached the file size limit: the program tried to write past the cap."""
        if self._stdout_path is None:
            return False
        try:
            size = os.stat(self._stdout_path).st_size
        except OSError:
            return False
        return size >= self._request.limits.file_size_kib * 1024

    def _run(self, directory: Path, held: int) -> None:
        """Run the box; then close the judge's write end: the reader sees EOF at once."""
        try:
            self._run_box(directory)
        finally:
            os.close(held)

    def _run_box(self, directory: Path) -> None:
        request = self._request
        argv = [
            "/bin/sh",
            "-c",
            'exec 3>"$1" 1>>"$2"; shift 2; exec "$@"',
            "sh",
            f"{FIFO_DIR}/{RESULTS}",
            f"{FIFO_DIR}/{STDOUT}",
            *request.argv,
        ]
        binds = [*request.readwrite_binds, (directory, FIFO_DIR)]
        self.result = self._slot.main.run(replace(request, argv=argv, readwrite_binds=binds))

    def _pump(
        self,
        results: _Reader,
        arrived: queue.SimpleQueue[Line | None],
    ) -> None:
        try:
            self._read_until_end(results, arrived)
        finally:
            arrived.put(None)

    def _read_until_end(
        self,
        results: _Reader,
        arrived: queue.SimpleQueue[Line | None],
    ) -> None:
        clock = RecordClock(
            self._limits, self._slot.main.cpu_time_s, self._slot.main.peak_memory_kib
        )
        while not results.eof:
            readable, _, _ = select.select([results.fd], [], [], POLL_S)
            if readable:
                results.buffer += results.read()
                if results.total > self._limits.record_cap_bytes:
                    self.stop(Stop.FLOOD)
                while (end := results.buffer.find(b"\n")) >= 0:
                    if self._stdout_full():
                        self.stop(Stop.OUTPUT)
                        return
                    line = clock.record(bytes(results.buffer[:end]))
                    if line is None:  # the test finished, but past its limit
                        self._time_out(clock)
                        return
                    arrived.put(line)
                    del results.buffer[: end + 1]
            if clock.over() and self.stopped is None:
                self._time_out(clock)
        if self._stdout_full():
            self.stop(Stop.OUTPUT)
            return
        # An unterminated tail is graded only when the program ended by itself: one the judge
        # stopped (a test past its limit) may be a record cut off half-written.
        if results.buffer and self.stopped is None:
            arrived.put(clock.last_line(bytes(results.buffer)))


class RecordClock:
    """The time of the test in progress: judge-clock and the box's cgroup CPU since the last record.

    CPU over the limit is TLE, as in a stdin/stdout run; the judge clock only catches a program
    that sleeps or blocks. The first test also carries the runtime's start, so it gets the
    startup budget on top. Before the first record the CPU counter may still be the previous
    run's (the box is being prepared), so only the judge clock counts until then."""

    def __init__(
        self,
        limits: ChannelLimits,
        cpu_now: Callable[[], float],
        memory_now: Callable[[], int] = lambda: 0,
    ) -> None:
        self._limits = limits
        self._cpu_now = cpu_now
        self._memory_now = memory_now
        self._wall_at = time.monotonic()
        self._cpu_at: float | None = None
        self.exceeded: str | None = None

    def _extra_s(self) -> float:
        return self._limits.startup_budget_s if self._cpu_at is None else 0.0

    def _cpu_used_s(self, cpu_total_s: float | None = None) -> float:
        total_s = self._cpu_now() if cpu_total_s is None else cpu_total_s
        return max(0.0, total_s - (self._cpu_at or 0.0))

    def over(self) -> bool:
        wall_s = time.monotonic() - self._wall_at
        cpu_s = self._cpu_used_s() if self._cpu_at is not None else 0.0
        return self._exceeded(cpu_s, wall_s)

    def _exceeded(self, cpu_s: float, wall_s: float) -> bool:
        """Whether the test in progress is past a limit; if so, `exceeded` says which, in figures
        (an operator tells a slow program from a starved machine by them)."""
        extra_s = self._extra_s()
        cpu_limit_s = self._limits.test_cpu_s + extra_s
        wall_limit_s = self._limits.test_budget_s + extra_s
        if cpu_s > cpu_limit_s:
            self.exceeded = f"CPU time {cpu_s:.2f} s > {cpu_limit_s:g} s"
        elif wall_s > wall_limit_s:
            self.exceeded = (
                f"wall-clock time {wall_s:.2f} s > {wall_limit_s:g} s (CPU time {cpu_s:.2f} s)"
            )
        return self.exceeded is not None

    def record(self, text: bytes) -> Line | None:
        """The line of a record that just arrived; None when its test went past the limit."""
        now, cpu_total_s = time.monotonic(), self._cpu_now()
        cpu_s = self._cpu_used_s(cpu_total_s)
        line = Line(text, now - self._wall_at, cpu_s, self._memory_now())
        if self._exceeded(cpu_s, line.elapsed_s):
            return None
        self._wall_at = now
        # The counter never goes back within a run: a lower reading (the box reads 0 when the
        # counter cannot be read) must not make the next test carry the whole run's CPU.
        if cpu_total_s > 0 and cpu_total_s >= (self._cpu_at or 0.0):
            self._cpu_at = cpu_total_s
        return line

    def last_line(self, text: bytes) -> Line:
        """An unterminated tail: the box has ended, so it is graded as it is."""
        return Line(text, time.monotonic() - self._wall_at, self._cpu_used_s(), self._memory_now())


@contextlib.contextmanager
def _channel_dir(sandbox_ids: tuple[int, int]) -> Iterator[Path]:
    directory = Path(tempfile.mkdtemp(prefix="assay-channel-"))
    try:
        os.chmod(directory, 0o711)
        os.mkfifo(directory / RESULTS, 0o600)
        (directory / STDOUT).touch(0o600)
        for name in (RESULTS, STDOUT):
            os.chown(directory / name, *sandbox_ids)
        yield directory
    finally:
        shutil.rmtree(directory, ignore_errors=True)
