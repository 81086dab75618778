#!/usr/bin/env python3
"""Test data for "Lone Number" (function problem loneNumber).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (by counting).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


from collections import Counter

LOW, HIGH = -(2**31), 2**31 - 1
MAX_N = 10**5 + 1


def solve(nums: list[int]) -> int:
    (lone,) = [v for v, c in Counter(nums).items() if c == 1]
    return lone


def build(rng: random.Random, pairs: int, lone: int, low: int = LOW, high: int = HIGH) -> list[int]:
    values = set()
    while len(values) < pairs:
        v = rng.randint(low, high)
        if v != lone:
            values.add(v)
    nums = [*values, *values, lone]
    rng.shuffle(nums)
    return nums


SAMPLES = [([4, 1, 2, 1, 2],), ([-7],), ([3, 9, -2, 9, 3],)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(18018)
    cases: list[tuple[str, tuple]] = [
        ("single_zero", ([0],)),
        ("single_min", ([LOW],)),
        ("single_max", ([HIGH],)),
        ("lone_zero", ([5, 0, 5],)),
        ("lone_first", ([8, 2, 2],)),
        ("lone_last", ([2, 2, 8],)),
        ("extremes_paired", ([LOW, HIGH, 1, HIGH, LOW],)),
        ("negatives", ([-1, -2, -1, -3, -2],)),
    ]
    for t in range(10):
        cases.append((f"small_random_{t + 1}", (build(rng, rng.randint(1, 10), rng.randint(-20, 20), -20, 20),)))
    cases.append(("random_1001", (build(rng, 500, rng.randint(LOW, HIGH)),)))
    # The largest sizes.
    cases.append(("max_random", (build(rng, (MAX_N - 1) // 2, rng.randint(LOW, HIGH)),)))
    cases.append(("max_lone_min", (build(rng, (MAX_N - 1) // 2, LOW),)))
    cases.append(("max_small_values", (build(rng, (MAX_N - 1) // 2, 0, -(10**6), 10**6),)))
    ordered = [v for i in range(1, (MAX_N - 1) // 2 + 1) for v in (i, i)] + [-1]
    cases.append(("max_pairs_adjacent", (ordered,)))
    mirrored = list(range(1, (MAX_N - 1) // 2 + 1))
    cases.append(("max_mirrored", (mirrored + [HIGH] + mirrored[::-1],)))
    rest = [v for i in range(1, (MAX_N - 1) // 2 + 1) for v in (i + 10, i + 10)]
    rng.shuffle(rest)
    cases.append(("max_lone_first", ([7] + rest,)))
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
