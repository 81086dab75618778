"""The per-test clock of a function-problem run, on a CPU counter the test sets (no sandbox)."""

from __future__ import annotations

from assay.judge.result_channel import ChannelLimits, RecordClock

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
