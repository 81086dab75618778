"""Whether a JSON value is of a signature's type, and the trees and lists LeetCode writes as
JSON arrays."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain
from typing import Any

from assay.problems.function_spec.types import INT32, INT64, Kind, TypeRef


def check_value(expected: TypeRef, value: Any, path: str = "") -> str | None:
    """None when `value` (parsed JSON) is a canonical value of `expected`, else why not."""
    where = path or "value"
    kind = expected.kind
    if kind in (Kind.ARRAY, Kind.LIST):
        if not isinstance(value, list):
            return f"{where}: expected {expected}, got {_json_kind(value)}"
        assert expected.element is not None
        if _all_valid(expected.element, value):
            return None  # the common case, without a path string per item
        for index, item in enumerate(value):
            problem = check_value(expected.element, item, f"{path}[{index}]")
            if problem is not None:
                return problem
        return None
    checker: Callable[[Any, str], str | None] = _LEAF_CHECKS[kind]
    return checker(value, where)


def _all_valid(element: TypeRef, items: list[Any]) -> bool:
    """True when every item is a valid scalar of `element` (a quick check over a whole list; a
    test of 10^5 numbers loads in milliseconds). False means: look item by item for the message."""
    kind = element.kind
    if kind in (Kind.INTEGER, Kind.LONG):
        low, high = INT32 if kind is Kind.INTEGER else INT64
        return all(type(x) is int for x in items) and (
            not items or (low <= min(items) and max(items) <= high)
        )
    if kind is Kind.STRING:
        return all(type(x) is str and "\0" not in x for x in items)
    if kind is Kind.BOOLEAN:
        return all(type(x) is bool for x in items)
    if kind is Kind.CHARACTER:
        return all(type(x) is str and len(x) == 1 and x.isascii() and x != "\0" for x in items)
    if kind is Kind.DOUBLE:
        return all(type(x) in (int, float) and math.isfinite(x) for x in items)
    if element.element is not None:  # rows of a T[][]: check them as one flat list
        if not all(type(row) is list for row in items):
            return False
        return _all_valid(element.element, list(chain.from_iterable(items)))
    return False


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else "an object"


def _integer_in(low: int, high: int, name: str) -> Callable[[Any, str], str | None]:
    def check(value: Any, where: str) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{where}: expected {name}, got {_json_kind(value)}"
        if not low <= value <= high:
            return f"{where}: {value} is out of {name} range [{low}, {high}]"
        return None

    return check


def _double(value: Any, where: str) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"{where}: expected double, got {_json_kind(value)}"
    return None if math.isfinite(value) else f"{where}: a double must be finite"


def _boolean(value: Any, where: str) -> str | None:
    return (
        None if isinstance(value, bool) else f"{where}: expected boolean, got {_json_kind(value)}"
    )


def _character(value: Any, where: str) -> str | None:
    if not isinstance(value, str) or len(value) != 1 or not value.isascii():
        return f"{where}: expected one ASCII character as a string, got {json.dumps(value)}"
    return None if value != "\0" else f"{where}: NUL is not allowed"


def _string(value: Any, where: str) -> str | None:
    if not isinstance(value, str):
        return f"{where}: expected string, got {_json_kind(value)}"
    return None if "\0" not in value else f"{where}: strings may not contain NUL"


def _void(value: Any, where: str) -> str | None:
    return None if value is None else f"{where}: expected null (void)"


def _list_node(value: Any, where: str) -> str | None:
    if not isinstance(value, list):
        return f"{where}: expected a ListNode as a list of integers, got {_json_kind(value)}"
    if _all_valid(TypeRef(Kind.INTEGER), value):
        return None
    check = _integer_in(*INT32, "integer")
    return next(
        (p for i, v in enumerate(value) if (p := check(v, f"{where}[{i}]")) is not None), None
    )


def _tree_node(value: Any, where: str) -> str | None:
    if not isinstance(value, list):
        return f"{where}: expected a TreeNode in level order (a list), got {_json_kind(value)}"
    present = [item for item in value if item is not None]
    if not _all_valid(TypeRef(Kind.INTEGER), present):
        check = _integer_in(*INT32, "integer")
        for index, item in enumerate(value):
            if item is not None and (problem := check(item, f"{where}[{index}]")) is not None:
                return problem
    if value and value[-1] is None:
        return f"{where}: a tree's level order may not end with null"
    if value and value[0] is None:
        return f"{where}: a tree's root cannot be null (an empty tree is [])"
    if tree_level_order(tree_from_level_order(value)) != value:
        return f"{where}: not a canonical level order (a child of a null node?)"
    return None


_LEAF_CHECKS: dict[Kind, Callable[[Any, str], str | None]] = {
    Kind.INTEGER: _integer_in(*INT32, "integer"),
    Kind.LONG: _integer_in(*INT64, "long"),
    Kind.DOUBLE: _double,
    Kind.BOOLEAN: _boolean,
    Kind.CHARACTER: _character,
    Kind.STRING: _string,
    Kind.VOID: _void,
    Kind.LIST_NODE: _list_node,
    Kind.TREE_NODE: _tree_node,
}


@dataclass(slots=True)
class _Node:
    value: int
    left: _Node | None = None
    right: _Node | None = None


def tree_from_level_order(values: list[Any]) -> _Node | None:
    if not values or values[0] is None:
        return None
    root = _Node(values[0])
    queue = [root]
    position = 1
    for node in queue:
        for side in ("left", "right"):
            if position >= len(values):
                return root
            item = values[position]
            position += 1
            if item is not None:
                child = _Node(item)
                setattr(node, side, child)
                queue.append(child)
    return root


def tree_level_order(root: _Node | None) -> list[Any]:
    out: list[Any] = []
    queue: list[_Node | None] = [root] if root is not None else []
    for node in queue:
        if node is None:
            out.append(None)
            continue
        out.append(node.value)
        queue.extend((node.left, node.right))
    while out and out[-1] is None:
        out.pop()
    return out
