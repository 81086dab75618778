"""What a language's harness produces, and the interface each language implements."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from typing import Protocol

from assay.problems.function_spec import FunctionSpec


class UnsupportedSignature(Exception):
    """The language cannot express this signature; the message says why."""


@dataclass(frozen=True, slots=True)
class DriverBuild:
    """The files of one function-problem program, ready to compile like any submission."""

    files: dict[str, bytes]  # every file of the build; the user's code verbatim in `user_file`
    main_file: str  # given to the compiler or interpreter as {src}
    user_file: str  # "solution.py": where compile errors and stack traces should point
    units: tuple[str, ...] = ()  # further units compiled with main_file (Go, Java)
    entry_class: str | None = None  # a class entry point (Java: "__Driver__")
    notes: tuple[str, ...] = field(default_factory=tuple)


class LanguageHarness(Protocol):
    @property
    def language_ids(self) -> tuple[str, ...]: ...  # ("python3", "pypy3")

    def unsupported(self, spec: FunctionSpec) -> str | None:
        """Why this language cannot express `spec`, or None."""

    def build(self, spec: FunctionSpec, user_source: str) -> DriverBuild: ...

    def starter(self, spec: FunctionSpec) -> str: ...


def runtime_file(language: str, name: str) -> bytes:
    """A hand-written runtime file shipped in `assay/harness/runtime/<language>/`."""
    return resources.files("assay.harness").joinpath("runtime", language, name).read_bytes()
