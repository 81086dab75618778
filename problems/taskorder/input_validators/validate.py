#!/usr/bin/env python3
"""Input validator for "Task Order": exit 42 if stdin is a valid input, 43 otherwise."""

import re
import sys

PAIR = re.compile(r"([1-9][0-9]*) ([1-9][0-9]*)")


def fail(msg: str) -> None:
    print(msg)
    sys.exit(43)


def main() -> None:
    text = sys.stdin.buffer.read().decode("ascii", errors="replace")
    if not text.endswith("\n"):
        fail("input must end with a newline")
    lines = text[:-1].split("\n")
    m0 = re.fullmatch(r"([1-9][0-9]*) (0|[1-9][0-9]*)", lines[0])
    if not m0:
        fail("first line must be 'n m'")
    n, m = int(m0[1]), int(m0[2])
    if not (1 <= n <= 5 * 10**4 and 0 <= m <= 5 * 10**4):
        fail("n or m out of range")
    if len(lines) != m + 1:
        fail(f"expected {m} requirement lines, got {len(lines) - 1}")
    for i, line in enumerate(lines[1:], 1):
        p = PAIR.fullmatch(line)
        if not p:
            fail(f"requirement {i}: expected 'a b'")
        a, b = int(p[1]), int(p[2])
        if not (a <= n and b <= n and a != b):
            fail(f"requirement {i}: need 1 <= a, b <= n and a != b")
    sys.exit(42)


main()
