"""The per-test clock of a function-problem run, on a CPU counter the test sets (no sandbox)."""

from __future__ import annotations

import os
import queue
import threading
from types import SimpleNamespace

from assay.judge.result_channel import ChannelLimits, ChannelRun, Line, RecordClock, Stop, _Reader
from assay.sandbox import RunRequest

LIMITS = ChannelLimits(
    record_cap_bytes=1 << 20,
    stdout_shown_bytes=1 << 16,
    test_cpu_s=1.0,
    test_budget_s=60.0,  # the judge clock never decides here
    startup_budget_s=5.0,
)


class Counter:
    def __init__(self) -> None:
        self.cpu_s = 0.0

    def __call__(self) -> float:
        return self.cpu_s


def test_each_record_gets_the_cpu_spent_since_the_one_before() -> None:
    cpu = Counter()
    clock = RecordClock(LIMITS, cpu)
    cpu.cpu_s = 0.3
    first = clock.record(b"a")
    cpu.cpu_s = 1.1
    second = clock.record(b"b")
    assert first is not None and second is not None
    assert (first.text, round(first.cpu_s, 6)) == (b"a", 0.3)
    assert (second.text, round(second.cpu_s, 6)) == (b"b", 0.8)


def test_the_first_test_carries_the_runtime_start_in_its_budget() -> None:
    cpu = Counter()
    clock = RecordClock(LIMITS, cpu)
    cpu.cpu_s = 4.0  # a JVM's start and a 1 s test: within limit + startup budget
    assert not clock.over()
    assert clock.record(b"a") is not None


def test_a_test_past_the_cpu_limit_is_over_while_running_and_when_it_ends() -> None:
    cpu = Counter()
    clock = RecordClock(LIMITS, cpu)
    cpu.cpu_s = 0.5
    assert clock.record(b"a") is not None
    cpu.cpu_s = 1.4
    assert not clock.over()
    cpu.cpu_s = 1.6
    assert clock.over()
    assert clock.record(b"b") is None


def test_a_stale_counter_before_the_first_record_is_not_a_time_limit() -> None:
    """Until the box is prepared, the counter may still hold the previous run's CPU."""
    cpu = Counter()
    cpu.cpu_s = 50.0
    assert not RecordClock(LIMITS, cpu).over()


def test_a_test_past_a_limit_says_which_limit_in_figures() -> None:
    cpu = Counter()
    clock = RecordClock(LIMITS, cpu)
    cpu.cpu_s = 0.5
    assert clock.record(b"a") is not None
    assert clock.exceeded is None
    cpu.cpu_s = 2.0
    assert clock.record(b"b") is None
    assert clock.exceeded == "CPU time 1.50 s > 1 s"


def test_a_test_past_the_judge_clock_says_how_much_cpu_it_used() -> None:
    cpu = Counter()
    asleep = ChannelLimits(
        record_cap_bytes=1 << 20,
        stdout_shown_bytes=1 << 16,
        test_cpu_s=1.0,
        test_budget_s=0.0,  # any wait at all is past the judge clock
        startup_budget_s=0.0,
    )
    clock = RecordClock(asleep, cpu)
    cpu.cpu_s = 0.25
    assert clock.over()
    assert clock.exceeded is not None
    assert clock.exceeded.startswith("wall-clock time ")
    assert clock.exceeded.endswith(
        "(CPU time 0.00 s)"
    )  # before the first record CPU is not counted


def test_an_unreadable_counter_does_not_charge_the_next_test_with_the_whole_run() -> None:
    cpu = Counter()
    clock = RecordClock(LIMITS, cpu)
    cpu.cpu_s = 3.0  # the runtime's start and the first test
    assert clock.record(b"a") is not None
    cpu.cpu_s = 0.0  # the box reads 0 when the counter cannot be read
    assert clock.record(b"b") is not None
    cpu.cpu_s = 3.2
    third = clock.record(b"c")
    assert third is not None and round(third.cpu_s, 6) == 0.2


class _Box:
    """The slot's main box as the channel's reader sees it: CPU and memory counters, and a kill
    that ends the run (the write end of the results pipe closes)."""

    def __init__(self, cpu: Counter, write_fd: int) -> None:
        self.cpu_time_s = cpu
        self._write_fd = write_fd
        self.killed = False

    def peak_memory_kib(self) -> int:
        return 2048

    def kill(self) -> None:
        if not self.killed:
            self.killed = True
            os.close(self._write_fd)


def test_a_record_cut_short_by_the_time_limit_is_not_graded() -> None:
    """The test in progress passes its CPU limit while writing its record: the judge stops the
    run, and the half-written record must not come out as that test's answer (a WA where the
    verdict is TLE: seen on all-subsets' O(4^n) submission, its 13-element tests at 1.4-1.6 s of
    2 s)."""
    cpu = Counter()
    read_fd, write_fd = os.pipe()
    os.set_blocking(read_fd, False)
    box = _Box(cpu, write_fd)
    slot = SimpleNamespace(main=box)
    channel = ChannelRun(slot, RunRequest(argv=["x"]), LIMITS, (0, 0))  # type: ignore[arg-type]
    cpu.cpu_s = 0.1
    os.write(write_fd, b'"first"\n')
    arrived: queue.SimpleQueue[Line | None] = queue.SimpleQueue()
    reader = threading.Thread(target=channel._pump, args=(_Reader(read_fd), arrived))
    reader.start()
    first = arrived.get(timeout=5)
    assert first is not None and first.text == b'"first"'
    os.write(write_fd, b"[[1, 2], [1")  # the next record, half written
    cpu.cpu_s = 5.0  # past the limit: the reader stops the run
    reader.join(timeout=5)
    assert box.killed and channel.stopped == Stop.TIMEOUT
    assert arrived.get(timeout=5) is None, "a cut-off record was passed on to be graded"
    os.close(read_fd)
