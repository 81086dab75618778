"""Reading `function.yaml` into a `FunctionSpec`, every error naming the file and the key."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from assay.problems.function_spec.types import (
    FILE_NAME,
    KEYWORDS,
    Compare,
    CompareMode,
    E,
    FunctionSpec,
    Isolation,
    Kind,
    Method,
    Param,
    Reveal,
    SpecKind,
    TypeRef,
    TypeSyntaxError,
    parse_type,
)
from assay.problems.yaml_fields import Fields, read_yaml, show

IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")


def read_function_spec(root: Path) -> FunctionSpec | None:
    path = root / FILE_NAME
    if not path.is_file():
        return None
    fields = read_yaml(root, path)
    version = fields.raw("function_format_version")
    if version != 1:
        raise fields.error("function_format_version", f"expected 1, got {show(version)}")
    kind = _choice(fields, "kind", SpecKind, SpecKind.FUNCTION)
    common = {
        "isolation": _choice(fields, "isolation", Isolation, Isolation.BATCH),
        "reveal": _choice(fields, "reveal", Reveal, Reveal.FIRST_FAILURE),
        "languages": tuple(fields.words("languages") or ()),
    }
    if kind is SpecKind.DESIGN:
        return _design(fields, common)
    return _function(fields, common)


def _function(fields: Fields, common: dict[str, Any]) -> FunctionSpec:
    name = _identifier(fields, "name", fields.raw("name"))
    params = _params(fields, "params", fields.raw("params"))
    returns = _return_type(fields, "return", fields.raw("return"))
    output_param, length_from_return = _output(fields, params, returns)
    output_type = returns
    if output_param is not None:
        output_type = next(p.type for p in params if p.name == output_param)
    compare = _compare(fields, "compare", fields.raw("compare"), output_type)
    return FunctionSpec(
        kind=SpecKind.FUNCTION,
        name=name,
        params=params,
        returns=returns,
        compare=compare,
        output_param=output_param,
        output_length_from_return=length_from_return,
        **common,
    )


def _design(fields: Fields, common: dict[str, Any]) -> FunctionSpec:
    name = _identifier(fields, "class", fields.raw("class"))
    constructor = fields.raw("constructor") or {}
    if not isinstance(constructor, dict):
        raise fields.error("constructor", f"expected a mapping, got {show(constructor)}")
    params = _params(fields, "constructor.params", constructor.get("params") or [])
    raw_methods = fields.raw("methods")
    if not isinstance(raw_methods, list) or not raw_methods:
        raise fields.error("methods", "expected a non-empty list of methods")
    methods = tuple(_method(fields, f"methods[{i}]", m) for i, m in enumerate(raw_methods))
    names = [m.name for m in methods]
    if len(set(names)) != len(names) or name in names:
        raise fields.error("methods", "method names must be distinct and differ from the class")
    _check_snake_case_collisions(fields, "methods", names)
    return FunctionSpec(
        kind=SpecKind.DESIGN, name=name, constructor=params, methods=methods, **common
    )


def _method(fields: Fields, key: str, raw: Any) -> Method:
    if not isinstance(raw, dict):
        raise fields.error(key, f"expected a mapping, got {show(raw)}")
    returns = _return_type(fields, f"{key}.return", raw.get("return"))
    return Method(
        name=_identifier(fields, f"{key}.name", raw.get("name")),
        params=_params(fields, f"{key}.params", raw.get("params") or []),
        returns=returns,
        compare=_compare(fields, f"{key}.compare", raw.get("compare"), returns),
    )


def _params(fields: Fields, key: str, raw: Any) -> tuple[Param, ...]:
    if not isinstance(raw, list):
        raise fields.error(key, f"expected a list of {{name, type}}, got {show(raw)}")
    params = []
    for index, item in enumerate(raw):
        if not isinstance(item, dict):
            raise fields.error(f"{key}[{index}]", f"expected {{name, type}}, got {show(item)}")
        name = _identifier(fields, f"{key}[{index}].name", item.get("name"))
        param_type = _type(fields, f"{key}[{index}].type", item.get("type"))
        if param_type.kind is Kind.VOID:
            raise fields.error(f"{key}[{index}].type", "void is only a return type")
        params.append(Param(name, param_type))
    names = [p.name for p in params]
    if len(set(names)) != len(names):
        raise fields.error(key, "parameter names must be distinct")
    _check_snake_case_collisions(fields, key, names)
    return tuple(params)


def _return_type(fields: Fields, key: str, raw: Any) -> TypeRef:
    if raw is None:
        return TypeRef(Kind.VOID)
    if not isinstance(raw, dict):
        raise fields.error(key, f"expected {{type: ...}}, got {show(raw)}")
    return _type(fields, f"{key}.type", raw.get("type"))


def _type(fields: Fields, key: str, raw: Any) -> TypeRef:
    if not isinstance(raw, str):
        raise fields.error(key, f"expected a type name, got {show(raw)}")
    try:
        return parse_type(raw)
    except TypeSyntaxError as error:
        raise fields.error(key, str(error)) from None


def _identifier(fields: Fields, key: str, raw: Any) -> str:
    if not isinstance(raw, str) or not IDENTIFIER.fullmatch(raw):
        raise fields.error(key, f"expected an identifier, got {show(raw)}")
    if raw in KEYWORDS or snake_case(raw) in KEYWORDS:
        raise fields.error(key, f"{raw!r} is a keyword in one of the languages")
    return raw


def _check_snake_case_collisions(fields: Fields, key: str, names: list[str]) -> None:
    snakes = [snake_case(n) for n in names]
    if len(set(snakes)) != len(snakes):
        raise fields.error(key, f"names {names} collide in Rust's snake_case")


def _output(fields: Fields, params: tuple[Param, ...], returns: TypeRef) -> tuple[str | None, bool]:
    raw = fields.raw("output")
    if raw is None:
        if returns.kind is Kind.VOID:
            raise fields.error("return", "a void function needs `output: {param: ...}`")
        return None, False
    if not isinstance(raw, dict) or not isinstance(raw.get("param"), str):
        raise fields.error("output", f"expected {{param: NAME}}, got {show(raw)}")
    name = raw["param"]
    param = next((p for p in params if p.name == name), None)
    if param is None:
        raise fields.error("output.param", f"{name!r} is not a parameter")
    length = raw.get("length")
    if length not in (None, "return"):
        raise fields.error("output.length", f"expected `return`, got {show(length)}")
    if length == "return" and (returns.kind is not Kind.INTEGER or not param.type.is_sequence):
        raise fields.error("output.length", "needs an integer return and a sequence parameter")
    if length is None and returns.kind is not Kind.VOID:
        raise fields.error("output", "an in-place output needs `return: {type: void}`")
    return name, length == "return"


def _compare(fields: Fields, key: str, raw: Any, compared: TypeRef) -> Compare:
    default = CompareMode.FLOAT if compared.contains(Kind.DOUBLE) else CompareMode.EXACT
    if raw is None:
        return Compare(mode=default)
    if not isinstance(raw, dict):
        raise fields.error(key, f"expected a mapping, got {show(raw)}")
    try:
        mode = CompareMode(raw.get("mode", default.value))
    except ValueError:
        modes = ", ".join(m.value for m in CompareMode)
        raise fields.error(f"{key}.mode", f"expected one of {modes}") from None
    depth = raw.get("depth", 1)
    if mode is CompareMode.UNORDERED and not (
        isinstance(depth, int) and 1 <= depth <= compared.depth
    ):
        raise fields.error(f"{key}.depth", f"expected 1..{compared.depth} for {compared}")
    tolerances = [raw.get("abs", 1e-5), raw.get("rel", 1e-5)]
    if not all(isinstance(t, int | float) and t >= 0 for t in tolerances):
        raise fields.error(key, "abs and rel must be non-negative numbers")
    return Compare(mode, int(depth), float(tolerances[0]), float(tolerances[1]))


def _choice(fields: Fields, key: str, enum: type[E], default: E) -> E:
    raw = fields.raw(key)
    if raw is None:
        return default
    try:
        return enum(raw)
    except ValueError:
        raise fields.error(key, f"expected one of {', '.join(e.value for e in enum)}") from None


def snake_case(name: str) -> str:
    """twoSum -> two_sum, LRUCache -> l_r_u_cache (Rust's method names; LeetCode's rule)."""
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()
