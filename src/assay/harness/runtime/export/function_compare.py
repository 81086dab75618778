#!/usr/bin/env python3
"""Output validator of an exported Assay function problem (written by `assay export`).

The driver in include/<language>/ prints its result records on stdout (the contestant's own prints
go to stderr): {"t":0,"v":VALUE} then {"end":1}. This program checks the records and compares VALUE
with the test's answer the way Assay does (the comparison code below is Assay's json_compare).

    function_compare.py INPUT ANSWER FEEDBACK_DIR < team_output     exit 42: accepted, 43: wrong
"""

from __future__ import annotations

import enum
import json
import os
import sys
from dataclasses import dataclass

CONFIG: dict = {}  # @@CONFIG@@
OUTPUT_LIMIT_BYTES = 64 << 20


class Kind(enum.Enum):
    INTEGER = "integer"
    LONG = "long"
    DOUBLE = "double"
    BOOLEAN = "boolean"
    CHARACTER = "character"
    STRING = "string"
    VOID = "void"
    LIST_NODE = "ListNode"
    TREE_NODE = "TreeNode"
    ARRAY = "array"
    LIST = "list"


class CompareMode(enum.Enum):
    EXACT = "exact"
    UNORDERED = "unordered"
    FLOAT = "float"


@dataclass(frozen=True)
class TypeRef:
    kind: Kind
    element: TypeRef | None = None


@dataclass(frozen=True)
class Compare:
    mode: CompareMode = CompareMode.EXACT
    depth: int = 1
    abs_tol: float = 1e-5
    rel_tol: float = 1e-5


def parse_type(text: str) -> TypeRef:
    text = text.strip()
    if text.endswith("[]"):
        return TypeRef(Kind.ARRAY, parse_type(text[:-2]))
    if text.startswith("list<") and text.endswith(">"):
        return TypeRef(Kind.LIST, parse_type(text[5:-1]))
    return TypeRef(Kind(text))


def parse_compare(config: dict) -> Compare:
    return Compare(
        CompareMode(config["mode"]), config["depth"], config["abs_tol"], config["rel_tol"]
    )


# @@JSON_COMPARE@@


def verdict(accepted: bool, message: str) -> None:
    feedback = sys.argv[3]
    with open(os.path.join(feedback, "judgemessage.txt"), "a", encoding="utf-8") as out:
        out.write(message + "\n")
    sys.exit(42 if accepted else 43)


def records(data: bytes) -> list:
    try:
        lines = data.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        verdict(False, "the result records are not UTF-8")
    if lines and lines[-1] == "":
        lines.pop()
    parsed = []
    for line in lines:
        try:
            parsed.append(json.loads(line))
        except ValueError:
            verdict(False, "a result record is not JSON (the program printed to stdout?)")
    return parsed


def the_value(parsed: list):
    if len(parsed) != 2 or not all(isinstance(r, dict) for r in parsed):
        verdict(False, f"expected one result record and the end record, got {len(parsed)} records")
    first, end = parsed
    if end.get("end") != 1 or first.get("t") != 0:
        verdict(False, "the result records are out of order")
    if "e" in first:
        error = first["e"]
        verdict(False, f"run-time error: {error.get('type', '')}: {error.get('msg', '')}")
    if "v" not in first:
        verdict(False, "the result record has no value")
    return first["v"]


def difference_for(expected, actual, input_text: str):
    if CONFIG["kind"] == "function":
        return difference(expected, actual, parse_type(CONFIG["type"]), parse_compare(CONFIG["compare"]))
    operations = json.loads(input_text.split("\n")[0])
    if not isinstance(actual, list):
        return f"expected a list of results, got {show(actual)}"
    types, compares = [], []
    for index, operation in enumerate(operations):
        method = CONFIG["methods"].get(operation) if index else None
        types.append(parse_type(method["type"] if method else CONFIG["type"]))
        compares.append(parse_compare(method["compare"] if method else CONFIG["compare"]))
    return design_difference(expected, actual, types, compares, operations)


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as handle:
        input_text = handle.read()
    with open(sys.argv[2], encoding="utf-8") as handle:
        expected = json.loads(handle.read())
    data = sys.stdin.buffer.read(OUTPUT_LIMIT_BYTES + 1)
    if len(data) > OUTPUT_LIMIT_BYTES:
        verdict(False, "too much output on the result channel")
    found = difference_for(expected, the_value(records(data)), input_text)
    verdict(found is None, found or "accepted")


if __name__ == "__main__":
    main()
