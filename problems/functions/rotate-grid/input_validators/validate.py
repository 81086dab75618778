#!/usr/bin/env python3
"""Input validator for "Quarter Turn": exit 42 if stdin is a valid test, 43 otherwise."""

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



(matrix,) = lines(1)
if not isinstance(matrix, list) or not 1 <= len(matrix) <= 500:
    fail("matrix must have 1..500 rows")
n = len(matrix)
for row in matrix:
    if not isinstance(row, list) or len(row) != n:
        fail(f"every row must have {n} values (the grid is square)")
    if not all(type(v) is int and -1000 <= v <= 1000 for v in row):
        fail("values must be integers in [-1000, 1000]")
sys.exit(42)
