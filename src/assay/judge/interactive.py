"""Interactive problems: the validator and the submission wired with two pipes, each in its box.

Verdict precedence as problemtools has it: a validator that crashed or exited other than 42/43
is a judge error; a validator that rejected before the submission ended is WA whatever the
submission then did; a submission over its time is TLE; one that crashed is RE; otherwise the
validator's verdict stands.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from assay.core.types import Limits, RunStatus
from assay.judge.compile import Program
from assay.judge.types import JudgeFault
from assay.judge.validators import (
    EXIT_REJECT,
    ValidatorVerdict,
    interpret,
    validator_request,
)
from assay.sandbox import RunRequest, RunResult, Slot

log = logging.getLogger("assay.judge.interactive")

REJECT_GRACE_S = 0.5
# A submission that ended so (stopped by a limit, or crashed) has its verdict whatever the
# validator does afterwards: seen, a validator left waiting past its wall limit while a
# crashed submission's box was torn down on a loaded machine.
SUBMISSION_FAILURES = (
    RunStatus.TIME_LIMIT,
    RunStatus.MEMORY_LIMIT,
    RunStatus.OUTPUT_LIMIT,
    RunStatus.SIGNALED,
    RunStatus.NONZERO_EXIT,
)
FIFO_DIR = "/pipes"
TO_PROGRAM = "to_program"
TO_VALIDATOR = "to_validator"


@dataclass(frozen=True, slots=True)
class InteractiveOutcome:
    submission: RunResult
    validator: ValidatorVerdict
    validator_finished_first: bool


@dataclass(slots=True)
class _Timed:
    result: RunResult | None = None
    release_fd: int | None = None  # closed as soon as the run has ended
    peer: _Timed | None = None  # the other side's run
    peer_ended_first: bool = False  # the peer's run had ended when this one's ended


def _run_timed(run: Callable[[RunRequest], RunResult], request: RunRequest, into: _Timed) -> None:
    try:
        into.result = run(request)
    finally:
        into.peer_ended_first = into.peer is not None and into.peer.result is not None
        if into.release_fd is not None:
            os.close(into.release_fd)
            into.release_fd = None


def run_interactive(
    slot: Slot,
    program_request: RunRequest,
    validator: Program,
    input_path: Path,
    answer_path: Path,
    feedback: Path,
    flags: tuple[str, ...],
    validator_limits: Limits,
    sandbox_ids: tuple[int, int],
) -> InteractiveOutcome:
    with _fifos(sandbox_ids) as fifo_dir:
        submission_request = _through_fifos(
            program_request, TO_PROGRAM, TO_VALIDATOR, fifo_dir, stdout_first=False
        )
        checker_request = _through_fifos(
            validator_request(
                validator, input_path, answer_path, feedback, flags, validator_limits
            ),
            TO_VALIDATOR,
            TO_PROGRAM,
            fifo_dir,
            stdout_first=True,
        )
        # The judge keeps the validator's input open until it has seen the program end, so a
        # validator can only see EOF after that: who finished first is then known, not raced.
        held = os.open(fifo_dir / TO_VALIDATOR, os.O_RDWR | os.O_NOFOLLOW)
        return _run_both(slot, submission_request, checker_request, feedback, held)


@contextlib.contextmanager
def _fifos(sandbox_ids: tuple[int, int]) -> Iterator[Path]:
    """Two named pipes the boxes open themselves. Plain pipes handed to bwrap would stay open
    in bwrap's own monitor process, so a side that closes its end would never send EOF."""
    directory = Path(tempfile.mkdtemp(prefix="assay-pipes-"))
    try:
        os.chmod(directory, 0o711)
        for name in (TO_PROGRAM, TO_VALIDATOR):
            os.mkfifo(directory / name, 0o600)
            os.chown(directory / name, *sandbox_ids)
        yield directory
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def _through_fifos(
    request: RunRequest, stdin_name: str, stdout_name: str, fifo_dir: Path, *, stdout_first: bool
) -> RunRequest:
    # Opening a FIFO blocks until the other side opens it too: the validator opens its output
    # first and the program its input first, so neither waits on the other forever.
    redirect = 'exec 1>"$2" 0<"$1"' if stdout_first else 'exec 0<"$1" 1>"$2"'
    argv = [
        "/bin/sh",
        "-c",
        f'{redirect}; shift 2; exec "$@"',
        "sh",
        f"{FIFO_DIR}/{stdin_name}",
        f"{FIFO_DIR}/{stdout_name}",
        *request.argv,
    ]
    return replace(
        request,
        argv=argv,
        stdin=b"",
        readwrite_binds=[*request.readwrite_binds, (fifo_dir, FIFO_DIR)],
    )


def _run_both(
    slot: Slot,
    submission_request: RunRequest,
    checker_request: RunRequest,
    feedback: Path,
    held_fd: int,
) -> InteractiveOutcome:
    checker_run = _Timed()
    program_run = _Timed(release_fd=held_fd, peer=checker_run)
    checker_thread = threading.Thread(
        target=_run_timed, args=(slot.helper.run, checker_request, checker_run), daemon=True
    )
    program_thread = threading.Thread(
        target=_run_timed, args=(slot.main.run, submission_request, program_run), daemon=True
    )
    checker_thread.start()
    program_thread.start()
    checker_thread.join()
    rejected = checker_run.result is not None and checker_run.result.exit_code == EXIT_REJECT
    program_thread.join(REJECT_GRACE_S if rejected else None)
    if program_thread.is_alive():
        # The validator already said WA: a submission still waiting for input need not time out.
        slot.main.kill()
        program_thread.join()
    assert program_run.result is not None and checker_run.result is not None
    program, checker = program_run.result, checker_run.result
    # Both ends are stamped by the kernel as bwrap reports them. A validator reacting to the
    # program's end cannot end before the program was seen to end (its input stayed open until
    # then), so its stamp is later; a validator ending first is stamped before the program.
    finished_first = checker.exited_at < program.exited_at
    # Causally certain, whatever the stamps (a late status message is stamped on arrival): the
    # validator's input stays open until the program's run has ended here, so a validator whose
    # run had already ended then did not end because of the program's end.
    finished_first = finished_first or program_run.peer_ended_first
    if _broken_pipe(checker):
        # The validator wrote to a submission that had already gone: the submission's fault,
        # and the submission was first whatever the clocks say.
        finished_first = False
        verdict = ValidatorVerdict(False, "", "the submission stopped reading before the end")
    else:
        verdict = _interpret_after(program, checker, feedback, finished_first)
    return InteractiveOutcome(
        submission=program, validator=verdict, validator_finished_first=finished_first
    )


def _interpret_after(
    program: RunResult, checker: RunResult, feedback: Path, finished_first: bool
) -> ValidatorVerdict:
    """The validator's verdict; a validator failing after the submission was stopped by a limit
    or crashed leaves the submission's own TLE/MLE/OLE/RE (as DOMjudge does for limits) and a
    warning for the operator. Seen: a Python validator whose daemon writer thread hit EPIPE hung
    in interpreter shutdown. A validator failing first, or after a clean exit, is still JE."""
    try:
        return interpret(checker, feedback)
    except JudgeFault as fault:
        if finished_first or program.status not in SUBMISSION_FAILURES:
            raise
        log.warning("validator failed after the submission ended %s: %s", program.status, fault)
        return ValidatorVerdict(False, "", "")


def _broken_pipe(result: RunResult) -> bool:
    return result.status == RunStatus.SIGNALED and result.signal == signal.SIGPIPE


def interactive_status(outcome: InteractiveOutcome) -> tuple[RunStatus | None, bool]:
    """(the submission's failing status or None, accepted) after the precedence rules."""
    if not outcome.validator.accepted and outcome.validator_finished_first:
        return None, False
    status = outcome.submission.status
    if status in (RunStatus.TIME_LIMIT, RunStatus.MEMORY_LIMIT, RunStatus.OUTPUT_LIMIT):
        return status, False
    if status in (RunStatus.SIGNALED, RunStatus.NONZERO_EXIT):
        return status, False
    return None, outcome.validator.accepted
