#!/usr/bin/env python3
"""Input validator for "Bracket Depth": exit 42 if stdin is a valid input, 43 otherwise."""

import re
import sys


def main() -> None:
    text = sys.stdin.buffer.read().decode("ascii", errors="replace")
    if not re.fullmatch(r"[()\[\]{}]{1,1000000}\n", text):
        print("expected one line of 1 to 10^6 bracket characters")
        sys.exit(43)
    sys.exit(42)


main()
