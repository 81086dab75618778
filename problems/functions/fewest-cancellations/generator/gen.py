#!/usr/bin/env python3
"""Test data for "Fewest Cancellations" (function problem fewestCancellations).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (the greedy, cross-checked by every subset on small tests).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


from itertools import combinations

LIM = 5 * 10**4
MAX_N = 10**5


def solve(bookings: list[list[int]]) -> int:
    kept, free_at = 0, -(10**9)
    for s, e in sorted(bookings, key=lambda b: b[1]):
        if s >= free_at:
            kept += 1
            free_at = e
    n = len(bookings)
    if n <= 10:
        best = max(
            k for k in range(n + 1)
            for pick in combinations(sorted(bookings), k)
            if all(pick[t][1] <= pick[t + 1][0] for t in range(k - 1))
        )
        assert best == kept
    return n - kept


SAMPLES = [([[1, 2], [2, 3], [3, 4], [1, 3]],), ([[1, 2], [1, 2], [1, 2]],), ([[1, 100], [11, 22], [1, 11], [2, 12]],)]


def random_bookings(rng: random.Random, n: int, low: int, high: int, longest: int) -> list[list[int]]:
    out = []
    for _ in range(n):
        s = rng.randint(low, high - 1)
        out.append([s, min(high, s + rng.randint(1, longest))])
    return out


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(90090)
    cases: list[tuple[str, tuple]] = [
        ("single", ([[-LIM, LIM]],)),
        ("touching", ([[1, 2], [2, 3], [3, 4]],)),
        ("nested", ([[1, 10], [2, 9], [3, 8]],)),
        ("negative_times", ([[-5, -1], [-3, 0], [0, 2]],)),
        ("long_one_first", ([[0, 100], [1, 2], [2, 3], [3, 4]],)),
        ("same_end", ([[1, 5], [2, 5], [3, 5], [5, 6]],)),
    ]
    for t in range(10):
        cases.append((f"small_random_{t + 1}", (random_bookings(rng, rng.randint(1, 10), 0, 20, 6),)))
    # The largest sizes.
    cases.append(("max_random_short", (random_bookings(rng, MAX_N, -LIM, LIM, 10),)))
    cases.append(("random_long_50000", (random_bookings(rng, 50000, -LIM, LIM, 20000),)))
    cases.append(("max_identical", ([[0, 1]] * MAX_N,)))
    cases.append(("max_chain", ([[i - LIM, i - LIM + 1] for i in range(MAX_N)],)))
    cases.append(("max_nested", ([[i - LIM, LIM - i] for i in range(LIM)] + [[0, 1]] * LIM,)))
    cases.append(("max_staircase", ([[i - LIM, i - LIM + 3] for i in range(MAX_N - 3)],)))
    cases.append(("max_one_blocker", ([[-LIM, LIM]] + [[i - LIM, i - LIM + 1] for i in range(MAX_N - 1)],)))
    cases.append(("dense_small_50000", (random_bookings(rng, 50000, 0, 100, 5),)))
    cases.append(("reverse_sorted_50000", (sorted(random_bookings(rng, 50000, -LIM, LIM, 100), reverse=True),)))
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
