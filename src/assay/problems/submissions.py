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
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml

from assay.core.types import Verdict
from assay.problems.model import Problem, ProblemError

TimeLimitUse = Literal["lower", "upper"]

_CASE_VERDICTS = frozenset({Verdict.AC, Verdict.WA, Verdict.TLE, Verdict.RE})
_SHORT_CODES = {"AC": Verdict.AC, "WA": Verdict.WA, "TLE": Verdict.TLE, "RTE": Verdict.RE}
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
_DEFAULT_RULES: Mapping[str, Mapping[str, Any]] = {
    "accepted": {"permitted": ["AC"]},
    "rejected": {"required": ["RTE", "TLE", "WA"]},
    "wrong_answer": {"permitted": ["AC", "WA"], "required": ["WA"]},
    "time_limit_exceeded": {"permitted": ["AC", "TLE"], "required": ["TLE"]},
    "run_time_error": {"permitted": ["AC", "RTE"], "required": ["RTE"]},
    "brute_force": {"permitted": ["AC", "RTE", "TLE"], "required": ["RTE", "TLE"]},
}
# problemtools bounds the time limit by accepted/ from below, time_limit_exceeded/ from above.
_LEGACY_TIME_LIMIT_DIRS: Mapping[str, TimeLimitUse] = {
    "accepted": "lower",
    "time_limit_exceeded": "upper",
}
_RULE_KEYS = frozenset({"permitted", "required", "score", "message", "use_for_time_limit"})
_META_KEYS = frozenset({"language", "entrypoint", "authors", "model_solution"})
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
_LANGUAGES = {
    ".c": "c", ".cc": "cpp", ".cpp": "cpp", ".cxx": "cpp", ".c++": "cpp", ".C": "cpp",
    ".java": "java", ".kt": "kotlin", ".py": "python3", ".py3": "python3", ".py2": "python2",
    ".js": "javascript", ".mjs": "javascript", ".ts": "typescript", ".rs": "rust", ".go": "go",
    ".hs": "haskell", ".cs": "csharp", ".fs": "fsharp", ".rb": "ruby", ".php": "php",
    ".scala": "scala", ".swift": "swift", ".lua": "lua", ".ml": "ocaml", ".lisp": "lisp",
    ".cl": "lisp", ".pas": "pascal", ".p": "pascal", ".pp": "pascal", ".f90": "fortran",
    ".f95": "fortran", ".adb": "ada", ".ads": "ada", ".sh": "bash", ".bash": "bash",
    ".awk": "awk", ".R": "r", ".r": "r", ".plg": "prolog", ".pm": "perl", ".d": "d",
    ".jl": "julia", ".zig": "zig", ".nim": "nim", ".dart": "dart", ".ex": "elixir",
    ".erl": "erlang", ".cr": "crystal", ".m": "objectivec", ".rkt": "racket", ".cob": "cobol",
    ".vb": "visualbasic",
}  # fmt: skip


class ExpectationKind(StrEnum):
    """How a submission's expectation is checked."""

    FINAL = "final"  # its final verdict (first failing case, or AC) must be in `permitted`
    PER_CASE = "per_case"  # every rule in `rules` must hold over the judged cases
    NONE = "none"  # nothing to check automatically; `problem` says why


@dataclass(frozen=True, slots=True)
class VerdictRule:
    """One 2025-09 requirement, on every case or on the cases one glob selects."""

    permitted: frozenset[Verdict] = _CASE_VERDICTS  # every selected case has one of these
    required: frozenset[Verdict] = _CASE_VERDICTS  # at least one selected case has one of these
    cases: str | None = None  # glob over names below data/ ("secret/*-hard"); None: all cases
    score: tuple[float, float] | None = None  # inclusive range for the (group's) score
    message: str | None = None  # must appear in some case's judge message
    use_for_time_limit: TimeLimitUse | None = None


@dataclass(frozen=True, slots=True)
class ExpectedSubmission:
    name: str  # path below submissions/, e.g. "accepted/hello.py" or "accepted/multifile-cpp"
    path: Path  # the file, or the directory of a multi-file submission
    files: tuple[
        Path, ...
    ]  # the source files (a multi-file submission's expected_result.txt left out)
    language_hint: str | None  # language code by extension or submissions.yaml ("cpp", "python3")
    kind: ExpectationKind
    # FINAL: the acceptable final verdicts. PER_CASE: a summary of the rules on every case
    # (intersection of their permitted / required sets); `rules` is what counts.
    permitted: frozenset[Verdict]
    required: frozenset[Verdict]
    use_for_time_limit: TimeLimitUse | None = None  # from rules on all cases
    rules: tuple[VerdictRule, ...] = ()
    entrypoint: str | None = None  # submissions.yaml `entrypoint`, DOMjudge `entry_point`
    partial_score: bool = False  # partially_accepted: its score must be below the maximum
    problem: str | None = None  # why there is no automatic expectation (kind NONE)
    # A DOMjudge tag found in one of the four official directories, where it is ignored.
    ignored_tag: frozenset[Verdict] | None = None

    @property
    def final_verdicts(self) -> frozenset[Verdict]:
        """The final verdicts that can satisfy the expectation."""
        if self.kind is ExpectationKind.FINAL:
            return self.permitted
        if self.kind is ExpectationKind.NONE:
            return frozenset()
        return _possible_final_verdicts(self.rules)


@dataclass(frozen=True, slots=True)
class CaseOutcome:
    """The judged result of one case, as `unmet_expectations` needs it."""

    name: str  # "secret/01"
    verdict: Verdict
    judge_message: str = ""


# ---------------------------------------------------------------------------------------------
# Discovery


def discover_submissions(problem: Problem) -> tuple[ExpectedSubmission, ...]:
    """Every submission under `submissions/<dir>/`, sorted by name."""
    root = problem.root / "submissions"
    if not root.is_dir():
        return ()
    yaml_rules = _yaml_rules(problem) if problem.format_version != "legacy" else {}
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
    meta = _yaml_meta(name, yaml_rules)
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
        rules = _matching_rules(base.name, yaml_rules, problem)
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
    permitted = frozenset(_CASE_VERDICTS)
    required = frozenset(_CASE_VERDICTS)
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
    return _LANGUAGES.get(path.suffix)


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


# ---------------------------------------------------------------------------------------------
# submissions.yaml


def _yaml_rules(problem: Problem) -> dict[str, Mapping[str, Any]]:
    """Glob -> settings, defaults first; a key naming a default directory extends it."""
    rules: dict[str, Mapping[str, Any]] = {k: dict(v) for k, v in _DEFAULT_RULES.items()}
    path = problem.root / "submissions" / "submissions.yaml"
    if not path.is_file():
        return rules
    for glob, settings in _read_submissions_yaml(problem.root, path).items():
        key = glob.rstrip("/")
        rules[key] = {**rules.get(key, {}), **settings}
    return rules


def _read_submissions_yaml(root: Path, path: Path) -> dict[str, Mapping[str, Any]]:
    where = f"problem {root}: submissions/submissions.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ProblemError(f"{where}: {str(exc).splitlines()[0]}") from None
    data = data or {}
    if not isinstance(data, dict):
        raise ProblemError(f"{where}: expected a mapping of globs")
    for glob, settings in data.items():
        if not isinstance(settings, dict):
            raise ProblemError(f"{where}: {glob}: expected a mapping, got {settings!r}")
    return {str(glob): settings for glob, settings in data.items()}


def _yaml_meta(name: str, yaml_rules: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    """`language` and `entrypoint` of the globs that match; later globs win."""
    meta: dict[str, str] = {}
    for glob, settings in yaml_rules.items():
        if _glob_regex(glob).match(name):
            for key in ("language", "entrypoint"):
                if isinstance(settings.get(key), str):
                    meta[key] = settings[key]
    return meta


def _matching_rules(
    name: str, yaml_rules: Mapping[str, Mapping[str, Any]], problem: Problem
) -> tuple[VerdictRule, ...]:
    rules: list[VerdictRule] = []
    for glob, settings in yaml_rules.items():
        if not _glob_regex(glob).match(name):
            continue
        where = f"problem {problem.root}: submissions/submissions.yaml: {glob}"
        if _RULE_KEYS & settings.keys():
            rules.append(_rule(settings, None, where))
        for key, value in settings.items():
            if key not in _RULE_KEYS | _META_KEYS:
                if not isinstance(value, dict):
                    raise ProblemError(f"{where}: {key}: expected a mapping, got {value!r}")
                rules.append(_rule(value, str(key), f"{where}: {key}"))
    return tuple(rules)


def _rule(settings: Mapping[str, Any], cases: str | None, where: str) -> VerdictRule:
    permitted = _verdict_set(settings.get("permitted"), f"{where}: permitted")
    required = _verdict_set(settings.get("required"), f"{where}: required")
    use = _time_limit_use(settings.get("use_for_time_limit", True), where)
    if use == "lower":
        permitted &= frozenset({Verdict.AC, Verdict.WA, Verdict.RE})
    elif use == "upper":
        required = frozenset({Verdict.TLE})
    implied: TimeLimitUse | None = None
    if Verdict.TLE not in permitted:
        implied = "lower"
    elif required == {Verdict.TLE}:
        implied = "upper"
    opted_out = settings.get("use_for_time_limit") is False
    return VerdictRule(
        permitted=permitted,
        required=required,
        cases=cases,
        score=_score_range(settings.get("score"), where),
        message=_optional_str(settings.get("message"), f"{where}: message"),
        use_for_time_limit=None if opted_out else use or implied,
    )


def _verdict_set(value: Any, where: str) -> frozenset[Verdict]:
    if value is None:
        return _CASE_VERDICTS
    items = value if isinstance(value, list) else [value]
    unknown = [v for v in items if str(v) not in _SHORT_CODES]
    if unknown or not items:
        raise ProblemError(f"{where}: verdicts must be AC, WA, TLE or RTE, got {value!r}")
    return frozenset(_SHORT_CODES[str(v)] for v in items)


def _time_limit_use(value: Any, where: str) -> TimeLimitUse | None:
    if value is True or value is False:
        return None
    if value == "lower":
        return "lower"
    if value == "upper":
        return "upper"
    raise ProblemError(f"{where}: use_for_time_limit must be true, false, lower or upper")


def _score_range(value: Any, where: str) -> tuple[float, float] | None:
    if value is None:
        return None
    numbers = value if isinstance(value, list) else [value, value]
    if len(numbers) != 2 or not all(_is_number(n) for n in numbers):
        raise ProblemError(f"{where}: score must be a number or [low, high], got {value!r}")
    return float(numbers[0]), float(numbers[1])


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _optional_str(value: Any, where: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise ProblemError(f"{where}: expected a string, got {value!r}")


@lru_cache(maxsize=1024)
def _glob_regex(glob: str) -> re.Pattern[str]:
    """A submissions.yaml glob: `*` stays within one name, `{a,b}` expands, and a glob
    naming a directory also matches everything below it."""
    parts = re.split(r"\{([^{}]*)\}", glob.rstrip("/"))
    pattern = ""
    for index, part in enumerate(parts):
        if index % 2 == 0:
            pattern += re.escape(part).replace(r"\*", "[^/]*")
        else:
            choices = (re.escape(c.strip()).replace(r"\*", "[^/]*") for c in part.split(","))
            pattern += f"(?:{'|'.join(choices)})"
    return re.compile(f"^{pattern}(?:/|$)")


# ---------------------------------------------------------------------------------------------
# Checking judged results against the expectation


def verdict_allowed(allowed: frozenset[Verdict], actual: Verdict) -> bool:
    """Whether `actual` is in `allowed`, reading RE as "any crash" (MLE and OLE included)."""
    if actual in allowed:
        return True
    return actual in (Verdict.MLE, Verdict.OLE) and Verdict.RE in allowed


def unmet_expectations(
    expected: ExpectedSubmission,
    final_verdict: Verdict,
    outcomes: Sequence[CaseOutcome] = (),
    score: float | None = None,
    max_score: float | None = None,
) -> tuple[str, ...]:
    """What the judged submission failed to meet; empty when it behaved as expected."""
    problems: list[str] = []
    if expected.kind is ExpectationKind.FINAL:
        if not verdict_allowed(expected.permitted, final_verdict):
            problems.append(f"expected {_show(expected.permitted)}, got {final_verdict.value}")
    elif expected.kind is ExpectationKind.PER_CASE:
        if final_verdict in (Verdict.CE, Verdict.JE):
            problems.append(f"expected {_show(expected.final_verdicts)}, got {final_verdict.value}")
        else:
            problems.extend(
                p for rule in expected.rules for p in _rule_problems(rule, outcomes, score)
            )
    full_score = score is not None and max_score is not None and score >= max_score
    if expected.partial_score and full_score:
        problems.append(f"expected a partial score, got the maximum {score:g}")
    return tuple(problems)


def _rule_problems(
    rule: VerdictRule, outcomes: Sequence[CaseOutcome], score: float | None
) -> Iterator[str]:
    selected = [o for o in outcomes if rule.cases is None or _glob_regex(rule.cases).match(o.name)]
    where = f" on {rule.cases}" if rule.cases else ""
    for outcome in selected:
        if not verdict_allowed(rule.permitted, outcome.verdict):
            allowed = _show(rule.permitted)
            yield f"{outcome.name}: {outcome.verdict.value} is not permitted{where} ({allowed})"
            break
    if selected and not any(verdict_allowed(rule.required, o.verdict) for o in selected):
        yield f"no case{where} got one of {_show(rule.required)}"
    if rule.message is not None and not any(rule.message in o.judge_message for o in selected):
        yield f"no judge message{where} contains {rule.message!r}"
    if rule.score is not None and rule.cases is None and score is not None:
        low, high = rule.score
        if not low <= score <= high:
            yield f"score {score:g} is outside [{low:g}, {high:g}]"


def time_limit_role(expected: ExpectedSubmission, case_name: str) -> TimeLimitUse | None:
    """Whether this submission's time on this case bounds the time limit from below or above."""
    if expected.kind is not ExpectationKind.PER_CASE:
        return expected.use_for_time_limit
    roles = {
        rule.use_for_time_limit
        for rule in expected.rules
        if rule.cases is None or _glob_regex(rule.cases).match(case_name)
    }
    return "upper" if "upper" in roles else "lower" if "lower" in roles else None


def _possible_final_verdicts(rules: tuple[VerdictRule, ...]) -> frozenset[Verdict]:
    """A summary for display: final verdicts some assignment of case verdicts allows."""
    permitted = frozenset(_CASE_VERDICTS)
    for rule in rules:
        if rule.cases is None:
            permitted &= rule.permitted
    whole = [r for r in rules if r.cases is None]
    if any(not (r.required & permitted) for r in whole):
        return frozenset()
    all_ac_allowed = Verdict.AC in permitted and all(Verdict.AC in r.required for r in rules)
    failures = permitted - {Verdict.AC}
    return failures | ({Verdict.AC} if all_ac_allowed else frozenset())


def _show(verdicts: frozenset[Verdict]) -> str:
    order = list(Verdict)
    return "|".join(v.value for v in sorted(verdicts, key=order.index)) or "nothing"
