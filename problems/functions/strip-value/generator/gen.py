#!/usr/bin/env python3
"""Test data for "Strip a Value" (function problem stripValue; output: the first k items of nums).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans (the kept elements,
in their original order; the judge compares them as a multiset and checks k = its length) is
computed here with a filter, independently of the submissions.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_N = 10**5


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def solve(nums: list[int], val: int) -> list[int]:
    return [x for x in nums if x != val]


def mixed(rng: random.Random, n: int, val: int, share: float, lo: int = 0, hi: int = 100) -> list[int]:
    """n values, about `share` of them equal to val, the rest random (and different from val)."""
    out = []
    for _ in range(n):
        if rng.random() < share:
            out.append(val)
        else:
            x = rng.randint(lo, hi)
            out.append(x if x != val else (x + 1) % 101)
    return out


SAMPLES = [
    ([4, 1, 4, 2, 4], 4),
    ([0, 3, 3, 7, 0, 5, 3], 3),
    ([6, 6], 6),
]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(20250616)
    cases: list[tuple[str, tuple]] = [
        ("empty", ([], 0)),
        ("single_removed", ([100], 100)),
        ("single_kept", ([1], 0)),
        ("absent", ([1, 2, 3, 4, 5], 9)),
        ("all_removed", ([0] * 8, 0)),
        ("ends_removed", ([7, 1, 2, 3, 7], 7)),
        ("last_two_removed", ([5, 6, 9, 9], 9)),
        ("alternating", ([2, 8] * 6 + [2], 2)),
        ("duplicates_kept", ([3, 3, 1, 1, 3, 1, 1], 3)),
    ]
    for k in range(4):
        n = rng.randint(5, 30)
        val = rng.randint(0, 100)
        cases.append((f"small_random_{k + 1}", (mixed(rng, n, val, rng.random()), val)))
    cases.append(("random_1000", (mixed(rng, 1000, 42, 0.3), 42)))
    cases.append(("tail_block_10000", ([rng.randint(0, 99) for _ in range(5000)] + [100] * 5000, 100)))
    # The largest size.
    cases.append(("max_half", (mixed(rng, MAX_N, 1, 0.5, 0, 9), 1)))
    cases.append(("max_all_removed", ([0] * MAX_N, 0)))
    cases.append(("max_none_removed", ([rng.randint(0, 9) for _ in range(MAX_N)], 50)))
    cases.append(("max_front_block", ([7] * (MAX_N // 2) + mixed(rng, MAX_N // 2, 7, 0.0, 0, 9), 7)))
    cases.append(("max_alternating", ([3, 4] * (MAX_N // 2), 4)))
    # More small random cases, from their own generator (the tests above stay as they were).
    extra = random.Random(44797)
    for k in range(6):
        n = extra.randint(5, 30)
        val = extra.randint(0, 100)
        cases.append((f"extra_random_{k + 1}", (mixed(extra, n, val, extra.random()), val)))
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
