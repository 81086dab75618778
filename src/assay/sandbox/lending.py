"""A pool's free slots: borrowed for a whole judging, or lent while idle to a judging that
spreads its tests over more than one slot.

A judging that waits for a slot always comes first: no slot is lent while one waits, and a
judging with lent slots gives each back after its test in progress once `wanted()`.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

S = TypeVar("S")


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
