"""problem.yaml (version, types, names, metadata, limits), DOMjudge's files, assay.yaml
(difficulty, tags, catalogue number, hints) and the editorial (`solution/`).

Each reader returns what `load_problem` passes on to `Problem`; the limits and metadata come as
keyword arguments so the loader stays one call.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from assay.problems.model import (
    FormatVersion,
    ProblemLimits,
    ProblemMetadata,
    ProblemType,
    Statement,
    TimeMultipliers,
)
from assay.problems.yaml_fields import (
    Fields,
    is_scalar,
    parse_float,
    problem_error,
    read_yaml,
    show,
)

_FORMAT_VERSIONS = {
    "legacy": FormatVersion.LEGACY,
    "legacy-icpc": FormatVersion.LEGACY,
    "draft": FormatVersion.DRAFT_2023_07,
    "2023-07": FormatVersion.DRAFT_2023_07,
    "2023-07-draft": FormatVersion.DRAFT_2023_07,
    "2025-09": FormatVersion.V2025_09,
}
_KNOWN_KEYS = frozenset(
    {
        "problem_format_version", "type", "name", "uuid", "version", "credits", "author",
        "source", "source_url", "license", "rights_owner", "embargo_until", "limits",
        "keywords", "languages", "allow_file_writing", "constants", "validation",
        "validator_flags", "grading", "scoring", "show_test_data_groups",
    }
)  # fmt: skip
_DIFFICULTIES = frozenset({"easy", "medium", "hard"})
MAX_NUMBER = 2**31 - 1  # the catalogue number is a 32-bit integer column
MAX_HINTS = 5
MAX_HINT_CHARS = 2000
_EDITORIAL_FILES = (
    ("solution.en.md", "en", "md"),
    ("solution.md", "en", "md"),
    ("solution.en.tex", "en", "tex"),
    ("solution.tex", "en", "tex"),
)


# ---------------------------------------------------------------------------------------------
# problem.yaml: version, type, names, metadata


def read_format_version(meta: Fields) -> FormatVersion:
    raw = meta.string("problem_format_version")
    if raw is None:
        return FormatVersion.LEGACY
    version = _FORMAT_VERSIONS.get(raw.strip().lower())
    if version is None:
        supported = ", ".join(sorted(v.value for v in FormatVersion))
        raise meta.error("problem_format_version", f"unsupported {raw!r} (supported: {supported})")
    return version


def read_problem_types(meta: Fields) -> frozenset[ProblemType]:
    words = set(meta.words("type") or (ProblemType.PASS_FAIL,))
    unknown = words - set(ProblemType)
    if unknown:
        raise meta.error("type", f"unknown problem type {', '.join(sorted(unknown))}")
    types = {ProblemType(word) for word in words} | _legacy_validation_types(meta)
    if {ProblemType.PASS_FAIL, ProblemType.SCORING} <= types:
        raise meta.error("type", "pass-fail and scoring cannot be combined")
    if ProblemType.SUBMIT_ANSWER in types:
        raise meta.error("type", "submit-answer problems are not supported")
    return frozenset(types)


def _legacy_validation_types(meta: Fields) -> set[ProblemType]:
    """Legacy `validation: custom [interactive] [score] [multi-pass]` as problem types."""
    words = meta.words("validation")
    if not words:
        return set()
    if words[0] not in ("default", "custom"):
        raise meta.error("validation", f"must start with 'default' or 'custom', got {words[0]!r}")
    unknown = set(words[1:]) - {"interactive", "score", "multi-pass"}
    if unknown or (words[0] == "default" and len(words) > 1):
        raise meta.error("validation", f"unsupported {' '.join(words)!r}")
    return {ProblemType(word) for word in words[1:] if word != "score"}


def unknown_key_warnings(meta: Fields) -> list[str]:
    unknown = sorted(set(meta.data) - _KNOWN_KEYS)
    return [f"problem.yaml: unknown key {key!r} ignored" for key in unknown]


def problem_names(
    meta: Fields, root: Path, statements: tuple[Statement, ...]
) -> tuple[tuple[str, str], ...]:
    raw = meta.raw("name")
    if isinstance(raw, dict):
        names = tuple((str(lang), str(name)) for lang, name in raw.items() if is_scalar(name))
        if not names:
            raise meta.error("name", "the map of names is empty")
        return names
    name = meta.string("name") or _domjudge_ini(root).get("name") or _tex_problem_name(statements)
    return (("en", name),) if name else ()


def main_name(names: tuple[tuple[str, str], ...], root: Path) -> str:
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


def metadata_of(
    meta: Fields, names: tuple[tuple[str, str], ...], extras: AssayExtras
) -> ProblemMetadata:
    return ProblemMetadata(
        names=names,
        uuid=meta.string("uuid"),
        source=_source(meta),
        license=meta.string("license"),
        difficulty=extras.difficulty,
        tags=_unique((*(meta.words("keywords") or ()), *extras.tags)),
        number=extras.number,
        hints=extras.hints,
    )


def allowed_languages(meta: Fields) -> tuple[str, ...]:
    """2025-09 `languages`; empty means all."""
    languages = meta.words("languages") or ()
    return () if languages == ("all",) else languages


def constants(meta: Fields) -> tuple[tuple[str, str], ...]:
    return tuple((key, str(value)) for key, value in meta.mapping("constants").data.items())


def allows_file_writing(meta: Fields) -> bool:
    return meta.raw("allow_file_writing") is True


def _unique(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _source(meta: Fields) -> str | None:
    raw = meta.raw("source")
    entries = raw if isinstance(raw, list) else [raw]
    names = [str(e.get("name", "")) if isinstance(e, dict) else str(e) for e in entries if e]
    return ", ".join(n for n in names if n) or None


# ---------------------------------------------------------------------------------------------
# problem.yaml: limits (with DOMjudge's time limit files as a fallback)


def limits_of(meta: Fields, root: Path, version: FormatVersion) -> ProblemLimits:
    limits = meta.mapping("limits")
    legacy = version is FormatVersion.LEGACY
    return ProblemLimits(
        time_limit_s=_time_limit_s(limits, root),
        time_multipliers=_time_multipliers(limits, legacy),
        time_resolution_s=limits.number("time_resolution") or 1.0,
        memory_mib=limits.integer("memory") or 2048,
        output_mib=limits.integer("output") or 8,
        code_kib=limits.integer("code"),
        compilation_time_s=limits.number("compilation_time") or 60.0,
        validation_passes=_validation_passes(limits),
    )


def _time_multipliers(limits: Fields, legacy: bool) -> TimeMultipliers:
    """New keys win over legacy ones; the defaults depend on the format version."""
    new = limits.mapping("time_multipliers")
    ac_to_tl = new.number("ac_to_time_limit") or limits.number("time_multiplier")
    tl_to_tle = new.number("time_limit_to_tle") or limits.number("time_safety_margin")
    return TimeMultipliers(
        ac_to_time_limit=ac_to_tl or (5.0 if legacy else 2.0),
        time_limit_to_tle=tl_to_tle or (2.0 if legacy else 1.5),
    )


def _validation_passes(limits: Fields) -> int:
    passes = limits.integer("validation_passes") or 2
    if passes < 2:
        raise limits.error("validation_passes", f"must be at least 2, got {passes}")
    return passes


def _time_limit_s(limits: Fields, root: Path) -> float | None:
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
    value = parse_float(text)
    if isinstance(value, str) or not math.isfinite(value) or value <= 0:
        raise problem_error(
            root, file, f"time limit must be a positive number of seconds, got {text!r}"
        )
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


# ---------------------------------------------------------------------------------------------
# assay.yaml: difficulty, tags, catalogue number and hints of our own


@dataclass(frozen=True, slots=True)
class AssayExtras:
    difficulty: str | None = None
    tags: tuple[str, ...] = ()
    number: int | None = None  # a stable catalogue number, unique across the catalogue
    hints: tuple[str, ...] = ()  # short Markdown texts, shown one at a time


def assay_extras(root: Path) -> AssayExtras:
    path = root / "assay.yaml"
    if not path.is_file():
        return AssayExtras()
    extras = read_yaml(root, path)
    difficulty = extras.string("difficulty")
    if difficulty is not None and difficulty not in _DIFFICULTIES:
        allowed = ", ".join(sorted(_DIFFICULTIES))
        raise extras.error("difficulty", f"must be one of {allowed}, got {difficulty!r}")
    return AssayExtras(
        difficulty=difficulty,
        tags=extras.words("tags") or (),
        number=_catalogue_number(extras),
        hints=_hints(extras),
    )


def _catalogue_number(extras: Fields) -> int | None:
    value = extras.raw("number")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise extras.error("number", f"expected a whole number, got {show(value)}")
    if not 1 <= value <= MAX_NUMBER:
        raise extras.error("number", f"must be between 1 and {MAX_NUMBER}, got {value}")
    return value


def _hints(extras: Fields) -> tuple[str, ...]:
    value = extras.raw("hints")
    if value is None:
        return ()
    if not isinstance(value, list):
        raise extras.error("hints", f"expected a list of Markdown texts, got {show(value)}")
    if len(value) > MAX_HINTS:
        raise extras.error("hints", f"at most {MAX_HINTS} hints, got {len(value)}")
    hints: list[str] = []
    for index, hint in enumerate(value):
        if not is_scalar(hint) or not str(hint).strip():
            raise extras.error(f"hints[{index}]", f"expected a non-empty text, got {show(hint)}")
        text = str(hint).strip()
        if len(text) > MAX_HINT_CHARS:
            raise extras.error(
                f"hints[{index}]", f"at most {MAX_HINT_CHARS} characters, got {len(text)}"
            )
        hints.append(text)
    return tuple(hints)


# ---------------------------------------------------------------------------------------------
# The editorial: the 2025-09 solution description


def find_editorial(root: Path) -> Statement | None:
    """`solution/solution.en.md`, else `solution/solution.md` (or the same in LaTeX)."""
    directory = root / "solution"
    for name, language, fmt in _EDITORIAL_FILES:
        path = directory / name
        if path.is_file():
            return Statement(language=language, format=fmt, path=path)
    return None
