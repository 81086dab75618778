#!/usr/bin/env python3
"""Input validator for "Rolling Cipher": exit 42 if stdin is a valid input, 43 otherwise."""

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
    if len(lines) != 2:
        fail(f"expected 2 lines, got {len(lines)}")
    if not re.fullmatch(r"0|[1-9][0-9]*", lines[0]) or int(lines[0]) > 10**9:
        fail(f"bad key {lines[0][:40]!r}")
    if not re.fullmatch(r"[a-z]{1,1000000}", lines[1]):
        fail("message must be 1 to 10^6 lowercase letters")
    sys.exit(42)


main()
