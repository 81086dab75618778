"""Interactive problems: the validator and the submission wired with two pipes, each in its box.

Verdict precedence as problemtools has it: a validator that crashed or exited other than 42/43
is a judge error; a validator that rejected before the submission ended is WA whatever the
submission then did; a submission over its time is TLE; one that crashed is RE; otherwise the
validator's verdict stands.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assay.core.types import Limits, RunStatus
from assay.judge.compile import Program
from assay.judge.validators import (
    EXIT_REJECT,
    ValidatorVerdict,
    interpret,
    validator_request,
)
from assay.sandbox import RunRequest, RunResult, Slot

REJECT_GRACE_S = 0.5


@dataclass(frozen=True, slots=True)
class InteractiveOutcome:
    submission: RunResult
    validator: ValidatorVerdict
    validator_finished_first: bool


@dataclass(slots=True)
class _Timed:
    result: RunResult | None = None


def _run_timed(run: Callable[[RunRequest], RunResult], request: RunRequest, into: _Timed) -> None:
    into.result = run(request)


def run_interactive(
    slot: Slot,
    program_request: RunRequest,
    validator: Program,
    input_path: Path,
    answer_path: Path,
    feedback: Path,
    flags: tuple[str, ...],
    validator_limits: Limits,
) -> InteractiveOutcome:
    to_program_r, to_program_w = os.pipe()
    to_validator_r, to_validator_w = os.pipe()
    submission_request = _with_pipes(program_request, to_program_r, to_validator_w)
    checker_request = validator_request(
        validator,
        input_path,
        answer_path,
        feedback,
        flags,
        validator_limits,
        stdin_fd=to_validator_r,
        stdout_fd=to_program_w,
    )
    program_run, checker_run = _Timed(), _Timed()
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
    finished_first = checker.exited_at < program.exited_at
    if _broken_pipe(checker) and not finished_first:
        # The validator wrote to a submission that had already gone: the submission's fault.
        verdict = ValidatorVerdict(False, "", "the submission stopped reading before the end")
    else:
        verdict = interpret(checker, feedback)
    return InteractiveOutcome(
        submission=program, validator=verdict, validator_finished_first=finished_first
    )


def _broken_pipe(result: RunResult) -> bool:
    return result.status == RunStatus.SIGNALED and result.signal == signal.SIGPIPE


def _with_pipes(request: RunRequest, stdin_fd: int, stdout_fd: int) -> RunRequest:
    from dataclasses import replace

    return replace(request, stdin_fd=stdin_fd, stdout_fd=stdout_fd, owns_fds=True, stdin_data=None)


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
