#!/usr/bin/env python3
"""Test data for "Pair Sum Indices" (function problem findPair).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here by
an independent method (sort by value, two pointers), not by the submissions.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIM = 10**9
MAX_N = 10**5


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def pair_count(nums: list[int], target: int) -> int:
    count = Counter(nums)
    total = 0
    for x, c in count.items():
        y = target - x
        if x < y:
            total += c * count.get(y, 0)
        elif x == y:
            total += c * (c - 1) // 2
    return total


def solve(nums: list[int], target: int) -> list[int]:
    assert pair_count(nums, target) == 1, "the pair must be unique"
    order = sorted(range(len(nums)), key=lambda i: nums[i])
    lo, hi = 0, len(order) - 1
    found = []
    while lo < hi:
        s = nums[order[lo]] + nums[order[hi]]
        if s == target:
            found.append(sorted([order[lo], order[hi]]))
            break
        elif s < target:
            lo += 1
        else:
            hi -= 1
    return found[0]


def build(rng: random.Random, n: int, target: int, lo: int = -LIM, hi: int = LIM,
          positions: tuple[int, int] | None = None, first: int | None = None,
          traps: int = 0) -> list[int]:
    """n values with exactly one pair summing to target, at `positions` (random if None).
    `traps`: values x with 2x == target placed once each (only if target is even)."""
    if first is None:
        first = rng.randint(max(lo, target - hi), min(hi, target - lo))
    second = target - first
    used: set[int] = set()
    others: list[int] = []
    if traps and target % 2 == 0 and target // 2 not in (first, second):
        others.append(target // 2)
        used.add(target // 2)
    while len(others) < n - 2:
        x = rng.randint(lo, hi)
        if x in (first, second) or (target - x) in used:
            continue
        others.append(x)
        used.add(x)
    rng.shuffle(others)
    if positions is None:
        positions = tuple(sorted(rng.sample(range(n), 2)))
    out = []
    it = iter(others)
    for i in range(n):
        out.append(first if i == positions[0] else second if i == positions[1] else next(it))
    return out


def repeated(n: int, value: int, pair: tuple[int, int], positions: tuple[int, int]) -> list[int]:
    out = [value] * n
    out[positions[0]], out[positions[1]] = pair
    return out


SAMPLES = [
    ([4, 9, 13, 1], 10),
    ([5, -2, 5], 10),
    ([3, 1, 6, 5], 6),
]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(20250611)
    cases: list[tuple[str, tuple]] = [
        ("min_positive", ([2, 3], 5)),
        ("min_negative", ([-7, -8], -15)),
        ("zeros", ([0, 0], 0)),
        ("extremes_cancel", ([LIM, -LIM], 0)),
        ("extreme_target", ([LIM, 0, 5, -4], LIM)),
        ("extreme_negative_target", ([-1, -LIM, 0, 3], -LIM)),
        ("self_pair_trap", ([4, 2, 9, -1, 5], 8)),
        ("duplicates_answer", ([1, 6, 8, 6], 12)),
        ("trap_before_pair", ([-3, 10, 4, 16, 0], 20)),
    ]
    for k in range(3):
        n = rng.randint(3, 12)
        t = rng.randint(-30, 30)
        cases.append((f"small_random_{k + 1}", (build(rng, n, t, -20, 20, traps=1), t)))
    t = rng.randint(-LIM, LIM)
    cases.append(("random_1000", (build(rng, 1000, t, traps=1), t)))
    t = rng.randint(-1000, 1000) * 2
    cases.append(("dense_10000", (build(rng, 10**4, t, -10**4, 10**4, traps=1), t)))
    t = rng.randint(-LIM, LIM)
    cases.append(("ends_10000", (build(rng, 10**4, t, positions=(0, 10**4 - 1)), t)))
    # The largest size.
    t = rng.randint(-10**5, 10**5) // 2 * 2
    cases.append(("max_last_two", (build(rng, MAX_N, t, -10**5, 10**5, positions=(MAX_N - 2, MAX_N - 1), traps=1), t)))
    t = rng.randint(-10**4, 10**4)
    cases.append(("max_ends", (build(rng, MAX_N, t, -10**4, 10**4, positions=(0, MAX_N - 1)), t)))
    t = rng.randint(0, 3000) * 2
    cases.append(("random_trap_50000", (build(rng, 50000, t, 0, 3000, traps=1), t)))
    cases.append(("max_repeated_value", (repeated(MAX_N, 7, (-3, 3), (MAX_N - 3, MAX_N - 1)), 0)))
    cases.append(("max_repeated_twins", (repeated(MAX_N, 7, (LIM // 2, LIM // 2), (MAX_N - 2, MAX_N - 1)), LIM)))
    cases.append(("extremes_mix", (build(rng, 5000, -LIM, -LIM, LIM, positions=(4999, 4998)), -LIM)))
    # More small random cases, from their own generator (the tests above stay as they were).
    extra = random.Random(50842)
    for k in range(5):
        n = extra.randint(3, 12)
        t = extra.randint(-30, 30)
        cases.append((f"extra_random_{k + 1}", (build(extra, n, t, -20, 20, traps=1), t)))
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
