#!/usr/bin/env python3
"""Test data for "First Repeat" (function problem firstRepeated).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here
from the first and second occurrence of each character, independently of the submissions.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_N = 10**6
PRINTABLE = "".join(chr(c) for c in range(32, 127))


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def solve(s: str) -> str:
    first: dict[str, int] = {}
    repeated: set[str] = set()
    for i, ch in enumerate(s):
        if ch in first:
            repeated.add(ch)
        else:
            first[ch] = i
    assert repeated, "some character must repeat"
    return min(repeated, key=first.__getitem__)


def second_seen_first(s: str) -> str:
    """The character that is the first to be seen twice (a different question)."""
    seen = set()
    for ch in s:
        if ch in seen:
            return ch
        seen.add(ch)
    raise ValueError


def unique_prefix_then(rng: random.Random, n: int, unique: int) -> str:
    """`unique` distinct characters that never repeat, then x y y x and x/y to length n:
    the answer is x, while y is the first character seen twice."""
    chars = list(PRINTABLE.replace('"', "").replace("\\", ""))
    rng.shuffle(chars)
    prefix, (x, y) = chars[:unique], chars[unique:unique + 2]
    body = [x, y, y, x] + [rng.choice((x, y)) for _ in range(n - unique - 4)]
    return "".join(prefix + body)


def random_text(rng: random.Random, n: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


SAMPLES = [("planet earth",), ("Go, go!",), ("a + b = b + a",)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(20250621)
    cases: list[tuple[str, tuple]] = [
        ("two_same", ("zz",)),
        ("two_spaces", ("  ",)),
        ("quotes", ('a"b"',)),
        ("backslashes", ("\\x\\",)),
        ("abba", ("abba",)),
        ("case_differs", ("aAbBcCa",)),
        ("digits", ("3141592653",)),
        ("repeat_at_the_end", (PRINTABLE + "~",)),
        ("first_and_last", (PRINTABLE[::-1] + PRINTABLE[-1],)),
        ("space_first", (" hello world",)),
    ]
    for k in range(4):
        cases.append((f"small_random_{k + 1}", (random_text(rng, rng.randint(5, 30), "abcdefghij!? "),)))
    cases.append(("random_1000", (random_text(rng, 1000, PRINTABLE),)))
    cases.append(("unique_prefix_1000", (unique_prefix_then(rng, 1000, 90),)))
    cases.append(("random_100000_letters", (random_text(rng, 10**5, "abcdefghijklmnopqrstuvwxyz"),)))
    # The largest size.
    cases.append(("max_unique_prefix", (unique_prefix_then(rng, MAX_N, 91),)))
    cases.append(("two_letters_100000", (unique_prefix_then(rng, 10**5, 0),)))
    cases.append(("long_unique_prefix_100000", (unique_prefix_then(rng, 10**5, 80),)))
    differing = sum(solve(s) != second_seen_first(s) for _, (s,) in cases)
    assert differing >= 5, "tests where the two readings of the question differ"
    # More small random cases, from their own generator (the tests above stay as they were).
    extra = random.Random(21564)
    for k in range(6):
        cases.append((f"extra_random_{k + 1}", (random_text(extra, extra.randint(5, 30), "abcdefghij!? "),)))
    return cases


def write_group(group: str, cases: list[tuple[str, tuple]]) -> None:
    directory = ROOT / "data" / group
    directory.mkdir(parents=True, exist_ok=True)
    for old in [*directory.glob("*.in"), *directory.glob("*.ans")]:
        old.unlink()
    for name, args in cases:
        assert 2 <= len(args[0]) <= MAX_N, name
        (directory / f"{name}.in").write_text("".join(dump(a) + "\n" for a in args))
        (directory / f"{name}.ans").write_text(dump(solve(*args)) + "\n")


def main() -> None:
    write_group("sample", [(str(i), args) for i, args in enumerate(SAMPLES, 1)])
    write_group("secret", [(f"{i:02d}_{name}", args) for i, (name, args) in enumerate(secret_cases(), 1)])


if __name__ == "__main__":
    main()
