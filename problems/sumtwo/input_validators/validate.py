#!/usr/bin/env python3
"""Input validator for "Sum of Two": exit 42 if stdin is a valid input, 43 otherwise."""

import re
import sys

INT = re.compile(r"(0|-?[1-9][0-9]*)")


def fail(msg: str) -> None:
    print(msg)
    sys.exit(43)


def ints(line: str, count: int, lo: int, hi: int) -> list[int]:
    tokens = line.split(" ")
    if len(tokens) != count or not all(INT.fullmatch(t) for t in tokens):
        fail(f"expected {count} integers separated by single spaces, got {line[:60]!r}")
    values = [int(t) for t in tokens]
    if not all(lo <= v <= hi for v in values):
        fail(f"value out of range [{lo}, {hi}] in {line[:60]!r}")
    return values


def main() -> None:
    text = sys.stdin.buffer.read().decode("ascii", errors="replace")
    if not text.endswith("\n"):
        fail("input must end with a newline")
    lines = text[:-1].split("\n")
    (t,) = ints(lines[0], 1, 1, 10**4)
    if len(lines) != t + 1:
        fail(f"expected {t + 1} lines, got {len(lines)}")
    for line in lines[1:]:
        ints(line, 2, -(10**18), 10**18)
    sys.exit(42)


main()
