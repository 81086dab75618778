from pathlib import Path

from assay.core.types import TestResult, Verdict
from assay.judge.scoring import aggregate_score
from assay.problems.model import Aggregation, Problem, TestCase, TestGroup


def _case(name: str, accept: float = 1.0) -> TestCase:
    return TestCase(name, Path("/x.in"), Path("/x.ans"), is_sample=False, accept_score=accept)


def _problem(data: TestGroup) -> Problem:
    return Problem(
        root=Path("/p"),
        short_name="p",
        name="P",
        format_version="2025-09",
        is_scoring=True,
        data=data,
    )


def _results(**verdicts: Verdict) -> list[TestResult]:
    return [TestResult(name=name.replace("__", "/"), verdict=v) for name, v in verdicts.items()]


def _subtasks() -> TestGroup:
    one = TestGroup(
        "secret/s1",
        cases=(_case("secret/s1/a"), _case("secret/s1/b")),
        aggregation=Aggregation.MIN,
        max_score=30,
    )
    two = TestGroup(
        "secret/s2",
        cases=(_case("secret/s2/a"), _case("secret/s2/b")),
        aggregation=Aggregation.MIN,
        max_score=70,
    )
    return TestGroup("", groups=(TestGroup("secret", groups=(one, two)),))


def test_min_groups_score_all_or_nothing_and_sum_up() -> None:
    problem = _problem(_subtasks())
    all_ok = _results(
        secret__s1__a=Verdict.AC,
        secret__s1__b=Verdict.AC,
        secret__s2__a=Verdict.AC,
        secret__s2__b=Verdict.AC,
    )
    assert aggregate_score(problem, all_ok) == 100
    first_only = _results(
        secret__s1__a=Verdict.AC,
        secret__s1__b=Verdict.AC,
        secret__s2__a=Verdict.AC,
        secret__s2__b=Verdict.WA,
    )
    assert aggregate_score(problem, first_only) == 30


def test_tests_not_run_score_nothing() -> None:
    problem = _problem(_subtasks())
    assert aggregate_score(problem, _results(secret__s1__a=Verdict.AC)) == 0


def test_sum_groups_add_case_scores_and_validator_scores_win() -> None:
    group = TestGroup("", cases=(_case("a", 2), _case("b", 3)))
    problem = _problem(group)
    results = [TestResult("a", Verdict.AC), TestResult("b", Verdict.AC, score=1.5)]
    assert aggregate_score(problem, results) == 3.5
