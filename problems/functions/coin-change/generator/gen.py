#!/usr/bin/env python3
"""Test data for "Fewest Coins" (function problem fewestCoins).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (breadth-first search over the amounts 0..amount), cross-checked
on small tests by enumerating coin counts.
"""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_AMOUNT = 10**4
MAX_COIN = 10**5


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def bfs(coins: list[int], amount: int) -> int:
    dist = [-1] * (amount + 1)
    dist[0] = 0
    frontier = [0]
    while frontier and dist[amount] == -1:
        nxt = []
        for a in frontier:
            for c in coins:
                b = a + c
                if b <= amount and dist[b] == -1:
                    dist[b] = dist[a] + 1
                    nxt.append(b)
        frontier = nxt
    return dist[amount]


def brute(coins: list[int], amount: int) -> int:
    best = -1
    ranges = [range(amount // c + 1) for c in coins]
    for counts in itertools.product(*ranges):
        if sum(k * c for k, c in zip(counts, coins)) == amount:
            total = sum(counts)
            if best == -1 or total < best:
                best = total
    return best


def solve(coins: list[int], amount: int) -> int:
    answer = bfs(coins, amount)
    size = 1
    for c in coins:
        size *= amount // c + 1
    if size <= 200000:
        assert brute(coins, amount) == answer, (coins, amount)
    return answer


SAMPLES = [([1, 3, 4], 6), ([4, 6], 9), ([7], 0)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(34034)
    cases: list[tuple[str, tuple]] = [
        ("greedy_trap", ([1, 5, 6, 9], 11)),
        ("greedy_misses_reachable", ([5, 3], 9)),
        ("zero_amount_many_coins", ([3, 1, 2], 0)),
        ("single_coin_exact", ([1], 1)),
        ("coin_too_big", ([2], 1)),
        ("huge_coin_only", ([MAX_COIN], MAX_AMOUNT)),
        ("exact_huge_amount", ([MAX_AMOUNT], MAX_AMOUNT)),
        ("gcd_blocks", ([6, 10, 15 * 2], 7)),
        ("coprime_big", ([7, 11], 59)),
        ("unsorted_coins", ([25, 1, 10, 5], 63)),
        ("greedy_trap_2", ([1, 10, 25], 30)),
    ]
    for t in range(5):
        coins = rng.sample(range(1, 15), rng.randint(1, 4))
        cases.append((f"small_random_{t + 1}", (coins, rng.randint(0, 40))))
    cases.append(("medium_random", (rng.sample(range(1, 200), 10), 1000)))
    # The largest sizes.
    cases.append(("max_only_ones", ([1], MAX_AMOUNT)))
    cases.append(("max_ones_and_big", ([1, 9999], MAX_AMOUNT)))
    cases.append(("max_50_random", (rng.sample(range(1, 1001), 50), MAX_AMOUNT)))
    cases.append(("max_50_small", (rng.sample(range(1, 60), 50), MAX_AMOUNT - 1)))
    evens = rng.sample(range(2, 2001, 2), 50)
    cases.append(("max_50_even_odd_amount", (evens, MAX_AMOUNT - 1)))
    cases.append(("max_two_large_coprime", ([97, 101], MAX_AMOUNT)))
    mixed = rng.sample(range(5000, MAX_COIN + 1), 45) + [3, 7, 333, 4999, 2]
    rng.shuffle(mixed)
    cases.append(("max_mostly_too_big", (mixed, MAX_AMOUNT)))
    cases.append(("max_greedy_trap", ([1, 4999, 5000, 2500] + list(range(7001, 7047)), MAX_AMOUNT - 2)))
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
