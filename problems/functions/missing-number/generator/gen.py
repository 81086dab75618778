#!/usr/bin/env python3
"""Test data for "Missing Number" (function problem missingNumber).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (by set difference).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


MAX_N = 10**5


def solve(nums: list[int]) -> int:
    (missing,) = set(range(len(nums) + 1)) - set(nums)
    return missing


def without(rng: random.Random, n: int, missing: int, shuffle: bool = True) -> list[int]:
    nums = [v for v in range(n + 1) if v != missing]
    if shuffle:
        rng.shuffle(nums)
    return nums


SAMPLES = [([3, 0, 1],), ([0, 1],), ([1],)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(61061)
    cases: list[tuple[str, tuple]] = [
        ("n1_missing_1", ([0],)),
        ("n2_missing_0", ([2, 1],)),
        ("n2_missing_1", ([0, 2],)),
        ("sorted_missing_middle", (without(rng, 10, 5, False),)),
        ("sorted_missing_last", (without(rng, 10, 10, False),)),
        ("reversed_missing_first", (without(rng, 10, 0, False)[::-1],)),
    ]
    for t in range(11):
        n = rng.randint(1, 30)
        cases.append((f"small_random_{t + 1}", (without(rng, n, rng.randint(0, n)),)))
    cases.append(("random_1000", (without(rng, 1000, 777),)))
    # The largest sizes.
    cases.append(("max_missing_zero", (without(rng, MAX_N, 0),)))
    cases.append(("max_missing_n", (without(rng, MAX_N, MAX_N),)))
    cases.append(("max_missing_middle", (without(rng, MAX_N, MAX_N // 2),)))
    cases.append(("max_sorted_missing_n", (without(rng, MAX_N, MAX_N, False),)))
    cases.append(("max_random", (without(rng, MAX_N, rng.randint(0, MAX_N)),)))
    cases.append(("max_sorted_missing_1", (without(rng, MAX_N, 1, False),)))
    cases.append(("max_reversed_missing_0", (without(rng, MAX_N, 0, False)[::-1],)))
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
