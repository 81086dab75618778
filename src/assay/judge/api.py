"""The judge's public entry points (contract for the worker and the CLI)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Source:
    """A submission's code: file name as the user gave it (or derived) and its bytes."""

    text: str
    language_id: str  # "c", "cpp", "python3", "pypy3", "java", "javascript", "rust", "go"
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
