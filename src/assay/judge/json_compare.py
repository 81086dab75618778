"""Comparing a function problem's returned value with its answer: both parsed JSON, typed by the
signature. Pure functions.

    difference(expected, actual, type, compare) -> str | None     None: they match

The message names the first differing path, e.g. `[3][1]: expected 4, got 5`.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Hashable
from typing import Any

from assay.problems.function_spec import Compare, CompareMode, Kind, TypeRef

SHOWN_CHARS = 200


def show(value: Any) -> str:
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 3] + "..."


def difference(expected: Any, actual: Any, declared: TypeRef, compare: Compare) -> str | None:
    if compare.mode is CompareMode.UNORDERED:
        return _unordered(expected, actual, declared, compare, compare.depth, "")
    return _exact(expected, actual, declared, compare, "")


def _exact(
    expected: Any, actual: Any, declared: TypeRef, compare: Compare, path: str
) -> str | None:
    if declared.element is not None and declared.kind is not Kind.VOID:
        return _sequences(expected, actual, declared, compare, path)
    if declared.kind in (Kind.LIST_NODE, Kind.TREE_NODE):
        return _sequences(
            expected, actual, TypeRef(Kind.ARRAY, TypeRef(Kind.INTEGER)), compare, path
        )
    if declared.kind is Kind.DOUBLE and compare.mode is CompareMode.FLOAT:
        return None if _close(expected, actual, compare) else _differs(expected, actual, path)
    if _same_scalar(expected, actual):
        return None
    return _differs(expected, actual, path)


def _same_scalar(expected: Any, actual: Any) -> bool:
    # JSON true is not the number 1, and 2 and 2.0 are the same number.
    if isinstance(expected, bool) or isinstance(actual, bool):
        return isinstance(expected, bool) and isinstance(actual, bool) and expected == actual
    if isinstance(expected, int | float) and isinstance(actual, int | float):
        return bool(expected == actual)
    return type(expected) is type(actual) and bool(expected == actual)


def _close(expected: Any, actual: Any, compare: Compare) -> bool:
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (expected, actual)):
        return False
    if not (math.isfinite(expected) and math.isfinite(actual)):
        return False
    error = abs(float(actual) - float(expected))
    return error <= compare.abs_tol or error <= compare.rel_tol * abs(expected)


def _sequences(
    expected: Any, actual: Any, declared: TypeRef, compare: Compare, path: str
) -> str | None:
    if not isinstance(expected, list) or not isinstance(actual, list):
        return _differs(expected, actual, path)
    element = declared.element or TypeRef(Kind.INTEGER)
    for index, (want, got) in enumerate(zip(expected, actual, strict=False)):
        found = _exact(want, got, element, compare, f"{path}[{index}]")
        if found is not None:
            return found
    if len(expected) != len(actual):
        return f"{path or 'the result'}: expected {len(expected)} items, got {len(actual)}"
    return None


def _unordered(
    expected: Any, actual: Any, declared: TypeRef, compare: Compare, depth: int, path: str
) -> str | None:
    """Lists at the first `depth` levels are multisets: compared as counts of their items'
    canonical keys (linear; a 30,000-group Group Anagrams answer compares in milliseconds)."""
    if not isinstance(expected, list) or not isinstance(actual, list):
        return _differs(expected, actual, path)
    if len(expected) != len(actual):
        return f"{path or 'the result'}: expected {len(expected)} items, got {len(actual)}"
    want = Counter(_key(item, depth - 1) for item in expected)
    got = Counter(_key(item, depth - 1) for item in actual)
    if want == got:
        return None
    missing = next(iter(want - got))
    extra = next(iter(got - want))
    where = path or "the result"
    return (
        f"{where} (in any order): expected an item {_shown_key(missing)},"
        f" got {_shown_key(extra)} instead"
    )


def _key(value: Any, depth: int) -> Hashable:
    """A hashable key equal for equal values, lists at the first `depth` levels as multisets."""
    if isinstance(value, list):
        if depth > 0:
            return ("multiset", frozenset(Counter(_key(v, depth - 1) for v in value).items()))
        return ("list", tuple(_key(v, 0) for v in value))
    if isinstance(value, bool):
        return ("bool", value)  # True == 1 in Python; not in JSON
    if value is None or isinstance(value, str):
        return ("value", value)
    if isinstance(value, float) and value.is_integer():
        return ("value", int(value))  # 2.0 and 2 are the same number once parsed
    if isinstance(value, int | float):
        return ("value", value)
    return ("value", json.dumps(value, sort_keys=True))


def _shown_key(key: Any) -> str:
    return show(_key_value(key))


def _key_value(key: Any) -> Any:
    kind, content = key
    if kind == "list":
        return [_key_value(k) for k in content]
    if kind == "multiset":
        return [_key_value(k) for k, count in content for _ in range(count)]
    return content  # "value", "bool"


def _normal_numbers(value: Any) -> Any:
    """2.0 and 2 are the same number once parsed."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_normal_numbers(v) for v in value]
    return value


def _differs(expected: Any, actual: Any, path: str) -> str:
    where = f"{path}: " if path else ""
    return f"{where}expected {show(expected)}, got {show(actual)}"


def design_difference(
    expected: list[Any],
    actual: list[Any],
    returns: list[TypeRef],
    compares: list[Compare],
    operations: list[str],
) -> str | None:
    """A design test: each call's result with its method's type and comparison."""
    if len(actual) != len(expected):
        return f"expected {len(expected)} results, got {len(actual)}"
    for index, (want, got) in enumerate(zip(expected, actual, strict=True)):
        found = difference(want, got, returns[index], compares[index])
        if found is not None:
            call = operations[index] if index < len(operations) else "?"
            return f"call #{index} {call}(): {found}"
    return None
