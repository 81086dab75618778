#!/usr/bin/env python3
"""Input validator for "Booking the Hall": exit 42 if stdin is a valid input, 43 otherwise."""

import re
import sys

LINE = re.compile(r"(0|[1-9][0-9]*) (0|[1-9][0-9]*)")


def fail(msg: str) -> None:
    print(msg)
    sys.exit(43)


def main() -> None:
    text = sys.stdin.buffer.read().decode("ascii", errors="replace")
    if not text.endswith("\n"):
        fail("input must end with a newline")
    lines = text[:-1].split("\n")
    if not re.fullmatch(r"[1-9][0-9]*", lines[0]) or int(lines[0]) > 10**5:
        fail("first line must be n with 1 <= n <= 10^5")
    n = int(lines[0])
    if len(lines) != n + 1:
        fail(f"expected {n} requests, got {len(lines) - 1} lines")
    for i, line in enumerate(lines[1:], 1):
        m = LINE.fullmatch(line)
        if not m:
            fail(f"request {i}: expected two non-negative integers")
        s, e = int(m[1]), int(m[2])
        if not s < e <= 10**9:
            fail(f"request {i}: need 0 <= s < e <= 10^9")
    sys.exit(42)


main()
