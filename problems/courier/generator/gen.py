#!/usr/bin/env python3
"""Test data for "Courier Route".

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/, data/secret/ and data/invalid_input/: the inputs
are built below, every .ans is produced by the reference solution submissions/accepted/courier.py.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "courier.py"

MAX_N = 10**5
MAX_M = 10**5
MAX_W = 10**9
Street = tuple[int, int, int]


def fmt(n: int, streets: list[Street]) -> str:
    assert 1 <= n <= MAX_N and len(streets) <= MAX_M
    assert all(1 <= u <= n and 1 <= v <= n and 1 <= w <= MAX_W for u, v, w in streets)
    return f"{n} {len(streets)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in streets)


def relabel(rng: random.Random, n: int, streets: list[Street]) -> list[Street]:
    """Randomly renumber intersections 2..n-1 (1 and n keep their roles) and shuffle the streets."""
    inner = list(range(2, n))
    rng.shuffle(inner)
    label = {1: 1, n: n, **{old: new for old, new in zip(range(2, n), inner)}}
    out = [(label[u], label[v], w) if rng.random() < 0.5 else (label[v], label[u], w) for u, v, w in streets]
    rng.shuffle(out)
    return out


def random_graph(rng: random.Random, n: int, m: int, wmax: int) -> list[Street]:
    return [(rng.randint(1, n), rng.randint(1, n), rng.randint(1, wmax)) for _ in range(m)]


def tree_plus(rng: random.Random, n: int, extra: int, wmax: int) -> list[Street]:
    """A random spanning tree (so everything is reachable) plus `extra` random streets."""
    streets = [(rng.randint(max(1, v - 50), v - 1), v, rng.randint(1, wmax)) for v in range(2, n + 1)]
    return relabel(rng, n, streets + random_graph(rng, n, extra, wmax))


def grid(rng: random.Random, rows: int, cols: int, wmax: int) -> list[Street]:
    streets = []
    for r in range(rows):
        for c in range(cols):
            v = r * cols + c + 1
            if c + 1 < cols:
                streets.append((v, v + 1, rng.randint(1, wmax)))
            if r + 1 < rows:
                streets.append((v, v + cols, rng.randint(1, wmax)))
    rng.shuffle(streets)
    return streets


def hops_vs_weight(n: int) -> list[Street]:
    """A direct but slow street versus a long chain of fast ones: counting streets is wrong."""
    return [(1, n, 10**6)] + [(i, i + 1, 1) for i in range(1, n)]


SAMPLES = [
    fmt(4, [(1, 2, 5), (2, 4, 1), (1, 3, 2), (3, 4, 7), (2, 3, 1)]),
    fmt(3, [(1, 2, 10), (2, 2, 1)]),
]


def secret_cases() -> list[tuple[str, str]]:
    rng = random.Random(1959)  # the year Dijkstra published his algorithm
    cases: list[tuple[str, str]] = []
    cases.append(("single_intersection", fmt(1, [])))
    cases.append(("no_streets", fmt(2, [])))
    cases.append(("parallel_streets", fmt(2, [(1, 2, 9), (2, 1, 4), (1, 2, 6), (1, 1, 1)])))
    cases.append(("triangle_detour", fmt(3, [(1, 3, 100), (1, 2, 30), (2, 3, 30)])))
    cases.append(("backwards_street", fmt(3, [(2, 1, 5), (3, 2, 5)])))
    # Two long routes to 11: 5 streets of 10^9 and 6 streets of 9 * 10^8. Both overflow 32 bits.
    short = [(1, 2), (2, 3), (3, 4), (4, 5), (5, 11)]
    detour = [(1, 6), (6, 7), (7, 8), (8, 9), (9, 10), (10, 11)]
    cases.append(("overflow_paths", fmt(11, [(u, v, MAX_W) for u, v in short] + [(u, v, 9 * 10**8) for u, v in detour])))
    cases.append(("hops_vs_weight", fmt(1000, hops_vs_weight(1000))))
    for k in range(3):
        n = rng.randint(2, 10)
        cases.append((f"random_tiny_{k + 1}", fmt(n, random_graph(rng, n, rng.randint(0, 15), 20))))
    cases.append(("unreachable", fmt(2000, tree_plus(rng, 1000, 500, 1000) + [(1500, 2000, 7)])))
    cases.append(("random_medium", fmt(3000, tree_plus(rng, 3000, 6000, MAX_W))))
    cases.append(("long_expensive_chain", fmt(10000, relabel(rng, 10000, [(i, i + 1, MAX_W - rng.randint(0, 99)) for i in range(1, 10000)]))))
    cases.append(("grid", fmt(100 * 150, grid(rng, 100, 150, 100))))
    cases.append(("dense_small", fmt(300, random_graph(rng, 300, 20000, MAX_W))))
    cases.append(("sparse_big_weights", fmt(20000, tree_plus(rng, 20000, 10000, MAX_W))))
    cases.append(("random_max", fmt(MAX_N, random_graph(rng, MAX_N, MAX_M, 100))))
    # A path 1 - 2 - ... - n listed from the far end: the worst case for Bellman-Ford.
    cases.append(("reversed_path_max", fmt(MAX_N, [(i, i + 1, 1) for i in range(MAX_N - 1, 0, -1)])))
    return cases


# Inputs the input validator must reject (data/invalid_input/, no answers).
INVALID = [
    ("zero_weight", "2 1\n1 2 0\n"),
    ("weight_too_large", f"2 1\n1 2 {MAX_W + 1}\n"),
    ("endpoint_out_of_range", "2 1\n1 3 5\n"),
    ("missing_street", "3 2\n1 2 5\n"),
]


def write_group(group: str, cases: list[tuple[str, str]], answers: bool = True) -> None:
    directory = ROOT / "data" / group
    directory.mkdir(parents=True, exist_ok=True)
    for old in [*directory.glob("*.in"), *directory.glob("*.ans")]:
        old.unlink()
    for name, text in cases:
        inp = directory / f"{name}.in"
        inp.write_text(text)
        if not answers:
            continue
        with inp.open("rb") as fin:
            out = subprocess.run(
                [sys.executable, str(REFERENCE)], stdin=fin, capture_output=True, check=True
            ).stdout
        inp.with_suffix(".ans").write_bytes(out)


def main() -> None:
    write_group("sample", [(str(i), text) for i, text in enumerate(SAMPLES, 1)])
    write_group("secret", [(f"{i:02d}_{name}", text) for i, (name, text) in enumerate(secret_cases(), 1)])
    write_group("invalid_input", INVALID, answers=False)


if __name__ == "__main__":
    main()
