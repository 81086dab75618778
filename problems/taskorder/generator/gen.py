#!/usr/bin/env python3
"""Test data for "Task Order".

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/, data/secret/ and data/invalid_input/: the inputs
are built below, every .ans is produced by the reference solution submissions/accepted/taskorder.py
(any valid order is accepted by output_validator/validator.py; the .ans only tells it whether an
order exists). The generator knows which inputs contain a cycle and checks the reference agrees.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "taskorder.py"

MAX_N = 5 * 10**4
MAX_M = 5 * 10**4
Edge = tuple[int, int]


def fmt(n: int, edges: list[Edge]) -> str:
    assert 1 <= n <= MAX_N and len(edges) <= MAX_M
    assert all(1 <= a <= n and 1 <= b <= n and a != b for a, b in edges)
    return f"{n} {len(edges)}\n" + "".join(f"{a} {b}\n" for a, b in edges)


def random_dag(rng: random.Random, n: int, m: int, local: int = 0) -> list[Edge]:
    """m edges that all go forward in a hidden random order of the tasks (so no cycle).
    With local > 0, edges connect tasks at most `local` apart in that order (long chains)."""
    perm = rng.sample(range(1, n + 1), n)
    edges = []
    for _ in range(m):
        i = rng.randrange(n - 1)
        j = rng.randint(i + 1, min(n - 1, i + local)) if local else rng.randint(i + 1, n - 1)
        edges.append((perm[i], perm[j]))
    return edges


def chain(rng: random.Random, n: int) -> list[Edge]:
    perm = rng.sample(range(1, n + 1), n)
    edges = list(zip(perm, perm[1:]))
    rng.shuffle(edges)
    return edges


def add_back_edge(rng: random.Random, edges: list[Edge]) -> list[Edge]:
    """Reverse-connect the ends of one long path through the DAG edges: creates a cycle."""
    succ: dict[int, list[int]] = {}
    for a, b in edges:
        succ.setdefault(a, []).append(b)
    start = rng.choice([a for a, _ in edges])
    u = start
    for _ in range(10**6):
        if u not in succ:
            break
        u = rng.choice(succ[u])
    out = edges[:-1] + [(u, start)]  # keep within MAX_M; the last edge is random anyway
    rng.shuffle(out)
    return out


# (input, has_order)
SAMPLES = [
    (fmt(4, [(1, 2), (1, 3), (3, 2), (4, 3)]), True),
    (fmt(3, [(1, 2), (2, 3), (3, 1)]), False),
]


def secret_cases() -> list[tuple[str, tuple[str, bool]]]:
    rng = random.Random(8080)
    cases: list[tuple[str, tuple[str, bool]]] = []
    cases.append(("single_task", (fmt(1, []), True)))
    cases.append(("two_tasks", (fmt(2, [(2, 1)]), True)))
    cases.append(("two_cycle", (fmt(2, [(1, 2), (2, 1)]), False)))
    cases.append(("reverse_chain_small", (fmt(5, [(5, 4), (4, 3), (3, 2), (2, 1)]), True)))
    cases.append(("duplicates", (fmt(4, [(3, 1)] * 5 + [(1, 4), (1, 4), (2, 3)]), True)))
    cases.append(("small_with_cycle", (fmt(7, [(1, 2), (2, 3), (3, 4), (4, 2), (5, 6), (6, 7)]), False)))
    cases.append(("random_small_dag", (fmt(30, random_dag(rng, 30, 60)), True)))
    cases.append(("random_medium_dag", (fmt(2000, random_dag(rng, 2000, 8000)), True)))
    cases.append(("no_requirements_max", (fmt(MAX_N, []), True)))
    cases.append(("chain_max", (fmt(MAX_N, chain(rng, MAX_N)), True)))
    cases.append(("big_cycle", (fmt(20000, [(i, i % 20000 + 1) for i in range(1, 20001)]), False)))
    cases.append(("random_dag_max", (fmt(MAX_N, random_dag(rng, MAX_N, MAX_M)), True)))
    cases.append(("deep_dag", (fmt(20000, random_dag(rng, 20000, MAX_M, local=3)), True)))
    cases.append(("dense_small_dag", (fmt(400, random_dag(rng, 400, MAX_M)), True)))
    cases.append(("deep_dag_with_cycle", (fmt(20000, add_back_edge(rng, random_dag(rng, 20000, MAX_M, local=3))), False)))
    cases.append(("random_dag_with_cycle", (fmt(MAX_N, add_back_edge(rng, random_dag(rng, MAX_N, MAX_M))), False)))
    forest = random_dag(rng, 300, 500) + [(a + 300, b + 300) for a, b in chain(rng, 300)]
    rng.shuffle(forest)
    cases.append(("two_components", (fmt(700, forest), True)))
    return cases


# Inputs the input validator must reject (data/invalid_input/, no answers).
INVALID = [
    ("self_loop", "2 1\n1 1\n"),
    ("task_out_of_range", "2 1\n1 3\n"),
    ("too_few_edges", "3 2\n1 2\n"),
    ("n_zero", "0 0\n"),
]


# Outputs the output validator must accept / reject: (name, input, team output).
SAMPLE_DAG, SAMPLE_CYCLE = SAMPLES[0][0], SAMPLES[1][0]
VALID_OUTPUT = [
    ("other_order", SAMPLE_DAG, "4 1 3 2\n"),
    ("one_per_line", SAMPLE_DAG, "1\n4\n3\n2\n"),
    ("impossible_lowercase", SAMPLE_CYCLE, "impossible\n"),
]
INVALID_OUTPUT = [
    ("violates_requirement", SAMPLE_DAG, "1 3 4 2\n"),
    ("duplicate_task", SAMPLE_DAG, "1 4 3 3\n"),
    ("missing_task", SAMPLE_DAG, "1 4 3\n"),
    ("extra_task", SAMPLE_DAG, "1 4 3 2 5\n"),
    ("not_a_number", SAMPLE_DAG, "1 4 x 2\n"),
    ("claims_impossible", SAMPLE_DAG, "IMPOSSIBLE\n"),
    ("order_despite_cycle", SAMPLE_CYCLE, "1 2 3\n"),
    ("text_after_impossible", SAMPLE_CYCLE, "IMPOSSIBLE 1\n"),
    ("empty", SAMPLE_CYCLE, ""),
]


def write_output_cases(group: str, cases: list[tuple[str, str, str]]) -> None:
    """data/valid_output/ and data/invalid_output/: .in, .ans (reference) and .out (team output)."""
    directory = ROOT / "data" / group
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("*.*"):
        if old.suffix in (".in", ".ans", ".out"):
            old.unlink()
    for name, text, team in cases:
        inp = directory / f"{name}.in"
        inp.write_text(text)
        with inp.open("rb") as fin:
            out = subprocess.run(
                [sys.executable, str(REFERENCE)], stdin=fin, capture_output=True, check=True
            ).stdout
        inp.with_suffix(".ans").write_bytes(out)
        inp.with_suffix(".out").write_text(team)


def write_group(group: str, cases: list[tuple[str, tuple[str, bool]]], answers: bool = True) -> None:
    directory = ROOT / "data" / group
    directory.mkdir(parents=True, exist_ok=True)
    for old in [*directory.glob("*.in"), *directory.glob("*.ans")]:
        old.unlink()
    for name, (text, has_order) in cases:
        inp = directory / f"{name}.in"
        inp.write_text(text)
        if not answers:
            continue
        with inp.open("rb") as fin:
            out = subprocess.run(
                [sys.executable, str(REFERENCE)], stdin=fin, capture_output=True, check=True
            ).stdout
        assert (out.strip() != b"IMPOSSIBLE") == has_order, name
        inp.with_suffix(".ans").write_bytes(out)


def main() -> None:
    write_group("sample", [(str(i), c) for i, c in enumerate(SAMPLES, 1)])
    write_group("secret", [(f"{i:02d}_{name}", c) for i, (name, c) in enumerate(secret_cases(), 1)])
    write_group("invalid_input", [(name, (text, True)) for name, text in INVALID], answers=False)
    write_output_cases("valid_output", VALID_OUTPUT)
    write_output_cases("invalid_output", INVALID_OUTPUT)


if __name__ == "__main__":
    main()
