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
from assay.sandbox import BoxRunner, RunRequest, RunResult, Slot

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
class _ProgramSide:
    validator_input_fd: int  # held open until the program's run has ended
    validator: BoxRunner
    result: RunResult | None = None
    validator_ended_first: bool = False  # the validator had ended when the program's run did


def _run_program(
    run: Callable[[RunRequest], RunResult], request: RunRequest, side: _ProgramSide
) -> None:
    try:
        side.result = run(request)
    finally:
        # Asked before the validator's input is let go: until then it cannot have seen EOF, so
        # a validator ended by now ended on its own (and before the program, whose end could
        # only follow the close of its input).
        try:
            side.validator_ended_first = not side.validator.payload_running()
        finally:
            os.close(side.validator_input_fd)


def _run_validator(
    run: Callable[[RunRequest], RunResult], request: RunRequest, into: list[RunResult]
) -> None:
    into.append(run(request))


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
        return _run_both(slot, submission_request, checker_request, feedback, fifo_dir)


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
    fifo_dir: Path,
) -> InteractiveOutcome:
    # The judge keeps the validator's input open (as a reader too, so a program writing late
    # is not killed by SIGPIPE) until the program's run has ended: the validator sees EOF only
    # after that, and whether it had ended before is then a fact, not a race of clocks.
    held = os.open(fifo_dir / TO_VALIDATOR, os.O_RDWR | os.O_NOFOLLOW | os.O_CLOEXEC)
    program = _ProgramSide(held, slot.helper)
    checker_results: list[RunResult] = []
    checker_thread = threading.Thread(
        target=_run_validator, args=(slot.helper.run, checker_request, checker_results), daemon=True
    )
    program_thread = threading.Thread(
        target=_run_program, args=(slot.main.run, submission_request, program), daemon=True
    )
    checker_thread.start()
    program_thread.start()
    checker_thread.join()
    rejected = bool(checker_results) and checker_results[0].exit_code == EXIT_REJECT
    program_thread.join(REJECT_GRACE_S if rejected else None)
    if program_thread.is_alive():
        # The validator already said WA: a submission still waiting for input need not time out.
        slot.main.kill()
        program_thread.join()
    assert program.result is not None and checker_results
    checker = checker_results[0]
    finished_first = program.validator_ended_first
    if _broken_pipe(checker):
        # The validator wrote to a submission that had already gone: the submission's fault,
        # and the submission was first whatever the validator's state said.
        finished_first = False
        verdict = ValidatorVerdict(False, "", "the submission stopped reading before the end")
    else:
        verdict = _interpret_after(program.result, checker, feedback, finished_first)
    return InteractiveOutcome(
        submission=program.result, validator=verdict, validator_finished_first=finished_first
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
