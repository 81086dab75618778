"""The judge never follows a link a box planted (the escape class of Judge0 CVE-2024-28185 and
CVE-2024-28189, go-judge #176, isolate 2.5/2.6).

Each test has a box plant symbolic links to a host canary (a root-only file the box cannot see)
in a place the judge reads afterwards: a validator's feedback directory (its messages, its score,
a multi-pass `nextpass.in`) and a build directory (compile outputs). The canary is watched with
inotify: nobody on the host may open, read or change it, and its secret must appear nowhere in
the result.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from sandbox_support import SUM_PROBLEM_DIR, describe, golden_ac, judge_source

from assay.core.types import JudgeResult, Verdict
from assay.judge.pipeline import JudgeEnvironment
from assay.judge.types import JudgeOptions
from assay.languages import Registry
from assay.problems.loader import load_problem
from assay.problems.model import Problem

pytestmark = [
    pytest.mark.sandbox,
    pytest.mark.timeout(120),
    pytest.mark.usefixtures("then_still_accepted"),
]

# One run is enough to show what the judge reads back.
SAMPLE_ONLY = JudgeOptions(samples_only=True)
IN_ACCESS, IN_MODIFY, IN_ATTRIB, IN_OPEN = 0x1, 0x2, 0x4, 0x20
IN_CLOSE_WRITE, IN_MOVE_SELF, IN_DELETE_SELF = 0x8, 0x800, 0x400
WATCHED = IN_ACCESS | IN_MODIFY | IN_ATTRIB | IN_OPEN | IN_CLOSE_WRITE | IN_MOVE_SELF
WATCHED |= IN_DELETE_SELF


@dataclass(frozen=True)
class Canary:
    path: Path
    secret: bytes
    stat: os.stat_result
    inotify_fd: int

    def assert_untouched(self, result: JudgeResult) -> None:
        try:
            events = os.read(self.inotify_fd, 4096)
        except BlockingIOError:
            events = b""
        assert not events, f"the host opened or changed the canary: {describe(result)}"
        after = self.path.stat()
        assert (after.st_mode, after.st_uid, after.st_size, after.st_mtime_ns) == (
            self.stat.st_mode,
            self.stat.st_uid,
            self.stat.st_size,
            self.stat.st_mtime_ns,
        )
        assert self.path.read_bytes() == self.secret
        assert self.secret.decode() not in repr(result), describe(result)


@pytest.fixture
def canary(tmp_path: Path) -> Iterator[Canary]:
    """A root-only file in a root-only directory, watched for any open, read or change."""
    directory = tmp_path / "host-only"
    directory.mkdir(mode=0o700)
    path = directory / "canary"
    secret = f"assay-canary-{os.urandom(8).hex()}".encode()
    path.write_bytes(secret)
    path.chmod(0o600)
    libc = ctypes.CDLL(None, use_errno=True)
    fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
    if fd < 0:
        pytest.fail(f"inotify_init1: {errno.errorcode[ctypes.get_errno()]}")
    try:
        if libc.inotify_add_watch(fd, bytes(path), WATCHED) < 0:
            pytest.fail(f"inotify_add_watch: {errno.errorcode[ctypes.get_errno()]}")
        yield Canary(path, secret, path.stat(), fd)
    finally:
        os.close(fd)


# ---------------------------------------------------------------------------------------------
# A validator's feedback directory


VALIDATOR_PY = r"""
import os, sys
feedback = sys.argv[3]
sys.stdin.read()
for name in LINKS:
    os.symlink(CANARY, os.path.join(feedback, name))
for name in FIFOS:
    os.mkfifo(os.path.join(feedback, name))
sys.exit(EXIT)
"""

INTERACTIVE_VALIDATOR_PY = r"""
import os, sys
feedback = sys.argv[3]
for name in LINKS:
    os.symlink(CANARY, os.path.join(feedback, name))
sys.exit(42)
"""


def problem_with_validator(
    root: Path, kind: str, validator: str, canary: Canary, links: list[str], exit_code: int = 42
) -> Problem:
    """The sum problem, as `kind`, with a Python validator that plants `links` to the canary."""
    shutil.copytree(SUM_PROBLEM_DIR / "data", root / "data")
    (root / "problem.yaml").write_text(
        f"problem_format_version: 2025-09\ntype: {kind}\nname: Planted links\n"
        "credits:\n  authors: Assay\nlicense: cc0\nlimits:\n  time_limit: 1.0\n  memory: 256\n"
    )
    (root / "output_validator").mkdir()
    source = validator.replace("CANARY", repr(str(canary.path)))
    source = source.replace("LINKS", repr(links)).replace("EXIT", str(exit_code))
    (root / "output_validator" / "validator.py").write_text(source)
    return load_problem(root)


def assert_judge_error(result: JudgeResult, name: str) -> None:
    assert result.verdict == Verdict.JE, describe(result)
    assert name in result.message, describe(result)
    assert "not a plain path" in result.message or "not a regular file" in result.message


@pytest.mark.parametrize("name", ["judgemessage.txt", "teammessage.txt", "score.txt"])
@pytest.mark.parametrize("exit_code", [42, 43])
def test_feedback_file_linked_to_the_host(
    judge_env: JudgeEnvironment, tmp_path: Path, canary: Canary, name: str, exit_code: int
) -> None:
    source = VALIDATOR_PY.replace("FIFOS", "[]")
    problem = problem_with_validator(
        tmp_path / "problem", "pass-fail", source, canary, [name], exit_code
    )
    result = judge_source(judge_env, problem, golden_ac("python3"), "python3")
    canary.assert_untouched(result)
    assert_judge_error(result, name)


def test_feedback_file_left_as_a_fifo(
    judge_env: JudgeEnvironment, tmp_path: Path, canary: Canary
) -> None:
    """A FIFO in place of a message: reading it would block the judge for ever."""
    source = VALIDATOR_PY.replace("FIFOS", repr(["judgemessage.txt"]))
    problem = problem_with_validator(tmp_path / "problem", "pass-fail", source, canary, [], 43)
    result = judge_source(judge_env, problem, golden_ac("python3"), "python3")
    assert result.verdict == Verdict.JE, describe(result)
    assert "judgemessage.txt: not a regular file" in result.message, describe(result)


@pytest.mark.parametrize(
    ("kind", "validator", "program"),
    [
        pytest.param("multi-pass", VALIDATOR_PY.replace("FIFOS", "[]"), None, id="multi-pass"),
        pytest.param(
            "[interactive, multi-pass]", INTERACTIVE_VALIDATOR_PY, "pass\n", id="interactive"
        ),
    ],
)
def test_next_pass_linked_to_the_host(
    judge_env: JudgeEnvironment,
    tmp_path: Path,
    canary: Canary,
    kind: str,
    validator: str,
    program: str | None,
) -> None:
    """`nextpass.in` becomes the next pass's input (fed by the judge, as root, on stdin)."""
    problem = problem_with_validator(tmp_path / "problem", kind, validator, canary, ["nextpass.in"])
    result = judge_source(judge_env, problem, program or golden_ac("python3"), "python3")
    canary.assert_untouched(result)
    assert_judge_error(result, "nextpass.in")


# ---------------------------------------------------------------------------------------------
# Compile outputs


def planting_environment(
    judge_env: JudgeEnvironment, language_id: str, plant: str
) -> JudgeEnvironment:
    """`language_id` whose compile step, after compiling, runs the shell commands `plant` in the
    build directory (as a compiler run by the submission could)."""
    registry = judge_env.registry
    language = registry.get(language_id)
    assert language.compile_argv is not None
    compile_script = " ".join(
        '"$@"' if part == "{src}" else f"'{part}'" for part in language.compile_argv
    )
    # The wrapped compile is a shell, not the compiler, so the toolchain's precompiled files
    # (whose arguments go right after the compiler's name) are not offered to it.
    planting = replace(
        language,
        compile_argv=("/bin/sh", "-c", f"{compile_script} && {plant}", "sh", "{src}"),
        precompiled=None,
    )
    languages = [planting if a.language.id == language_id else a.language for a in registry.all()]
    return JudgeEnvironment(
        pool=judge_env.pool, registry=Registry(languages), cache_dir=judge_env.cache_dir
    )


def test_java_class_files_linked_to_the_host(
    judge_env: JudgeEnvironment, sum_problem: Problem, canary: Canary
) -> None:
    """The judge reads the compiled class files to find `main`: planted links are not read."""
    target = canary.path
    plant = (
        f"ln -s {target} Planted.class && ln -s {target.parent} pkg && mkdir deep"
        f" && ln -s {target} deep/Deep.class"
    )
    env = planting_environment(judge_env, "java", plant)
    result = judge_source(env, sum_problem, golden_ac("java"), "java", SAMPLE_ONLY)
    canary.assert_untouched(result)
    assert result.verdict == Verdict.AC, describe(result)


def test_program_linked_to_the_host(
    judge_env: JudgeEnvironment, sum_problem: Problem, canary: Canary
) -> None:
    """The compiled program itself a link to the host: resolved inside the box, where the
    canary does not exist."""
    env = planting_environment(judge_env, "c", f"rm main && ln -s {canary.path} main")
    result = judge_source(env, sum_problem, golden_ac("c"), "c", SAMPLE_ONLY)
    canary.assert_untouched(result)
    assert result.verdict == Verdict.RE, describe(result)
