"""A pool's free slots: borrowed for a whole judging, or lent while idle to a judging that
spreads its tests over more than one slot.

A judging that waits for a slot always comes first: no slot is lent while one waits, and a
judging with lent slots gives each back after its test in progress once `wanted()`.
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

from assay.sandbox.types import RunRequest, RunResult, Slot

S = TypeVar("S")
P = TypeVar("P", bound=Slot)  # a pool's own slot type


class FreeSlots(Generic[S]):
    def __init__(self, slots: Iterable[S], on_return: Callable[[S], None]) -> None:
        self._free: deque[S] = deque(slots)
        self._on_return = on_return  # e.g. stop what the slot's boxes hold for a next run
        self._changed = threading.Condition()
        self._waiting = 0

    def take(self) -> S:
        """A free slot, waiting for one when none is."""
        with self._changed:
            self._waiting += 1
            try:
                self._changed.wait_for(lambda: bool(self._free))
                return self._free.popleft()
            finally:
                self._waiting -= 1

    def lend(self) -> S | None:
        """A free slot now, or None when none is or a judging waits for one."""
        with self._changed:
            if self._waiting or not self._free:
                return None
            return self._free.popleft()

    def give_back(self, slot: S) -> None:
        try:
            self._on_return(slot)
        finally:
            with self._changed:
                self._free.append(slot)
                self._changed.notify()

    def wanted(self) -> bool:
        """Whether a judging waits for a slot."""
        with self._changed:
            return self._waiting > 0


class LendingPool(Generic[P]):
    """The slot keeping the real pool and the fake share: `slot()` for a judging, and
    `lend_idle_slot`, `give_back` and `slot_wanted` for a judging's tests on idle slots."""

    slots: list[P]
    _free: FreeSlots[P]

    def _keep(self, slots: list[P], on_return: Callable[[P], None]) -> None:
        self.slots = slots
        self._free = FreeSlots(slots, on_return)

    @contextlib.contextmanager
    def slot(self) -> Iterator[P]:
        """Borrow a free slot for the duration of one judging (blocks until one is free)."""
        slot = self._free.take()
        try:
            yield slot
        finally:
            self._free.give_back(slot)

    def lend_idle_slot(self) -> P | None:
        return self._free.lend()

    def give_back(self, slot_index: int) -> None:
        self._free.give_back(self.slots[slot_index])

    def slot_wanted(self) -> bool:
        return self._free.wanted()

    def run(self, request: RunRequest) -> RunResult:
        """One run on a slot borrowed for it."""
        with self.slot() as slot:
            return slot.run(request)
