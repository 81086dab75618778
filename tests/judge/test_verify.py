"""`assay verify` through the real sandbox: which interpreter runs a package's Python
submissions, and what the report says about each submission."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assay.cli import app
from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment
from assay.judge.verify import (
    MismatchCause,
    VerifyReport,
    VerifyRow,
    mismatch_causes,
    verify_problem,
)
from assay.problems.loader import load_problem

SUMTWO = Path(__file__).resolve().parents[2] / "problems" / "sumtwo"


@pytest.fixture(scope="module")
def env(sandbox_cache_dir: Path) -> JudgeEnvironment:
    return make_environment(1, cache_dir=sandbox_cache_dir)


def _python_package(tmp_path: Path, yaml: str | None = None) -> Path:
    """sumtwo with only its Python submissions (and a submissions.yaml when given)."""
    package = tmp_path / "sumtwo"
    shutil.copytree(SUMTWO, package, ignore=shutil.ignore_patterns("*.cpp", "*.java"))
    if yaml is not None:
        (package / "submissions" / "submissions.yaml").write_text(yaml)
    return package


def _languages(package: Path, env: JudgeEnvironment, python_id: str = "python3") -> set[str]:
    report = verify_problem(load_problem(package), env, python_id=python_id)
    assert report.mismatches == 0, report.rows
    return {row.language for row in report.rows if row.language}


@pytest.mark.sandbox
@pytest.mark.timeout(300)
def test_python_submissions_run_on_cpython_by_default(
    tmp_path: Path, env: JudgeEnvironment
) -> None:
    assert _languages(_python_package(tmp_path), env) == {"python3"}


@pytest.mark.sandbox
@pytest.mark.timeout(300)
def test_the_setter_asks_for_pypy(tmp_path: Path, env: JudgeEnvironment) -> None:
    assert _languages(_python_package(tmp_path), env, python_id="pypy3") == {"pypy3"}


@pytest.mark.sandbox
@pytest.mark.timeout(300)
def test_the_package_asks_for_pypy(tmp_path: Path, env: JudgeEnvironment) -> None:
    package = _python_package(tmp_path, "accepted/sumtwo.py:\n  language: pypy3\n")
    report = verify_problem(load_problem(package), env)
    assert report.mismatches == 0, report.rows
    languages = {row.submission: row.language for row in report.rows}
    assert languages == {"accepted/sumtwo.py": "pypy3", "wrong_answer/sumtwo_float.py": "python3"}


def _row(name: str, expected: str, verdict: str | None, outcome: str) -> VerifyRow:
    return VerifyRow(name, "python3", (expected,), verdict, None, 0.1, outcome)


def test_mismatches_are_grouped_by_verdict_pair() -> None:
    first = VerifyReport(
        "a",
        1.0,
        False,
        (
            _row("wrong_answer/x.py", "WA", "AC", "mismatch"),
            _row("wrong_answer/y.py", "WA", "AC", "mismatch"),
            _row("accepted/z.py", "AC", "AC", "ok"),
            _row("accepted/w.py", "AC", None, "skipped"),
        ),
    )
    second = VerifyReport("b", 1.0, False, (_row("accepted/s.py", "AC", "TLE", "mismatch"),))
    assert mismatch_causes([first, second]) == [
        MismatchCause(("WA",), "AC", ("a/wrong_answer/x.py", "a/wrong_answer/y.py")),
        MismatchCause(("AC",), "TLE", ("b/accepted/s.py",)),
    ]
    assert [row.matched for row in first.rows] == [False, False, True, None]


def _misfiled_package(tmp_path: Path) -> Path:
    """sumtwo with a right answer filed under wrong_answer/ and a wrong one under accepted/."""
    package = _python_package(tmp_path)
    submissions = package / "submissions"
    shutil.copy(submissions / "accepted/sumtwo.py", submissions / "wrong_answer/right.py")
    shutil.copy(submissions / "wrong_answer/sumtwo_float.py", submissions / "accepted/float.py")
    return package


@pytest.mark.sandbox
@pytest.mark.timeout(300)
def test_verify_json_says_per_submission_whether_it_matched(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["verify", "--json", str(_misfiled_package(tmp_path))])
    assert result.exit_code == 1, result.output
    document = json.loads(result.stdout)
    rows = {row["submission"]: row for row in document["problems"][0]["rows"]}
    assert {name: (r["verdict"], r["expected"], r["matched"]) for name, r in rows.items()} == {
        "accepted/float.py": ("WA", ["AC"], False),
        "accepted/sumtwo.py": ("AC", ["AC"], True),
        "wrong_answer/right.py": ("AC", ["WA"], False),
        "wrong_answer/sumtwo_float.py": ("WA", ["WA"], True),
    }
    causes = {(tuple(c["expected"]), c["verdict"]) for c in document["mismatch_causes"]}
    assert causes == {(("AC",), "WA"), (("WA",), "AC")}


@pytest.mark.sandbox
@pytest.mark.timeout(300)
def test_verify_ends_with_a_table_of_mismatch_causes(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["verify", str(_misfiled_package(tmp_path))])
    assert result.exit_code == 1, result.output
    table = result.output[result.output.index("mismatches by cause") :].splitlines()
    assert table[1].split() == ["expected", "got", "count", "submissions"]
    assert table[2].split()[:4] == ["AC", "WA", "1", "sumtwo/accepted/float.py"]
    assert table[3].split()[:4] == ["WA", "AC", "1", "sumtwo/wrong_answer/right.py"]


SLOW_SUMTWO = """import sys
import time

start = time.process_time()
while time.process_time() - start < 0.25:  # CPU, not sleep: the limit is on CPU time
    pass
data = sys.stdin.read().split()
pairs = range(int(data[0]))
print("\\n".join(str(int(data[1 + 2 * i]) + int(data[2 + 2 * i])) for i in pairs))
"""


@pytest.mark.sandbox
@pytest.mark.timeout(300)
def test_an_accepted_submission_too_close_to_the_limit_is_warned_about(
    tmp_path: Path, env: JudgeEnvironment
) -> None:
    """2025-09: T_ac * ac_to_time_limit (2.0) <= time_limit (0.4 s); 0.25 s is within the limit
    but not within the margin. A short spin against a short limit: the wall limit (1.5 x 0.4 +
    1 s) stays six times the CPU the spin needs, so a loaded machine does not make it TLE."""
    package = _python_package(tmp_path)
    problem_yaml = package / "problem.yaml"
    problem_yaml.write_text(problem_yaml.read_text().replace("time_limit: 1.0", "time_limit: 0.4"))
    (package / "submissions" / "accepted" / "slow_sumtwo.py").write_text(SLOW_SUMTWO)
    report = verify_problem(load_problem(package), env)
    rows = {row.submission: row for row in report.rows}
    assert report.mismatches == 0, report.rows
    slow = rows["accepted/slow_sumtwo.py"]
    assert slow.outcome == "ok"
    assert "ac_to_time_limit 2 > time limit 0.4 s" in slow.warning
    assert rows["accepted/sumtwo.py"].warning == ""
    assert rows["wrong_answer/sumtwo_float.py"].warning == ""
