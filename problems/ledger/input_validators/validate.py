#!/usr/bin/env python3
"""Input validator for "Ledger": exit 42 if stdin is a valid input, 43 otherwise."""

import re
import sys

UPDATE = re.compile(r"\+ ([1-9][0-9]*) (0|-?[1-9][0-9]*)")
QUESTION = re.compile(r"\? ([1-9][0-9]*) ([1-9][0-9]*)")


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
    if not (n <= 10**6 and q <= 10**5):
        fail("n or q out of range")
    if len(lines) != q + 1:
        fail(f"expected {q} operations, got {len(lines) - 1} lines")
    questions = 0
    for k, line in enumerate(lines[1:], 1):
        if m := UPDATE.fullmatch(line):
            if int(m[1]) > n or abs(int(m[2])) > 10**9:
                fail(f"operation {k}: value out of range")
        elif m := QUESTION.fullmatch(line):
            if not int(m[1]) <= int(m[2]) <= n:
                fail(f"operation {k}: need 1 <= l <= r <= n")
            questions += 1
        else:
            fail(f"operation {k}: malformed")
    if not questions:
        fail("no question")
    sys.exit(42)


main()
