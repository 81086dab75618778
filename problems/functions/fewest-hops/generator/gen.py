#!/usr/bin/env python3
"""Test data for "Fewest Hops" (function problem fewestHops).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (a breadth-first search, cross-checked by the O(n^2) DP on small tests).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


MAX_N = 10**5


def solve(hops: list[int]) -> int:
    n = len(hops)
    jumps, end, far, i = 0, 0, 0, 0
    while end < n - 1:
        jumps += 1
        new_end = far
        while i <= end:
            new_end = max(new_end, i + hops[i])
            i += 1
        end, far = new_end, new_end
    if n <= 300:
        best = [0] + [n] * (n - 1)
        for a in range(n):
            for b in range(a + 1, min(n, a + hops[a] + 1)):
                best[b] = min(best[b], best[a] + 1)
        assert best[-1] == jumps
    return jumps


def reachable(rng: random.Random, n: int, top: int) -> list[int]:
    hops = [rng.randint(0, top) for _ in range(n)]
    reach = 0
    for i in range(n - 1):
        if reach <= i:  # stuck: allow one more step
            hops[i] = max(hops[i], 1)
        reach = max(reach, i + hops[i])
    return hops


SAMPLES = [([2, 3, 1, 1, 4],), ([2, 3, 0, 1, 4],), ([0],)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(76076)
    cases: list[tuple[str, tuple]] = [
        ("two_positions", ([1, 0],)),
        ("one_big_jump", ([10**5] + [0] * 9,)),
        ("all_ones", ([1] * 10,)),
        ("greedy_trap", ([3, 1, 5, 1, 1, 1, 1, 0],)),
        ("farthest_is_wrong", ([2, 1, 3, 0, 0, 0],)),
        ("zeros_skipped", ([3, 0, 0, 1, 1],)),
    ]
    for t in range(10):
        cases.append((f"small_random_{t + 1}", (reachable(rng, rng.randint(1, 25), 4),)))
    cases.append(("random_300", (reachable(rng, 300, 10),)))
    # The largest sizes.
    cases.append(("max_all_ones", ([1] * MAX_N,)))
    cases.append(("max_one_jump", ([10**5] * MAX_N,)))
    cases.append(("max_random_small", (reachable(rng, MAX_N, 3),)))
    cases.append(("max_random_big", (reachable(rng, MAX_N, 1000),)))
    cases.append(("max_decreasing", (list(range(MAX_N, 0, -1)),)))
    cases.append(("max_twos", ([2] * MAX_N,)))
    cases.append(("max_islands", ([1000 if i % 1000 == 0 else 0 for i in range(MAX_N)],)))
    cases.append(("max_sparse_long", ([0 if i % 7 else 7 for i in range(MAX_N)],)))
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
