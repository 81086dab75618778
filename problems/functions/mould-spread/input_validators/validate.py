#!/usr/bin/env python3
"""Input validator for "Mould Spread": exit 42 if stdin is a valid test, 43 otherwise."""

import json
import sys


def fail(msg: str) -> None:
    print(msg)
    sys.exit(43)


def lines(count: int) -> list:
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        fail("the input is not ASCII")
    if not text.endswith("\n") or "\r" in text:
        fail("expected LF line endings and a final newline")
    parts = text[:-1].split("\n")
    if len(parts) != count:
        fail(f"expected {count} lines, got {len(parts)}")
    values = []
    for i, line in enumerate(parts):
        try:
            value = json.loads(line)
        except ValueError:
            fail(f"line {i + 1} is not JSON")
        if json.dumps(value, separators=(",", ":")) != line:
            fail(f"line {i + 1} is not compact JSON")
        values.append(value)
    return values


def ints(value, low: int, high: int) -> bool:
    return isinstance(value, list) and all(type(x) is int and low <= x <= high for x in value)


(grid,) = lines(1)
if not isinstance(grid, list) or not 1 <= len(grid) <= 300:
    fail("grid must have 1..300 rows")
width = len(grid[0]) if isinstance(grid[0], list) else 0
if not 1 <= width <= 300:
    fail("grid must have 1..300 columns")
for row in grid:
    if not isinstance(row, list) or len(row) != width or not ints(row, 0, 2):
        fail("every row must hold the same number of cells, each 0, 1 or 2")
sys.exit(42)
