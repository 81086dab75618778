#!/usr/bin/env python3
"""Input validator for "Island Count": exit 42 if stdin is a valid test, 43 otherwise."""

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



(grid,) = lines(1)
if not isinstance(grid, list) or not 1 <= len(grid) <= 300:
    fail("grid must have 1..300 rows")
if not isinstance(grid[0], list) or not 1 <= len(grid[0]) <= 300:
    fail("rows must have 1..300 cells")
width = len(grid[0])
for row in grid:
    if not isinstance(row, list) or len(row) != width:
        fail(f"every row must have {width} cells")
    if not all(cell in ("0", "1") for cell in row):
        fail("cells must be '0' or '1'")
sys.exit(42)
