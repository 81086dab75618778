#!/usr/bin/env python3
"""Input validator for "Hidden Number" (the validator's input): exit 42 if valid, 43 otherwise.

Line 1: n (1 <= n <= 10^9). Line 2: "fixed X" with 1 <= X <= n, or "adaptive SEED" with
0 <= SEED <= 10^9.
"""

import re
import sys


def main() -> None:
    text = sys.stdin.buffer.read().decode("ascii", errors="replace")
    m = re.fullmatch(r"([1-9][0-9]*)\n(fixed|adaptive) (0|[1-9][0-9]*)\n", text)
    if not m:
        print("expected 'n' and 'fixed X' or 'adaptive SEED'")
        sys.exit(43)
    n, mode, value = int(m[1]), m[2], int(m[3])
    if not 1 <= n <= 10**9:
        print("n out of range")
        sys.exit(43)
    if mode == "fixed" and not 1 <= value <= n:
        print("secret out of range")
        sys.exit(43)
    if mode == "adaptive" and value > 10**9:
        print("seed out of range")
        sys.exit(43)
    sys.exit(42)


main()
