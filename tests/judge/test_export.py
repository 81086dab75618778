"""`assay export`: a function problem as a plain Kattis package. The exported drivers and output
validator are checked by judging the exported package as an ordinary stdin/stdout package (its
function.yaml removed) through the real sandbox: every example submission must get its verdict."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assay.cli import app
from assay.judge.environment import make_environment
from assay.judge.export import VALIDATOR_FILE, ExportError, export_package
from assay.judge.pipeline import JudgeEnvironment
from assay.judge.verify import verify_problem
from assay.problems.loader import load_problem

PROBLEMS = Path(__file__).resolve().parents[2] / "problems"
FUNCTIONS = PROBLEMS / "functions"
EXPORTED_LANGUAGES = {"python3", "javascript", "java", "go"}


def _export(tmp_path: Path, slug: str) -> Path:
    out = tmp_path / "exported" / slug
    export_package(load_problem(FUNCTIONS / slug), out)
    return out


def test_export_writes_each_driver_and_the_validator(tmp_path: Path) -> None:
    out = _export(tmp_path, "recent-cache")
    include = out / "include"
    assert {p.name for p in include.iterdir()} == EXPORTED_LANGUAGES
    assert (include / "python3" / "__main__.py").is_file()
    assert (include / "javascript" / "main.js").is_file()
    main_java = (include / "java" / "Main.java").read_text()
    assert "public final class Main" in main_java and "__Driver__" not in main_java
    assert (include / "go" / "assay_driver.go").is_file()
    assert not any(include.rglob("solution.*")), "the contestant's file is never exported"
    validator = out / "output_validator" / VALIDATOR_FILE
    assert os.access(validator, os.X_OK)
    compile(validator.read_text(), str(validator), "exec")


def test_export_completes_submissions_and_drops_languages_without_a_driver(
    tmp_path: Path,
) -> None:
    out = _export(tmp_path, "pair-sum-indices")
    accepted = out / "submissions" / "accepted"
    assert {p.suffix for p in accepted.iterdir()} == {".py", ".js", ".java", ".go"}
    assert (accepted / "Solution.java").read_text().startswith("import java.util.*;")
    assert (accepted / "solution.go").read_text().startswith("package main")
    original = FUNCTIONS / "pair-sum-indices" / "submissions" / "accepted" / "solution.py"
    assert (accepted / "solution.py").read_text() == original.read_text()


def test_export_refuses_what_it_cannot_write_and_leaves_nothing(tmp_path: Path) -> None:
    problem = load_problem(FUNCTIONS / "pair-sum-indices")
    taken = tmp_path / "taken"
    taken.mkdir()
    with pytest.raises(ExportError, match="already exists"):
        export_package(problem, taken)
    with pytest.raises(ExportError, match="not a function problem"):
        export_package(load_problem(PROBLEMS / "sumtwo"), tmp_path / "sumtwo")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]


def test_cli_export_reports_bad_input_without_a_traceback(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", str(PROBLEMS / "sumtwo"), str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "not a function problem" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


# --- the exported output validator, run as the other judge runs it ----------------------------


def _validate(out: Path, test: str, team_output: str, tmp_path: Path) -> tuple[int, str]:
    feedback = tmp_path / "feedback"
    shutil.rmtree(feedback, ignore_errors=True)
    feedback.mkdir()
    data = out / "data" / test
    done = subprocess.run(
        [
            sys.executable,
            str(out / "output_validator" / VALIDATOR_FILE),
            str(data.with_suffix(".in")),
            str(data.with_suffix(".ans")),
            str(feedback),
        ],
        input=team_output.encode(),
        capture_output=True,
        check=False,
    )
    return done.returncode, (feedback / "judgemessage.txt").read_text()


def _records(value: object) -> str:
    return json.dumps({"t": 0, "v": value}) + "\n" + json.dumps({"end": 1}) + "\n"


def test_exported_validator_compares_like_assay(tmp_path: Path) -> None:
    out = _export(tmp_path, "level-averages")
    answer = json.loads((out / "data" / "sample" / "1.ans").read_text())
    assert _validate(out, "sample/1", _records(answer), tmp_path)[0] == 42
    nudged = [value + 1e-7 for value in answer]  # within the float tolerance
    assert _validate(out, "sample/1", _records(nudged), tmp_path)[0] == 42
    code, message = _validate(out, "sample/1", _records([v + 1 for v in answer]), tmp_path)
    assert code == 43 and "[0]" in message


@pytest.mark.parametrize(
    ("team_output", "says"),
    [
        ("all tests passed\n", "not JSON"),
        (json.dumps({"t": 0, "v": [0, 1]}) + "\n", "one result record and the end record"),
        (json.dumps({"end": 1}) + "\n" + json.dumps({"t": 0, "v": [0, 1]}) + "\n", "order"),
        (json.dumps({"t": 0, "e": {"type": "KeyError", "msg": "7"}}) + '\n{"end":1}\n', "7"),
    ],
)
def test_exported_validator_rejects_broken_records(
    tmp_path: Path, team_output: str, says: str
) -> None:
    out = _export(tmp_path, "pair-sum-indices")
    code, message = _validate(out, "sample/1", team_output, tmp_path)
    assert code == 43
    assert says in message


def test_exported_design_validator_compares_per_call(tmp_path: Path) -> None:
    out = _export(tmp_path, "recent-cache")
    answer = json.loads((out / "data" / "sample" / "1.ans").read_text())
    assert _validate(out, "sample/1", _records(answer), tmp_path)[0] == 42
    changed = list(answer)
    index = next(i for i, v in enumerate(changed) if isinstance(v, int))
    changed[index] += 1
    code, message = _validate(out, "sample/1", _records(changed), tmp_path)
    assert code == 43 and f"call #{index}" in message


# --- the exported drivers, through the real sandbox --------------------------------------------


@pytest.fixture(scope="module")
def env(sandbox_cache_dir: Path) -> JudgeEnvironment:
    return make_environment(slots=None, cache_dir=sandbox_cache_dir)


@pytest.mark.sandbox
@pytest.mark.slow
@pytest.mark.parametrize("slug", ["recent-cache", "level-averages"])
def test_exported_package_judges_as_a_plain_package(
    tmp_path: Path, slug: str, env: JudgeEnvironment
) -> None:
    out = _export(tmp_path, slug)
    (out / "function.yaml").unlink()  # another judge knows nothing of it
    problem = load_problem(out)
    assert problem.function is None
    report = verify_problem(problem, env)
    judged = {row.language for row in report.rows if row.outcome != "skipped"}
    assert judged == EXPORTED_LANGUAGES
    bad = [row for row in report.rows if row.outcome != "ok"]
    assert not bad, "\n".join(f"{r.submission}: {r.verdict} ({r.note})" for r in bad)


def test_exported_java_driver_never_touches_an_fd_3_it_did_not_get(tmp_path: Path) -> None:
    """In a JVM started without fd 3, fd 3 is the JDK's lib/modules: a driver that opened
    /dev/fd/3 for writing there truncated the JDK (it happened once, on this machine)."""
    out = _export(tmp_path, "recent-cache")
    build = tmp_path / "build"
    shutil.copytree(out / "include" / "java", build)
    shutil.copy(out / "submissions" / "accepted" / "RecentCache.java", build)
    javac = subprocess.run(
        ["javac", "-d", str(build), *map(str, sorted(build.glob("*.java")))],
        capture_output=True,
        check=False,
    )
    assert javac.returncode == 0, javac.stderr.decode()
    bystander = tmp_path / "bystander"
    bystander.write_text("keep me")
    sample = out / "data" / "sample" / "1"
    # fd 3 open read-write (bash `3<>`, no truncation) on a bystander file, as a host may have it.
    with sample.with_suffix(".in").open("rb") as stdin:
        run = subprocess.run(
            ["bash", "-c", 'exec 3<>"$0"; exec java -cp "$1" Main', str(bystander), str(build)],
            stdin=stdin,
            capture_output=True,
            env={k: v for k, v in os.environ.items() if k != "ASSAY_RESULT_FD"},
            check=False,
        )
    assert run.returncode == 0, run.stderr.decode()
    assert bystander.read_text() == "keep me"
    records = [json.loads(line) for line in run.stdout.decode().splitlines()]
    assert records[0]["v"] == json.loads(sample.with_suffix(".ans").read_text())
    assert records[-1]["end"] == 1


def test_exported_go_driver_leaves_the_runtimes_own_fd_3_alone(tmp_path: Path) -> None:
    """In a Go program started without fd 3, fd 3 is the runtime's epoll fd: an os.File made
    for it and dropped closes it when collected, and the next GC dies ("netpoll failed"). The
    zigzag test allocates enough to collect; it failed about every second run."""
    out = _export(tmp_path, "level-averages")
    build = tmp_path / "build"
    shutil.copytree(out / "include" / "go", build)
    shutil.copy(out / "submissions" / "accepted" / "solution.go", build)
    go_env = {
        **{k: v for k, v in os.environ.items() if k != "ASSAY_RESULT_FD"},
        "GOCACHE": str(tmp_path / "gocache"),
        "GOPATH": str(tmp_path / "gopath"),
        "GO111MODULE": "off",
        "CGO_ENABLED": "0",
    }
    sources = sorted(p.name for p in build.glob("*.go"))
    done = subprocess.run(
        ["go", "build", "-o", "main", *sources],
        cwd=build,
        env=go_env,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    test = out / "data" / "secret" / "18_zigzag_chain_30000"
    expected = json.loads(test.with_suffix(".ans").read_text())
    records = tmp_path / "records.txt"
    for _ in range(12):
        # stdout a file, as judges have it
        with test.with_suffix(".in").open("rb") as stdin, records.open("wb") as stdout:
            run = subprocess.run(
                [str(build / "main")],
                stdin=stdin,
                stdout=stdout,
                stderr=subprocess.PIPE,
                env=go_env,
                check=False,
            )
        assert run.returncode == 0, run.stderr.decode()[:2000]
        first = json.loads(records.read_text().splitlines()[0])
        assert len(first["v"]) == len(expected)
