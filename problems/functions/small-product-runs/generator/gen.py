#!/usr/bin/env python3
"""Test data for "Small Product Runs" (function problem countRuns).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (the window, cross-checked by every run on small tests).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


MAX_N = 10**5


def solve(nums: list[int], k: int) -> int:
    count, left, product = 0, 0, 1
    for right, x in enumerate(nums):
        product *= x
        while left <= right and product >= k:
            product //= nums[left]
            left += 1
        count += right - left + 1
    if len(nums) <= 100:
        brute = 0
        for i in range(len(nums)):
            p = 1
            for j in range(i, len(nums)):
                p *= nums[j]
                brute += p < k
        assert brute == count
    return count


SAMPLES = [([10, 5, 2, 6], 100), ([1, 2, 3], 0), ([1, 1, 1], 2)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(88088)
    cases: list[tuple[str, tuple]] = [
        ("k_one", ([1, 1, 1], 1)),
        ("single_less", ([5], 6)),
        ("single_equal", ([5], 5)),
        ("big_element_blocks", ([2, 1000, 2], 100)),
        ("huge_k", ([1000] * 5, 10**9)),
        ("ones_and_k2", ([1] * 8, 2)),
    ]
    for t in range(10):
        n = rng.randint(1, 20)
        cases.append((f"small_random_{t + 1}", ([rng.randint(1, 6) for _ in range(n)], rng.randint(0, 60))))
    # The largest sizes.
    cases.append(("max_all_ones", ([1] * MAX_N, 10**9)))
    cases.append(("max_all_ones_k1", ([1] * MAX_N, 1)))
    cases.append(("max_random_small", ([rng.randint(1, 3) for _ in range(MAX_N)], 10**9)))
    cases.append(("max_random_wide", ([rng.randint(1, 1000) for _ in range(MAX_N)], 10**6)))
    cases.append(("max_big_values_small_k", ([1000] * MAX_N, 1000)))
    cases.append(("max_twos", ([2] * MAX_N, 2**29)))
    cases.append(("max_mostly_ones", ([1 if rng.random() < 0.99 else 1000 for _ in range(MAX_N)], 999)))
    cases.append(("max_k_zero", ([rng.randint(1, 1000) for _ in range(MAX_N)], 0)))
    cases.append(("max_alternating", ([1, 1000] * (MAX_N // 2), 10**6)))
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
