#!/usr/bin/env python3
"""Test data for "Most Frequent Values" (function problem topKFrequent).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (sort the distinct values by count), and every test is checked to
have a unique answer.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIM = 10**9
MAX_N = 10**5


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def solve(nums: list[int], k: int) -> list[int]:
    count: dict[int, int] = {}
    for x in nums:
        count[x] = count.get(x, 0) + 1
    order = sorted(count, key=lambda v: (-count[v], v))
    assert 1 <= k <= len(order)
    assert k == len(order) or count[order[k - 1]] > count[order[k]], "answer must be unique"
    return sorted(order[:k])


def from_counts(rng: random.Random, counts: list[int], lo: int = -LIM, hi: int = LIM) -> list[int]:
    """A shuffled array in which distinct random values occur counts[i] times."""
    values = set()
    while len(values) < len(counts):
        values.add(rng.randint(lo, hi))
    vals = list(values)
    rng.shuffle(vals)
    out = []
    for v, c in zip(vals, counts):
        out.extend([v] * c)
    rng.shuffle(out)
    return out


def random_case(rng: random.Random, n: int, lo: int, hi: int) -> tuple[list[int], int]:
    """Random nums; k chosen among the positions where the count strictly drops."""
    while True:
        nums = [rng.randint(lo, hi) for _ in range(n)]
        count: dict[int, int] = {}
        for x in nums:
            count[x] = count.get(x, 0) + 1
        cs = sorted(count.values(), reverse=True)
        ks = [k for k in range(1, len(cs) + 1) if k == len(cs) or cs[k - 1] > cs[k]]
        if ks:
            return nums, rng.choice(ks)


SAMPLES = [
    ([4, 4, 4, 7, 7, 2], 2),
    ([-3], 1),
    ([5, 1, 5, 1, 9, 1, 5, 8], 2),
]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(31031)
    cases: list[tuple[str, tuple]] = [
        ("single", ([LIM], 1)),
        ("two_same", ([-LIM, -LIM], 1)),
        ("all_distinct_take_all", ([3, -1, 0, 8], 4)),
        ("one_value_many", ([7] * 10, 1)),
        ("winner_last", ([1, 2, 3, 4, 9, 9], 1)),
        ("negatives", ([-5, -5, -5, -2, -2, -9, 0], 2)),
        ("take_all_with_ties", ([2, 2, 6, 6, 1, 1, 0], 4)),
        ("value_order_trap", ([1, 1, 1, 1, 100, 50, 50], 2)),
        ("extremes", ([LIM, -LIM, -LIM, 0, 0, 0], 2)),
    ]
    for t in range(6):
        n = rng.randint(1, 15)
        cases.append((f"small_random_{t + 1}", random_case(rng, n, -5, 5)))
    cases.append(("random_1000", random_case(rng, 1000, -100, 100)))
    cases.append(("random_5000_wide", random_case(rng, 5000, -LIM, LIM)))
    cases.append(("counts_1_to_200", (from_counts(rng, list(range(1, 201)), -10**4, 10**4), 37)))
    # The largest sizes.
    distinct = list(range(MAX_N))
    rng.shuffle(distinct)
    cases.append(("max_all_distinct_take_all", (distinct, MAX_N)))
    cases.append(("max_half_pairs", (from_counts(rng, [2] * 25000 + [1] * 50000, -10**5, 10**5), 25000)))
    cases.append(("max_one_winner", (from_counts(rng, [3] + [1] * (MAX_N - 3), -10**5, 10**5), 1)))
    cases.append(("one_loser_30000", (from_counts(rng, [2] * 14999 + [1] * 2, -10**5, 10**5), 14999)))
    cases.append(("max_single_value", ([-7] * MAX_N, 1)))
    counts = []
    c = 1
    while sum(counts) + c <= MAX_N:
        counts.append(c)
        c += 1
    cases.append(("max_staircase", (from_counts(rng, counts, -1000, 1000), len(counts) // 2)))
    cases.append(("max_random", random_case(rng, MAX_N, -30000, 30000)))
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
