#!/usr/bin/env python3
"""Test data for "Mirror Phrase" (function problem isMirrorPhrase).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here
with a regular expression, independently of the submissions.
"""

from __future__ import annotations

import json
import random
import re
import string
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_N = 5 * 10**5
PRINTABLE = "".join(chr(c) for c in range(32, 127))
NOISE = "".join(ch for ch in PRINTABLE if not ch.isalnum())
ALNUM = string.ascii_letters + string.digits


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def solve(s: str) -> bool:
    kept = re.sub(r"[^0-9a-z]", "", s.lower())
    return kept == kept[::-1]


def noisy_palindrome(rng: random.Random, n: int, noise: float, alphabet: str = ALNUM) -> str:
    """About n characters: a palindrome of alphanumerics, random case, with noise inserted."""
    half = [rng.choice(alphabet).lower() for _ in range(n // 2)]
    core = half + ([rng.choice(alphabet).lower()] if n % 2 else []) + half[::-1]
    out = []
    for ch in core:
        out.append(ch.upper() if rng.random() < 0.5 else ch)
        while rng.random() < noise:
            out.append(rng.choice(NOISE))
    return "".join(out)


def break_at(s: str, position: int) -> str:
    """Changes the alphanumeric at `position` (of the alphanumerics) to a different one."""
    seen = 0
    for i, ch in enumerate(s):
        if ch.isalnum():
            if seen == position:
                new = "x" if ch.lower() != "x" else "y"
                return s[:i] + new + s[i + 1:]
            seen += 1
    raise ValueError("position beyond the alphanumerics")


SAMPLES = [("Step on no pets!",), ("Route 66, or 6 routes?",), ("?! ..",)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(20250620)
    cases: list[tuple[str, tuple]] = [
        ("single_letter", ("Q",)),
        ("single_space", (" ",)),
        ("single_symbol", ("~",)),
        ("two_cases", ("aA",)),
        ("two_letters", ("ab",)),
        ("digits_break", ("ab1ba2",)),
        ("digits_mirror", ("1a2, 2A1",)),
        ("digit_vs_letter", ("0p",)),
        ("quotes_and_backslashes", ('"\\a\\"b\' \'B"a\\',)),
        ("all_symbols", (NOISE * 3,)),
        ("near_miss_middle", ("Was it a car or a cat I sat?",)),
        ("case_only", ("Never odd or even",)),
    ]
    for k in range(3):
        cases.append((f"small_palindrome_{k + 1}", (noisy_palindrome(rng, rng.randint(2, 30), 0.4),)))
    cases.append(("small_broken", (break_at(noisy_palindrome(rng, 21, 0.3, string.ascii_letters), 3),)))
    cases.append(("random_text_1000", ("".join(rng.choice(PRINTABLE) for _ in range(1000)),)))
    # The largest size.
    big = noisy_palindrome(rng, MAX_N - 2000, 0.002)
    cases.append(("max_palindrome", (big,)))
    cases.append(("max_broken_center", (break_at(big, (MAX_N - 2000) // 2 - 1),)))
    cases.append(("broken_end_100000", (break_at(noisy_palindrome(rng, 10**5, 0.002), 0),)))
    cases.append(("digits_only_50000", (noisy_palindrome(rng, 50000, 0.0, string.digits),)))
    letters = noisy_palindrome(rng, 50000, 0.0, string.ascii_letters)
    cases.append(("letters_digits_between_100000", ("".join(ch + str(i % 10) for i, ch in enumerate(letters)),)))
    # More small random cases, from their own generator (the tests above stay as they were).
    extra = random.Random(37780)
    for k in range(4):
        cases.append((f"extra_random_{k + 1}", (noisy_palindrome(extra, extra.randint(2, 30), 0.4),)))
    return cases


def write_group(group: str, cases: list[tuple[str, tuple]]) -> None:
    directory = ROOT / "data" / group
    directory.mkdir(parents=True, exist_ok=True)
    for old in [*directory.glob("*.in"), *directory.glob("*.ans")]:
        old.unlink()
    for name, args in cases:
        assert 1 <= len(args[0]) <= MAX_N, name
        (directory / f"{name}.in").write_text("".join(dump(a) + "\n" for a in args))
        (directory / f"{name}.ans").write_text(dump(solve(*args)) + "\n")


def main() -> None:
    write_group("sample", [(str(i), args) for i, args in enumerate(SAMPLES, 1)])
    write_group("secret", [(f"{i:02d}_{name}", args) for i, (name, args) in enumerate(secret_cases(), 1)])


if __name__ == "__main__":
    main()
