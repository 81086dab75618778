#!/usr/bin/env python3
"""Test data for "Max XOR Pair" (function problem maxXor).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (a binary trie, cross-checked by every pair on small tests).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


TOP = 2**31 - 1
MAX_N = 5 * 10**4


def solve(nums: list[int]) -> int:
    root: dict = {}
    best = 0
    for x in nums:
        node = root
        for bit in range(30, -1, -1):
            node = node.setdefault((x >> bit) & 1, {})
        node, value = root, 0
        for bit in range(30, -1, -1):
            want = 1 - ((x >> bit) & 1)
            if want in node:
                value |= 1 << bit
                node = node[want]
            else:
                node = node[1 - want]
        best = max(best, value)
    if len(nums) <= 200:
        assert best == max(a ^ b for a in nums for b in nums)
    return best


SAMPLES = [([3, 10, 5, 25, 2, 8],), ([7],), ([8, 1, 2, 12, 7, 6],)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(95095)
    cases: list[tuple[str, tuple]] = [
        ("zero_only", ([0],)),
        ("equal_values", ([9, 9, 9],)),
        ("max_and_zero", ([0, TOP],)),
        ("powers_of_two", ([1 << k for k in range(31)],)),
        ("complement_pair", ([0b1010101, 0b0101010, 3],)),
        ("top_bit_only", ([2**30, 2**30 + 1],)),
    ]
    for t in range(10):
        cases.append((f"small_random_{t + 1}", ([rng.randint(0, 63) for _ in range(rng.randint(1, 12))],)))
    cases.append(("random_200", ([rng.randint(0, TOP) for _ in range(200)],)))
    # The largest sizes.
    cases.append(("max_random", ([rng.randint(0, TOP) for _ in range(MAX_N)],)))
    cases.append(("max_small_values", ([rng.randint(0, 1000) for _ in range(MAX_N)],)))
    cases.append(("max_same_high_bits", ([2**30 + rng.randint(0, 2**20) for _ in range(MAX_N)],)))
    cases.append(("max_consecutive", (list(range(10**6, 10**6 + MAX_N)),)))
    cases.append(("max_all_equal", ([123456789] * MAX_N,)))
    hidden = [rng.randint(0, 2**29) for _ in range(MAX_N - 1)] + [TOP]
    rng.shuffle(hidden)
    cases.append(("max_one_high", (hidden,)))
    cases.append(("max_even_only", ([2 * rng.randint(0, 2**30 - 1) for _ in range(MAX_N)],)))
    cases.append(("max_two_clusters", ([rng.randint(0, 2**16) for _ in range(MAX_N // 2)] + [TOP - rng.randint(0, 2**16) for _ in range(MAX_N // 2)],)))
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
