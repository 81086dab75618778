#!/usr/bin/env python3
"""Test data for "Podium Tracker" (function problem Podium).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (a sorted-list simulation on small tests, cross-checking a heap).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


import heapq

LIM = 10**9
MAX = 10**5


def solve(operations: list[str], arguments: list) -> list:
    k, scores = arguments[0]
    heap = sorted(scores)[-k:] if scores else []
    heapq.heapify(heap)
    out: list = [None]
    everything = sorted(scores)
    for args in arguments[1:]:
        heapq.heappush(heap, args[0])
        if len(heap) > k:
            heapq.heappop(heap)
        out.append(heap[0])
        if len(everything) < 400:
            everything = sorted(everything + args)
            assert everything[-k] == heap[0]
    return out


def test(k: int, scores: list[int], adds: list[int]) -> tuple:
    return (["Podium"] + ["add"] * len(adds), [[k, scores]] + [[a] for a in adds])


SAMPLES = [test(3, [40, 10, 25, 60], [30, 5, 50, 45]), test(2, [7], [7, -3, 8])]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(66066)

    def values(n: int, low: int = -LIM, high: int = LIM) -> list[int]:
        return [rng.randint(low, high) for _ in range(n)]

    cases: list[tuple[str, tuple]] = [
        ("k1_empty_start", test(1, [], [5, 3, 9, 9, -1])),
        ("k_equals_first_add", test(3, [1, 2], [3, 0, 4])),
        ("all_equal", test(2, [4, 4, 4], [4, 4])),
        ("decreasing_adds", test(2, [100, 90], [80, 70, 60])),
        ("increasing_adds", test(2, [1, 2], [3, 4, 5, 6])),
        ("extremes", test(2, [LIM, -LIM], [-LIM, LIM, 0])),
        ("many_more_than_k", test(1, [5, 1, 8, 3], [2, 9, 0])),
        ("k_is_everything", test(5, [1, 2, 3, 4], [5, 6])),
    ]
    for t in range(9):
        n = rng.randint(0, 20)
        k = rng.randint(1, n + 1)
        adds = values(rng.randint(1, 25), -20, 20)
        cases.append((f"small_random_{t + 1}", test(k, values(n, -20, 20), adds)))
    cases.append(("medium_1000", test(50, values(1000), values(1000))))
    cases.append(("medium_duplicates", test(7, values(500, 0, 5), values(2000, 0, 5))))
    # The largest sizes.
    cases.append(("k1_20000", test(1, values(20000), values(20000))))
    cases.append(("empty_start_20000", test(1, [], values(20000))))
    cases.append(("k_all_20000", test(20000, values(19999), values(20000))))
    cases.append(("max_k_small", test(10, values(MAX, 0, 10**6), values(MAX, 0, 10**6))))
    cases.append(("max_k_half", test(MAX // 2, values(MAX // 2, -999, 999), values(MAX, -999, 999))))
    cases.append(("increasing_50000", test(1000, list(range(50000)), list(range(50000, 100000)))))
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
