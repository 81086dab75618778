#!/usr/bin/env python3
"""Test data for "Course Plan" (function problem canFinish).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (an iterative three-colour depth-first search for a cycle),
cross-checked on small tests by trying to place the courses greedily one at a time.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_V = 10**5
MAX_E = 10**5


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def has_cycle(n: int, pairs: list[list[int]]) -> bool:
    adj: list[list[int]] = [[] for _ in range(n)]
    for a, b in pairs:
        adj[b].append(a)
    color = [0] * n  # 0 new, 1 on the current path, 2 finished
    for s in range(n):
        if color[s]:
            continue
        color[s] = 1
        stack = [(s, 0)]
        while stack:
            v, i = stack[-1]
            if i < len(adj[v]):
                stack[-1] = (v, i + 1)
                w = adj[v][i]
                if color[w] == 1:
                    return True
                if color[w] == 0:
                    color[w] = 1
                    stack.append((w, 0))
            else:
                color[v] = 2
                stack.pop()
    return False


def brute(n: int, pairs: list[list[int]]) -> bool:
    done: set[int] = set()
    while True:
        free = [c for c in range(n) if c not in done and all(b in done for a, b in pairs if a == c)]
        if not free:
            return len(done) == n
        done.add(free[0])


def solve(n: int, pairs: list[list[int]]) -> bool:
    answer = not has_cycle(n, pairs)
    if n <= 60 and len(pairs) <= 200:
        assert brute(n, pairs) == answer
    return answer


def dag(rng: random.Random, n: int, m: int) -> list[list[int]]:
    """m random pairs that respect a hidden random order, so there is no cycle."""
    order = list(range(n))
    rng.shuffle(order)
    out = []
    for _ in range(m):
        i, j = sorted(rng.sample(range(n), 2))
        out.append([order[j], order[i]])  # order[i] comes first
    return out


def chain(n: int, perm: list[int]) -> list[list[int]]:
    return [[perm[i + 1], perm[i]] for i in range(n - 1)]


SAMPLES = [
    (3, [[1, 0], [2, 1]]),
    (2, [[1, 0], [0, 1]]),
    (4, [[1, 0], [2, 0], [3, 1], [3, 2]]),
]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(33033)
    cases: list[tuple[str, tuple]] = [
        ("diamond", (4, [[3, 1], [3, 2], [1, 0], [2, 0]])),
        ("one_course", (1, [])),
        ("self_loop_single", (1, [[0, 0]])),
        ("no_prerequisites", (5, [])),
        ("self_loop", (4, [[1, 0], [2, 2], [3, 1]])),
        ("duplicate_pairs", (3, [[1, 0], [1, 0], [2, 1], [2, 1]])),
        ("two_cycle_plus_free", (5, [[4, 3], [3, 4], [1, 0]])),
        ("triangle", (3, [[1, 0], [2, 1], [0, 2]])),
        ("shared_prereq", (4, [[1, 0], [2, 0], [3, 0]])),
        ("cycle_far_away", (6, [[1, 0], [2, 1], [3, 2], [4, 3], [5, 4], [3, 5]])),
        ("forward_and_cross", (5, [[1, 0], [2, 1], [2, 0], [4, 3], [4, 2]])),
    ]
    for t in range(4):
        n = rng.randint(2, 12)
        cases.append((f"small_dag_{t + 1}", (n, dag(rng, n, rng.randint(1, 20)))))
    for t in range(4):
        n = rng.randint(2, 12)
        pairs = dag(rng, n, rng.randint(1, 15))
        a, b = rng.choice(pairs) if t % 2 == 0 else rng.sample(range(n), 2)
        pairs.append([b, a])
        rng.shuffle(pairs)
        cases.append((f"small_mixed_{t + 1}", (n, pairs)))
    cases.append(("dag_1000", (1000, dag(rng, 1000, 5000))))
    # The largest sizes.
    perm = list(range(MAX_V))
    rng.shuffle(perm)
    pairs = chain(MAX_V, perm)
    rng.shuffle(pairs)
    cases.append(("max_chain_shuffled", (MAX_V, pairs)))
    cycle = chain(50000, perm) + [[perm[0], perm[49999]]]
    rng.shuffle(cycle)
    cases.append(("big_cycle_50000", (MAX_V, cycle)))
    cases.append(("descending_chain_40000", (40000, [[i, i + 1] for i in range(40000 - 1)])))
    cases.append(("max_random_dag", (MAX_V, dag(rng, MAX_V, MAX_E))))
    back = dag(rng, 30000, 50000 - 1)
    order_pairs = [p for p in back]
    a, b = order_pairs[0]
    back.append([b, a])  # reverses an existing arrow: a 2-cycle hidden among 1e5 pairs
    rng.shuffle(back)
    cases.append(("dag_one_back_edge_50000", (30000, back)))
    cases.append(("star_30000", (30000, [[i, 0] for i in range(1, 30000)])))
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
