#!/usr/bin/env python3
"""Test data for "Ledger".

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/, data/secret/ and data/invalid_input/: the inputs
are built below, every .ans is produced by the reference solution submissions/accepted/ledger.py.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "ledger.py"

MAX_N = 10**6
MAX_Q = 10**5
MAX_V = 10**9
Op = tuple[str, int, int]


def fmt(n: int, ops: list[Op]) -> str:
    assert 1 <= n <= MAX_N and 1 <= len(ops) <= MAX_Q and any(op == "?" for op, _, _ in ops)
    for op, a, b in ops:
        assert (op == "+" and 1 <= a <= n and abs(b) <= MAX_V) or (op == "?" and 1 <= a <= b <= n)
    return f"{n} {len(ops)}\n" + "".join(f"{op} {a} {b}\n" for op, a, b in ops)


def random_ops(
    rng: random.Random, n: int, q: int, vmax: int, p_query: float = 0.5, full: float = 0.0
) -> list[Op]:
    """Random operations; `full` is the share of questions about the whole ledger."""
    ops: list[Op] = []
    for _ in range(q):
        if rng.random() < p_query:
            if rng.random() < full:
                ops.append(("?", 1, n))
            else:
                l, r = sorted((rng.randint(1, n), rng.randint(1, n)))
                ops.append(("?", l, r))
        else:
            ops.append(("+", rng.randint(1, n), rng.randint(-vmax, vmax)))
    if all(op == "+" for op, _, _ in ops):
        ops[-1] = ("?", 1, n)
    return ops


SAMPLES = [
    fmt(5, [("+", 2, 7), ("+", 4, -3), ("?", 1, 5), ("?", 3, 5), ("+", 3, 10), ("?", 2, 3), ("?", 5, 5)]),
]


def secret_cases() -> list[tuple[str, str]]:
    rng = random.Random(65536)
    cases: list[tuple[str, str]] = []
    cases.append(("single_account", fmt(1, [("?", 1, 1), ("+", 1, -MAX_V), ("?", 1, 1)])))
    cases.append(("only_questions", fmt(10, [("?", 1, 10), ("?", 3, 3), ("?", 10, 10)])))
    cases.append(("ends_of_ledger", fmt(MAX_N, [("+", 1, 5), ("+", MAX_N, 7), ("?", 1, 1), ("?", MAX_N, MAX_N), ("?", 1, MAX_N), ("?", 2, MAX_N - 1)])))
    cases.append(("left_end_counts", fmt(8, [("+", i, i) for i in range(1, 9)] + [("?", l, r) for l in range(1, 9) for r in range(l, 9)])))
    big = [("+", rng.randint(1, 100), MAX_V) for _ in range(50)] + [("?", 1, 100)]
    big += [("+", rng.randint(1, 100), -MAX_V) for _ in range(120)] + [("?", 1, 100), ("?", 1, 50), ("?", 51, 100)]
    cases.append(("overflow", fmt(100, big)))
    for k in range(3):
        n = rng.randint(1, 20)
        cases.append((f"random_tiny_{k + 1}", fmt(n, random_ops(rng, n, rng.randint(1, 30), 10))))
    cases.append(("random_small_n", fmt(1000, random_ops(rng, 1000, 10000, MAX_V))))
    cases.append(("random_big_values", fmt(MAX_N, random_ops(rng, MAX_N, 15000, MAX_V))))
    cases.append(("accumulate_one_account", fmt(MAX_N, [("+", 777777, MAX_V)] * 5000 + [("?", 1, MAX_N), ("?", 777777, 777777), ("?", 777778, MAX_N)])))
    cases.append(("mostly_updates", fmt(MAX_N, random_ops(rng, MAX_N, 15000, 1000, p_query=0.05))))
    cases.append(("random_max", fmt(MAX_N, random_ops(rng, MAX_N, MAX_Q, 1000))))
    cases.append(("full_range_questions_max", fmt(MAX_N, random_ops(rng, MAX_N, MAX_Q, 1000, full=0.9))))
    return cases


# Inputs the input validator must reject (data/invalid_input/, no answers).
INVALID = [
    ("no_question", "3 1\n+ 1 5\n"),
    ("reversed_range", "3 1\n? 3 1\n"),
    ("account_out_of_range", "3 2\n+ 4 1\n? 1 3\n"),
    ("unknown_operation", "3 1\n* 1 2\n"),
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
