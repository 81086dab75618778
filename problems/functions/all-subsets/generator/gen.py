#!/usr/bin/env python3
"""Test data for "All Subsets" (function problem allSubsets).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (itertools.combinations by size), and cross-checked against the
bit-mask count 2^n.
"""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def solve(nums: list[int]) -> list[list[int]]:
    out = []
    for size in range(len(nums) + 1):
        out.extend(list(c) for c in itertools.combinations(nums, size))
    assert len(out) == 2 ** len(nums)
    assert len({tuple(sorted(s)) for s in out}) == len(out)
    return out


SAMPLES = [([1, 2, 3],), ([-4],), ([0, 9],)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(32032)
    cases: list[tuple[str, tuple]] = [
        ("single_zero", ([0],)),
        ("single_max", ([100],)),
        ("single_min", ([-100],)),
        ("pair_extremes", ([100, -100],)),
        ("descending", ([5, 4, 3, 2, 1],)),
        ("negatives", ([-1, -2, -3, -4],)),
        ("with_zero", ([0, 7, -7],)),
    ]
    for n in range(2, 13):
        cases.append((f"random_n{n}", (rng.sample(range(-100, 101), n),)))
    cases.append(("n13_wide", (rng.sample(range(-100, 101), 13),)))
    cases.append(("ascending_10", (list(range(-5, 5)),)))
    cases.append(("n13_digits", (rng.sample(range(-9, 10), 13),)))
    # The largest size.
    cases.append(("max_n14_digits", (rng.sample(range(-9, 10), 14),)))
    cases.append(("max_n14_wide", (rng.sample(range(-100, 101), 14),)))
    nums = list(range(14))
    rng.shuffle(nums)
    cases.append(("max_n14_range", (nums,)))
    cases.append(("max_n14_extremes", ([-100, 100, -99, 99, -98, 98, 0, 1, -1, 50, -50, 2, -2, 97],)))
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
