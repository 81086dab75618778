#!/usr/bin/env python3
"""Test data for "Out-of-Order Pairs" (function problem countInversions).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (a Fenwick tree over ranks, cross-checked by brute force on small tests).
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


def solve(nums: list[int]) -> int:
    ranks = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
    tree = [0] * (len(ranks) + 1)
    total = 0
    for v in reversed(nums):
        r = ranks[v] - 1  # count strictly smaller values seen (to the right)
        while r > 0:
            total += tree[r]
            r -= r & -r
        r = ranks[v]
        while r < len(tree):
            tree[r] += 1
            r += r & -r
    if len(nums) <= 300:
        brute = sum(nums[i] > nums[j] for i in range(len(nums)) for j in range(i + 1, len(nums)))
        assert brute == total
    return total


SAMPLES = [([3, 1, 2],), ([5, 5, 5],), ([4, 3, 2, 1],)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(67067)
    cases: list[tuple[str, tuple]] = [
        ("single", ([42],)),
        ("pair_ordered", ([1, 2],)),
        ("pair_reversed", ([2, 1],)),
        ("pair_equal", ([7, 7],)),
        ("extremes", ([LIM, -LIM, LIM, -LIM],)),
        ("ties_mixed", ([2, 1, 2, 1, 2, 1],)),
        ("sorted_20", (list(range(20)),)),
        ("reversed_20", (list(range(20, 0, -1)),)),
    ]
    for t in range(7):
        n = rng.randint(2, 60)
        cases.append((f"small_random_{t + 1}", ([rng.randint(-5, 5) for _ in range(n)],)))
    cases.append(("random_300", ([rng.randint(-LIM, LIM) for _ in range(300)],)))
    cases.append(("few_values_5000", ([rng.randint(0, 3) for _ in range(5000)],)))
    # The largest sizes.
    cases.append(("max_reversed", (list(range(MAX_N, 0, -1)),)))
    cases.append(("max_sorted", (list(range(MAX_N)),)))
    cases.append(("max_random", ([rng.randint(-LIM, LIM) for _ in range(MAX_N)],)))
    cases.append(("max_all_equal", ([-5] * MAX_N,)))
    cases.append(("max_two_values", ([rng.choice((LIM, -LIM)) for _ in range(MAX_N)],)))
    nearly = list(range(MAX_N))
    for _ in range(100):
        a, b = rng.randrange(MAX_N), rng.randrange(MAX_N)
        nearly[a], nearly[b] = nearly[b], nearly[a]
    cases.append(("max_nearly_sorted", (nearly,)))
    cases.append(("max_reversed_with_ties", ([v // 3 for v in range(MAX_N, 0, -1)],)))
    cases.append(("max_sawtooth", ([v % 1000 for v in range(MAX_N)],)))
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
