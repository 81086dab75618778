#!/usr/bin/env python3
"""Test data for "Wildcard Match" (function problem isMatch).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (the DP table, cross-checked with Python's fnmatch-style regex on small tests).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


import re

MAX = 2000


def solve(text: str, pattern: str) -> bool:
    row = [True] + [False] * len(pattern)
    for j, p in enumerate(pattern, 1):
        row[j] = row[j - 1] and p == "*"
    for ch in text:
        new = [False] * (len(pattern) + 1)
        for j, p in enumerate(pattern, 1):
            if p == "*":
                new[j] = new[j - 1] or row[j]
            else:
                new[j] = row[j - 1] and (p == "?" or p == ch)
        row = new
    if len(text) <= 30 and len(pattern) <= 30:
        regex = "".join(".*" if p == "*" else "." if p == "?" else p for p in pattern)
        assert (re.fullmatch(regex, text) is not None) == row[-1]
    return row[-1]


SAMPLES = [("abcde", "a*d?"), ("aa", "a"), ("", "***")]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(70070)

    def word(n: int, letters: str = "ab") -> str:
        return "".join(rng.choice(letters) for _ in range(n))

    def pattern_of(text: str) -> str:
        out, i = [], 0
        while i < len(text):
            roll = rng.random()
            if roll < 0.2:
                take = rng.randint(0, 3)
                out.append("*")
                i += take
            elif roll < 0.35:
                out.append("?")
                i += 1
            else:
                out.append(text[i])
                i += 1
        return "".join(out)

    cases: list[tuple[str, tuple]] = [
        ("both_empty", ("", "")),
        ("empty_text_letter", ("", "a")),
        ("empty_pattern", ("a", "")),
        ("star_only", ("abc", "*")),
        ("question_count", ("abc", "???")),
        ("question_too_many", ("ab", "???")),
        ("star_needs_suffix", ("abc", "*d")),
        ("greedy_trap", ("aaab", "*a*b")),
        ("star_then_question", ("ab", "*?*?*")),
    ]
    for t in range(7):
        text = word(rng.randint(0, 12))
        pattern = pattern_of(text) if t % 2 == 0 else word(rng.randint(0, 6), "ab?*")
        cases.append((f"small_random_{t + 1}", (text, pattern)))
    cases.append(("star_heavy_500", ("a" * 500, "*a" * 100 + "*b")))
    # The largest sizes.
    cases.append(("max_backtracking_killer", ("a" * MAX, "*a" * 999 + "*b")))
    cases.append(("max_backtracking_match", ("a" * (MAX - 1) + "b", "*a" * 999 + "*b")))
    cases.append(("max_no_stars", (word(MAX), "?" * MAX)))
    long_text = word(MAX, "abc")
    cases.append(("max_generated_match", (long_text, pattern_of(long_text)[:MAX])))
    cases.append(("max_generated_miss", (long_text[:-1] + "z", pattern_of(long_text)[:MAX])))
    cases.append(("max_all_stars", (word(MAX), "*" * MAX)))
    cases.append(("max_one_letter_off", ("a" * MAX, "a" * (MAX - 1) + "b")))
    cases.append(("max_alternating", ("ab" * (MAX // 2), "*b" * (MAX // 2))))
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
