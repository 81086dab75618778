#!/usr/bin/env python3
"""Test data for "Min-Tracking Stack" (design problem TrackingStack).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is produced by the
simulation below (a second stack of running minima), independently of the submissions.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLASS = "TrackingStack"
LIM = 10**15
I32 = 2**31


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def simulate(operations: list[str], arguments: list[list[int]]) -> list:
    stack: list[int] = []
    minima: list[int] = []  # minima[-1] is the minimum; a value equal to it is pushed again
    out: list = [None]
    for op, args in zip(operations[1:], arguments[1:]):
        if op == "push":
            stack.append(args[0])
            if not minima or args[0] <= minima[-1]:
                minima.append(args[0])
            out.append(None)
        elif op == "pop":
            assert stack, "pop on an empty stack"
            if stack.pop() == minima[-1]:
                minima.pop()
            out.append(None)
        elif op == "top":
            out.append(stack[-1])
        else:
            out.append(minima[-1])
    return out


class Builder:
    def __init__(self) -> None:
        self.ops: list[str] = [CLASS]
        self.args: list[list[int]] = [[]]
        self.size = 0

    def call(self, op: str, *args: int) -> None:
        assert op == "push" or self.size > 0
        self.size += {"push": 1, "pop": -1}.get(op, 0)
        self.ops.append(op)
        self.args.append(list(args))

    def case(self) -> tuple[list[str], list[list[int]]]:
        return self.ops, self.args


def random_ops(rng: random.Random, calls: int, value, weights=(4, 2, 1, 2)) -> tuple:
    b = Builder()
    for _ in range(calls):
        op = rng.choices(("push", "pop", "top", "getMin"), weights)[0] if b.size else "push"
        if op == "push":
            b.call("push", value(rng))
        else:
            b.call(op)
    return b.case()


def fixed(script: str) -> tuple:
    """'p5 o t m' = push(5), pop(), top(), getMin()."""
    b = Builder()
    for token in script.split():
        if token[0] == "p":
            b.call("push", int(token[1:]))
        else:
            b.call({"o": "pop", "t": "top", "m": "getMin"}[token])
    return b.case()


def sawtooth(rng: random.Random, pushes: int, queries: int) -> tuple:
    """A tall stack, then many getMin/top calls: a getMin that scans the stack is too slow."""
    b = Builder()
    for i in range(pushes):
        b.call("push", rng.randint(-(10**10), 10**10))
    for i in range(queries):
        b.call("getMin" if i % 3 else "top")
    return b.case()


def duplicates_of_min(rng: random.Random, rounds: int) -> tuple:
    b = Builder()
    for r in range(rounds):
        low = -I32 - r
        copies = rng.randint(1, 4)
        for _ in range(copies):
            b.call("push", low)
        b.call("push", rng.randint(low, LIM))
        b.call("getMin")
        for _ in range(rng.randint(1, copies)):
            b.call("pop")
            b.call("getMin")
    return b.case()


SAMPLES = [
    fixed("p6000000000 p-3 p12 m o t m"),
    fixed("p5 p-7000000000 p-7000000000 o m o m"),
]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(20250618)
    wide = lambda r: r.randint(-LIM, LIM)  # noqa: E731
    cases: list[tuple[str, tuple]] = [
        ("only_constructor", ([CLASS], [[]])),
        ("single", fixed("p0 t m o")),
        ("extremes", fixed(f"p{LIM} p-{LIM} m t o m t p{LIM} m")),
        ("int32_edges", fixed(f"p{I32 - 1} m p{I32} m p-{I32} m p-{I32 + 1} m o m o m")),
        ("equal_minima", fixed("p-5 p-5 p-5 m o m o m t p-6 m o m")),
        ("increasing", fixed("p1 p2 p3 p4 m t o m t")),
        ("decreasing", fixed("p4 p3 p2 p1 m o m o m o m")),
        ("refill", fixed("p9 o p8 m t o p7 p7 o m")),
        ("top_after_pops", fixed("p1 p-1 p2 p-2 t o t o t o t m")),
        ("duplicates_of_min", duplicates_of_min(rng, 40)),
    ]
    for k in range(4):
        cases.append((f"small_random_{k + 1}", random_ops(rng, 40, lambda r: r.randint(-5, 5))))
    cases.append(("random_2000", random_ops(rng, 2000, wide)))
    cases.append(("random_5000_small_values", random_ops(rng, 5000, lambda r: r.randint(-3, 3))))
    cases.append(("duplicates_of_min_1000", duplicates_of_min(rng, 1000)))
    # The largest sizes.
    cases.append(("max_tall_stack", sawtooth(rng, 20000, 30000)))
    cases.append(("random_deep_15000", random_ops(rng, 15000, lambda r: r.randint(-(10**10), 10**10), (5, 1, 1, 3))))
    cases.append(("max_pop_heavy", random_ops(rng, 20000, lambda r: r.randint(-99, 99), (1, 1, 1, 1))))
    # More small random cases, from their own generator (the tests above stay as they were).
    extra = random.Random(80378)
    for k in range(6):
        cases.append((f"extra_random_{k + 1}", random_ops(extra, 40, lambda r: r.randint(-5, 5))))
    return cases


def write_group(group: str, cases: list[tuple[str, tuple]]) -> None:
    directory = ROOT / "data" / group
    directory.mkdir(parents=True, exist_ok=True)
    for old in [*directory.glob("*.in"), *directory.glob("*.ans")]:
        old.unlink()
    for name, (ops, args) in cases:
        (directory / f"{name}.in").write_text(dump(ops) + "\n" + dump(args) + "\n")
        (directory / f"{name}.ans").write_text(dump(simulate(ops, args)) + "\n")


def main() -> None:
    write_group("sample", [(str(i), case) for i, case in enumerate(SAMPLES, 1)])
    write_group("secret", [(f"{i:02d}_{name}", case) for i, (name, case) in enumerate(secret_cases(), 1)])


if __name__ == "__main__":
    main()
