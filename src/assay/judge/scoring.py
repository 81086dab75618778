"""Scoring problems: a test group's score from its children, as the package's groups say."""

from __future__ import annotations

from assay.core.types import TestResult, Verdict
from assay.problems.model import Aggregation, Problem, TestGroup


def aggregate_score(problem: Problem, results: list[TestResult]) -> float:
    """The submission's score: the data tree's score with each case worth its accept score
    when accepted (or the validator's score.txt), nothing otherwise; tests not run score 0."""
    by_name = {r.name: r for r in results}
    score, _ = _group_score(problem.data, by_name)
    return round(score, 6)


def _case_score(result: TestResult | None, accept_score: float) -> float:
    if result is None or result.verdict != Verdict.AC:
        return 0.0
    return result.score if result.score is not None else accept_score


def _group_score(group: TestGroup, results: dict[str, TestResult]) -> tuple[float, float]:
    """(score, maximum) of a group."""
    parts: list[tuple[float, float]] = [
        (_case_score(results.get(case.name), case.accept_score), case.accept_score)
        for case in group.cases
    ]
    parts += [_group_score(child, results) for child in group.groups]
    if group.ignore_sample:
        parts = [
            part
            for part, child in zip(parts[len(group.cases) :], group.groups, strict=True)
            if not child.name.endswith("sample")
        ]
    if not parts:
        return 0.0, group.max_score or 0.0
    if group.aggregation == Aggregation.PASS_FAIL:
        maximum = group.max_score if group.max_score is not None else sum(m for _, m in parts)
        passed = all(s >= m for s, m in parts)
        return (maximum if passed else 0.0), maximum
    if group.aggregation == Aggregation.MIN:
        fraction = min((s / m if m else 1.0) for s, m in parts)
        maximum = group.max_score if group.max_score is not None else max(m for _, m in parts)
        return fraction * maximum, maximum
    total = sum(s for s, _ in parts)
    total_max = sum(m for _, m in parts)
    if group.max_score is None:
        return total, total_max
    return (total / total_max * group.max_score if total_max else 0.0), group.max_score


def max_score(problem: Problem) -> float:
    """The score of a submission that passes every test."""
    _, maximum = _group_score(problem.data, {})
    return maximum
