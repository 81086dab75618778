"""Example submissions of a package and the verdicts they must get, for `assay verify`.

    discover_submissions(problem) -> tuple[ExpectedSubmission, ...]
    unmet_expectations(expected, final_verdict, outcomes, score, max_score) -> tuple[str, ...]
    time_limit_role(expected, case_name) -> "lower" | "upper" | None

Three dialects, one result:
- legacy / DOMjudge directories (`accepted/`, `wrong_answer/`, ...): the submission's final
  verdict (that of its first failing case) must be in `permitted` (kind FINAL);
- DOMjudge `@EXPECTED_RESULTS@:` tags, honoured outside the four official directories only
  (as DOMjudge does); they replace every other rule (kind FINAL);
- 2025-09 `submissions/submissions.yaml` plus the default directory rules: every judged case
  must have a verdict in a rule's `permitted` and one in its `required` (kind PER_CASE; judge
  every case, do not stop at the first failure).

Verdicts are `assay.core.Verdict` values: the formats' RTE is RE, NO-OUTPUT is WA. Kattis has
no memory-limit verdict, so wherever RE is expected, MLE (and OLE) is accepted too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from assay.core.types import Verdict
from assay.languages.extensions import language_for_file
from assay.problems.expectations import (
    CASE_VERDICTS,
    CaseOutcome,
    ExpectationKind,
    ExpectedSubmission,
    TimeLimitUse,
    VerdictRule,
    settled,
    time_limit_role,
    unmet_expectations,
    verdict_allowed,
)
from assay.problems.model import Problem, ProblemError
from assay.problems.submissions_yaml import matching_rules, rules_by_name, yaml_meta

__all__ = [
    "CaseOutcome",
    "ExpectationKind",
    "ExpectedSubmission",
    "TimeLimitUse",
    "VerdictRule",
    "discover_submissions",
    "settled",
    "time_limit_role",
    "unmet_expectations",
    "verdict_allowed",
]

_OFFICIAL_DIRS = frozenset({"accepted", "wrong_answer", "time_limit_exceeded", "run_time_error"})
_LEGACY_DIRS: Mapping[str, frozenset[Verdict]] = {
    "accepted": frozenset({Verdict.AC}),
    "wrong_answer": frozenset({Verdict.WA}),
    "time_limit_exceeded": frozenset({Verdict.TLE}),
    "run_time_error": frozenset({Verdict.RE}),
    "partially_accepted": frozenset({Verdict.AC}),
}
# Directory names DOMjudge and BAPCtools use beyond the specifications.
_EXTRA_DIRS: Mapping[str, frozenset[Verdict]] = {
    "compiler_error": frozenset({Verdict.CE}),
    "compile_error": frozenset({Verdict.CE}),
    "output_limit": frozenset({Verdict.OLE}),
    "output_limit_exceeded": frozenset({Verdict.OLE}),
    "memory_limit": frozenset({Verdict.MLE}),
    "memory_limit_exceeded": frozenset({Verdict.MLE}),
    "no_output": frozenset({Verdict.WA}),
}
# problemtools bounds the time limit by accepted/ from below, time_limit_exceeded/ from above.
_LEGACY_TIME_LIMIT_DIRS: Mapping[str, TimeLimitUse] = {
    "accepted": "lower",
    "time_limit_exceeded": "upper",
}
_DOMJUDGE_RESULTS = {
    "CORRECT": Verdict.AC,
    "ACCEPTED": Verdict.AC,
    "WRONG-ANSWER": Verdict.WA,
    "NO-OUTPUT": Verdict.WA,
    "TIMELIMIT": Verdict.TLE,
    "TIME-LIMIT-EXCEEDED": Verdict.TLE,
    "RUN-ERROR": Verdict.RE,
    "RUN-TIME-ERROR": Verdict.RE,
    "COMPILER-ERROR": Verdict.CE,
    "OUTPUT-LIMIT": Verdict.OLE,
    "MEMORY-LIMIT": Verdict.MLE,
}
_TAG = re.compile(rb"@EXPECTED_(?:RESULTS|SCORE)@:[ \t]*([^\r\n]*)")
_TAG_FILE = "expected_result.txt"
_MAX_TAG_SCAN_BYTES = 16 << 20

# ---------------------------------------------------------------------------------------------
# Discovery


def discover_submissions(problem: Problem) -> tuple[ExpectedSubmission, ...]:
    """Every submission under `submissions/<dir>/`, sorted by name."""
    root = problem.root / "submissions"
    if not root.is_dir():
        return ()
    yaml_rules = rules_by_name(problem) if problem.format_version != "legacy" else {}
    entry_points = _domjudge_entry_points(problem.root)
    found = [
        _expect(problem, entry, yaml_rules, entry_points)
        for directory in _visible(root)
        if directory.is_dir()
        for entry in _visible(directory)
    ]
    return tuple(sorted(found, key=lambda s: s.name))


def _visible(directory: Path) -> Iterator[Path]:
    for entry in sorted(directory.iterdir()):
        name = entry.name
        skipped = name.startswith(".") or name.lower().startswith("readme")
        if not skipped and not name.endswith(".disabled"):
            yield entry


def _expect(
    problem: Problem,
    path: Path,
    yaml_rules: Mapping[str, Mapping[str, Any]],
    entry_points: Mapping[str, str],
) -> ExpectedSubmission:
    name = path.relative_to(problem.root / "submissions").as_posix()
    directory = name.split("/", 1)[0]
    files = _source_files(path)
    tag, tag_problem = _tag(path, files)
    meta = yaml_meta(name, yaml_rules)
    entrypoint = meta.get("entrypoint") or entry_points.get(name)
    base = ExpectedSubmission(
        name=name,
        path=path,
        files=files,
        language_hint=meta.get("language") or _language_hint(files, entrypoint),
        kind=ExpectationKind.NONE,
        permitted=frozenset(),
        required=frozenset(),
        entrypoint=entrypoint,
        partial_score=directory == "partially_accepted",
    )
    if directory not in _OFFICIAL_DIRS and (tag is not None or tag_problem is not None):
        return _from_tag(base, tag, tag_problem)
    expected = _from_directory(problem, base, directory, yaml_rules)
    return replace(expected, ignored_tag=tag) if tag else expected


def _from_tag(
    base: ExpectedSubmission, tag: frozenset[Verdict] | None, problem: str | None
) -> ExpectedSubmission:
    if tag is None:
        return replace(base, problem=problem)
    return replace(base, kind=ExpectationKind.FINAL, permitted=tag, required=tag)


def _from_directory(
    problem: Problem,
    base: ExpectedSubmission,
    directory: str,
    yaml_rules: Mapping[str, Mapping[str, Any]],
) -> ExpectedSubmission:
    if problem.format_version != "legacy":
        rules = matching_rules(base.name, yaml_rules, problem)
        if rules:
            return _per_case(base, rules)
        if directory == "partially_accepted":
            return _per_case(base, (VerdictRule(),))
    verdicts = (_LEGACY_DIRS if problem.format_version == "legacy" else {}).get(directory)
    verdicts = verdicts or _EXTRA_DIRS.get(directory)
    if verdicts is None:
        return replace(base, problem=f"no expected verdict for directory {directory!r}")
    return replace(
        base,
        kind=ExpectationKind.FINAL,
        permitted=verdicts,
        required=verdicts,
        use_for_time_limit=_LEGACY_TIME_LIMIT_DIRS.get(directory),
    )


def _per_case(base: ExpectedSubmission, rules: tuple[VerdictRule, ...]) -> ExpectedSubmission:
    whole = [r for r in rules if r.cases is None]
    permitted = frozenset(CASE_VERDICTS)
    required = frozenset(CASE_VERDICTS)
    for rule in whole:
        permitted &= rule.permitted
        required &= rule.required
    uses = {r.use_for_time_limit for r in whole}
    use: TimeLimitUse | None = "upper" if "upper" in uses else "lower" if "lower" in uses else None
    return replace(
        base,
        kind=ExpectationKind.PER_CASE,
        permitted=permitted,
        required=required & permitted,
        rules=rules,
        use_for_time_limit=use,
    )


# ---------------------------------------------------------------------------------------------
# Files, languages and DOMjudge tags


def _source_files(path: Path) -> tuple[Path, ...]:
    if path.is_file():
        return (path,)
    files = (p for p in sorted(path.rglob("*")) if p.is_file() and p.name != _TAG_FILE)
    return tuple(p for p in files if not _is_hidden(p.relative_to(path)))


def _is_hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _language_hint(files: tuple[Path, ...], entrypoint: str | None) -> str | None:
    if entrypoint is not None:
        by_entry = _file_language(Path(entrypoint))
        if by_entry is not None:
            return by_entry
    languages = {lang for f in files if (lang := _file_language(f)) is not None}
    return languages.pop() if len(languages) == 1 else None


def _file_language(path: Path) -> str | None:
    if path.suffix == ".pl":  # Prolog in the spec, Perl in DOMjudge: look inside
        return "prolog" if _looks_like_prolog(path) else "perl"
    return language_for_file(path)


def _looks_like_prolog(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return True
    return ":-" in text


def _tag(path: Path, files: tuple[Path, ...]) -> tuple[frozenset[Verdict] | None, str | None]:
    """The one `@EXPECTED_RESULTS@:` tag of a submission: (verdicts, problem)."""
    sources = [*files, path / _TAG_FILE] if path.is_dir() else list(files)
    values = [value for file in sources for value in _tag_values(file)]
    if not values:
        return None, None
    if len(values) > 1:
        return None, "several @EXPECTED_RESULTS@ tags (DOMjudge refuses such a submission)"
    return _tag_verdicts(values[0])


def _tag_values(file: Path) -> list[str]:
    try:
        with file.open("rb") as stream:
            data = stream.read(_MAX_TAG_SCAN_BYTES)
    except OSError:
        return []
    return [m.group(1).decode("latin-1") for m in _TAG.finditer(data)]


def _tag_verdicts(value: str) -> tuple[frozenset[Verdict] | None, str | None]:
    value = re.split(r"\*/|-->", value, maxsplit=1)[0]  # the tag may sit in a comment
    names = [n.strip().upper().replace("_", "-") for n in value.split(",") if n.strip()]
    if "CHECK-MANUALLY" in names:
        return None, "tagged CHECK-MANUALLY"
    unknown = [n for n in names if n not in _DOMJUDGE_RESULTS]
    if unknown or not names:
        return None, f"unknown expected result {', '.join(unknown) or '(empty)'}"
    return frozenset(_DOMJUDGE_RESULTS[n] for n in names), None


def _domjudge_entry_points(root: Path) -> dict[str, str]:
    """DOMjudge's submissions.json: {"submissions/accepted/x/": {"entry_point": "main.py"}}."""
    path = root / "submissions.json"
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProblemError(f"problem {root}: submissions.json: {exc}") from None
    if not isinstance(data, dict):
        raise ProblemError(f"problem {root}: submissions.json: expected an object")
    points: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, dict) and isinstance(value.get("entry_point"), str):
            name = str(key).removeprefix("submissions/").strip("/")
            points[name] = value["entry_point"]
    return points
