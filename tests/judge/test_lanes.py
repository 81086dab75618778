"""A submission's tests spread over idle slots (judge/lanes.py, sandbox/lending.py), on the fake
sandbox: which slot ran what, the order of the events, stopping, and giving a lent slot back to a
judging that waits. The real sandbox's side is tests/sandbox/test_spread_tests.py."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from assay.core.events import Compiling, Finished, JudgeEvent, TestFinished, TestStarted
from assay.core.types import TestResult, Verdict
from assay.judge.lanes import Lanes
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.judge.types import JudgeOptions, Source
from assay.languages import default_registry
from assay.problems.model import Problem
from assay.sandbox import RunRequest, RunResult
from assay.sandbox.fake import FakeSandboxPool, FakeSlot, Responder, by_argv, ok_result
from assay.sandbox.lending import FreeSlots

PROGRAM = "/prog/main.py"
PYTHON = Source(text="print(sum(map(int, input().split())))\n", language_id="python3")


def expected(request: RunRequest) -> RunResult:
    assert isinstance(request.stdin, Path)
    return ok_result(request.stdin.with_suffix(".ans").read_bytes())


def pool_of(program: Responder, slots: int = 2) -> FakeSandboxPool:
    main = by_argv(
        {"/usr/bin/true": ok_result(), "py_compile": ok_result(), PROGRAM: program},
        default=lambda request: pytest.fail(f"unexpected run {list(request.argv)}"),
    )
    return FakeSandboxPool(main, slots=slots)


def environment(pool: FakeSandboxPool, cache_dir: Path, spread: bool = True) -> JudgeEnvironment:
    return JudgeEnvironment(
        pool=pool, registry=default_registry(), cache_dir=cache_dir, spread_tests=spread
    )


def program_inputs(pool: FakeSandboxPool, slot: int) -> list[str]:
    return [Path(str(r.stdin)).stem for r in pool.slots[slot].main.requests if PROGRAM in r.argv]


def order_of(events: list[JudgeEvent]) -> list[tuple[str, int]]:
    return [
        (type(e).__name__, e.index) for e in events if isinstance(e, TestStarted | TestFinished)
    ]


def both_slots_free(pool: FakeSandboxPool) -> bool:
    """Whether the pool has both its slots again (a lent slot came back)."""
    return pool.lend_idle_slot() is not None and pool.lend_idle_slot() is not None


def final(events: list[JudgeEvent]) -> Finished:
    last = events[-1]
    assert isinstance(last, Finished)
    return last


def slow(program: Responder, delay_s: float) -> Responder:
    def respond(request: RunRequest) -> RunResult:
        time.sleep(delay_s)
        return program(request)

    return respond


# Lending.


def test_a_free_slot_is_lent_until_given_back() -> None:
    returned: list[str] = []
    free = FreeSlots(["a", "b"], on_return=returned.append)
    assert free.lend() == "a"
    assert free.lend() == "b"
    assert free.lend() is None
    free.give_back("a")
    assert returned == ["a"]
    assert free.take() == "a"


def test_no_slot_is_lent_while_a_judging_waits_for_one() -> None:
    free = FreeSlots(["a"], on_return=lambda slot: None)
    taken = free.take()
    got: list[str] = []
    waiter = threading.Thread(target=lambda: got.append(free.take()))
    waiter.start()
    while not free.wanted():
        time.sleep(0.001)
    free.give_back(taken)
    assert free.lend() is None or got == []  # the waiter comes first
    waiter.join(5)
    assert got == ["a"]
    assert not free.wanted()


# Spreading a judging's tests.


def test_the_tests_run_on_both_slots_and_the_events_keep_test_order(
    sumtwo: Problem, cache_dir: Path
) -> None:
    pool = pool_of(slow(expected, 0.01))
    events = list(judge(sumtwo, PYTHON, JudgeOptions(), environment(pool, cache_dir)))
    result = final(events).result
    assert result.verdict == Verdict.AC
    assert [t.name for t in result.tests] == [t.name for t in sumtwo.tests]
    count = len(sumtwo.tests)
    assert order_of(events) == [
        (kind, i) for i in range(1, count + 1) for kind in ("TestStarted", "TestFinished")
    ]
    ran = program_inputs(pool, 0) + program_inputs(pool, 1)
    assert program_inputs(pool, 1), "the idle slot ran none of the tests"
    assert sorted(ran) == sorted(t.input_path.stem for t in sumtwo.tests)  # each test once
    assert both_slots_free(pool)


def test_without_spreading_one_slot_runs_every_test(sumtwo: Problem, cache_dir: Path) -> None:
    pool = pool_of(expected)
    events = list(judge(sumtwo, PYTHON, JudgeOptions(), environment(pool, cache_dir, False)))
    assert final(events).result.verdict == Verdict.AC
    assert program_inputs(pool, 1) == []
    assert len(program_inputs(pool, 0)) == len(sumtwo.tests)


def test_the_first_failing_test_in_order_decides_and_later_ones_are_not_reported(
    sumtwo: Problem, cache_dir: Path
) -> None:
    third = sumtwo.tests[2].input_path.stem

    def respond(request: RunRequest) -> RunResult:
        assert isinstance(request.stdin, Path)
        if request.stdin.stem == third:
            time.sleep(0.05)  # later tests finish first on the other slot
            return ok_result(b"-1\n")
        return expected(request)

    pool = pool_of(respond)
    events = list(judge(sumtwo, PYTHON, JudgeOptions(), environment(pool, cache_dir)))
    result = final(events).result
    assert result.verdict == Verdict.WA
    assert len(result.tests) == 3
    assert order_of(events)[-1] == ("TestFinished", 3)
    assert both_slots_free(pool)


def test_a_sandbox_error_on_a_needed_test_reaches_the_caller(
    sumtwo: Problem, cache_dir: Path
) -> None:
    second = sumtwo.tests[1].input_path.stem

    def respond(request: RunRequest) -> RunResult:
        assert isinstance(request.stdin, Path)
        if request.stdin.stem == second:
            raise OSError("the box broke")
        return expected(request)

    pool = pool_of(respond)
    with pytest.raises(OSError, match="the box broke"):
        list(judge(sumtwo, PYTHON, JudgeOptions(), environment(pool, cache_dir)))
    assert both_slots_free(pool)


def test_a_judging_that_waits_gets_the_lent_slot_after_one_test(
    sumtwo: Problem, cache_dir: Path
) -> None:
    pool = pool_of(slow(expected, 0.05))
    env = environment(pool, cache_dir)
    happened: list[str] = []

    def judging(name: str) -> None:
        for event in judge(sumtwo, PYTHON, JudgeOptions(), env):
            if isinstance(event, Compiling):  # the judging has its slot
                happened.append(f"{name} has a slot")
            if isinstance(event, Finished):
                assert event.result.verdict == Verdict.AC
                happened.append(f"{name} finished")

    first = threading.Thread(target=judging, args=("first",))
    first.start()
    while not program_inputs(pool, 1):  # the first judging's tests are spread
        time.sleep(0.005)
    second = threading.Thread(target=judging, args=("second",))
    second.start()
    first.join(30)
    second.join(30)
    # 14 tests of 50 ms: the first judging, back on one slot, still had most of them to run
    # when the second one got the slot it lent.
    assert happened.index("second has a slot") < happened.index("first finished")
    assert program_inputs(pool, 1)[-1] == sumtwo.tests[-1].input_path.stem  # the second's


def test_closing_kills_the_runs_of_tests_still_in_flight() -> None:
    pool = FakeSandboxPool(lambda request: ok_result(), slots=2)

    def run_test(slot: FakeSlot, index: int, following: int | None) -> TestResult:
        given_up = time.monotonic() + 10
        while index > 0 and slot.main.kills == 0 and time.monotonic() < given_up:
            time.sleep(0.005)  # a later test runs until it is killed
        return TestResult(name=str(index), verdict=Verdict.AC)

    lanes = Lanes(4, run_test, pool.slot_wanted)  # type: ignore[arg-type]
    lent = pool.lend_idle_slot()
    assert lent is not None
    lanes.start(pool.slots[0], [lent], pool.give_back)
    assert lanes.result(0).verdict == Verdict.AC
    lanes.close()  # returns only once the runs in flight were killed
    assert pool.slots[0].main.kills + pool.slots[1].main.kills >= 1
    assert both_slots_free(pool)


def test_a_lane_that_cannot_start_gives_its_slot_back_and_the_others_judge(
    sumtwo: Problem, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pool = pool_of(expected)
    start = threading.Thread.start
    lanes_started: list[str] = []

    def second_lane_fails(thread: threading.Thread) -> None:
        if thread.name == "assay-lane":
            lanes_started.append(thread.name)
            if len(lanes_started) == 2:
                raise RuntimeError("can't start new thread")
        start(thread)

    monkeypatch.setattr(threading.Thread, "start", second_lane_fails)
    events = list(judge(sumtwo, PYTHON, JudgeOptions(), environment(pool, cache_dir)))
    assert final(events).result.verdict == Verdict.AC
    assert program_inputs(pool, 1) == []  # the lent slot's lane never ran
    assert len(program_inputs(pool, 0)) == len(sumtwo.tests)
    assert both_slots_free(pool)
