"""Find a package's programs (output and input validators) and its statement files."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from assay.languages.entries.c import LANGUAGE as C
from assay.languages.entries.cpp import LANGUAGE as CPP
from assay.languages.entries.java import LANGUAGE as JAVA
from assay.languages.entries.python3 import LANGUAGE as PYTHON3
from assay.languages.extensions import language_for_file
from assay.problems.model import (
    FormatVersion,
    InputValidator,
    OutputValidator,
    ProblemType,
    Statement,
)
from assay.problems.yaml_fields import Fields, problem_error

_STATEMENT_FORMATS = ("md", "tex", "html", "pdf", "txt")
_STATEMENT_NAME = re.compile(r"^problem(?:\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?))?\.(\w+)$")
_VALIDATOR_LANGUAGE_ORDER = (CPP.id, C.id, PYTHON3.id, JAVA.id)
_HEADER_SUFFIXES = frozenset({".h", ".hh", ".hpp", ".hxx"})
_TYPES_NEEDING_A_VALIDATOR = frozenset({ProblemType.INTERACTIVE, ProblemType.MULTI_PASS})


def visible_entries(directory: Path) -> list[Path]:
    return sorted(e for e in directory.iterdir() if not e.name.startswith("."))


def relative(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


# ---------------------------------------------------------------------------------------------
# Output validator


def find_output_validator(
    root: Path,
    version: FormatVersion,
    types: frozenset[ProblemType],
    meta: Fields,
    warnings: list[str],
) -> OutputValidator | None:
    legacy_custom = (meta.words("validation") or ("default",))[0] == "custom"
    needs_custom = bool(types & _TYPES_NEEDING_A_VALIDATOR) or legacy_custom
    program = _validator_program(root, version)
    if program is None:
        if needs_custom:
            raise problem_error(
                root, root / "problem.yaml", "needs a custom output validator, found none"
            )
        return None
    if version is FormatVersion.LEGACY and not needs_custom:
        warnings.append(
            f"{relative(root, program)}: ignored, problem.yaml says validation: default"
        )
        return None
    language = _program_language(program)
    if language is None:
        warnings.append(f"{relative(root, program)}: cannot tell the validator's language")
    return OutputValidator(path=program, language_hint=language)


def _validator_program(root: Path, version: FormatVersion) -> Path | None:
    """The validator program: `output_validator/` is one; `output_validators/` holds one."""
    singular, plural = root / "output_validator", root / "output_validators"
    order = (plural, singular) if version is FormatVersion.LEGACY else (singular, plural)
    for directory in order:
        if directory.is_dir():
            entries = visible_entries(directory)
            if directory is singular and _has_sources(entries):
                return singular
            return _single_program(root, directory, entries)
    return None


def _has_sources(entries: list[Path]) -> bool:
    return any(entry.is_file() for entry in entries)


def _single_program(root: Path, directory: Path, entries: list[Path]) -> Path:
    """The one program in `directory`: its only entry, or the directory itself when it holds
    files only (the sources of one program with their headers, e.g. a checker and its
    testlib.h, compiled together as problemtools and BAPCtools do)."""
    programs = [e for e in entries if not e.name.lower().startswith("readme")]
    if len(programs) > 1 and all(p.is_file() for p in programs):
        return directory
    if len(programs) != 1:
        found = ", ".join(p.name for p in programs) or "nothing"
        raise problem_error(
            root, directory, f"expected exactly one validator program, found {found}"
        )
    return programs[0]


# ---------------------------------------------------------------------------------------------
# Input validators


def find_input_validators(root: Path) -> tuple[InputValidator, ...]:
    """Every program in `input_validators/` (legacy also `input_format_validators/`): each
    subdirectory is one (all its sources with their headers), and so is each loose source file,
    compiled with the headers beside it (validate.cpp + testlib.h)."""
    found: list[InputValidator] = []
    for name in ("input_validators", "input_format_validators"):
        directory = root / name
        if not directory.is_dir():
            continue
        entries = [e for e in visible_entries(directory) if not e.name.lower().startswith("readme")]
        headers = tuple(e for e in entries if e.is_file() and e.suffix in _HEADER_SUFFIXES)
        for entry in entries:
            if entry not in headers:
                own_headers = headers if entry.is_file() else ()
                found.append(InputValidator(entry, _program_language(entry), own_headers))
    return tuple(found)


def _program_language(program: Path) -> str | None:
    """A validator's language: C++ before C, C before Python, Python before Java, where a
    program mixes them (a C++ validator with a C helper, a Python one with a Java tool)."""
    if program.is_dir() and ({"build", "run"} & {e.name for e in visible_entries(program)}):
        return "build-run"
    files = [program] if program.is_file() else [p for p in program.rglob("*") if p.is_file()]
    found = {language for p in files if (language := language_for_file(p)) is not None}
    return next((code for code in _VALIDATOR_LANGUAGE_ORDER if code in found), None)


# ---------------------------------------------------------------------------------------------
# Statements


def find_statements(root: Path, version: FormatVersion) -> tuple[Statement, ...]:
    dirs = (
        ("problem_statement", "statement")
        if version is FormatVersion.LEGACY
        else ("statement", "problem_statement")
    )
    found: dict[tuple[str, str], Statement] = {}
    for directory in (root / d for d in dirs):
        if directory.is_dir():
            for statement in _statements_in(directory):
                found.setdefault((statement.language, statement.format), statement)
    for fmt in ("pdf", "html", "txt"):  # DOMjudge keeps problem.{pdf,html,txt} at the root
        path = root / f"problem.{fmt}"
        if path.is_file():
            found.setdefault(("en", fmt), Statement(language="en", format=fmt, path=path))
    rank = {fmt: i for i, fmt in enumerate(_STATEMENT_FORMATS)}
    return tuple(sorted(found.values(), key=lambda s: (s.language, rank[s.format])))


def _statements_in(directory: Path) -> Iterator[Statement]:
    for path in visible_entries(directory):
        match = _STATEMENT_NAME.match(path.name)
        if match and path.is_file() and match.group(2) in _STATEMENT_FORMATS:
            yield Statement(language=match.group(1) or "en", format=match.group(2), path=path)
