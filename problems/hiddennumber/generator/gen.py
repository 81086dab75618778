#!/usr/bin/env python3
"""Test data for "Hidden Number" (interactive).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/, data/secret/ and data/invalid_input/. Each .in
is read only by output_validator/validator.py: line 1 is n, line 2 is "fixed X" or
"adaptive SEED". The .ans files are empty (the validator decides on its own). Samples also get an
.interaction transcript (lines "<" from the judge, ">" from the submission) of the reference
strategy, plus .in.download / .ans.download for the download link.
"""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

MAX_N = 10**9


def fixed(n: int, x: int) -> str:
    assert 1 <= x <= n <= MAX_N
    return f"{n}\nfixed {x}\n"


def adaptive(n: int, seed: int) -> str:
    assert 1 <= n <= MAX_N
    return f"{n}\nadaptive {seed}\n"


def transcript(n: int, x: int) -> str:
    """The interaction of the reference binary search against a fixed secret."""
    lines = [f"<{n}"]
    lo, hi = 1, n
    while lo < hi:
        mid = (lo + hi) // 2
        reply = "less" if x < mid else "greater" if x > mid else "equal"
        lines += [f">? {mid}", f"<{reply}"]
        if reply == "equal":
            lo = hi = mid
        elif reply == "less":
            hi = mid - 1
        else:
            lo = mid + 1
    lines.append(f">! {lo}")
    return "\n".join(lines) + "\n"


SAMPLES = [(10, 7), (1, 1)]


def secret_cases() -> list[tuple[str, str]]:
    rng = random.Random(1000000007)
    cases: list[tuple[str, str]] = []
    cases.append(("n1", fixed(1, 1)))
    cases.append(("n2_low", fixed(2, 1)))
    cases.append(("n2_high", fixed(2, 2)))
    cases.append(("n3_adaptive", adaptive(3, 1)))
    cases.append(("small_adaptive", adaptive(1000, 2)))
    cases.append(("max_lowest", fixed(MAX_N, 1)))
    cases.append(("max_highest", fixed(MAX_N, MAX_N)))
    cases.append(("max_middle", fixed(MAX_N, MAX_N // 2)))
    cases.append(("max_deep", fixed(MAX_N, 999999998)))  # needs the full 30 questions
    for k in range(3):
        cases.append((f"max_random_{k + 1}", fixed(MAX_N, rng.randint(1, MAX_N))))
    for k in range(3):
        n = rng.randint(2, MAX_N)
        cases.append((f"random_n_{k + 1}", fixed(n, rng.randint(1, n))))
    cases.append(("power_of_two", fixed(2**29, 2**29)))
    cases.append(("max_adaptive_1", adaptive(MAX_N, 3)))
    cases.append(("max_adaptive_2", adaptive(MAX_N, 4)))
    cases.append(("odd_adaptive", adaptive(2**29 - 1, 5)))
    cases.append(("power_of_two_adaptive", adaptive(2**29, 6)))
    return cases


# Inputs the input validator must reject (data/invalid_input/).
INVALID = [
    ("secret_too_large", "10\nfixed 11\n"),
    ("n_too_large", f"{MAX_N + 1}\nadaptive 1\n"),
    ("unknown_mode", "10\nrandom 3\n"),
    ("missing_mode", "10\n"),
]


def reset(group: str) -> Path:
    directory = ROOT / "data" / group
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.iterdir():
        if old.name.endswith((".in", ".ans", ".interaction", ".download")):
            old.unlink()
    return directory


def main() -> None:
    sample = reset("sample")
    for i, (n, x) in enumerate(SAMPLES, 1):
        (sample / f"{i}.in").write_text(fixed(n, x))
        (sample / f"{i}.ans").write_text("")
        (sample / f"{i}.in.download").write_text(fixed(n, x))
        (sample / f"{i}.ans.download").write_text("")
        (sample / f"{i}.interaction").write_text(transcript(n, x))
    secret = reset("secret")
    for i, (name, text) in enumerate(secret_cases(), 1):
        (secret / f"{i:02d}_{name}.in").write_text(text)
        (secret / f"{i:02d}_{name}.ans").write_text("")
    invalid = reset("invalid_input")
    for name, text in INVALID:
        (invalid / f"{name}.in").write_text(text)


if __name__ == "__main__":
    main()
