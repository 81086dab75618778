"""A test's `.in` and `.ans` files of a function problem: parsed and type-checked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from assay.problems.function_spec.types import FunctionSpec, Kind, Param, SpecKind, TypeRef
from assay.problems.function_spec.values import _all_valid, check_value
from assay.problems.model import ProblemError


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
