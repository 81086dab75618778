#!/usr/bin/env python3
"""Test data for "Zeros to the End" (function problem moveZeros).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (by filtering).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


MAX_N = 10**5
LOW, HIGH = -(2**31), 2**31 - 1


def solve(nums: list[int]) -> list[int]:
    kept = [x for x in nums if x != 0]
    return kept + [0] * (len(nums) - len(kept))


SAMPLES = [([0, 1, 0, 3, 12],), ([0],), ([4, -2, 0, 0, 7],)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(83083)

    def mixed(n: int, zero_rate: float) -> list[int]:
        return [0 if rng.random() < zero_rate else rng.choice((rng.randint(LOW, -1), rng.randint(1, HIGH))) for _ in range(n)]

    cases: list[tuple[str, tuple]] = [
        ("single_nonzero", ([HIGH],)),
        ("no_zeros", ([3, -1, 2],)),
        ("all_zeros", ([0, 0, 0, 0],)),
        ("zeros_at_end", ([5, 6, 0, 0],)),
        ("zeros_at_start", ([0, 0, 5, 6],)),
        ("alternating", ([0, 1] * 5,)),
        ("extremes", ([LOW, 0, HIGH, 0, -1],)),
    ]
    for t in range(10):
        cases.append((f"small_random_{t + 1}", ([rng.choice((0, 0, rng.randint(-9, 9))) for _ in range(rng.randint(1, 15))],)))
    # The largest sizes.
    cases.append(("max_half_zeros", (mixed(MAX_N, 0.5),)))
    cases.append(("max_all_zeros", ([0] * MAX_N,)))
    cases.append(("max_no_zeros", (mixed(MAX_N, 0.0),)))
    cases.append(("max_zeros_first", ([0] * (MAX_N // 2) + list(range(1, MAX_N // 2 + 1)),)))
    cases.append(("max_one_zero_first", ([0] + list(range(1, MAX_N)),)))
    cases.append(("max_sparse_zeros", (mixed(MAX_N, 0.01),)))
    cases.append(("max_dense_zeros", (mixed(MAX_N, 0.99),)))
    cases.append(("max_alternating", ([0, -7] * (MAX_N // 2),)))
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
