#!/usr/bin/env python3
"""Test data for "Smaller to the Right" (function problem countSmallerRight).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (merge sort with counts, cross-checked by scanning on small tests).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


LIM = 10**9
MAX_N = 10**5


def solve(nums: list[int]) -> list[int]:
    counts = [0] * len(nums)

    def sort(items: list[int]) -> list[int]:  # indices, sorted by value
        if len(items) <= 1:
            return items
        mid = len(items) // 2
        left, right = sort(items[:mid]), sort(items[mid:])
        merged, j = [], 0
        for i in left:
            while j < len(right) and nums[right[j]] < nums[i]:
                merged.append(right[j])
                j += 1
            counts[i] += j
            merged.append(i)
        return merged + right[j:]

    sort(list(range(len(nums))))
    if len(nums) <= 300:
        assert counts == [sum(nums[j] < v for j in range(i + 1, len(nums))) for i, v in enumerate(nums)]
    return counts


SAMPLES = [([5, 2, 6, 1],), ([3, 3, 3],), ([-1, -2],)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(79079)
    cases: list[tuple[str, tuple]] = [
        ("single", ([LIM],)),
        ("increasing", (list(range(10)),)),
        ("decreasing", (list(range(10, 0, -1)),)),
        ("extremes", ([LIM, -LIM, LIM, -LIM],)),
        ("ties_mixed", ([2, 1, 2, 1, 2],)),
        ("zeros", ([0] * 6,)),
    ]
    for t in range(10):
        n = rng.randint(1, 40)
        cases.append((f"small_random_{t + 1}", ([rng.randint(-5, 5) for _ in range(n)],)))
    cases.append(("random_300", ([rng.randint(-LIM, LIM) for _ in range(300)],)))
    # The largest sizes.
    cases.append(("max_random", ([rng.randint(-LIM, LIM) for _ in range(MAX_N)],)))
    cases.append(("max_decreasing", (list(range(MAX_N, 0, -1)),)))
    cases.append(("max_increasing", (list(range(MAX_N)),)))
    cases.append(("max_few_values", ([rng.randint(0, 3) for _ in range(MAX_N)],)))
    cases.append(("max_all_equal", ([9] * MAX_N,)))
    cases.append(("max_sawtooth", ([i % 100 for i in range(MAX_N)],)))
    cases.append(("max_extremes", ([rng.choice((LIM, -LIM)) for _ in range(MAX_N)],)))
    cases.append(("max_v_shape", ([abs(i - MAX_N // 2) for i in range(MAX_N)],)))
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
