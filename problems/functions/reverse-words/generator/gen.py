#!/usr/bin/env python3
"""Test data for "Reverse the Words" (function problem reverseWords).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (by splitting).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


import string

MAX_N = 10**6
MID_N = 2 * 10**5
WORD_CHARS = string.ascii_letters + string.digits + string.punctuation


def solve(text: str) -> str:
    return " ".join(reversed(text.split()))


SAMPLES = [("the sky is blue",), ("  hello world  ",), ("a good   example",)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(84084)

    def words(count: int, longest: int) -> list[str]:
        return ["".join(rng.choice(WORD_CHARS) for _ in range(rng.randint(1, longest))) for _ in range(count)]

    cases: list[tuple[str, tuple]] = [
        ("one_letter", ("x",)),
        ("one_word_spaces", ("   word   ",)),
        ("punctuation", ("hi! ok? \"quoted\" back\\slash",)),
        ("two_words", ("ab cd",)),
        ("digits", ("1 22 333",)),
    ]
    for t in range(10):
        ws = words(rng.randint(1, 8), 5)
        gaps = [" " * rng.randint(1, 3) for _ in ws]
        cases.append((f"small_random_{t + 1}", (" " * rng.randint(0, 2) + "".join(w + g for w, g in zip(ws, gaps)),)))
    # The largest sizes.
    cases.append(("max_one_letter_words", (" ".join("a" for _ in range(MAX_N // 2)),)))
    cases.append(("one_word_200000", ("z" * MID_N,)))
    cases.append(("spaces_around_200000", (" " * (MID_N // 2 - 1) + "w" + " " * (MID_N // 2),)))
    big = " ".join(words(150000, 8))[:MAX_N].strip()
    cases.append(("max_random_words", (big,)))
    cases.append(("wide_gaps_200000", ("   ".join(words(40000, 3))[:MID_N].strip(),)))
    cases.append(("two_words_200000", ("a" * (MID_N // 2 - 1) + " " + "b" * (MID_N // 2),)))
    cases.append(("numbers_200000", (" ".join(str(i) for i in range(40000))[:MID_N].strip(),)))
    cases.append(("max_mixed_spacing", ("".join(w + " " * rng.randint(1, 4) for w in words(250000, 4))[:MAX_N],)))
    cases.append(("punctuation_200000", (" ".join(rng.choice(string.punctuation) for _ in range(MID_N // 2)),)))
    cases.append(("palindromic_words_200000", (" ".join(["level", "noon", "a"] * 16000)[:MID_N].strip(),)))
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
