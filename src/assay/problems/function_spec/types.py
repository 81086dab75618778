"""The signature's vocabulary: types, comparators, parameters, methods and `FunctionSpec`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

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
