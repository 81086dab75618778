#!/usr/bin/env python3
"""Test data for "Best Single Trade" (function problem maxProfit).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (suffix maxima, cross-checked by every pair on small tests).
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


def solve(prices: list[int]) -> int:
    best, high = 0, -1
    for p in reversed(prices):  # the highest later price for each day
        high = max(high, p)
        best = max(best, high - p)
    if len(prices) <= 300:
        brute = max([0] + [prices[j] - prices[i] for i in range(len(prices)) for j in range(i + 1, len(prices))])
        assert brute == best
    return best


SAMPLES = [([7, 1, 5, 3, 6, 4],), ([7, 6, 4, 3, 1],), ([2, 9, 1, 4],)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(14014)
    cases: list[tuple[str, tuple]] = [
        ("single_day", ([5],)),
        ("two_up", ([1, 2],)),
        ("two_down", ([2, 1],)),
        ("flat", ([3] * 8,)),
        ("zero_to_max", ([0, LIM],)),
        ("max_before_min", ([LIM, 0],)),
        ("min_after_max", ([3, 8, 1, 2],)),
        ("late_rise", ([9, 8, 7, 1, 2, 10],)),
    ]
    for t in range(8):
        n = rng.randint(2, 30)
        cases.append((f"small_random_{t + 1}", ([rng.randint(0, 50) for _ in range(n)],)))
    cases.append(("random_300", ([rng.randint(0, LIM) for _ in range(300)],)))
    # The largest sizes.
    cases.append(("max_decreasing", (list(range(LIM, LIM - MAX_N, -1)),)))
    cases.append(("max_increasing", (list(range(MAX_N)),)))
    cases.append(("max_random", ([rng.randint(0, LIM) for _ in range(MAX_N)],)))
    cases.append(("max_flat", ([LIM] * MAX_N,)))
    zigzag = [LIM - i if i % 2 else i for i in range(MAX_N)]
    cases.append(("max_zigzag", (zigzag,)))
    cases.append(("max_trap", ([LIM // 2] * (MAX_N - 2) + [LIM, 0],)))
    cases.append(("max_min_late", ([rng.randint(LIM // 2, LIM) for _ in range(MAX_N - 1)] + [1],)))
    cases.append(("max_valley", ([abs(i - MAX_N // 2) * 1000 for i in range(MAX_N)],)))
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
