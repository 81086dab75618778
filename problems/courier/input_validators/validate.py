#!/usr/bin/env python3
"""Input validator for "Courier Route": exit 42 if stdin is a valid input, 43 otherwise."""

import re
import sys

STREET = re.compile(r"([1-9][0-9]*) ([1-9][0-9]*) ([1-9][0-9]*)")


def fail(msg: str) -> None:
    print(msg)
    sys.exit(43)


def main() -> None:
    text = sys.stdin.buffer.read().decode("ascii", errors="replace")
    if not text.endswith("\n"):
        fail("input must end with a newline")
    lines = text[:-1].split("\n")
    first = re.fullmatch(r"([1-9][0-9]*) (0|[1-9][0-9]*)", lines[0])
    if not first:
        fail("first line must be 'n m'")
    n, m = int(first[1]), int(first[2])
    if not (n <= 10**5 and m <= 10**5):
        fail("n or m out of range")
    if len(lines) != m + 1:
        fail(f"expected {m} street lines, got {len(lines) - 1}")
    for i, line in enumerate(lines[1:], 1):
        s = STREET.fullmatch(line)
        if not s:
            fail(f"street {i}: expected 'u v w' with positive integers")
        if int(s[1]) > n or int(s[2]) > n or int(s[3]) > 10**9:
            fail(f"street {i}: value out of range")
    sys.exit(42)


main()
