"""Load a Kattis / ICPC problem package (legacy, 2023-07-draft, 2025-09) into a `Problem`.

    load_problem(path) -> Problem     raises ProblemError naming the package and the file
    package_hash(path) -> str         sha256 (hex) of the package's content

Reading is liberal where the formats drifted: `testdata.yaml` and `test_group.yaml` are both
read in every version, as are `output_validator/` and `output_validators/`, `statement/` and
`problem_statement/`. Anything the judge cannot honour raises `ProblemError`; oddities that
do not change a verdict end up in `Problem.warnings`.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import shlex
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from assay.problems.model import (
    Aggregation,
    InputValidator,
    OutputValidator,
    Problem,
    ProblemError,
    Statement,
    TestCase,
    TestGroup,
    TimeMultipliers,
)

_FORMAT_VERSIONS = {
    "legacy": "legacy",
    "legacy-icpc": "legacy",
    "draft": "2023-07-draft",
    "2023-07": "2023-07-draft",
    "2023-07-draft": "2023-07-draft",
    "2025-09": "2025-09",
}
_PROBLEM_TYPES = frozenset({"pass-fail", "scoring", "multi-pass", "interactive", "submit-answer"})
_KNOWN_KEYS = frozenset(
    {
        "problem_format_version", "type", "name", "uuid", "version", "credits", "author",
        "source", "source_url", "license", "rights_owner", "embargo_until", "limits",
        "keywords", "languages", "allow_file_writing", "constants", "validation",
        "validator_flags", "grading", "scoring", "show_test_data_groups",
    }
)  # fmt: skip
_DIFFICULTIES = frozenset({"easy", "medium", "hard"})
_STATEMENT_FORMATS = ("md", "tex", "html", "pdf", "txt")
_STATEMENT_NAME = re.compile(r"^problem(?:\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?))?\.(\w+)$")
_LEGACY_GROUP_KEYS = frozenset(
    {"on_reject", "grader_flags", "accept_score", "reject_score", "range"}
)
_CPP_SUFFIXES = frozenset({".cc", ".cpp", ".cxx", ".c++", ".C"})
_HEADER_SUFFIXES = frozenset({".h", ".hh", ".hpp", ".hxx"})
# Caches and version-control data never change what a package means.
_HASH_SKIP_DIRS = frozenset({".git", ".hg", ".svn", "__pycache__", ".pytest_cache", ".mypy_cache"})
_HASH_SKIP_FILES = frozenset({".DS_Store"})


# ---------------------------------------------------------------------------------------------
# Typed YAML access: every error names the package, the file and the key.


class _Fields:
    """Typed reads from one YAML mapping."""

    def __init__(self, data: Mapping[str, Any], root: Path, file: Path, prefix: str = "") -> None:
        self.data = data
        self.root = root
        self.file = file
        self.prefix = prefix

    def error(self, key: str, message: str) -> ProblemError:
        return _error(self.root, self.file, f"{self.prefix}{key}: {message}")

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def raw(self, key: str) -> Any:
        return self.data.get(key)

    def string(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.error(key, f"expected a string, got {_show(value)}")
        return str(value)

    def number(self, key: str) -> float | None:
        """A positive number (every limit and multiplier in the formats is one)."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            value = _parse_float(value)
        if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
            raise self.error(key, f"expected a positive number, got {_show(value)}")
        return float(value)

    def integer(self, key: str) -> int | None:
        number = self.number(key)
        if number is None:
            return None
        if not number.is_integer():
            raise self.error(key, f"expected a whole number, got {_show(self.data[key])}")
        return int(number)

    def mapping(self, key: str) -> _Fields:
        value = self.data.get(key)
        if value is None:
            value = {}
        if not isinstance(value, dict):
            raise self.error(key, f"expected a mapping, got {_show(value)}")
        items = {str(k): v for k, v in value.items()}
        return _Fields(items, self.root, self.file, f"{self.prefix}{key}.")

    def words(self, key: str) -> tuple[str, ...] | None:
        """A list of strings, or one string of space-separated words (legacy style)."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            return tuple(value.split())
        if isinstance(value, list) and all(_is_scalar(v) for v in value):
            return tuple(str(v) for v in value)
        raise self.error(key, f"expected a list of strings, got {_show(value)}")

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
        if isinstance(value, list) and all(_is_scalar(v) for v in value):
            return tuple(str(v) for v in value)
        raise self.error(key, f"expected a list of arguments, got {_show(value)}")


def _error(root: Path, file: Path, message: str) -> ProblemError:
    try:
        shown = file.relative_to(root).as_posix()
    except ValueError:
        shown = str(file)
    return ProblemError(f"problem {root}: {shown}: {message}")


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def _parse_float(text: str) -> float | str:
    try:
        return float(text)
    except ValueError:
        return text


def _read_yaml(root: Path, path: Path) -> _Fields:
    """One YAML file that must hold a mapping (an empty file is an empty mapping)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _error(root, path, f"cannot read: {exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise _error(root, path, f"invalid YAML: {_yaml_problem(exc)}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise _error(root, path, f"expected a mapping at the top level, got {_show(data)}")
    return _Fields({str(k): v for k, v in data.items()}, root, path)


def _yaml_problem(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return f"{problem} (line {mark.line + 1})" if mark is not None else str(problem)


# ---------------------------------------------------------------------------------------------
# Entry points


def load_problem(path: Path) -> Problem:
    """Load and check the package in directory `path`."""
    root = Path(path)
    if not root.is_dir():
        raise ProblemError(f"problem {root}: not a directory")
    if not (root / "problem.yaml").is_file():
        raise ProblemError(f"problem {root}: problem.yaml is missing")
    meta = _read_yaml(root, root / "problem.yaml")
    version = _format_version(meta)
    types = _problem_types(meta, version)
    warnings = _unknown_key_warnings(meta)
    metadata = _metadata_fields(meta)
    limits = _limit_fields(meta, root, version)
    flags = meta.args("validator_flags") or ()
    validator = _output_validator(root, version, types, meta, warnings)
    input_validators = _input_validators(root)
    statements = _statements(root, version)
    names = _names(meta, root, statements)
    difficulty, assay_tags = _assay_extras(root)
    data = _load_data(_DataSettings(root, version, "scoring" in types, warnings))
    return Problem(
        root=root,
        short_name=root.resolve().name,
        name=_main_name(names, root),
        format_version=version,
        is_interactive="interactive" in types,
        is_scoring="scoring" in types,
        is_multipass="multi-pass" in types,
        output_validator=validator,
        input_validators=input_validators,
        data=data,
        statements=statements,
        names=names,
        validator_flags=flags,
        difficulty=difficulty,
        tags=_unique((*(meta.words("keywords") or ()), *assay_tags)),
        warnings=tuple(warnings),
        **metadata,
        **limits,
    )


def package_hash(path: Path) -> str:
    """sha256 over the package's files: sorted relative paths, executable bits and contents.

    Everything counts (submissions, statements, hidden files such as DOMjudge's `.timelimit`)
    except version-control data and caches (`.git/`, `__pycache__/`, `*.pyc`, `.DS_Store`):
    a worker's cached copy must match the server's whenever judging could differ.
    """
    root = Path(path)
    digest = hashlib.sha256()
    for relative, file in _hashable_files(root):
        mode = "x" if os.access(file, os.X_OK) else "-"
        digest.update(f"{relative}\0{mode}\0{_file_sha256(file)}\n".encode())
    return digest.hexdigest()


def _hashable_files(root: Path) -> Iterator[tuple[str, Path]]:
    found: list[tuple[str, Path]] = []
    for directory, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in _HASH_SKIP_DIRS]
        for name in filenames:
            if name in _HASH_SKIP_FILES or name.endswith(".pyc"):
                continue
            file = Path(directory, name)
            if file.is_file():
                found.append((file.relative_to(root).as_posix(), file))
    yield from sorted(found)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------
# problem.yaml: version, type, names, metadata, limits


def _format_version(meta: _Fields) -> str:
    raw = meta.string("problem_format_version")
    if raw is None:
        return "legacy"
    version = _FORMAT_VERSIONS.get(raw.strip().lower())
    if version is None:
        supported = ", ".join(sorted(set(_FORMAT_VERSIONS.values())))
        raise meta.error("problem_format_version", f"unsupported {raw!r} (supported: {supported})")
    return version


def _problem_types(meta: _Fields, version: str) -> frozenset[str]:
    types = set(meta.words("type") or ("pass-fail",))
    unknown = types - _PROBLEM_TYPES
    if unknown:
        raise meta.error("type", f"unknown problem type {', '.join(sorted(unknown))}")
    types |= _legacy_validation_types(meta)
    if {"pass-fail", "scoring"} <= types:
        raise meta.error("type", "pass-fail and scoring cannot be combined")
    if "submit-answer" in types:
        raise meta.error("type", "submit-answer problems are not supported")
    return frozenset(types)


def _legacy_validation_types(meta: _Fields) -> set[str]:
    """Legacy `validation: custom [interactive] [score] [multi-pass]` as problem types."""
    words = meta.words("validation")
    if not words:
        return set()
    if words[0] not in ("default", "custom"):
        raise meta.error("validation", f"must start with 'default' or 'custom', got {words[0]!r}")
    unknown = set(words[1:]) - {"interactive", "score", "multi-pass"}
    if unknown or (words[0] == "default" and len(words) > 1):
        raise meta.error("validation", f"unsupported {' '.join(words)!r}")
    return set(words[1:]) - {"score"}


def _unknown_key_warnings(meta: _Fields) -> list[str]:
    unknown = sorted(set(meta.data) - _KNOWN_KEYS)
    return [f"problem.yaml: unknown key {key!r} ignored" for key in unknown]


def _names(
    meta: _Fields, root: Path, statements: tuple[Statement, ...]
) -> tuple[tuple[str, str], ...]:
    raw = meta.raw("name")
    if isinstance(raw, dict):
        names = tuple((str(lang), str(name)) for lang, name in raw.items() if _is_scalar(name))
        if not names:
            raise meta.error("name", "the map of names is empty")
        return names
    name = meta.string("name") or _domjudge_ini(root).get("name") or _tex_problem_name(statements)
    return (("en", name),) if name else ()


def _main_name(names: tuple[tuple[str, str], ...], root: Path) -> str:
    by_language = dict(names)
    if "en" in by_language:
        return by_language["en"]
    return names[0][1] if names else root.resolve().name


def _tex_problem_name(statements: tuple[Statement, ...]) -> str | None:
    for statement in statements:
        if statement.format != "tex":
            continue
        text = statement.path.read_text(encoding="utf-8", errors="replace")
        plain = re.search(r"^%%\s*plainproblemname:\s*(.+)$", text, re.MULTILINE)
        fancy = re.search(r"\\problemname\{([^{}]*)\}", text)
        match = plain or fancy
        if match:
            return match.group(1).strip()
    return None


def _metadata_fields(meta: _Fields) -> dict[str, Any]:
    languages = meta.words("languages") or ()
    constants = meta.mapping("constants")
    return {
        "uuid": meta.string("uuid"),
        "source": _source(meta),
        "license": meta.string("license"),
        "languages": () if languages == ("all",) else languages,
        "constants": tuple((key, str(value)) for key, value in constants.data.items()),
        "allow_file_writing": meta.raw("allow_file_writing") is True,
    }


def _source(meta: _Fields) -> str | None:
    raw = meta.raw("source")
    entries = raw if isinstance(raw, list) else [raw]
    names = [str(e.get("name", "")) if isinstance(e, dict) else str(e) for e in entries if e]
    return ", ".join(n for n in names if n) or None


def _limit_fields(meta: _Fields, root: Path, version: str) -> dict[str, Any]:
    limits = meta.mapping("limits")
    legacy = version == "legacy"
    return {
        "time_limit_s": _time_limit_s(limits, root),
        "time_multipliers": _time_multipliers(limits, legacy),
        "time_resolution_s": limits.number("time_resolution") or 1.0,
        "memory_mib": limits.integer("memory") or 2048,
        "output_mib": limits.integer("output") or 8,
        "code_kib": limits.integer("code"),
        "compilation_time_s": limits.number("compilation_time") or 60.0,
        "validation_passes": _validation_passes(limits),
    }


def _time_multipliers(limits: _Fields, legacy: bool) -> TimeMultipliers:
    """New keys win over legacy ones; the defaults depend on the format version."""
    new = limits.mapping("time_multipliers")
    ac_to_tl = new.number("ac_to_time_limit") or limits.number("time_multiplier")
    tl_to_tle = new.number("time_limit_to_tle") or limits.number("time_safety_margin")
    return TimeMultipliers(
        ac_to_time_limit=ac_to_tl or (5.0 if legacy else 2.0),
        time_limit_to_tle=tl_to_tle or (2.0 if legacy else 1.5),
    )


def _validation_passes(limits: _Fields) -> int:
    passes = limits.integer("validation_passes") or 2
    if passes < 2:
        raise limits.error("validation_passes", f"must be at least 2, got {passes}")
    return passes


def _time_limit_s(limits: _Fields, root: Path) -> float | None:
    """problem.yaml's `limits.time_limit`, else DOMjudge's domjudge-problem.ini, else .timelimit."""
    explicit = limits.number("time_limit")
    if explicit is not None:
        return explicit
    ini_value = _domjudge_ini(root).get("timelimit")
    if ini_value is not None:
        return _positive_seconds(root, root / "domjudge-problem.ini", ini_value)
    dotfile = root / ".timelimit"
    if dotfile.is_file():
        return _positive_seconds(root, dotfile, dotfile.read_text(errors="replace").strip())
    return None


def _positive_seconds(root: Path, file: Path, text: str) -> float:
    value = _parse_float(text)
    if isinstance(value, str) or not math.isfinite(value) or value <= 0:
        raise _error(root, file, f"time limit must be a positive number of seconds, got {text!r}")
    return value


def _domjudge_ini(root: Path) -> dict[str, str]:
    """`key = value` lines; values may be quoted."""
    path = root / "domjudge-problem.ini"
    if not path.is_file():
        return {}
    values: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip() and not key.lstrip().startswith((";", "#")):
            values[key.strip().lower()] = value.strip().strip("'\"")
    return values


def _unique(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


# ---------------------------------------------------------------------------------------------
# assay.yaml: difficulty and tags of our own


def _assay_extras(root: Path) -> tuple[str | None, tuple[str, ...]]:
    path = root / "assay.yaml"
    if not path.is_file():
        return None, ()
    extras = _read_yaml(root, path)
    difficulty = extras.string("difficulty")
    if difficulty is not None and difficulty not in _DIFFICULTIES:
        allowed = ", ".join(sorted(_DIFFICULTIES))
        raise extras.error("difficulty", f"must be one of {allowed}, got {difficulty!r}")
    return difficulty, extras.words("tags") or ()


# ---------------------------------------------------------------------------------------------
# Output validator


def _output_validator(
    root: Path, version: str, types: frozenset[str], meta: _Fields, warnings: list[str]
) -> OutputValidator | None:
    legacy_custom = (meta.words("validation") or ("default",))[0] == "custom"
    needs_custom = bool(types & {"interactive", "multi-pass"}) or legacy_custom
    program = _validator_program(root, version)
    if program is None:
        if needs_custom:
            raise _error(root, root / "problem.yaml", "needs a custom output validator, found none")
        return None
    if version == "legacy" and not needs_custom:
        warnings.append(
            f"{_relative(root, program)}: ignored, problem.yaml says validation: default"
        )
        return None
    language = _program_language(program)
    if language is None:
        warnings.append(f"{_relative(root, program)}: cannot tell the validator's language")
    return OutputValidator(path=program, language_hint=language)


def _validator_program(root: Path, version: str) -> Path | None:
    """The validator program: `output_validator/` is one; `output_validators/` holds one."""
    singular, plural = root / "output_validator", root / "output_validators"
    order = (plural, singular) if version == "legacy" else (singular, plural)
    for directory in order:
        if directory.is_dir():
            entries = _visible_entries(directory)
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
        raise _error(root, directory, f"expected exactly one validator program, found {found}")
    return programs[0]


def _input_validators(root: Path) -> tuple[InputValidator, ...]:
    """Every program in `input_validators/` (legacy also `input_format_validators/`): each
    subdirectory is one (all its sources with their headers), and so is each loose source file,
    compiled with the headers beside it (validate.cpp + testlib.h)."""
    found: list[InputValidator] = []
    for name in ("input_validators", "input_format_validators"):
        directory = root / name
        if not directory.is_dir():
            continue
        entries = [
            e for e in _visible_entries(directory) if not e.name.lower().startswith("readme")
        ]
        headers = tuple(e for e in entries if e.is_file() and e.suffix in _HEADER_SUFFIXES)
        for entry in entries:
            if entry not in headers:
                own_headers = headers if entry.is_file() else ()
                found.append(InputValidator(entry, _program_language(entry), own_headers))
    return tuple(found)


def _program_language(program: Path) -> str | None:
    if program.is_dir() and ({"build", "run"} & {e.name for e in _visible_entries(program)}):
        return "build-run"
    files = [program] if program.is_file() else [p for p in program.rglob("*") if p.is_file()]
    suffixes = {p.suffix for p in files}
    if suffixes & _CPP_SUFFIXES:
        return "cpp"
    for suffix, language in ((".c", "c"), (".py", "python"), (".java", "java")):
        if suffix in suffixes:
            return language
    return None


def _visible_entries(directory: Path) -> list[Path]:
    return sorted(e for e in directory.iterdir() if not e.name.startswith("."))


def _relative(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


# ---------------------------------------------------------------------------------------------
# Statements


def _statements(root: Path, version: str) -> tuple[Statement, ...]:
    dirs = (
        ("problem_statement", "statement")
        if version == "legacy"
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
    for path in _visible_entries(directory):
        match = _STATEMENT_NAME.match(path.name)
        if match and path.is_file() and match.group(2) in _STATEMENT_FORMATS:
            yield Statement(language=match.group(1) or "en", format=match.group(2), path=path)


# ---------------------------------------------------------------------------------------------
# Test data: data/sample, data/secret, nested groups, testdata.yaml / test_group.yaml, <case>.yaml


@dataclass(frozen=True, slots=True)
class _DataSettings:
    root: Path
    version: str
    is_scoring: bool
    warnings: list[str]


@dataclass(frozen=True, slots=True)
class _Inherited:
    """What a directory under data/ passes down to its cases and subdirectories."""

    validator_args: tuple[str, ...] = ()
    accept_score: float | None = None  # legacy accept_score / draft scoring.score
    on_reject: str = "break"  # legacy
    grader_flags: tuple[str, ...] = ()  # legacy
    range_max: float | None = None  # legacy `range` upper bound
    # 2025-09: a group's aggregation and score per case, for its plain subdirectories only.
    aggregation: Aggregation | None = None
    share: float | None = None


@dataclass(frozen=True, slots=True)
class _GroupFile:
    """The settings one group's testdata.yaml / test_group.yaml gives itself."""

    fields: _Fields | None
    style: str  # "none", "legacy" (range, accept_score, ...), "draft" (scoring: ...), "spec"
    aggregation: Aggregation | None = None
    max_score: float | None = None
    accept_score: float | None = None
    unbounded: bool = False


@dataclass(slots=True)
class _GroupPlan:
    name: str
    directory: Path
    inherited: _Inherited
    own: _GroupFile
    aggregation: Aggregation = Aggregation.SUM
    max_score: float | None = None


def _load_data(settings: _DataSettings) -> TestGroup:
    data_dir = settings.root / "data"
    if not data_dir.is_dir():
        raise _error(settings.root, data_dir, "test data directory is missing")
    root_plan = _plan_group(settings, data_dir, "", _Inherited())
    groups = [
        _load_group(settings, data_dir / name, name, root_plan.inherited)
        for name in ("sample", "secret")
        if (data_dir / name).is_dir()
    ]
    data = _finish_group(settings, root_plan, groups)
    if settings.is_scoring and settings.version != "legacy":
        data = replace(data, ignore_sample=True, on_reject_continue=True)
    if not data.all_cases():
        raise _error(settings.root, data_dir, "no test cases (a case is a .in file with a .ans)")
    return data


def _load_group(
    settings: _DataSettings, directory: Path, name: str, parent: _Inherited
) -> TestGroup:
    plan = _plan_group(settings, directory, name, parent)
    children: list[TestCase | TestGroup] = []
    for entry in _visible_entries(directory):
        if entry.is_dir() and not entry.name.endswith(".files"):
            group = _load_group(settings, entry, f"{name}/{entry.name}", plan.inherited)
            if group.all_cases():
                children.append(group)
        elif entry.name.endswith(".in") and entry.is_file():
            children.append(_load_case(settings, entry, name, plan.inherited))
    return _finish_group(settings, plan, children)


def _plan_group(
    settings: _DataSettings, directory: Path, name: str, parent: _Inherited
) -> _GroupPlan:
    own = _read_group_file(settings, directory)
    inherited = _inherit(own, parent)
    plan = _GroupPlan(name=name, directory=directory, inherited=inherited, own=own)
    if settings.is_scoring:
        _plan_scoring(settings, plan, parent)
    return plan


def _inherit(own: _GroupFile, parent: _Inherited) -> _Inherited:
    """Legacy keys are inherited from the nearest ancestor that sets them."""
    fields = own.fields
    if fields is None:
        return parent
    args = fields.args("output_validator_args")
    if args is None:
        args = fields.args("output_validator_flags")
    grader_flags = fields.words("grader_flags")
    return _Inherited(
        validator_args=parent.validator_args if args is None else args,
        accept_score=parent.accept_score if own.accept_score is None else own.accept_score,
        on_reject=fields.string("on_reject") or parent.on_reject,
        grader_flags=parent.grader_flags if grader_flags is None else grader_flags,
        range_max=_range_max(fields) if fields.has("range") else parent.range_max,
    )


def _read_group_file(settings: _DataSettings, directory: Path) -> _GroupFile:
    new, old = directory / "test_group.yaml", directory / "testdata.yaml"
    if new.is_file() and old.is_file():
        settings.warnings.append(f"{_relative(settings.root, old)}: ignored, test_group.yaml wins")
    path = new if new.is_file() else old if old.is_file() else None
    if path is None:
        return _GroupFile(fields=None, style="none")
    fields = _read_yaml(settings.root, path)
    if fields.has("scoring"):
        return _draft_group_file(fields)
    if _LEGACY_GROUP_KEYS & {k for k in fields.data if fields.has(k)}:
        return _legacy_group_file(fields)
    if settings.version == "legacy":
        return _GroupFile(fields=fields, style="none")
    return _spec_group_file(fields)


def _draft_group_file(fields: _Fields) -> _GroupFile:
    """2023-07 draft: `scoring: {score, max_score, aggregation}`; `score` is per accepted case."""
    scoring = fields.mapping("scoring")
    return _GroupFile(
        fields=fields,
        style="draft",
        aggregation=_aggregation(scoring, "aggregation"),
        max_score=_score_value(scoring, "max_score"),
        accept_score=_score_value(scoring, "score"),
    )


def _legacy_group_file(fields: _Fields) -> _GroupFile:
    return _GroupFile(
        fields=fields, style="legacy", accept_score=_score_value(fields, "accept_score")
    )


def _spec_group_file(fields: _Fields) -> _GroupFile:
    """2025-09: `max_score` (int or `unbounded`) and `score_aggregation`."""
    unbounded = fields.raw("max_score") == "unbounded"
    return _GroupFile(
        fields=fields,
        style="spec",
        aggregation=_aggregation(fields, "score_aggregation"),
        max_score=None if unbounded else _score_value(fields, "max_score"),
        unbounded=unbounded,
    )


def _aggregation(fields: _Fields, key: str) -> Aggregation | None:
    value = fields.string(key)
    if value is None:
        return None
    try:
        return Aggregation(value)
    except ValueError:
        allowed = ", ".join(a.value for a in Aggregation)
        raise fields.error(key, f"must be one of {allowed}, got {value!r}") from None


def _score_value(fields: _Fields, key: str) -> float | None:
    value = fields.raw(key)
    if value is None:
        return None
    if isinstance(value, str):
        value = _parse_float(value)
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
        raise fields.error(key, f"expected a non-negative number, got {_show(value)}")
    return float(value)


def _range_max(fields: _Fields) -> float | None:
    text = fields.string("range")
    if text is None:
        return None
    parts = [_parse_float(p) for p in text.split()]
    if len(parts) != 2 or any(isinstance(p, str) for p in parts):
        raise fields.error("range", f"expected two numbers 'min max', got {text!r}")
    upper = float(parts[1])
    return upper if math.isfinite(upper) else None


# Scoring: turn the three dialects into aggregation, max_score and a score per accepted case.


def _plan_scoring(settings: _DataSettings, plan: _GroupPlan, parent: _Inherited) -> None:
    own = plan.own
    plan.aggregation = (
        own.aggregation or _legacy_aggregation(settings, plan) or _default_aggregation(plan, parent)
    )
    plan.max_score = own.max_score
    if plan.max_score is None and own.style == "legacy":
        plan.max_score = plan.inherited.range_max
    spec_style = settings.version != "legacy" and own.style in ("spec", "none")
    if plan.max_score is None and spec_style and plan.name == "secret" and not own.unbounded:
        plan.max_score = 100.0
    if settings.version != "legacy" and plan.name == "sample":
        plan.max_score = 0.0  # samples are judged but never scored in the new formats
        plan.inherited = replace(plan.inherited, accept_score=0.0)
    share = plan.inherited.share
    if spec_style and plan.max_score is not None and plan.inherited.accept_score is None:
        share = _share(plan.max_score, plan.aggregation, _count_cases(plan.directory))
    plan.inherited = replace(plan.inherited, aggregation=plan.aggregation, share=share)


def _legacy_aggregation(settings: _DataSettings, plan: _GroupPlan) -> Aggregation | None:
    modes = [f for f in plan.inherited.grader_flags if f in ("sum", "min", "avg", "max")]
    if not modes:
        return None
    if modes[-1] in ("avg", "max"):
        settings.warnings.append(f"data/{plan.name}: grader mode {modes[-1]!r} judged as 'sum'")
        return Aggregation.SUM
    return Aggregation(modes[-1])


def _default_aggregation(plan: _GroupPlan, parent: _Inherited) -> Aggregation:
    if plan.own.style == "none" and parent.aggregation is not None:
        return parent.aggregation  # a plain subdirectory belongs to its group
    spec_group = plan.own.style == "spec" and plan.name.startswith("secret/")
    return Aggregation.PASS_FAIL if spec_group else Aggregation.SUM


def _share(max_score: float, aggregation: Aggregation, count: int) -> float | None:
    """2025-09: a case in a `min` group is worth the group's maximum, else an equal share."""
    if count == 0:
        return None
    return max_score if aggregation is Aggregation.MIN else max_score / count


def _count_cases(directory: Path) -> int:
    """Cases in a group, including plain subdirectories but not nested groups."""
    count = 0
    for entry in _visible_entries(directory):
        if entry.is_dir() and not _is_group_dir(entry):
            count += _count_cases(entry)
        elif entry.name.endswith(".in") and entry.is_file():
            count += 1
    return count


def _is_group_dir(directory: Path) -> bool:
    return (directory / "test_group.yaml").is_file() or (directory / "testdata.yaml").is_file()


def _finish_group(
    settings: _DataSettings, plan: _GroupPlan, children: Sequence[TestCase | TestGroup]
) -> TestGroup:
    cases = tuple(c for c in children if isinstance(c, TestCase))
    groups = tuple(c for c in children if isinstance(c, TestGroup))
    max_score = plan.max_score
    if settings.is_scoring and max_score is None and not plan.own.unbounded:
        max_score = _children_max(plan.aggregation, children)
    legacy_root = plan.name == "" and "ignore_sample" in plan.inherited.grader_flags
    continues = plan.inherited.on_reject == "continue"
    if settings.is_scoring and settings.version != "legacy" and plan.own.style != "legacy":
        continues = plan.aggregation is Aggregation.SUM  # a sum needs every case judged
    return TestGroup(
        name=plan.name,
        cases=cases,
        groups=groups,
        aggregation=plan.aggregation,
        max_score=max_score,
        on_reject_continue=continues,
        ignore_sample=legacy_root,
    )


def _children_max(
    aggregation: Aggregation, children: Sequence[TestCase | TestGroup]
) -> float | None:
    maxima = [c.accept_score if isinstance(c, TestCase) else c.max_score for c in children]
    known = [m for m in maxima if m is not None]
    if not known or len(known) != len(maxima) or aggregation is Aggregation.PASS_FAIL:
        return None
    return min(known) if aggregation is Aggregation.MIN else sum(known)


def _load_case(
    settings: _DataSettings, input_path: Path, group: str, inherited: _Inherited
) -> TestCase:
    base = input_path.name[: -len(".in")]
    answer_path = input_path.with_name(f"{base}.ans")
    if not answer_path.is_file():
        raise _error(
            settings.root, answer_path, f"missing: test case {group}/{base} has no answer file"
        )
    _check_inside(settings.root, input_path)
    _check_inside(settings.root, answer_path)
    args = inherited.validator_args
    case_yaml = input_path.with_name(f"{base}.yaml")
    if case_yaml.is_file():
        fields = _read_yaml(settings.root, case_yaml)
        own_args = fields.args("output_validator_args")
        args = own_args if own_args is not None else args
    return TestCase(
        name=f"{group}/{base}",
        input_path=input_path,
        answer_path=answer_path,
        is_sample=group == "sample" or group.startswith("sample/"),
        output_validator_args=args,
        accept_score=_case_score(inherited),
    )


def _case_score(inherited: _Inherited) -> float:
    if inherited.accept_score is not None:
        return inherited.accept_score
    return 1.0 if inherited.share is None else inherited.share


def _check_inside(root: Path, path: Path) -> None:
    """A symlink may point anywhere inside the package, never outside it."""
    if not path.resolve().is_relative_to(root.resolve()):
        raise _error(root, path, "is a link to a file outside the package")
