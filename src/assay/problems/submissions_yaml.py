"""`submissions/submissions.yaml` (2025-09): the rules by glob, and each submission's
`language` and `entrypoint`."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from assay.core.types import Verdict
from assay.problems.expectations import CASE_VERDICTS, TimeLimitUse, VerdictRule, glob_regex
from assay.problems.model import Problem, ProblemError

SHORT_CODES = {"AC": Verdict.AC, "WA": Verdict.WA, "TLE": Verdict.TLE, "RTE": Verdict.RE}
_META_KEYS = frozenset({"language", "entrypoint", "authors", "model_solution"})
_RULE_KEYS = frozenset({"permitted", "required", "score", "message", "use_for_time_limit"})
_DEFAULT_RULES: Mapping[str, Mapping[str, Any]] = {
    "accepted": {"permitted": ["AC"]},
    "rejected": {"required": ["RTE", "TLE", "WA"]},
    "wrong_answer": {"permitted": ["AC", "WA"], "required": ["WA"]},
    "time_limit_exceeded": {"permitted": ["AC", "TLE"], "required": ["TLE"]},
    "run_time_error": {"permitted": ["AC", "RTE"], "required": ["RTE"]},
    "brute_force": {"permitted": ["AC", "RTE", "TLE"], "required": ["RTE", "TLE"]},
}


def rules_by_name(problem: Problem) -> dict[str, Mapping[str, Any]]:
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


def yaml_meta(name: str, yaml_rules: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    """`language` and `entrypoint` of the globs that match; later globs win."""
    meta: dict[str, str] = {}
    for glob, settings in yaml_rules.items():
        if glob_regex(glob).match(name):
            for key in ("language", "entrypoint"):
                if isinstance(settings.get(key), str):
                    meta[key] = settings[key]
    return meta


def matching_rules(
    name: str, yaml_rules: Mapping[str, Mapping[str, Any]], problem: Problem
) -> tuple[VerdictRule, ...]:
    rules: list[VerdictRule] = []
    for glob, settings in yaml_rules.items():
        if not glob_regex(glob).match(name):
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
        return CASE_VERDICTS
    items = value if isinstance(value, list) else [value]
    unknown = [v for v in items if str(v) not in SHORT_CODES]
    if unknown or not items:
        raise ProblemError(f"{where}: verdicts must be AC, WA, TLE or RTE, got {value!r}")
    return frozenset(SHORT_CODES[str(v)] for v in items)


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
