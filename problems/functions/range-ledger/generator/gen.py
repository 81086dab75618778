#!/usr/bin/env python3
"""Test data for "Range Ledger" (function problem RangeLedger).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (a difference array replayed for small tests, a segment tree with lazy propagation elsewhere).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def solve(operations: list[str], arguments: list) -> list:
    n = arguments[0][0]
    size = 1
    while size < n:
        size *= 2
    total = [0] * (2 * size)
    lazy = [0] * (2 * size)

    def update(node: int, lo: int, hi: int, left: int, right: int, d: int) -> None:
        if right < lo or hi < left:
            return
        if left <= lo and hi <= right:
            total[node] += d * (hi - lo + 1)
            lazy[node] += d
            return
        mid = (lo + hi) // 2
        update(2 * node, lo, mid, left, right, d)
        update(2 * node + 1, mid + 1, hi, left, right, d)
        total[node] = total[2 * node] + total[2 * node + 1] + lazy[node] * (hi - lo + 1)

    def query(node: int, lo: int, hi: int, left: int, right: int) -> int:
        if right < lo or hi < left:
            return 0
        if left <= lo and hi <= right:
            return total[node]
        mid = (lo + hi) // 2
        overlap = min(hi, right) - max(lo, left) + 1
        return lazy[node] * overlap + query(2 * node, lo, mid, left, right) + query(2 * node + 1, mid + 1, hi, left, right)

    out: list = [None]
    plain = [0] * n if n <= 300 else None
    for op, args in zip(operations[1:], arguments[1:]):
        if op == "add":
            update(1, 0, size - 1, *args)
            if plain is not None:
                for i in range(args[0], args[1] + 1):
                    plain[i] += args[2]
            out.append(None)
        else:
            value = query(1, 0, size - 1, *args)
            if plain is not None:
                assert value == sum(plain[args[0] : args[1] + 1])
            out.append(value)
    return out


def test(n: int, calls: list) -> tuple:
    return (["RangeLedger"] + [op for op, _ in calls], [[n]] + [a for _, a in calls])


SAMPLES = [
    test(5, [("add", [1, 3, 10]), ("total", [0, 4]), ("add", [2, 4, -4]), ("total", [2, 2]), ("total", [3, 4])]),
    test(1, [("total", [0, 0]), ("add", [0, 0, 7]), ("total", [0, 0])]),
]


def random_calls(rng: random.Random, n: int, count: int, wide: bool) -> list:
    calls = []
    for _ in range(count):
        a = rng.randrange(n)
        b = rng.randrange(n) if wide else min(n - 1, a + rng.randint(0, 5))
        left, right = min(a, b), max(a, b)
        if rng.random() < 0.5:
            calls.append(("add", [left, right, rng.randint(-(10**4), 10**4)]))
        else:
            calls.append(("total", [left, right]))
    return calls


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(94094)
    cases: list[tuple[str, tuple]] = [
        ("single_account", test(1, [("add", [0, 0, -5]), ("total", [0, 0]), ("add", [0, 0, 5]), ("total", [0, 0])])),
        ("whole_range", test(6, [("add", [0, 5, 3]), ("total", [0, 5]), ("total", [2, 3])])),
        ("cancelling", test(4, [("add", [0, 3, 7]), ("add", [1, 2, -7]), ("total", [0, 3]), ("total", [1, 2])])),
        ("edges", test(10, [("add", [9, 9, 1]), ("add", [0, 0, 2]), ("total", [0, 9]), ("total", [9, 9])])),
        ("query_before_add", test(3, [("total", [0, 2])])),
    ]
    for t in range(10):
        n = rng.randint(1, 12)
        cases.append((f"small_random_{t + 1}", test(n, random_calls(rng, n, rng.randint(1, 25), True))))
    cases.append(("random_300", test(300, random_calls(rng, 300, 2000, True))))
    # The largest sizes.
    n = 10**5
    cases.append(("max_wide_ranges", test(n, random_calls(rng, n, 5 * 10**4, True))))
    cases.append(("max_narrow_ranges", test(n, random_calls(rng, n, 5 * 10**4, False))))
    cases.append(("max_full_adds", test(n, [c for _ in range(6000) for c in (("add", [0, n - 1, 10**4]), ("total", [0, n - 1]))] + [("total", [0, n - 1])] * 12000)))
    cases.append(("max_big_totals", test(n, [("add", [0, n - 1, 10**4])] * 25000 + [("total", [0, n - 1])] * 12000)))
    cases.append(("max_negative", test(n, [("add", [rng.randrange(n // 2), n // 2 + rng.randrange(n // 2), -(10**4)]) for _ in range(25000)] + [("total", [rng.randrange(n // 2), n - 1]) for _ in range(25000)])))
    cases.append(("max_alternating", test(n, [c for i in range(10000) for c in (("add", [i, n - 1 - i, i % 20001 - 10000]), ("total", [n // 3, 2 * n // 3]))])))
    cases.append(("max_point_adds", test(n, [("add", [i, i, 1]) for i in range(0, n, 8)] + [("total", [0, i]) for i in range(0, n, 8)])))
    cases.append(("max_only_totals", test(n, [("total", [rng.randrange(n), n - 1]) for _ in range(5 * 10**4)])))
    cases.append(("small_n_many_calls", test(7, random_calls(rng, 7, 5 * 10**4, True))))
    return cases


def write_group(group: str, cases: list[tuple[str, tuple]]) -> None:
    directory = ROOT / "data" / group
    directory.mkdir(parents=True, exist_ok=True)
    for old in [*directory.glob("*.in"), *directory.glob("*.ans")]:
        old.unlink()
    for name, args in cases:
        (directory / f"{name}.in").write_text("".join(dump(a) + "\n" for a in args))
        (directory / f"{name}.ans").write_text(dump(solve(*args)) + "\n")


def main() -> None:
    write_group("sample", [(str(i), args) for i, args in enumerate(SAMPLES, 1)])
    write_group("secret", [(f"{i:02d}_{name}", args) for i, (name, args) in enumerate(secret_cases(), 1)])


if __name__ == "__main__":
    main()
