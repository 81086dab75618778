#!/usr/bin/env python3
"""Test data for "Bracket Depth".

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/, data/secret/ and data/invalid_input/: the inputs
are built below, every .ans is produced by the reference solution submissions/accepted/bracketdepth.py.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "bracketdepth.py"

MAX_N = 10**6
OPEN = "([{"
CLOSE = {"(": ")", "[": "]", "{": "}"}


def balanced(rng: random.Random, n: int, p_open: float = 0.5) -> str:
    """A random balanced string of even length n; p_open biases towards deeper nesting."""
    out: list[str] = []
    stack: list[str] = []
    for remaining in range(n, 0, -1):
        if stack and (len(stack) == remaining or rng.random() >= p_open):
            out.append(CLOSE[stack.pop()])
        else:
            c = rng.choice(OPEN)
            stack.append(c)
            out.append(c)
    return "".join(out)


def nested(depth: int, kinds: str = OPEN) -> str:
    opens = [kinds[i % len(kinds)] for i in range(depth)]
    return "".join(opens) + "".join(CLOSE[c] for c in reversed(opens))


def swap_type(s: str, pos: int) -> str:
    """Change the type of the bracket at pos (keeps its direction), which unbalances s."""
    c = s[pos]
    pool = "([{" if c in "([{" else ")]}"
    other = pool[(pool.index(c) + 1) % 3]
    return s[:pos] + other + s[pos + 1 :]


def line(s: str) -> str:
    return s + "\n"


SAMPLES = [line("([]{})"), line("([)]"), line("{()}[[()]]")]


def secret_cases() -> list[tuple[str, str]]:
    rng = random.Random(1234)
    cases: list[tuple[str, str]] = []
    for name, s in [
        ("single_open", "("), ("single_close", "}"), ("one_pair", "[]"),
        ("reversed_pair", ")("), ("unclosed", "(()"), ("extra_close", "())("),
        ("crossed", "{[}]"), ("wrong_type_at_end", nested(6)[:-1] + ")"),
    ]:
        cases.append((name, line(s)))
    cases.append(("random_small", line(balanced(rng, 40))))
    cases.append(("random_medium_deep", line(balanced(rng, 5000, 0.7))))
    cases.append(("nested_max", line(nested(MAX_N // 2))))
    cases.append(("flat_max", line("()[]{}" * 50000)))
    cases.append(("random_large", line(balanced(rng, 300000))))
    cases.append(("random_max_deep", line(balanced(rng, MAX_N, 0.65))))
    s = balanced(rng, MAX_N, 0.55)
    cases.append(("type_mismatch_max", line(swap_type(s, max(i for i, c in enumerate(s) if c in ")]}")))))
    cases.append(("unclosed_large", line(balanced(rng, 200000) + "[")))
    cases.append(("nested_wrong_type_large", line(nested(100000, "(")[:-1] + "]")))
    cases.append(("odd_length", line(balanced(rng, 1000) + ")")))
    return cases


# Inputs the input validator must reject (data/invalid_input/, no answers).
INVALID = [
    ("empty", "\n"),
    ("other_character", "(a)\n"),
    ("space", "( )\n"),
    ("two_lines", "()\n()\n"),
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
