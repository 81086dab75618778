#!/usr/bin/env python3
"""Test data for "Limited Layovers" (function problem cheapestRoute).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (Dijkstra over (city, flights used) states).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


import heapq

MAX_N = 1000
MAX_M = 5000


def solve(n: int, flights: list, source: int, target: int, k: int) -> int:
    out = [[] for _ in range(n)]
    for u, v, p in flights:
        out[u].append((v, p))
    best = {}
    heap = [(0, source, 0)]
    while heap:
        cost, u, used = heapq.heappop(heap)
        if u == target:
            return cost
        if used == k + 1 or best.get((u, used), float("inf")) < cost:
            continue
        for v, p in out[u]:
            state = (v, used + 1)
            if cost + p < best.get(state, float("inf")):
                best[state] = cost + p
                heapq.heappush(heap, (cost + p, v, used + 1))
    return -1


SAMPLES = [
    (4, [[0, 1, 100], [1, 2, 100], [2, 3, 100], [0, 2, 500], [1, 3, 600]], 0, 3, 1),
    (3, [[0, 1, 100], [1, 2, 100], [0, 2, 500]], 0, 2, 0),
    (2, [[1, 0, 5]], 0, 1, 1),
]


def random_flights(rng: random.Random, n: int, m: int, price: int) -> list:
    out = set()
    while len(out) < m:
        u, v = rng.randrange(n), rng.randrange(n)
        if u != v:
            out.add((u, v))
    return [[u, v, rng.randint(1, price)] for u, v in out]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(72072)
    chain = [[i, i + 1, 1] for i in range(MAX_N - 1)]
    cases: list[tuple[str, tuple]] = [
        ("no_flights", (2, [], 0, 1, 0)),
        ("direct_only", (2, [[0, 1, 7]], 0, 1, 0)),
        ("cheap_needs_two", (3, [[0, 1, 1], [1, 2, 1], [0, 2, 10]], 0, 2, 1)),
        ("cycle_tempts", (4, [[0, 1, 1], [1, 0, 1], [1, 2, 1], [2, 3, 1], [0, 3, 100]], 0, 3, 2)),
        ("wrong_way", (3, [[1, 0, 1], [2, 1, 1]], 0, 2, 2)),
        ("parallel_flights", (3, [[0, 1, 5], [0, 1, 3], [1, 2, 4]], 0, 2, 1)),
        ("exactly_k_plus_one", (5, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1], [0, 4, 50]], 0, 4, 3)),
        ("one_too_few", (5, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1], [0, 4, 50]], 0, 4, 2)),
    ]
    for t in range(8):
        n = rng.randint(2, 8)
        m = rng.randint(0, n * (n - 1))
        s, d = rng.sample(range(n), 2)
        cases.append((f"small_random_{t + 1}", (n, random_flights(rng, n, m, 20), s, d, rng.randint(0, n - 1))))
    cases.append(("random_100", (100, random_flights(rng, 100, 800, 1000), 0, 99, 5)))
    # The largest sizes.
    cases.append(("max_chain_exact", (MAX_N, chain, 0, MAX_N - 1, MAX_N - 2)))
    cases.append(("max_chain_short_k", (MAX_N, chain + [[0, MAX_N - 1, 10**4]], 0, MAX_N - 1, MAX_N - 3)))
    cases.append(("max_random_k_small", (MAX_N, random_flights(rng, MAX_N, MAX_M, 10**4), 3, 700, 3)))
    cases.append(("max_random_k_large", (MAX_N, random_flights(rng, MAX_N, MAX_M, 10**4), 0, MAX_N - 1, MAX_N - 1)))
    dense = random_flights(rng, 80, MAX_M, 10**4)
    cases.append(("dense_80", (80, dense, 0, 79, 40)))
    cases.append(("dense_80_k0", (80, dense, 5, 6, 0)))
    layered = [[a, b, rng.randint(1, 10**4)] for a in range(100) for b in range(a + 1, min(a + 51, MAX_N)) if len(range(a + 1, min(a + 51, MAX_N)))][:MAX_M]
    cases.append(("max_layered", (MAX_N, layered, 0, 120, 10)))
    cases.append(("max_unreachable", (MAX_N, random_flights(rng, MAX_N // 2, MAX_M, 10**4), 0, MAX_N - 1, 50)))
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
