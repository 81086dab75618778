"""Test data: data/sample, data/secret, nested groups, testdata.yaml / test_group.yaml, <case>.yaml.

    load_test_data(DataSettings(...)) -> TestGroup     the tree under data/, scores planned

Scoring comes in three dialects (legacy `range` / `accept_score` / `grader_flags`, the 2023-07
draft's `scoring:` mapping, 2025-09's `max_score` / `score_aggregation`); each group file is
read as one of them and the plan turns it into an aggregation, a maximum and a score per case.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from assay.problems.discovery import relative, visible_entries
from assay.problems.model import Aggregation, FormatVersion, TestCase, TestGroup
from assay.problems.yaml_fields import Fields, parse_float, problem_error, read_yaml, show

_LEGACY_GROUP_KEYS = frozenset(
    {"on_reject", "grader_flags", "accept_score", "reject_score", "range"}
)


class GroupStyle(StrEnum):
    """Which dialect one group's testdata.yaml / test_group.yaml is written in."""

    NONE = "none"  # no group file, or (legacy) one without scoring keys
    LEGACY = "legacy"  # range, accept_score, grader_flags, on_reject
    DRAFT = "draft"  # 2023-07 draft: scoring: {score, max_score, aggregation}
    SPEC = "spec"  # 2025-09: max_score, score_aggregation


@dataclass(frozen=True, slots=True)
class DataSettings:
    root: Path
    version: FormatVersion
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

    fields: Fields | None
    style: GroupStyle
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


def load_test_data(settings: DataSettings) -> TestGroup:
    data_dir = settings.root / "data"
    if not data_dir.is_dir():
        raise problem_error(settings.root, data_dir, "test data directory is missing")
    root_plan = _plan_group(settings, data_dir, "", _Inherited())
    groups = [
        _load_group(settings, data_dir / name, name, root_plan.inherited)
        for name in ("sample", "secret")
        if (data_dir / name).is_dir()
    ]
    data = _finish_group(settings, root_plan, groups)
    if settings.is_scoring and settings.version is not FormatVersion.LEGACY:
        data = replace(data, ignore_sample=True, on_reject_continue=True)
    if not data.all_cases():
        raise problem_error(
            settings.root, data_dir, "no test cases (a case is a .in file with a .ans)"
        )
    return data


def _load_group(
    settings: DataSettings, directory: Path, name: str, parent: _Inherited
) -> TestGroup:
    plan = _plan_group(settings, directory, name, parent)
    children: list[TestCase | TestGroup] = []
    for entry in visible_entries(directory):
        if entry.is_dir() and not entry.name.endswith(".files"):
            group = _load_group(settings, entry, f"{name}/{entry.name}", plan.inherited)
            if group.all_cases():
                children.append(group)
        elif entry.name.endswith(".in") and entry.is_file():
            children.append(_load_case(settings, entry, name, plan.inherited))
    return _finish_group(settings, plan, children)


def _plan_group(
    settings: DataSettings, directory: Path, name: str, parent: _Inherited
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


def _read_group_file(settings: DataSettings, directory: Path) -> _GroupFile:
    new, old = directory / "test_group.yaml", directory / "testdata.yaml"
    if new.is_file() and old.is_file():
        settings.warnings.append(f"{relative(settings.root, old)}: ignored, test_group.yaml wins")
    path = new if new.is_file() else old if old.is_file() else None
    if path is None:
        return _GroupFile(fields=None, style=GroupStyle.NONE)
    fields = read_yaml(settings.root, path)
    if fields.has("scoring"):
        return _draft_group_file(fields)
    if _LEGACY_GROUP_KEYS & {k for k in fields.data if fields.has(k)}:
        return _legacy_group_file(fields)
    if settings.version is FormatVersion.LEGACY:
        return _GroupFile(fields=fields, style=GroupStyle.NONE)
    return _spec_group_file(fields)


def _draft_group_file(fields: Fields) -> _GroupFile:
    """2023-07 draft: `scoring: {score, max_score, aggregation}`; `score` is per accepted case."""
    scoring = fields.mapping("scoring")
    return _GroupFile(
        fields=fields,
        style=GroupStyle.DRAFT,
        aggregation=_aggregation(scoring, "aggregation"),
        max_score=_score_value(scoring, "max_score"),
        accept_score=_score_value(scoring, "score"),
    )


def _legacy_group_file(fields: Fields) -> _GroupFile:
    return _GroupFile(
        fields=fields, style=GroupStyle.LEGACY, accept_score=_score_value(fields, "accept_score")
    )


def _spec_group_file(fields: Fields) -> _GroupFile:
    """2025-09: `max_score` (int or `unbounded`) and `score_aggregation`."""
    unbounded = fields.raw("max_score") == "unbounded"
    return _GroupFile(
        fields=fields,
        style=GroupStyle.SPEC,
        aggregation=_aggregation(fields, "score_aggregation"),
        max_score=None if unbounded else _score_value(fields, "max_score"),
        unbounded=unbounded,
    )


def _aggregation(fields: Fields, key: str) -> Aggregation | None:
    value = fields.string(key)
    if value is None:
        return None
    try:
        return Aggregation(value)
    except ValueError:
        allowed = ", ".join(a.value for a in Aggregation)
        raise fields.error(key, f"must be one of {allowed}, got {value!r}") from None


def _score_value(fields: Fields, key: str) -> float | None:
    value = fields.raw(key)
    if value is None:
        return None
    if isinstance(value, str):
        value = parse_float(value)
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
        raise fields.error(key, f"expected a non-negative number, got {show(value)}")
    return float(value)


def _range_max(fields: Fields) -> float | None:
    text = fields.string("range")
    if text is None:
        return None
    parts = [parse_float(p) for p in text.split()]
    if len(parts) != 2 or any(isinstance(p, str) for p in parts):
        raise fields.error("range", f"expected two numbers 'min max', got {text!r}")
    upper = float(parts[1])
    return upper if math.isfinite(upper) else None


# Scoring: turn the three dialects into aggregation, max_score and a score per accepted case.


def _plan_scoring(settings: DataSettings, plan: _GroupPlan, parent: _Inherited) -> None:
    own = plan.own
    plan.aggregation = (
        own.aggregation or _legacy_aggregation(settings, plan) or _default_aggregation(plan, parent)
    )
    plan.max_score = own.max_score
    if plan.max_score is None and own.style is GroupStyle.LEGACY:
        plan.max_score = plan.inherited.range_max
    spec_style = settings.version is not FormatVersion.LEGACY and own.style in (
        GroupStyle.SPEC,
        GroupStyle.NONE,
    )
    if plan.max_score is None and spec_style and plan.name == "secret" and not own.unbounded:
        plan.max_score = 100.0
    if settings.version is not FormatVersion.LEGACY and plan.name == "sample":
        plan.max_score = 0.0  # samples are judged but never scored in the new formats
        plan.inherited = replace(plan.inherited, accept_score=0.0)
    share = plan.inherited.share
    if spec_style and plan.max_score is not None and plan.inherited.accept_score is None:
        share = _share(plan.max_score, plan.aggregation, _count_cases(plan.directory))
    plan.inherited = replace(plan.inherited, aggregation=plan.aggregation, share=share)


def _legacy_aggregation(settings: DataSettings, plan: _GroupPlan) -> Aggregation | None:
    modes = [f for f in plan.inherited.grader_flags if f in ("sum", "min", "avg", "max")]
    if not modes:
        return None
    if modes[-1] in ("avg", "max"):
        settings.warnings.append(f"data/{plan.name}: grader mode {modes[-1]!r} judged as 'sum'")
        return Aggregation.SUM
    return Aggregation(modes[-1])


def _default_aggregation(plan: _GroupPlan, parent: _Inherited) -> Aggregation:
    if plan.own.style is GroupStyle.NONE and parent.aggregation is not None:
        return parent.aggregation  # a plain subdirectory belongs to its group
    spec_group = plan.own.style is GroupStyle.SPEC and plan.name.startswith("secret/")
    return Aggregation.PASS_FAIL if spec_group else Aggregation.SUM


def _share(max_score: float, aggregation: Aggregation, count: int) -> float | None:
    """2025-09: a case in a `min` group is worth the group's maximum, else an equal share."""
    if count == 0:
        return None
    return max_score if aggregation is Aggregation.MIN else max_score / count


def _count_cases(directory: Path) -> int:
    """Cases in a group, including plain subdirectories but not nested groups."""
    count = 0
    for entry in visible_entries(directory):
        if entry.is_dir() and not _is_group_dir(entry):
            count += _count_cases(entry)
        elif entry.name.endswith(".in") and entry.is_file():
            count += 1
    return count


def _is_group_dir(directory: Path) -> bool:
    return (directory / "test_group.yaml").is_file() or (directory / "testdata.yaml").is_file()


def _finish_group(
    settings: DataSettings, plan: _GroupPlan, children: Sequence[TestCase | TestGroup]
) -> TestGroup:
    cases = tuple(c for c in children if isinstance(c, TestCase))
    groups = tuple(c for c in children if isinstance(c, TestGroup))
    max_score = plan.max_score
    if settings.is_scoring and max_score is None and not plan.own.unbounded:
        max_score = _children_max(plan.aggregation, children)
    legacy_root = plan.name == "" and "ignore_sample" in plan.inherited.grader_flags
    continues = plan.inherited.on_reject == "continue"
    if (
        settings.is_scoring
        and settings.version is not FormatVersion.LEGACY
        and plan.own.style is not GroupStyle.LEGACY
    ):
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
    settings: DataSettings, input_path: Path, group: str, inherited: _Inherited
) -> TestCase:
    base = input_path.name[: -len(".in")]
    answer_path = input_path.with_name(f"{base}.ans")
    if not answer_path.is_file():
        raise problem_error(
            settings.root, answer_path, f"missing: test case {group}/{base} has no answer file"
        )
    _check_inside(settings.root, input_path)
    _check_inside(settings.root, answer_path)
    args = inherited.validator_args
    case_yaml = input_path.with_name(f"{base}.yaml")
    if case_yaml.is_file():
        fields = read_yaml(settings.root, case_yaml)
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
        raise problem_error(root, path, "is a link to a file outside the package")
