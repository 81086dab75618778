"""A submission's tests on its own slot and on idle slots lent to it.

Each lane is a thread with a slot; it takes the first test no lane has taken. The judging reads
the results in test order, so its events and its verdict are those of judging one test after
another. Closing (after the first failure, or once the expectation is settled) kills the runs of
later tests still in flight. A lent slot goes back after its test as soon as another judging
waits for a slot. Each test still runs alone in a box pinned to its slot's core, as tests of
two submissions on two slots always have (docs/judge-engine.md, "Tests on idle slots").
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from assay.core.types import TestResult
from assay.judge.types import JudgeFault
from assay.sandbox import Slot

log = logging.getLogger(__name__)

# Runs test `index` on `slot`; the third argument is the test it will probably run next.
RunTest = Callable[[Slot, int, int | None], TestResult]
KILL_EVERY_S = 0.05  # a run can start between a kill and the lane's next look at `stopped`


class Lanes:
    def __init__(self, count: int, run_test: RunTest, slot_wanted: Callable[[], bool]) -> None:
        self._count = count
        self._run_test = run_test
        self._slot_wanted = slot_wanted
        self._changed = threading.Condition()
        self._next = 0
        self._done: dict[int, TestResult | Exception] = {}
        self._running: dict[int, Slot] = {}
        self._stopped = False
        self._threads: list[threading.Thread] = []
        self._alive = 0

    def start(self, own: Slot, lent: list[Slot], give_back: Callable[[int], None]) -> None:
        """Lanes on the judging's own slot and on `lent` ones, each given back when its lane
        ends."""
        lanes = [(own, None), *((slot, give_back) for slot in lent)]
        self._alive = len(lanes)
        for count, (slot, back) in enumerate(lanes):
            thread = threading.Thread(
                target=self._lane, args=(slot, back, len(lanes)), name="assay-lane", daemon=True
            )
            try:
                thread.start()
            except RuntimeError:  # no thread to be had: the lanes started so far go on alone
                log.exception("could not start a lane for test judging")
                self._not_started(lanes[count:])
                return
            self._threads.append(thread)

    def _not_started(self, lanes: list[tuple[Slot, Callable[[int], None] | None]]) -> None:
        for slot, back in lanes:
            if back is not None:
                back(slot.index)
        with self._changed:
            self._alive -= len(lanes)
            self._changed.notify_all()

    def result(self, index: int) -> TestResult:
        """Test `index`'s result, once its lane has it; a lane's error is raised here."""
        with self._changed:
            self._changed.wait_for(lambda: index in self._done or self._alive == 0)
            outcome = self._done.get(index)
        if outcome is None:
            raise JudgeFault(f"no judging slot was left to run test {index + 1}")
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def close(self) -> None:
        """No test starts any more; runs in flight are killed; returns when every lane ended."""
        with self._changed:
            self._stopped = True
        while any(thread.is_alive() for thread in self._threads):
            with self._changed:
                in_flight = list(self._running.values())
            for slot in in_flight:
                slot.main.kill()
                slot.helper.kill()
            for thread in self._threads:
                thread.join(KILL_EVERY_S)

    def _lane(self, slot: Slot, give_back: Callable[[int], None] | None, width: int) -> None:
        try:
            while (index := self._take(slot)) is not None:
                following = index + width
                try:
                    outcome: TestResult | Exception = self._run_test(
                        slot, index, following if following < self._count else None
                    )
                except Exception as error:  # raised by `result` if the judging needs this test
                    outcome = error
                with self._changed:
                    self._done[index] = outcome
                    del self._running[index]
                    self._changed.notify_all()
                if isinstance(outcome, Exception):
                    return
                if give_back is not None and self._slot_wanted():
                    return
        finally:
            if give_back is not None:
                give_back(slot.index)
            with self._changed:
                self._alive -= 1
                self._changed.notify_all()

    def _take(self, slot: Slot) -> int | None:
        with self._changed:
            if self._stopped or self._next >= self._count:
                return None
            index = self._next
            self._next += 1
            self._running[index] = slot
            return index
