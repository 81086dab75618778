#!/usr/bin/env python3
"""Test data for "Fair Split" (function problem minLargestPart).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (binary search with a greedy check, cross-checked by the O(n^2 k) DP on small tests).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


from itertools import accumulate

LIM = 10**9
MAX_N = 2 * 10**4


def dp(nums: list[int], k: int) -> int:
    n = len(nums)
    prefix = [0, *accumulate(nums)]
    inf = float("inf")
    best = [[inf] * (k + 1) for _ in range(n + 1)]
    best[0][0] = 0
    for i in range(1, n + 1):
        for parts in range(1, min(i, k) + 1):
            best[i][parts] = min(max(best[j][parts - 1], prefix[i] - prefix[j]) for j in range(parts - 1, i))
    return best[n][k]


def blocks(nums: list[int], limit: int) -> int:
    count, current = 1, 0
    for x in nums:
        if current + x > limit:
            count, current = count + 1, 0
        current += x
    return count


def solve(nums: list[int], k: int) -> int:
    lo, hi = max(nums), sum(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if blocks(nums, mid) <= k:
            hi = mid
        else:
            lo = mid + 1
    if len(nums) <= 40:
        assert dp(nums, k) == lo
    return lo


SAMPLES = [([7, 2, 5, 10, 8], 2), ([1, 2, 3, 4, 5], 5), ([1, 4, 4], 3)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(68068)
    cases: list[tuple[str, tuple]] = [
        ("single", ([LIM], 1)),
        ("one_block", ([3, 1, 4, 1, 5], 1)),
        ("all_zero", ([0] * 10, 3)),
        ("zeros_and_one_big", ([0, 0, 9, 0, 0], 2)),
        ("big_element_dominates", ([1, 1, 100, 1, 1], 2)),
        ("even_split", ([5] * 12, 4)),
        ("k_equals_n", ([4, 8, 1, 9], 4)),
        ("extremes", ([LIM] * 6, 3)),
    ]
    for t in range(9):
        n = rng.randint(1, 25)
        cases.append((f"small_random_{t + 1}", ([rng.randint(0, 30) for _ in range(n)], rng.randint(1, min(n, 50)))))
    cases.append(("random_40", ([rng.randint(0, LIM) for _ in range(40)], 7)))
    # The largest sizes.
    cases.append(("max_k50", ([rng.randint(0, LIM) for _ in range(MAX_N)], 50)))
    cases.append(("max_k1", ([rng.randint(0, LIM) for _ in range(MAX_N)], 1)))
    cases.append(("max_all_max", ([LIM] * MAX_N, 50)))
    cases.append(("max_small_values", ([rng.randint(0, 3) for _ in range(MAX_N)], 37)))
    cases.append(("max_one_giant", ([1] * (MAX_N - 1) + [LIM], 50)))
    cases.append(("max_increasing", (list(range(0, MAX_N * 50000, 50000)), 50)))
    cases.append(("max_k2", ([rng.randint(0, LIM) for _ in range(MAX_N)], 2)))
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
