#!/usr/bin/env python3
"""Test data for "Merge Intervals" (function problem mergeIntervals).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (a sweep over start/end events, cross-checked on small tests by
marking every covered point).
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


def brute(intervals: list[list[int]]) -> list[list[int]]:
    top = max(e for _, e in intervals)
    covered = [False] * (top + 2)
    for s, e in intervals:
        for x in range(s, e + 1):
            covered[x] = True
    # Points are integers, but [1,3] and [4,7] must stay apart: mark the gaps between x and x+1
    # as covered only if one interval contains both.
    joined = [False] * (top + 2)
    for s, e in intervals:
        for x in range(s, e):
            joined[x] = True
    out: list[list[int]] = []
    x = 0
    while x <= top:
        if covered[x]:
            y = x
            while joined[y]:
                y += 1
            out.append([x, y])
            x = y + 1
        else:
            x += 1
    return out


def solve(intervals: list[list[int]]) -> list[list[int]]:
    # Closed intervals: at equal coordinates, starts (0) come before ends (1).
    events = sorted([(s, 0) for s, _ in intervals] + [(e, 1) for _, e in intervals])
    out: list[list[int]] = []
    depth = 0
    for x, kind in events:
        if kind == 0:
            if depth == 0:
                out.append([x, x])
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                out[-1][1] = x
    if len(intervals) <= 300 and max(e for _, e in intervals) <= 5000:
        assert brute(intervals) == out, intervals
    return out


SAMPLES = [
    ([[8, 10], [1, 3], [2, 6], [15, 18]],),
    ([[1, 4], [4, 5], [6, 6]],),
    ([[2, 9], [3, 4], [1, 2]],),
]


def rand_intervals(rng: random.Random, n: int, horizon: int, longest: int) -> list[list[int]]:
    out = []
    for _ in range(n):
        s = rng.randint(0, horizon)
        out.append([s, min(horizon, s + rng.randint(0, longest))])
    return out


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(30030)
    cases: list[tuple[str, tuple]] = [
        ("single", ([[0, LIM]],)),
        ("single_point", ([[7, 7]],)),
        ("zero_point", ([[0, 0]],)),
        ("adjacent_not_touching", ([[4, 7], [1, 3]],)),
        ("touching", ([[3, 7], [1, 3]],)),
        ("nested_first", ([[1, 10], [2, 3], [4, 5], [11, 12]],)),
        ("nested_deep", ([[0, 100], [10, 20], [30, 40], [50, 99], [100, 100]],)),
        ("duplicates", ([[5, 8], [5, 8], [5, 8], [1, 2], [1, 2]],)),
        ("same_start", ([[2, 3], [2, 9], [2, 2]],)),
        ("points_chain", ([[3, 3], [1, 1], [2, 2], [1, 2], [5, 5]],)),
        ("extremes", ([[LIM, LIM], [0, 1], [LIM - 1, LIM], [1, 1]],)),
        ("sorted_disjoint", ([[2 * i, 2 * i] for i in range(10)],)),
        ("reverse_order", ([[10 - i, 11 - i] for i in range(10)],)),
    ]
    for t in range(7):
        cases.append((f"small_random_{t + 1}", (rand_intervals(rng, rng.randint(1, 12), 40, 6),)))
    cases.append(("random_300", (rand_intervals(rng, 300, 5000, 30),)))
    cases.append(("random_1000_wide", (rand_intervals(rng, 1000, LIM, 10**6),)))
    # The largest sizes.
    step = LIM // 30000
    disjoint = [[i * step, i * step + rng.randint(0, step - 2)] for i in range(30000)]
    rng.shuffle(disjoint)
    cases.append(("disjoint_30000_shuffled", (disjoint,)))
    chain = [[i, i + 1] for i in range(60000)]
    rng.shuffle(chain)
    cases.append(("touching_chain_60000", (chain,)))
    cases.append(("max_same_point", ([[5, 5]] * MAX_N,)))
    nested = [[i, 100000 - i] for i in range(50000)]
    rng.shuffle(nested)
    cases.append(("nested_50000", (nested,)))
    cases.append(("random_mixed_50000", (rand_intervals(rng, 50000, 10**6, 30),)))
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
