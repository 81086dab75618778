"""Custom output validators (Kattis protocol): built once per content hash, run in the sandbox.

`validator input answer feedback_dir [flags] < team_output`; exit 42 accepts, 43 rejects,
anything else is a fault of the problem (JE).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from assay.core.types import Limits, RunStatus
from assay.judge.compile import Program, compile_program
from assay.judge.types import JudgeFault
from assay.languages import Registry
from assay.problems.model import OutputValidator
from assay.sandbox import RunRequest, RunResult, Slot
from assay.sandbox.boxfiles import UnsafeBoxFile, copy_box_file, read_box_file

EXIT_ACCEPT = 42
EXIT_REJECT = 43
FEEDBACK_DIR = "/feedback"
INPUT_PATH = "/data/input"
ANSWER_PATH = "/data/answer"
MESSAGE_LIMIT = 4096
NEXT_PASS = "nextpass.in"
CPP_SUFFIXES = (".cpp", ".cc", ".cxx", ".c++")


@dataclass(frozen=True, slots=True)
class ValidatorVerdict:
    accepted: bool
    team_message: str  # for the user
    judge_message: str  # for the setter / operator
    score: float | None = None


def _sources(path: Path) -> dict[str, bytes]:
    if path.is_file():
        return {path.name: path.read_bytes()}
    return {
        str(file.relative_to(path)): file.read_bytes()
        for file in sorted(path.rglob("*"))
        if file.is_file()
    }


def _content_hash(sources: dict[str, bytes]) -> str:
    digest = hashlib.sha256()
    for name in sorted(sources):
        digest.update(name.encode() + b"\0" + sources[name] + b"\0")
    return digest.hexdigest()[:32]


def _main_file(sources: dict[str, bytes], validator: OutputValidator) -> tuple[str, str]:
    """(language id, main file) of a validator directory."""
    names = sorted(sources)
    cpp = [n for n in names if n.endswith(CPP_SUFFIXES)]
    if cpp:
        return "cpp", cpp[0]
    python = [n for n in names if n.endswith(".py")]
    if python:
        main = next((n for n in python if Path(n).stem in ("validator", "main")), python[0])
        return "python3", main
    c_files = [n for n in names if n.endswith(".c")]
    if c_files:
        return "c", c_files[0]
    raise JudgeFault(f"output validator {validator.path}: no C, C++ or Python source found")


@contextmanager
def locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build_validator(
    validator: OutputValidator,
    registry: Registry,
    slot: Slot,
    cache_dir: Path,
    sandbox_ids: tuple[int, int],
) -> Program:
    """The validator compiled once and cached by the hash of its sources."""
    sources = _sources(validator.path) | {h.name: h.read_bytes() for h in validator.headers}
    language_id, main_file = _main_file(sources, validator)
    language = registry.get(language_id)
    if not registry.availability(language_id).available:
        raise JudgeFault(f"output validator needs {language.name}, which is not installed")
    # Every translation unit of a multi-file C or C++ validator; its headers are beside them.
    units = {"cpp": CPP_SUFFIXES, "c": (".c",)}.get(language_id, ())
    extra_files = tuple(n for n in sorted(sources) if n.endswith(units) and n != main_file)
    build_dir = cache_dir / "validators" / _content_hash(sources)
    done_marker = build_dir.with_suffix(".ok")
    with locked(build_dir.with_suffix(".lock")):
        if done_marker.exists():
            return Program(language, build_dir, main_file)
        outcome = compile_program(
            language, sources, main_file, build_dir, slot, sandbox_ids, extra_files
        )
        if not outcome.ok or outcome.program is None:
            shutil.rmtree(build_dir, ignore_errors=True)
            raise JudgeFault(f"output validator does not compile:\n{outcome.output[:2000]}")
        done_marker.touch()
        return outcome.program


@contextmanager
def feedback_dir(sandbox_ids: tuple[int, int]) -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="assay-feedback-"))
    try:
        os.chown(path, *sandbox_ids)
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def stage_for_sandbox(path: Path, staging_dir: Path, name: str) -> Path:
    """A copy (or hard link) of a test file that the sandbox user may read: the package itself
    may live where that user cannot look, and must stay that way."""
    staging_dir.mkdir(mode=0o711, exist_ok=True)
    target = staging_dir / name
    target.unlink(missing_ok=True)
    try:
        os.link(path, target)
        if target.stat().st_mode & 0o004:
            return target
        target.unlink()  # never chmod a link: that would change the package's own file
    except OSError:
        pass
    shutil.copyfile(path, target)
    os.chmod(target, 0o644)
    return target


def validator_request(
    validator: Program,
    input_path: Path,
    answer_path: Path,
    feedback: Path,
    flags: tuple[str, ...],
    limits: Limits,
    *,
    stdin: bytes | Path = b"",
) -> RunRequest:
    argv = validator.argv(
        limits.memory_kib // 1024,
        limits.effective_stack_kib // 1024,
        (INPUT_PATH, ANSWER_PATH, FEEDBACK_DIR + "/", *flags),
    )
    return RunRequest(
        argv=argv,
        limits=limits,
        stdin=stdin,
        readonly_binds=[
            *validator.box_binds(),
            (input_path, INPUT_PATH),
            (answer_path, ANSWER_PATH),
        ],
        readwrite_binds=[(feedback, FEEDBACK_DIR)],
        # As DOMjudge and problemtools: a validator answering a submission that has left gets
        # EPIPE, not SIGPIPE, and still decides the verdict.
        ignore_sigpipe=True,
    )


def _read_message(feedback: Path, name: str) -> str:
    # The validator ran in a box: what it left is read without following a link (boxfiles).
    try:
        data = read_box_file(feedback, name, MESSAGE_LIMIT)
    except UnsafeBoxFile as error:
        raise JudgeFault(f"output validator left {error}") from error
    return (data or b"").decode(errors="replace").strip()


def has_next_pass(feedback: Path) -> bool:
    """Whether the validator asked for another pass (whatever it left there: a link is refused
    when taken)."""
    return os.path.lexists(feedback / NEXT_PASS)


def take_next_pass(feedback: Path, target: Path) -> None:
    """Move the validator's `nextpass.in` to the judge's own `target`: copied through a file
    descriptor that followed no link, then removed (the next pass starts without one)."""
    try:
        found = copy_box_file(feedback, NEXT_PASS, target)
    except UnsafeBoxFile as error:
        raise JudgeFault(f"output validator left {error}") from error
    if not found:
        raise JudgeFault(f"output validator: {NEXT_PASS} went away")
    (feedback / NEXT_PASS).unlink()


def _read_score(feedback: Path) -> float | None:
    text = _read_message(feedback, "score.txt")
    try:
        return float(text) if text else None
    except ValueError:
        return None


def interpret(result: RunResult, feedback: Path) -> ValidatorVerdict:
    """Exit 42/43 into a verdict; anything else raises JudgeFault (the problem is broken)."""
    judge_message = _read_message(feedback, "judgemessage.txt")
    if result.status == RunStatus.NONZERO_EXIT and result.exit_code in (EXIT_ACCEPT, EXIT_REJECT):
        return ValidatorVerdict(
            accepted=result.exit_code == EXIT_ACCEPT,
            team_message=_read_message(feedback, "teammessage.txt"),
            judge_message=judge_message,
            score=_read_score(feedback),
        )
    stderr = result.stderr.decode(errors="replace")[:MESSAGE_LIMIT]
    detail = result.message or f"exit code {result.exit_code}"
    summary = f"output validator failed ({result.status.value}: {detail})"
    raise JudgeFault(f"{summary} {judge_message} {stderr}".strip())
