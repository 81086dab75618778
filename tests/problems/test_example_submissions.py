"""assay.problems.submissions: expectations agree with INDEX.tsv; the dialects' rules."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from assay.core.types import Verdict
from assay.problems.loader import load_problem
from assay.problems.model import ProblemError
from assay.problems.submissions import (
    CaseOutcome,
    ExpectationKind,
    ExpectedSubmission,
    discover_submissions,
    time_limit_role,
    unmet_expectations,
    verdict_allowed,
)

AC, WA, TLE, RE, CE, OLE, MLE = (
    Verdict.AC,
    Verdict.WA,
    Verdict.TLE,
    Verdict.RE,
    Verdict.CE,
    Verdict.OLE,
    Verdict.MLE,
)
INDEX_CODES = {
    "AC": AC,
    "WA": WA,
    "TLE": TLE,
    "RTE": RE,
    "CE": CE,
    "OLE": OLE,
    "MLE": MLE,
    "NO-OUTPUT(=WA)": WA,
}
OFFICIAL = {"accepted": AC, "wrong_answer": WA, "time_limit_exceeded": TLE, "run_time_error": RE}

# Rows whose `expected` is prose, or where we deliberately read the packages differently.
INDEX_EXCEPTIONS: dict[str, frozenset[Verdict] | None] = {
    # problemtools knows no slow_accepted/ directory: nothing to check (None = kind NONE).
    "problemtools/different/submissions/slow_accepted/different_slow.py": None,
    # The glob test: none of the per-file WA globs match these, so only `match: [AC]` holds.
    "bapctools/testexpectations/submissions/match/match_wa.py": frozenset({AC}),
    "bapctools/testexpectations/submissions/match/nested": frozenset({AC}),
    # Only scoped rules: samples may not TLE (lower), secret needs a TLE (upper). A sample
    # WA or RTE comes first, so the final verdict may be any failure; INDEX says "TLE".
    "bapctools/testexpectations/submissions/tle/sleep.py": frozenset({WA, TLE, RE}),
}


def parse_index_verdicts(text: str) -> frozenset[Verdict]:
    if text.startswith("ANY_OF:"):
        return frozenset(INDEX_CODES[code] for code in text.removeprefix("ANY_OF:").split("|"))
    match = re.match(r"[A-Z]+(?:-[A-Z]+)*(?:\(=WA\))?", text)
    assert match, text
    return frozenset({INDEX_CODES[match.group(0)]})


def index_rows(corpora_dir: Path) -> list[dict[str, str]]:
    with (corpora_dir / "INDEX.tsv").open(newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


def all_expectations(corpora_dir: Path) -> dict[str, ExpectedSubmission]:
    found: dict[str, ExpectedSubmission] = {}
    for problem_yaml in sorted(corpora_dir.glob("*/*/problem.yaml")):
        problem = load_problem(problem_yaml.parent)
        prefix = problem_yaml.parent.relative_to(corpora_dir).as_posix()
        for expected in discover_submissions(problem):
            found[f"{prefix}/submissions/{expected.name}"] = expected
    return found


def test_expectations_agree_with_index(corpora_dir: Path) -> None:
    expectations = all_expectations(corpora_dir)
    rows = index_rows(corpora_dir)
    keys = {f"{r['source']}/{r['problem']}/{r['submission']}" for r in rows}
    assert keys == set(expectations), "INDEX.tsv and discovery must list the same submissions"

    disagreements = []
    for row in rows:
        key = f"{row['source']}/{row['problem']}/{row['submission']}"
        problem = index_disagreement(row, expectations[key], key)
        if problem:
            disagreements.append(f"{key}: {problem}")
    assert not disagreements, "\n".join(disagreements)


def index_disagreement(row: dict[str, str], expected: ExpectedSubmission, key: str) -> str:
    text = row["expected"]
    if text.startswith("CHECK-MANUALLY"):
        return "" if expected.kind is ExpectationKind.NONE else "CHECK-MANUALLY must not be checked"
    if text.startswith("SUBMIT-REFUSED"):
        ok = expected.kind is ExpectationKind.NONE and "several" in (expected.problem or "")
        return "" if ok else f"expected a refusal, got {expected}"
    if text == "PAC(score)":
        return "" if expected.partial_score else "partially_accepted must ask for a partial score"
    if key in INDEX_EXCEPTIONS:
        wanted = INDEX_EXCEPTIONS[key]
        got = None if expected.kind is ExpectationKind.NONE else expected.final_verdicts
        return "" if got == wanted else f"expected {wanted}, got {got}"
    wanted = parse_index_verdicts(text)
    directory = row["dir"]
    if directory in OFFICIAL and row["header"] and wanted != {OFFICIAL[directory]}:
        # INDEX follows the tag; DOMjudge ignores tags in the four official directories.
        if expected.permitted != {OFFICIAL[directory]} or expected.ignored_tag != wanted:
            return (
                f"official dir {directory}: got {expected.permitted} / tag {expected.ignored_tag}"
            )
        return ""
    if expected.final_verdicts != wanted:
        return f"INDEX says {sorted(wanted)}, we expect {sorted(expected.final_verdicts)}"
    return ""


def test_language_hints_for_the_corpus(corpora_dir: Path) -> None:
    expectations = all_expectations(corpora_dir)

    assert expectations["domjudge/hello/submissions/accepted/test-hello.pl"].language_hint == (
        "perl"
    )
    assert expectations["domjudge/hello/submissions/accepted/test-hello.plg"].language_hint == (
        "prolog"
    )
    prolog_dir = expectations["problemtools/different/submissions/accepted/prolog"]
    assert prolog_dir.language_hint == "prolog" and len(prolog_dir.files) == 2
    multifile = expectations["domjudge/hello/submissions/accepted/multifile-js"]
    assert multifile.entrypoint == "main.mjs" and multifile.language_hint == "javascript"
    metadata = expectations["bapctools/testexpectations/submissions/ac_or_wa/metadata"]
    assert metadata.entrypoint == "ac.py" and metadata.language_hint == "python3"
    tagged_dir = expectations["domjudge/hello/submissions/multiple/expected-result-all-files"]
    assert [f.name for f in tagged_dir.files] == ["test-expected-result.c"]
    assert all(e.language_hint for e in expectations.values())


def test_time_limit_roles_for_the_corpus(corpora_dir: Path) -> None:
    expectations = all_expectations(corpora_dir)
    sleep = expectations["bapctools/testexpectations/submissions/tle/sleep.py"]

    assert time_limit_role(sleep, "sample/1") == "lower"
    assert time_limit_role(sleep, "secret/12") == "upper"
    legacy_tle = "problemtools/different/submissions/time_limit_exceeded/different_linear_search.cc"
    assert expectations[legacy_tle].use_for_time_limit == "upper"
    assert expectations["problemtools/hello/submissions/accepted/hello.py"].use_for_time_limit == (
        "lower"
    )
    wrong = expectations["bapctools/different/submissions/wrong_answer/different_int.cc"]
    assert wrong.use_for_time_limit == "lower"  # 2025-09: permitted [AC, WA] has no TLE


# ---------------------------------------------------------------------------------------------
# Synthetic packages


def package(root: Path, version: str, files: dict[str, str]) -> Path:
    header = "" if version == "legacy" else f"problem_format_version: {version}\nuuid: u\n"
    all_files = {
        "problem.yaml": header + "name: T\n",
        "data/secret/1.in": "",
        "data/secret/1.ans": "",
        **files,
    }
    for name, text in all_files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def expectations_of(root: Path) -> dict[str, ExpectedSubmission]:
    return {e.name: e for e in discover_submissions(load_problem(root))}


def test_legacy_directories_and_tags(tmp_path: Path) -> None:
    root = package(
        tmp_path / "p",
        "legacy",
        {
            "submissions/accepted/a.py": "# @EXPECTED_RESULTS@: CORRECT, WRONG-ANSWER\n",
            "submissions/wrong_answer/w.c": "",
            "submissions/mixed/m.c": "/* @EXPECTED_RESULTS@: TIMELIMIT,run_time_error */",
            "submissions/mixed/n.c": "no tag here",
            "submissions/compiler_error/ce.c": "",
            "submissions/mixed/bad.c": "@EXPECTED_RESULTS@: SOMETHING\n",
            "submissions/mixed/two.c": "@EXPECTED_RESULTS@: CORRECT\n@EXPECTED_SCORE@: CORRECT\n",
            "submissions/accepted/README.md": "not a submission",
            "submissions/accepted/old.c.disabled": "",
        },
    )
    found = expectations_of(root)

    assert set(found) == {
        "accepted/a.py",
        "compiler_error/ce.c",
        "mixed/bad.c",
        "mixed/m.c",
        "mixed/n.c",
        "mixed/two.c",
        "wrong_answer/w.c",
    }
    accepted = found["accepted/a.py"]
    assert accepted.kind is ExpectationKind.FINAL
    assert accepted.permitted == {AC} and accepted.ignored_tag == {AC, WA}
    assert found["wrong_answer/w.c"].permitted == {WA}
    assert found["mixed/m.c"].permitted == {TLE, RE}
    assert found["mixed/n.c"].kind is ExpectationKind.NONE
    assert found["compiler_error/ce.c"].permitted == {CE}
    assert "unknown expected result SOMETHING" in (found["mixed/bad.c"].problem or "")
    assert "several" in (found["mixed/two.c"].problem or "")


def test_default_directories_2025(tmp_path: Path) -> None:
    dirs = ["accepted", "rejected", "wrong_answer", "time_limit_exceeded", "run_time_error"]
    files = {f"submissions/{d}/x.py": "" for d in [*dirs, "brute_force"]}
    found = expectations_of(package(tmp_path / "p", "2025-09", files))

    final = {name.split("/")[0]: e.final_verdicts for name, e in found.items()}
    assert final == {
        "accepted": {AC},
        "rejected": {WA, TLE, RE},
        "wrong_answer": {WA},
        "time_limit_exceeded": {TLE},
        "run_time_error": {RE},
        "brute_force": {TLE, RE},
    }
    uses = {name.split("/")[0]: e.use_for_time_limit for name, e in found.items()}
    assert uses == {
        "accepted": "lower",
        "rejected": None,
        "wrong_answer": "lower",
        "time_limit_exceeded": "upper",
        "run_time_error": "lower",
        "brute_force": None,
    }
    tle = found["time_limit_exceeded/x.py"]
    assert tle.permitted == {AC, TLE} and tle.required == {TLE}


def test_submissions_yaml_globs(tmp_path: Path) -> None:
    yaml = (
        "accepted:\n  permitted: [AC, WA]\n"
        "exp/a.{py, cpp}:\n  permitted: [AC]\n"
        "'*/b.py':\n  permitted: [WA]\n"
        "exp/c:\n  permitted: [RTE]\n"
        "exp/d.py:\n  language: python3\n  entrypoint: d.py\n"
        "exp/e.py:\n  'secret/*{1,3}':\n    required: [TLE]\n  sample:\n    permitted: [AC]\n"
    )
    files = {
        "submissions/submissions.yaml": yaml,
        "submissions/accepted/x.py": "",
        "submissions/exp/a.py": "",
        "submissions/exp/a.cpp": "",
        "submissions/exp/a.c": "",
        "submissions/exp/b.py": "",
        "submissions/exp/c.py": "",
        "submissions/exp/d.py": "",
        "submissions/exp/e.py": "",
        "submissions/nested/deep/b.py": "",
    }
    found = expectations_of(package(tmp_path / "p", "2025-09", files))

    assert found["accepted/x.py"].permitted == {AC, WA}  # the default extended, not added to
    assert found["exp/a.py"].permitted == {AC}
    assert found["exp/a.cpp"].permitted == {AC}  # spaces inside braces are trimmed
    assert found["exp/a.c"].kind is ExpectationKind.NONE  # no rule matches
    assert found["exp/b.py"].permitted == {WA}  # `*` matches one name
    assert found["nested/deep"].kind is ExpectationKind.NONE  # `*` does not match `/`
    assert found["exp/c.py"].kind is ExpectationKind.NONE  # globs match whole names
    assert found["exp/d.py"].entrypoint == "d.py"
    scoped = found["exp/e.py"]
    assert scoped.kind is ExpectationKind.PER_CASE
    assert [rule.cases for rule in scoped.rules] == ["secret/*{1,3}", "sample"]
    assert time_limit_role(scoped, "secret/11") == "upper"
    assert time_limit_role(scoped, "sample/2") == "lower"
    assert time_limit_role(scoped, "secret/12") is None


def test_bad_submissions_yaml(tmp_path: Path) -> None:
    files = {"submissions/submissions.yaml": "accepted:\n  permitted: [OK]\n"}
    files["submissions/accepted/x.py"] = ""
    with pytest.raises(ProblemError, match="AC, WA, TLE or RTE"):
        discover_submissions(load_problem(package(tmp_path / "p", "2025-09", files)))


# ---------------------------------------------------------------------------------------------
# Checking judged results


def final(permitted: set[Verdict]) -> ExpectedSubmission:
    verdicts = frozenset(permitted)
    return ExpectedSubmission(
        name="x/y.c",
        path=Path("y.c"),
        files=(Path("y.c"),),
        language_hint="c",
        kind=ExpectationKind.FINAL,
        permitted=verdicts,
        required=verdicts,
    )


def test_final_expectations() -> None:
    assert unmet_expectations(final({WA}), WA) == ()
    assert unmet_expectations(final({WA}), TLE) == ("expected WA, got TLE",)
    assert unmet_expectations(final({RE}), MLE) == ()  # Kattis reports memory as RTE
    assert unmet_expectations(final({CE, RE}), CE) == ()
    assert verdict_allowed(frozenset({RE}), OLE)
    assert not verdict_allowed(frozenset({WA}), MLE)


def test_per_case_expectations(tmp_path: Path) -> None:
    yaml = (
        "wa/x.py:\n  message: hello\n  'secret/*{1,3}':\n    required: [AC]\n"
        "wa/score.py:\n  score: [10, 20]\n"
    )
    files = {
        "submissions/submissions.yaml": yaml,
        "submissions/wrong_answer/x.py": "",
        "submissions/wa/x.py": "",
        "submissions/wa/score.py": "",
    }
    found = expectations_of(package(tmp_path / "p", "2025-09", files))
    wrong = found["wrong_answer/x.py"]

    assert (
        unmet_expectations(wrong, WA, [CaseOutcome("secret/1", AC), CaseOutcome("secret/2", WA)])
        == ()
    )
    assert unmet_expectations(wrong, AC, [CaseOutcome("secret/1", AC)]) == (
        "no case got one of WA",
    )
    problems = unmet_expectations(wrong, TLE, [CaseOutcome("secret/1", TLE)])
    assert problems[0] == "secret/1: TLE is not permitted (AC|WA)"
    assert unmet_expectations(wrong, CE) == ("expected WA, got CE",)

    scoped = found["wa/x.py"]
    outcomes = [
        CaseOutcome("secret/1", AC, "fine"),
        CaseOutcome("secret/2", WA, "hello there"),
        CaseOutcome("secret/3", WA),
    ]
    assert unmet_expectations(scoped, WA, outcomes) == ()
    outcomes[0] = CaseOutcome("secret/1", WA)
    outcomes[1] = CaseOutcome("secret/2", WA)
    assert unmet_expectations(scoped, WA, outcomes) == (
        "no judge message contains 'hello'",
        "no case on secret/*{1,3} got one of AC",
    )
    scored = found["wa/score.py"]
    assert unmet_expectations(scored, AC, [CaseOutcome("secret/1", AC)], score=15) == ()
    assert unmet_expectations(scored, AC, [CaseOutcome("secret/1", AC)], score=30) == (
        "score 30 is outside [10, 20]",
    )


def test_partial_score_expectation(tmp_path: Path) -> None:
    files = {"submissions/partially_accepted/p.py": ""}
    found = expectations_of(package(tmp_path / "p", "legacy", files))
    partial = found["partially_accepted/p.py"]

    assert partial.partial_score and partial.permitted == {AC}
    assert unmet_expectations(partial, AC, score=40, max_score=100) == ()
    assert unmet_expectations(partial, AC, score=100, max_score=100) == (
        "expected a partial score, got the maximum 100",
    )
