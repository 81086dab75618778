#!/usr/bin/env python3
"""Test data for "Meeting Rooms" (function problem minRooms).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (a sweep over sorted events, cross-checked by counting overlaps on small tests).
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


def solve(meetings: list[list[int]]) -> int:
    events = sorted([(e, -1) for _, e in meetings] + [(s, 1) for s, _ in meetings])
    best = now = 0
    for _, delta in events:  # at equal times, ends (-1) sort before starts (+1)
        now += delta
        best = max(best, now)
    if len(meetings) <= 200:
        brute = max(sum(s <= t < e for s, e in meetings) for t, _ in meetings)
        assert brute == best
    return best


SAMPLES = [([[0, 30], [5, 10], [15, 20]],), ([[7, 10], [2, 4], [4, 7]],), ([[1, 5], [1, 5], [1, 5]],)]


def meetings(rng: random.Random, n: int, horizon: int, longest: int) -> list[list[int]]:
    out = []
    for _ in range(n):
        s = rng.randint(0, horizon - 1)
        out.append([s, min(horizon, s + rng.randint(1, longest))])
    return out


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(65065)
    cases: list[tuple[str, tuple]] = [
        ("single", ([[0, LIM]],)),
        ("unit_chain", ([[i, i + 1] for i in range(10)],)),
        ("nested", ([[0, 10], [1, 9], [2, 8], [3, 7]],)),
        ("disjoint_unsorted", ([[50, 60], [0, 10], [20, 30]],)),
        ("touch_and_overlap", ([[0, 5], [5, 10], [4, 6]],)),
        ("same_start", ([[3, 4], [3, 100], [3, 5]],)),
        ("same_end", ([[1, 9], [5, 9], [8, 9], [9, 10]],)),
        ("extremes", ([[0, LIM], [LIM - 1, LIM], [0, 1]],)),
    ]
    for t in range(8):
        cases.append((f"small_random_{t + 1}", (meetings(rng, rng.randint(1, 12), 30, 10),)))
    cases.append(("random_200", (meetings(rng, 200, 1000, 100),)))
    # The largest sizes.
    cases.append(("max_all_overlap", ([[0, LIM]] * MAX_N,)))
    cases.append(("chain_30000", ([[i, i + 1] for i in range(30000)],)))
    chain = [[2 * i, 2 * i + 2] for i in range(MAX_N)]
    rng.shuffle(chain)
    cases.append(("max_touching_shuffled", (chain,)))
    cases.append(("max_random_short", (meetings(rng, MAX_N, LIM, 10**5),)))
    cases.append(("max_random_long", (meetings(rng, MAX_N, LIM, LIM // 3),)))
    cases.append(("nested_30000", ([[i, 60000 - i] for i in range(30000)],)))
    cases.append(("small_horizon_30000", (meetings(rng, 30000, 1000, 20),)))
    cases.append(("staircase_30000", ([[i, i + 1000] for i in range(0, 300000, 10)],)))
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
