"""Typed access to a package's YAML files: every error names the package, the file and the key.

read_yaml(root, path) -> Fields     one YAML file holding a mapping
problem_error(root, file, message)  the `ProblemError` every reader raises
"""

from __future__ import annotations

import shlex
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from assay.problems.model import ProblemError


class Fields:
    """Typed reads from one YAML mapping."""

    def __init__(self, data: Mapping[str, Any], root: Path, file: Path, prefix: str = "") -> None:
        self.data = data
        self.root = root
        self.file = file
        self.prefix = prefix

    def error(self, key: str, message: str) -> ProblemError:
        return problem_error(self.root, self.file, f"{self.prefix}{key}: {message}")

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def raw(self, key: str) -> Any:
        return self.data.get(key)

    def string(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.error(key, f"expected a string, got {show(value)}")
        return str(value)

    def number(self, key: str) -> float | None:
        """A positive number (every limit and multiplier in the formats is one)."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            value = parse_float(value)
        if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
            raise self.error(key, f"expected a positive number, got {show(value)}")
        return float(value)

    def integer(self, key: str) -> int | None:
        number = self.number(key)
        if number is None:
            return None
        if not number.is_integer():
            raise self.error(key, f"expected a whole number, got {show(self.data[key])}")
        return int(number)

    def mapping(self, key: str) -> Fields:
        value = self.data.get(key)
        if value is None:
            value = {}
        if not isinstance(value, dict):
            raise self.error(key, f"expected a mapping, got {show(value)}")
        items = {str(k): v for k, v in value.items()}
        return Fields(items, self.root, self.file, f"{self.prefix}{key}.")

    def words(self, key: str) -> tuple[str, ...] | None:
        """A list of strings, or one string of space-separated words (legacy style)."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            return tuple(value.split())
        if isinstance(value, list) and all(is_scalar(v) for v in value):
            return tuple(str(v) for v in value)
        raise self.error(key, f"expected a list of strings, got {show(value)}")

    def args(self, key: str) -> tuple[str, ...] | None:
        """Program arguments: a list, or one shell-quoted string (legacy `*_flags`)."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, dict) and "flags" in value:  # legacy {name: ..., flags: ...}
            value = value["flags"] or ""
        if isinstance(value, str):
            try:
                return tuple(shlex.split(value))
            except ValueError as exc:
                raise self.error(key, f"cannot split {value!r}: {exc}") from None
        if isinstance(value, list) and all(is_scalar(v) for v in value):
            return tuple(str(v) for v in value)
        raise self.error(key, f"expected a list of arguments, got {show(value)}")


def problem_error(root: Path, file: Path, message: str) -> ProblemError:
    try:
        shown = file.relative_to(root).as_posix()
    except ValueError:
        shown = str(file)
    return ProblemError(f"problem {root}: {shown}: {message}")


def show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def is_scalar(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def parse_float(text: str) -> float | str:
    try:
        return float(text)
    except ValueError:
        return text


def read_yaml(root: Path, path: Path) -> Fields:
    """One YAML file that must hold a mapping (an empty file is an empty mapping)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise problem_error(root, path, f"cannot read: {exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise problem_error(root, path, f"invalid YAML: {_yaml_problem(exc)}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise problem_error(root, path, f"expected a mapping at the top level, got {show(data)}")
    return Fields({str(k): v for k, v in data.items()}, root, path)


def _yaml_problem(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return f"{problem} (line {mark.line + 1})" if mark is not None else str(problem)
