#!/usr/bin/env python3
"""Test data for "K-th Largest Value" (function problem kthLargest).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (by sorting).
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


def solve(nums: list[int], k: int) -> int:
    return sorted(nums, reverse=True)[k - 1]


SAMPLES = [([3, 2, 1, 5, 6, 4], 2), ([3, 2, 3, 1, 2, 4, 5, 5, 6], 4), ([-1, -1], 2)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(91091)
    cases: list[tuple[str, tuple]] = [
        ("single", ([LIM], 1)),
        ("k_is_n", ([5, 1, 9], 3)),
        ("duplicates_count", ([4, 4, 1], 2)),
        ("all_equal", ([7] * 6, 4)),
        ("negatives", ([-5, -2, -9], 1)),
        ("extremes", ([LIM, -LIM, 0], 2)),
    ]
    for t in range(10):
        n = rng.randint(1, 20)
        cases.append((f"small_random_{t + 1}", ([rng.randint(-5, 5) for _ in range(n)], rng.randint(1, n))))
    # The largest sizes.
    cases.append(("max_random_k_half", ([rng.randint(-LIM, LIM) for _ in range(MAX_N)], MAX_N // 2)))
    cases.append(("max_random_k_one", ([rng.randint(-LIM, LIM) for _ in range(MAX_N)], 1)))
    cases.append(("max_random_k_n", ([rng.randint(-LIM, LIM) for _ in range(MAX_N)], MAX_N)))
    cases.append(("max_sorted_k_half", (list(range(MAX_N)), MAX_N // 2)))
    cases.append(("max_reversed", (list(range(MAX_N, 0, -1)), MAX_N // 3)))
    cases.append(("max_few_values", ([rng.randint(0, 3) for _ in range(MAX_N)], 60000)))
    cases.append(("max_all_equal", ([-3] * MAX_N, 77777)))
    cases.append(("max_two_values", ([rng.choice((LIM, -LIM)) for _ in range(MAX_N)], MAX_N // 2)))
    cases.append(("max_k_near_end", ([rng.randint(-LIM, LIM) for _ in range(MAX_N)], MAX_N - 5)))
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
