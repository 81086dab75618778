#!/usr/bin/env python3
"""Test data for "Target Sum Runs" (function problem countRuns).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (prefix sums with a counter, cross-checked by brute force on small tests).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


from collections import Counter

MAX_N = 10**5


def brute(nums: list[int], k: int) -> int:
    total = 0
    for i in range(len(nums)):
        s = 0
        for j in range(i, len(nums)):
            s += nums[j]
            total += s == k
    return total


def solve(nums: list[int], k: int) -> int:
    seen = Counter([0])
    prefix = total = 0
    for x in nums:
        prefix += x
        total += seen[prefix - k]
        seen[prefix] += 1
    if len(nums) <= 300:
        assert total == brute(nums, k)
    return total


SAMPLES = [([1, 2, 3, -2, 2], 3), ([0, 0, 0], 0), ([5, -5, 5], 7)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(64064)
    cases: list[tuple[str, tuple]] = [
        ("single_hit", ([7], 7)),
        ("single_miss", ([7], -7)),
        ("single_zero", ([0], 0)),
        ("negative_k", ([-3, 1, -1, -3], -3)),
        ("alternating", ([1, -1] * 10, 0)),
        ("k_too_large", ([10**4] * 50, 10**9)),
        ("whole_array_only", ([1, 2, 3, 4], 10)),
        ("window_would_fail", ([2, -1, 2, -1, 2], 2)),
        ("extremes", ([10**4, -(10**4)] * 8, 0)),
    ]
    for t in range(6):
        n = rng.randint(2, 40)
        nums = [rng.randint(-3, 3) for _ in range(n)]
        cases.append((f"small_random_{t + 1}", (nums, rng.randint(-4, 4))))
    cases.append(("random_300", ([rng.randint(-5, 5) for _ in range(300)], 3)))
    cases.append(("positive_2000", ([rng.randint(1, 9) for _ in range(2000)], 25)))
    cases.append(("negative_2000", ([rng.randint(-9, -1) for _ in range(2000)], -30)))
    # The largest sizes.
    cases.append(("max_all_zero", ([0] * MAX_N, 0)))
    cases.append(("max_small_values", ([rng.randint(-2, 2) for _ in range(MAX_N)], 1)))
    cases.append(("max_wide_values", ([rng.randint(-(10**4), 10**4) for _ in range(MAX_N)], 777)))
    cases.append(("max_positive", ([rng.randint(1, 3) for _ in range(MAX_N)], 60)))
    cases.append(("max_ones_k_big", ([1] * MAX_N, 50000)))
    cases.append(("max_alternating", ([3, -3] * (MAX_N // 2), 0)))
    cases.append(("max_no_hit", ([2] * MAX_N, 1)))
    cases.append(("max_negative_k", ([rng.randint(-4, 1) for _ in range(MAX_N)], -7)))
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
