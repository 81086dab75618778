#!/usr/bin/env python3
"""Test data for "Island Bridges".

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/, data/secret/ and data/invalid_input/: the inputs
are built below, every .ans is produced by the reference solution submissions/accepted/islands.py.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "islands.py"

MAX_N = 10**5
MAX_Q = 10**5
Event = tuple  # ("B", u, v) | ("Q", u, v) | ("S", u)


def fmt(n: int, events: list[Event]) -> str:
    assert 1 <= n <= MAX_N and 1 <= len(events) <= MAX_Q
    assert any(e[0] != "B" for e in events)
    for e in events:
        assert all(1 <= x <= n for x in e[1:]) and (e[0] != "B" or e[1] != e[2])
    return f"{n} {len(events)}\n" + "".join(" ".join(map(str, e)) + "\n" for e in events)


def question(rng: random.Random, n: int, p_size: float = 0.3) -> Event:
    if rng.random() < p_size:
        return ("S", rng.randint(1, n))
    return ("Q", rng.randint(1, n), rng.randint(1, n))


def bridge(rng: random.Random, n: int) -> Event:
    u = rng.randint(1, n)
    v = rng.randint(1, n - 1)
    return ("B", u, v + (v >= u))


def random_events(rng: random.Random, n: int, q: int, p_bridge: float) -> list[Event]:
    return [bridge(rng, n) if rng.random() < p_bridge else question(rng, n) for _ in range(q)]


def chain_then_questions(rng: random.Random, n: int, q: int) -> list[Event]:
    """Bridges along a random path (u_i, u_{i+1}) in path order, then size questions about its
    first island: naive disjoint-set forests degenerate into one long chain."""
    path = rng.sample(range(1, n + 1), n)
    bridges = q // 2
    events: list[Event] = [("B", path[i], path[i + 1]) for i in range(min(bridges, n - 1))]
    while len(events) < q:
        events.append(("S", path[0]) if rng.random() < 0.8 else ("Q", path[0], rng.randint(1, n)))
    return events


SAMPLES = [
    fmt(5, [("B", 1, 2), ("Q", 1, 2), ("Q", 1, 3), ("B", 3, 4), ("B", 2, 3), ("S", 4), ("Q", 5, 1)]),
    fmt(3, [("S", 2), ("B", 1, 2), ("B", 2, 1), ("S", 2), ("B", 1, 3), ("Q", 2, 3)]),
]


def secret_cases() -> list[tuple[str, str]]:
    rng = random.Random(1234567)
    cases: list[tuple[str, str]] = []
    cases.append(("single_island", fmt(1, [("S", 1), ("Q", 1, 1)])))
    cases.append(("no_bridges", fmt(1000, [question(rng, 1000) for _ in range(2000)])))
    cases.append(("redundant_bridges", fmt(6, [("B", 1, 2), ("B", 2, 3), ("B", 3, 1), ("S", 1), ("B", 1, 2), ("B", 2, 1), ("S", 3), ("S", 4), ("B", 4, 5), ("B", 5, 4), ("S", 5), ("Q", 3, 5)])))
    cases.append(("relink_member", fmt(4, [("B", 1, 2), ("B", 1, 3), ("Q", 2, 3), ("S", 2), ("B", 4, 1), ("Q", 2, 4), ("S", 4)])))
    for k in range(3):
        n = rng.randint(2, 12)
        cases.append((f"random_tiny_{k + 1}", fmt(n, random_events(rng, n, rng.randint(5, 30), 0.4))))
    cases.append(("random_small", fmt(300, random_events(rng, 300, 3000, 0.2))))
    star = [("B", 1, v) if rng.random() < 0.5 else ("B", v, 1) for v in range(2, 20001)]
    cases.append(("star", fmt(20000, star + [question(rng, 20000, 0.5) for _ in range(10000)])))
    merges = [("B", rng.randint(1, 500), rng.randint(501, 1000)) for _ in range(3000)]
    cases.append(("dense_merges", fmt(1000, [e for b in merges for e in (b, question(rng, 1000))])))
    cases.append(("random_sparse_max", fmt(MAX_N, random_events(rng, MAX_N, MAX_Q, 0.5))))
    cases.append(("random_dense_bridges", fmt(20000, random_events(rng, 20000, 40000, 0.6))))
    cases.append(("chain_max", fmt(MAX_N, chain_then_questions(rng, MAX_N, MAX_Q))))
    pairs = [("B", 2 * i + 1, 2 * i + 2) for i in range(20000)]
    cases.append(("pairs_only", fmt(40000, pairs + [("Q", 2 * i + 1, 2 * i + 2 + 2 * (i % 2)) for i in range(19999)] + [("S", 40000)])))
    return cases


# Inputs the input validator must reject (data/invalid_input/, no answers).
INVALID = [
    ("self_bridge", "3 2\nB 2 2\nS 2\n"),
    ("island_out_of_range", "3 1\nQ 1 4\n"),
    ("no_question", "3 1\nB 1 2\n"),
    ("size_with_two_islands", "3 1\nS 1 2\n"),
    ("lowercase_event", "3 1\nq 1 2\n"),
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
