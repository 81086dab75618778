"""`assay verify` judges per-case (2025-09) expectations lazily, as `bt run` does: judging stops
once the cases so far decide the expectation, and `--all-cases` judges every case. The
`settled` rule itself is tested on outcomes alone; the verify tests run real programs through
the real sandbox."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assay.cli import app
from assay.core.types import Verdict
from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment
from assay.judge.verify import verify_problem
from assay.problems.expectations import (
    CASE_VERDICTS,
    CaseOutcome,
    ExpectationKind,
    ExpectedSubmission,
    VerdictRule,
    settled,
)
from assay.problems.loader import load_problem

AC, WA, TLE, RE = Verdict.AC, Verdict.WA, Verdict.TLE, Verdict.RE


def _expected(kind: ExpectationKind, *rules: VerdictRule) -> ExpectedSubmission:
    return ExpectedSubmission(
        name="x/y.py",
        path=Path("y.py"),
        files=(Path("y.py"),),
        language_hint="python3",
        kind=kind,
        permitted=CASE_VERDICTS,
        required=CASE_VERDICTS,
        rules=rules,
    )


def _per_case(*rules: VerdictRule) -> ExpectedSubmission:
    return _expected(ExpectationKind.PER_CASE, *rules)


def _outcomes(*verdicts: Verdict) -> list[CaseOutcome]:
    return [CaseOutcome(f"secret/{i}", v) for i, v in enumerate(verdicts, start=1)]


TLE_DIRECTORY = VerdictRule(permitted=frozenset({AC, TLE}), required=frozenset({TLE}))


def test_all_accepted_so_far_never_settles() -> None:
    assert not settled(_per_case(TLE_DIRECTORY), _outcomes(AC, AC, AC))


def test_the_first_required_failure_settles() -> None:
    assert settled(_per_case(TLE_DIRECTORY), _outcomes(AC, TLE))


def test_a_verdict_outside_permitted_settles_as_a_mismatch() -> None:
    assert settled(_per_case(TLE_DIRECTORY), _outcomes(WA))


def test_a_permitted_failure_waits_for_the_required_one() -> None:
    rule = VerdictRule(permitted=frozenset({AC, WA, TLE}), required=frozenset({TLE}))
    assert not settled(_per_case(rule), _outcomes(WA, AC))
    assert settled(_per_case(rule), _outcomes(WA, AC, TLE))


def test_a_rule_on_some_cases_waits_for_one_of_them() -> None:
    later = VerdictRule(required=frozenset({AC}), cases="secret/3")
    expected = _per_case(VerdictRule(), later)
    assert not settled(expected, _outcomes(WA, WA))
    assert settled(expected, _outcomes(WA, WA, AC))


def test_a_message_rule_waits_for_the_message() -> None:
    expected = _per_case(VerdictRule(message="hello"))
    assert not settled(expected, [CaseOutcome("secret/1", WA, "bye")])
    assert settled(expected, [CaseOutcome("secret/1", WA, "bye"), CaseOutcome("s/2", RE, "hello")])


def test_a_score_rule_never_settles() -> None:
    expected = _per_case(VerdictRule(permitted=CASE_VERDICTS, score=(0.0, 50.0)))
    assert not settled(expected, _outcomes(WA, WA))


def test_final_expectations_are_left_to_the_pipeline() -> None:
    final = _expected(ExpectationKind.FINAL)
    assert not settled(final, _outcomes(WA))


# ---------------------------------------------------------------------------------------------
# Through the sandbox

# Reads the case's first word and behaves as its table says: spin, a wrong answer, or right.
_PROGRAM = """
import sys


class Behaviour:
    def __init__(self, table):
        self.table = table

    def answer(self, word):
        action = self.table.get(word, "right")
        if action == "spin":
            while True:
                pass
        return "wrong" if action == "wrong" else word


def main():
    word = sys.stdin.buffer.read().split()[0].decode()
    sys.stdout.write(Behaviour({TABLE}).answer(word) + "\\n")


main()
"""


def _package(tmp_path: Path) -> Path:
    package = tmp_path / "lazy"
    (package / "data" / "sample").mkdir(parents=True)
    (package / "data" / "secret").mkdir(parents=True)
    (package / "problem.yaml").write_text(
        "problem_format_version: 2025-09\nname: Lazy\nlimits:\n  time_limit: 0.5\n"
    )
    cases = {"sample/1": "ok", "secret/1": "one", "secret/2": "two", "secret/3": "three"}
    for name, word in cases.items():
        (package / "data" / f"{name}.in").write_text(f"{word}\n")
        (package / "data" / f"{name}.ans").write_text(f"{word}\n")
    submissions = {
        # TLE on secret/1, then WA on secret/2: a TLE submission to lazy judging, a mismatch
        # when every case is judged (WA is not permitted in time_limit_exceeded/).
        "time_limit_exceeded/spin_then_wrong.py": {"one": "spin", "two": "wrong"},
        # WA first, the required TLE only on secret/3: lazy judging must go on past the WA.
        "mixed/wrong_then_spin.py": {"one": "wrong", "three": "spin"},
        "accepted/right.py": {},
    }
    for name, table in submissions.items():
        path = package / "submissions" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(_PROGRAM).replace("{TABLE}", repr(table)))
    (package / "submissions" / "submissions.yaml").write_text(
        "mixed:\n  permitted: [AC, WA, TLE]\n  required: [TLE]\n"
    )
    return package


@pytest.fixture(scope="module")
def env(sandbox_cache_dir: Path) -> JudgeEnvironment:
    return make_environment(2, cache_dir=sandbox_cache_dir)


@pytest.mark.sandbox
@pytest.mark.timeout(300)
def test_lazy_judging_stops_where_bt_run_stops(tmp_path: Path, env: JudgeEnvironment) -> None:
    report = verify_problem(load_problem(_package(tmp_path)), env)
    rows = {row.submission: row for row in report.rows}
    assert {name: row.outcome for name, row in rows.items()} == {
        "time_limit_exceeded/spin_then_wrong.py": "ok",
        "mixed/wrong_then_spin.py": "ok",
        "accepted/right.py": "ok",
    }, report.rows
    assert rows["time_limit_exceeded/spin_then_wrong.py"].verdict == "TLE"
    assert rows["mixed/wrong_then_spin.py"].verdict == "WA"


@pytest.mark.sandbox
@pytest.mark.timeout(300)
def test_all_cases_judges_past_the_first_failure(tmp_path: Path) -> None:
    package = _package(tmp_path)
    result = CliRunner().invoke(app, ["verify", "--all-cases", "--slots", "2", str(package)])
    assert result.exit_code == 1, result.output
    assert "secret/2: WA is not permitted" in result.output, result.output
    assert result.output.count("mismatch") >= 1
