"""The judge's public types (the contract for the worker and the CLI): what a submission is,
how to judge it, and the fault that is the judge's own."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assay.core.types import TestResult


@dataclass(frozen=True, slots=True)
class Source:
    """A submission's code: file name as the user gave it (or derived) and its bytes."""

    text: str
    language_id: str  # a language entry's id (assay.languages.entries)
    filename: str | None = None  # None: derived from the language's rule
    # Further files of a multi-file submission: (name, content); compiled with the main one
    # where the language compiles translation units together (C, C++, Java, Go).
    extra_files: tuple[tuple[str, bytes], ...] = ()


@dataclass(frozen=True, slots=True)
class JudgeOptions:
    run_all_tests: bool = False  # default: stop at the first failing test
    samples_only: bool = False  # a "Run": judge on the samples only
    custom_input: bytes | None = None  # a "Run" with the user's own stdin
    # Overrides the package's time limit (e.g. the one `assay verify` derived).
    time_limit_s: float | None = None
    # Show input/expected/actual for hidden tests too (CLI for problem setters; never the web).
    reveal_hidden: bool = False
    # Only these tests (names below data/), e.g. the cases that bound a derived time limit.
    only_tests: frozenset[str] | None = None
    # With run_all_tests: stop once the results so far (in test order) say the rest cannot
    # matter (`assay verify`'s lazy judging of per-case expectations).
    stop_when: Callable[[Sequence[TestResult]], bool] | None = None

    def stops_after(self, results: Sequence[TestResult]) -> bool:
        """Whether `stop_when` says the tests judged so far decide the rest."""
        return self.stop_when is not None and self.stop_when(results)


class JudgeFault(Exception):
    """A fault of the judge or the problem (missing toolchain, sandbox failure, broken validator).

    Reported as the verdict JE with this message for the operator; never blamed on the user.
    """
