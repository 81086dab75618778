#!/usr/bin/env python3
"""Test data for "Bracket Check" (function problem isBalanced).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (by repeated removal of adjacent pairs on small tests, by a stack elsewhere).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


MAX_N = 10**6
PAIRS = {")": "(", "]": "[", "}": "{"}


def brute(s: str) -> bool:
    while True:
        t = s.replace("()", "").replace("[]", "").replace("{}", "")
        if t == s:
            return not s
        s = t


def solve(s: str) -> bool:
    stack = []
    ok = True
    for c in s:
        if c in "([{":
            stack.append(c)
        elif not stack or stack.pop() != PAIRS[c]:
            ok = False
            break
    ok = ok and not stack
    if len(s) <= 2000:
        assert ok == brute(s)
    return ok


def balanced(rng: random.Random, n: int) -> str:
    out, stack = [], []
    while len(out) + len(stack) < n:
        if stack and (rng.random() < 0.5 or len(out) + len(stack) + 2 > n):
            out.append(")]}"["([{".index(stack.pop())])
        else:
            c = rng.choice("([{")
            stack.append(c)
            out.append(c)
    while stack:
        out.append(")]}"["([{".index(stack.pop())])
    return "".join(out)


SAMPLES = [("{[]()}",), ("([)]",), ("((",)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(16016)
    deep = "(" * (MAX_N // 2) + ")" * (MAX_N // 2)
    cases: list[tuple[str, tuple]] = [
        ("empty", ("",)),
        ("single_open", ("[",)),
        ("single_close", ("}",)),
        ("closes_first", (")(",)),
        ("wrong_kind", ("(]",)),
        ("interleaved", ("{(})",)),
        ("nested_mixed", ("{[()()]}[]",)),
        ("extra_close", ("()())",)),
        ("extra_open", ("(()",)),
    ]
    for t in range(6):
        s = balanced(rng, 2 * rng.randint(1, 15))
        if t % 2:
            i = rng.randrange(len(s))
            s = s[:i] + rng.choice("()[]{}") + s[i + 1 :]
        cases.append((f"small_random_{t + 1}", (s,)))
    cases.append(("balanced_2000", (balanced(rng, 2000),)))
    # The largest sizes.
    cases.append(("max_deep", (deep,)))
    cases.append(("max_deep_last_wrong", (deep[:-1] + "]",)))
    cases.append(("max_flat", ("()" * (MAX_N // 2),)))
    big = balanced(rng, MAX_N)
    cases.append(("max_random_balanced", (big,)))
    cases.append(("max_random_one_swap", (big[: MAX_N // 2] + big[MAX_N // 2 + 1 : MAX_N // 2 + 2] + big[MAX_N // 2] + big[MAX_N // 2 + 2 :],)))
    cases.append(("max_counts_match", ("([" * (MAX_N // 4) + ")]" * (MAX_N // 4),)))
    cases.append(("max_all_open", ("{" * MAX_N,)))
    cases.append(("max_early_close", ("]" + "()" * (MAX_N // 2 - 1) + "[",)))
    cases.append(("max_odd_length", ("()" * (MAX_N // 2 - 1) + "(",)))
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
