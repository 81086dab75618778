"""`function.yaml`: the signature of a LeetCode-style function problem, its types and its data.

    parse_type("list<integer[]>") -> TypeRef
    read_function_spec(root) -> FunctionSpec | None     None when the package has no function.yaml
    parse_case_input(spec, text) -> list[Any]           one test's arguments, type-checked
    check_value(type, value) -> str | None              why a JSON value is not of the type

The design is ../shared/FUNCTION_PROBLEMS.md; docs/function-problems.md records where we differ.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from itertools import chain
from pathlib import Path
from typing import Any, TypeVar

from assay.problems.model import ProblemError
from assay.problems.yaml_fields import Fields, read_yaml, show

FILE_NAME = "function.yaml"
INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
MAX_NESTING = 3
E = TypeVar("E", bound=StrEnum)


class Kind(StrEnum):
    INTEGER = "integer"
    LONG = "long"
    DOUBLE = "double"
    BOOLEAN = "boolean"
    CHARACTER = "character"
    STRING = "string"
    VOID = "void"
    LIST_NODE = "ListNode"
    TREE_NODE = "TreeNode"
    ARRAY = "array"  # T[]
    LIST = "list"  # list<T>


LEAVES = {kind.value: kind for kind in Kind if kind not in (Kind.ARRAY, Kind.LIST)}


@dataclass(frozen=True, slots=True)
class TypeRef:
    kind: Kind
    element: TypeRef | None = None  # for ARRAY and LIST

    def __str__(self) -> str:
        if self.kind is Kind.ARRAY:
            return f"{self.element}[]"
        if self.kind is Kind.LIST:
            return f"list<{self.element}>"
        return self.kind.value

    @property
    def is_sequence(self) -> bool:
        return self.kind in (Kind.ARRAY, Kind.LIST)

    @property
    def depth(self) -> int:
        """How many sequence levels: 0 for a leaf, 2 for `integer[][]`."""
        return 0 if self.element is None else 1 + self.element.depth

    @property
    def leaf(self) -> TypeRef:
        return self if self.element is None else self.element.leaf

    def contains(self, kind: Kind) -> bool:
        return self.kind is kind or (self.element is not None and self.element.contains(kind))


class TypeSyntaxError(ValueError):
    pass


def parse_type(text: str) -> TypeRef:
    """`integer`, `string[][]`, `list<integer>`, `list<list<string>>`, `list<integer[]>`."""
    text = text.strip()
    if text.endswith("[]"):
        return _sequence(Kind.ARRAY, parse_type(text[:-2]), text)
    match = re.fullmatch(r"list\s*<(.+)>", text)
    if match:
        return _sequence(Kind.LIST, parse_type(match.group(1)), text)
    if text in LEAVES:
        return TypeRef(LEAVES[text])
    raise TypeSyntaxError(f"unknown type {text!r} (known: {', '.join(LEAVES)}, T[], list<T>)")


def _sequence(kind: Kind, element: TypeRef, text: str) -> TypeRef:
    if element.kind is Kind.VOID:
        raise TypeSyntaxError(f"{text!r}: void is only a return type")
    if element.depth >= MAX_NESTING:
        raise TypeSyntaxError(f"{text!r}: at most {MAX_NESTING} levels of nesting")
    return TypeRef(kind, element)


class CompareMode(StrEnum):
    EXACT = "exact"
    UNORDERED = "unordered"
    FLOAT = "float"
    VALIDATOR = "validator"  # the package's output validator


@dataclass(frozen=True, slots=True)
class Compare:
    mode: CompareMode = CompareMode.EXACT
    depth: int = 1  # unordered: how many list levels are multisets
    abs_tol: float = 1e-5
    rel_tol: float = 1e-5


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    type: TypeRef


@dataclass(frozen=True, slots=True)
class Method:
    name: str
    params: tuple[Param, ...]
    returns: TypeRef
    compare: Compare


class SpecKind(StrEnum):
    FUNCTION = "function"
    DESIGN = "design"


class Isolation(StrEnum):
    BATCH = "batch"  # every test in one process
    PROCESS = "process"  # one process per test


class Reveal(StrEnum):
    FIRST_FAILURE = "first_failure"  # Submit shows the first failing test's input
    SAMPLES = "samples"  # only samples are ever shown


@dataclass(frozen=True, slots=True)
class FunctionSpec:
    kind: SpecKind
    name: str  # the function's name, or the class's for a design problem
    params: tuple[Param, ...] = ()  # function: its parameters
    returns: TypeRef = TypeRef(Kind.VOID)
    compare: Compare = Compare()
    output_param: str | None = None  # in place: compare this parameter after the call
    output_length_from_return: bool = False  # ...only its first `return` items
    constructor: tuple[Param, ...] = ()  # design
    methods: tuple[Method, ...] = ()  # design
    isolation: Isolation = Isolation.BATCH
    languages: tuple[str, ...] = ()  # empty: every language that can express the types
    reveal: Reveal = Reveal.FIRST_FAILURE

    @property
    def input_lines(self) -> int:
        """Lines per test in a `.in` file: one per parameter; a design test has two."""
        return 2 if self.kind is SpecKind.DESIGN else len(self.params)

    @property
    def output_type(self) -> TypeRef:
        """The type of what is compared (function problems)."""
        if self.output_param is not None:
            return next(p.type for p in self.params if p.name == self.output_param)
        return self.returns

    def all_types(self) -> tuple[TypeRef, ...]:
        types = [p.type for p in (*self.params, *self.constructor)] + [self.returns]
        for method in self.methods:
            types += [p.type for p in method.params] + [method.returns]
        return tuple(types)

    def method(self, name: str) -> Method | None:
        return next((m for m in self.methods if m.name == name), None)


# Keywords of the languages the drivers are written in: a parameter or method named so could not
# be expressed in one of them. (Rust's reserved words included; Go's predeclared types are not
# keywords.)
KEYWORDS = frozenset(
    [
        "abstract",
        "and",
        "arguments",
        "as",
        "assert",
        "async",
        "await",
        "auto",
        "become",
        "boolean",
        "box",
        "break",
        "byte",
        "case",
        "catch",
        "char",
        "chan",
        "class",
        "const",
        "continue",
        "crate",
        "debugger",
        "def",
        "default",
        "defer",
        "del",
        "delete",
        "do",
        "double",
        "dyn",
        "elif",
        "else",
        "enum",
        "eval",
        "except",
        "export",
        "extends",
        "extern",
        "false",
        "fallthrough",
        "final",
        "finally",
        "float",
        "fn",
        "for",
        "from",
        "func",
        "function",
        "global",
        "go",
        "goto",
        "if",
        "impl",
        "implements",
        "import",
        "in",
        "instanceof",
        "int",
        "interface",
        "is",
        "lambda",
        "let",
        "long",
        "loop",
        "macro",
        "map",
        "match",
        "mod",
        "move",
        "mut",
        "native",
        "new",
        "nonlocal",
        "not",
        "null",
        "or",
        "override",
        "package",
        "pass",
        "priv",
        "private",
        "protected",
        "pub",
        "public",
        "raise",
        "range",
        "ref",
        "register",
        "return",
        "select",
        "self",
        "short",
        "signed",
        "sizeof",
        "static",
        "strictfp",
        "struct",
        "super",
        "switch",
        "synchronized",
        "template",
        "this",
        "throw",
        "throws",
        "trait",
        "transient",
        "true",
        "try",
        "type",
        "typedef",
        "typeof",
        "union",
        "unsafe",
        "unsigned",
        "unsized",
        "use",
        "var",
        "virtual",
        "void",
        "volatile",
        "where",
        "while",
        "with",
        "yield",
        "None",
        "True",
        "False",
    ]
)
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


# --- values -------------------------------------------------------------------------------------


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


# --- test data ---------------------------------------------------------------------------------


class CaseError(ValueError):
    """A test's input or answer does not fit the signature; the message says where."""


def parse_json_line(line: str, what: str) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        raise CaseError(f"{what}: not JSON ({error.msg} at column {error.colno})") from None


def case_lines(text: str, expected_lines: int) -> list[str]:
    if text.startswith("\ufeff"):
        raise CaseError("the input starts with a byte order mark")
    if "\r" in text:
        raise CaseError("the input has CR characters: use LF line endings")
    lines = text.removesuffix("\n").split("\n") if text.strip() else []
    if len(lines) != expected_lines:
        raise CaseError(f"expected {expected_lines} lines (one per parameter), got {len(lines)}")
    return lines


def parse_case_input(spec: FunctionSpec, text: str) -> list[Any]:
    """One test's arguments (design: the operations and their arguments), type-checked."""
    lines = case_lines(text, spec.input_lines)
    if spec.kind is SpecKind.DESIGN:
        return _design_case(spec, lines)
    values = []
    for param, line in zip(spec.params, lines, strict=True):
        value = parse_json_line(line, param.name)
        problem = check_value(param.type, value, param.name)
        if problem is not None:
            raise CaseError(problem)
        values.append(value)
    return values


def _design_case(spec: FunctionSpec, lines: list[str]) -> list[Any]:
    operations = parse_json_line(lines[0], "operations")
    arguments = parse_json_line(lines[1], "arguments")
    if not isinstance(operations, list) or not isinstance(arguments, list):
        raise CaseError("a design test is a list of operations and a list of argument lists")
    if len(operations) != len(arguments) or not operations:
        raise CaseError(f"{len(operations)} operations but {len(arguments)} argument lists")
    if operations[0] != spec.name:
        raise CaseError(f"operations[0]: the first operation must be {spec.name!r}")
    if _design_arguments_valid(spec, operations, arguments):
        return [operations, arguments]
    for index, (operation, args) in enumerate(zip(operations, arguments, strict=True)):
        params = spec.constructor if index == 0 else _method_params(spec, operation, index)
        if not _arguments_valid(params, args):  # the message, with its path, only on failure
            _check_arguments(params, args, f"arguments[{index}]")
    return [operations, arguments]


def _design_arguments_valid(
    spec: FunctionSpec, operations: list[Any], arguments: list[Any]
) -> bool:
    """A quick check of a whole design test, method by method and parameter by parameter (10^5
    calls load in milliseconds). False means: look call by call for the message."""
    if not _arguments_valid(spec.constructor, arguments[0]):
        return False
    calls_by_method: dict[str, list[list[Any]]] = {}
    for operation, args in zip(operations[1:], arguments[1:], strict=True):
        if not isinstance(operation, str) or not isinstance(args, list):
            return False
        calls_by_method.setdefault(operation, []).append(args)
    for name, calls in calls_by_method.items():
        method = spec.method(name)
        if method is None or any(len(args) != len(method.params) for args in calls):
            return False
        for index, param in enumerate(method.params):
            if not _all_valid(param.type, [args[index] for args in calls]):
                return False
    return True


def _arguments_valid(params: tuple[Param, ...], args: Any) -> bool:
    return (
        isinstance(args, list)
        and len(args) == len(params)
        and all(check_value(p.type, v, "") is None for p, v in zip(params, args, strict=True))
    )


def _method_params(spec: FunctionSpec, operation: Any, index: int) -> tuple[Param, ...]:
    method = spec.method(operation) if isinstance(operation, str) else None
    if method is None:
        raise CaseError(f"operations[{index}]: {json.dumps(operation)} is not a method")
    return method.params


def _check_arguments(params: tuple[Param, ...], args: Any, where: str) -> None:
    if not isinstance(args, list) or len(args) != len(params):
        raise CaseError(f"{where}: expected {len(params)} arguments")
    for param, value in zip(params, args, strict=True):
        problem = check_value(param.type, value, f"{where}.{param.name}")
        if problem is not None:
            raise CaseError(problem)


def answer_type(spec: FunctionSpec) -> TypeRef:
    return spec.output_type if spec.kind is SpecKind.FUNCTION else TypeRef(Kind.LIST)


def parse_case_answer(spec: FunctionSpec, text: str) -> Any:
    lines = case_lines(text, 1)
    value = parse_json_line(lines[0], "answer")
    if spec.kind is SpecKind.FUNCTION:
        problem = check_value(spec.output_type, value, "answer")
        if problem is not None:
            raise CaseError(problem)
    elif not isinstance(value, list):
        raise CaseError("answer: a design test's answer is a list (null for void calls)")
    return value


def check_case_files(spec: FunctionSpec, input_path: Path, answer_path: Path) -> None:
    """Raises ProblemError naming the file when a test does not fit the signature."""
    for path, parse in ((input_path, parse_case_input), (answer_path, parse_case_answer)):
        try:
            parse(spec, path.read_text(encoding="utf-8"))
        except (CaseError, UnicodeDecodeError) as error:
            raise ProblemError(f"{path}: {error}") from None


def split_cases(spec: FunctionSpec, text: str) -> list[str]:
    """The cases of a custom Run, as LeetCode's test-case box holds them: `input_lines` lines per
    case, blank lines ignored; each case type-checked. Raises CaseError naming the case."""
    lines = [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    per_case = spec.input_lines
    if not lines or per_case == 0 or len(lines) % per_case:
        raise CaseError(
            f"expected {per_case} lines per case (one per parameter), got {len(lines)} lines"
        )
    cases = ["\n".join(lines[i : i + per_case]) + "\n" for i in range(0, len(lines), per_case)]
    for number, case in enumerate(cases, start=1):
        try:
            parse_case_input(spec, case)
        except CaseError as error:
            raise CaseError(f"case {number}: {error}") from None
    return cases
