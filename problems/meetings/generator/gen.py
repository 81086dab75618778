#!/usr/bin/env python3
"""Test data for "Booking the Hall".

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/, data/secret/ and data/invalid_input/: the inputs
are built below, every .ans is produced by the reference solution submissions/accepted/meetings.py.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "meetings.py"

MAX_N = 10**5
MAX_T = 10**9
Req = tuple[int, int]


def fmt(reqs: list[Req]) -> str:
    assert 1 <= len(reqs) <= MAX_N and all(0 <= s < e <= MAX_T for s, e in reqs)
    return f"{len(reqs)}\n" + "".join(f"{s} {e}\n" for s, e in reqs)


def random_reqs(rng: random.Random, n: int, horizon: int, max_len: int) -> list[Req]:
    out = []
    for _ in range(n):
        length = rng.randint(1, max_len)
        start = rng.randint(0, horizon - length)
        out.append((start, start + length))
    return out


def touching_chain(rng: random.Random, n: int, step: int) -> list[Req]:
    """n back-to-back requests (all can be accepted), in random order."""
    reqs = [(i * step, (i + 1) * step) for i in range(n)]
    rng.shuffle(reqs)
    return reqs


SAMPLES = [
    fmt([(1, 3), (3, 5), (5, 7), (2, 6), (6, 9)]),
    fmt([(0, 10), (1, 2), (3, 4)]),
]


def secret_cases() -> list[tuple[str, str]]:
    rng = random.Random(60)
    cases: list[tuple[str, str]] = []
    cases.append(("single", fmt([(0, MAX_T)])))
    cases.append(("identical", fmt([(5, 9)] * 1000)))
    cases.append(("nested", fmt([(i, 2000 - i) for i in range(1000)])))
    cases.append(("long_first_then_short", fmt([(0, 100)] + [(2 * i, 2 * i + 1) for i in range(50)])))
    cases.append(("touching_small", fmt([(3, 5), (1, 3), (5, 8), (2, 4), (4, 6), (8, 9)])))
    for k in range(3):
        cases.append((f"random_tiny_{k + 1}", fmt(random_reqs(rng, rng.randint(1, 10), 30, 8))))
    cases.append(("random_medium", fmt(random_reqs(rng, 3000, 10**6, 5000))))
    cases.append(("extreme_times", fmt([(0, 1), (MAX_T - 1, MAX_T), (1, MAX_T - 1), (0, MAX_T)] * 10)))
    cases.append(("touching_chain_max", fmt(touching_chain(rng, MAX_N, 1))))
    cases.append(("random_short_large", fmt(random_reqs(rng, 60000, 10**5, 20))))
    cases.append(("random_long", fmt(random_reqs(rng, 30000, 10**6, 10**5))))
    cases.append(("random_big_times", fmt(random_reqs(rng, 20000, MAX_T, 10**6))))
    common = [(rng.randint(0, 10**5), rng.randint(10**5 + 1, 10**6)) for _ in range(30000)]
    cases.append(("all_share_a_moment", fmt(common)))
    mixed = random_reqs(rng, 15000, 10**6, 3) + random_reqs(rng, 15000, 10**6, 10**6)
    rng.shuffle(mixed)
    cases.append(("mixed_lengths", fmt(mixed)))
    return cases


# Inputs the input validator must reject (data/invalid_input/, no answers).
INVALID = [
    ("empty_interval", "1\n5 5\n"),
    ("reversed_interval", "1\n6 5\n"),
    ("negative_time", "1\n-1 5\n"),
    ("end_too_large", f"1\n0 {MAX_T + 1}\n"),
    ("missing_line", "2\n1 2\n"),
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
