#!/usr/bin/env python3
"""Test data for "Booking Profit" (function problem maxProfit).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (the DP with binary search, cross-checked by trying every subset on small tests).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


from bisect import bisect_right
from itertools import combinations

LIM = 10**9
MAX_N = 5 * 10**4


def solve(start: list[int], end: list[int], profit: list[int]) -> int:
    jobs = sorted(zip(end, start, profit))
    ends = [e for e, _, _ in jobs]
    best = [0]
    for e, s, p in jobs:
        j = bisect_right(ends, s)
        best.append(max(best[-1], p + best[j]))
    n = len(start)
    if n <= 10:
        brute = 0
        for k in range(1, n + 1):
            for pick in combinations(range(n), k):
                spans = sorted((start[i], end[i]) for i in pick)
                if all(spans[t][1] <= spans[t + 1][0] for t in range(k - 1)):
                    brute = max(brute, sum(profit[i] for i in pick))
        assert brute == best[-1]
    return best[-1]


SAMPLES = [
    ([1, 2, 3, 3], [3, 4, 5, 6], [50, 10, 40, 70]),
    ([1, 1, 1], [2, 3, 4], [5, 6, 4]),
    ([1, 2, 3, 4, 6], [3, 5, 10, 6, 9], [20, 20, 100, 70, 60]),
]


def random_jobs(rng: random.Random, n: int, horizon: int, longest: int, top: int) -> tuple:
    start, end = [], []
    for _ in range(n):
        s = rng.randint(1, horizon - 1)
        start.append(s)
        end.append(min(horizon, s + rng.randint(1, longest)))
    return (start, end, [rng.randint(1, top) for _ in range(n)])


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(93093)
    cases: list[tuple[str, tuple]] = [
        ("single", ([1], [LIM], [10**4])),
        ("touching_chain", ([1, 2, 3, 4], [2, 3, 4, 5], [1, 1, 1, 1])),
        ("one_long_beats_many", ([1, 1, 2, 3], [10, 2, 3, 4], [100, 30, 30, 30])),
        ("many_beat_one_long", ([1, 1, 2, 3], [10, 2, 3, 4], [80, 30, 30, 30])),
        ("same_span", ([5, 5, 5], [9, 9, 9], [3, 8, 5])),
        ("greedy_by_profit_fails", ([1, 3, 5], [4, 6, 8], [5, 6, 5])),
        ("nested", ([1, 2, 3], [10, 9, 8], [1, 1, 5])),
    ]
    for t in range(9):
        cases.append((f"small_random_{t + 1}", random_jobs(rng, rng.randint(1, 10), 20, 6, 20)))
    # The largest sizes.
    cases.append(("max_random", random_jobs(rng, MAX_N, LIM, 10**7, 10**4)))
    cases.append(("max_short_jobs", random_jobs(rng, MAX_N, 10**6, 30, 10**4)))
    cases.append(("max_chain", ([i + 1 for i in range(MAX_N)], [i + 2 for i in range(MAX_N)], [10**4] * MAX_N)))
    cases.append(("max_all_overlap", ([1] * MAX_N, [LIM] * MAX_N, [rng.randint(1, 10**4) for _ in range(MAX_N)])))
    cases.append(("max_nested", (list(range(1, MAX_N + 1)), list(range(2 * MAX_N + 1, MAX_N + 1, -1)), [rng.randint(1, 10**4) for _ in range(MAX_N)])))
    cases.append(("max_long_jobs", random_jobs(rng, MAX_N, LIM, LIM // 2, 10**4)))
    cases.append(("max_equal_profit", random_jobs(rng, MAX_N, 10**5, 50, 1)))
    cases.append(("max_pairs", ([1 + 2 * (i // 2) for i in range(MAX_N)], [3 + 2 * (i // 2) for i in range(MAX_N)], [rng.randint(1, 10**4) for _ in range(MAX_N)])))
    cases.append(("max_staircase", ([i * 10 + 1 for i in range(MAX_N)], [i * 10 + 25 for i in range(MAX_N)], [rng.randint(1, 10**4) for _ in range(MAX_N)])))
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
