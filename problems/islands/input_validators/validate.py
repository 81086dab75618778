#!/usr/bin/env python3
"""Input validator for "Island Bridges": exit 42 if stdin is a valid input, 43 otherwise."""

import re
import sys

PAIR = re.compile(r"([BQ]) ([1-9][0-9]*) ([1-9][0-9]*)")
SINGLE = re.compile(r"S ([1-9][0-9]*)")


def fail(msg: str) -> None:
    print(msg)
    sys.exit(43)


def main() -> None:
    text = sys.stdin.buffer.read().decode("ascii", errors="replace")
    if not text.endswith("\n"):
        fail("input must end with a newline")
    lines = text[:-1].split("\n")
    first = re.fullmatch(r"([1-9][0-9]*) ([1-9][0-9]*)", lines[0])
    if not first:
        fail("first line must be 'n q'")
    n, q = int(first[1]), int(first[2])
    if not (n <= 10**5 and q <= 10**5):
        fail("n or q out of range")
    if len(lines) != q + 1:
        fail(f"expected {q} events, got {len(lines) - 1} lines")
    questions = 0
    for k, line in enumerate(lines[1:], 1):
        if m := PAIR.fullmatch(line):
            u, v = int(m[2]), int(m[3])
            if u > n or v > n or (m[1] == "B" and u == v):
                fail(f"event {k}: bad islands")
            questions += m[1] == "Q"
        elif m := SINGLE.fullmatch(line):
            if int(m[1]) > n:
                fail(f"event {k}: island out of range")
            questions += 1
        else:
            fail(f"event {k}: malformed")
    if not questions:
        fail("no question")
    sys.exit(42)


main()
