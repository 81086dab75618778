#!/usr/bin/env python3
"""Input validator for "Maze Runner": exit 42 if stdin is a valid input, 43 otherwise."""

import re
import sys


def fail(msg: str) -> None:
    print(msg)
    sys.exit(43)


def main() -> None:
    text = sys.stdin.buffer.read().decode("ascii", errors="replace")
    if not text.endswith("\n"):
        fail("input must end with a newline")
    lines = text[:-1].split("\n")
    m = re.fullmatch(r"([1-9][0-9]*) ([1-9][0-9]*)", lines[0])
    if not m:
        fail("first line must be 'R C'")
    r, c = int(m[1]), int(m[2])
    if not (1 <= r <= 1000 and 1 <= c <= 1000 and r * c >= 2):
        fail("R, C out of range")
    if len(lines) != r + 1:
        fail(f"expected {r} grid rows, got {len(lines) - 1}")
    row_re = re.compile(rf"[.#SE]{{{c}}}")
    for i, row in enumerate(lines[1:], 1):
        if not row_re.fullmatch(row):
            fail(f"row {i} must be exactly {c} characters from '.#SE'")
    body = "".join(lines[1:])
    if body.count("S") != 1 or body.count("E") != 1:
        fail("need exactly one S and one E")
    sys.exit(42)


main()
