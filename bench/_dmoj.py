"""DMOJ's judge (PyPI `dmoj`, its ptrace sandbox) as the peer for per-test cost: installed by
the benchmark into a scratch virtualenv, never a dependency of the project."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

DMOJ_VERSION = "4.1.0"
VENV = Path("/var/tmp/assay-bench-dmoj")
DRIVER = Path(__file__).with_name("_dmoj_driver.py")
LANGUAGES = {"c": "C", "cpp": "CPP17", "python3": "PY3"}


def ensure_dmoj() -> Path:
    """The scratch virtualenv's python, with DMOJ installed (libseccomp-dev is its build need)."""
    python = VENV / "bin" / "python"
    if (VENV / "bin" / "dmoj-autoconf").exists():
        return python
    if not Path("/usr/include/seccomp.h").exists():
        subprocess.run(["apt-get", "install", "-y", "-q", "libseccomp-dev"], check=True)
    subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", f"dmoj=={DMOJ_VERSION}"], check=True)
    return python


def write_problem(package: Path, problems: Path) -> tuple[str, int]:
    """The package's secret tests as a DMOJ problem (init.yml + the files): its id and size."""
    problem_id = f"ab{package.name}"
    directory = problems / problem_id
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    cases = []
    for path in sorted((package / "data" / "secret").glob("*.in")):
        shutil.copy(path, directory / path.name)
        shutil.copy(path.with_suffix(".ans"), directory / f"{path.stem}.out")
        cases.append(f"- {{in: {path.name}, out: {path.stem}.out, points: 1}}")
    (directory / "init.yml").write_text("test_cases:\n" + "\n".join(cases) + "\n")
    return problem_id, len(cases)


def write_config(work: Path, python: Path) -> Path:
    runtime = subprocess.run(
        [str(python.with_name("dmoj-autoconf"))], capture_output=True, text=True, check=True
    ).stdout
    if "  python3:" not in runtime:  # autoconf run from a virtualenv does not list the host's
        runtime += "  python3: /usr/bin/python3\n"
    config = work / "dmoj.yml"
    config.write_text(f"problem_storage_globs:\n  - {work / 'problems'}/*\n{runtime}")
    return config


def grading_s(
    python: Path, config: Path, language: str, source: Path, problems: dict[str, int]
) -> list[float]:
    """Seconds DMOJ took to grade `source` on each problem (id: its number of tests), in one
    judge process; every test must be accepted."""
    done = subprocess.run(
        [str(python), str(DRIVER), str(config), LANGUAGES[language], str(source), *problems.keys()],
        capture_output=True,
        text=True,
        check=True,
    )
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    if answer["accepted"] != list(problems.values()):
        sys.exit(f"DMOJ did not accept every test of the {language} program: {answer}")
    return [float(s) for s in answer["seconds"]]
