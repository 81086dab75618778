"""What a loaded problem package is. The loader (`assay.problems.loader`) builds these."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assay.problems.function_spec import FunctionSpec


class ProblemError(Exception):
    """A malformed or unreadable package. The message names the problem and the file."""


class FormatVersion(StrEnum):
    """The package format a problem.yaml declares (its aliases are read by the loader)."""

    LEGACY = "legacy"
    DRAFT_2023_07 = "2023-07-draft"
    V2025_09 = "2025-09"


class ProblemType(StrEnum):
    """A word of problem.yaml's `type` (legacy: of `validation`)."""

    PASS_FAIL = "pass-fail"
    SCORING = "scoring"
    MULTI_PASS = "multi-pass"
    INTERACTIVE = "interactive"
    SUBMIT_ANSWER = "submit-answer"  # recognised, then refused: not supported


class Aggregation(StrEnum):
    """How a test group's score is built from its children (scoring problems)."""

    SUM = "sum"
    MIN = "min"
    # 2025-09: the group scores `max_score` when every case in it is accepted, else 0.
    PASS_FAIL = "pass-fail"


@dataclass(frozen=True, slots=True)
class TestCase:
    __test__ = False  # not a pytest test class

    name: str  # path below data/ without extension, e.g. "secret/group1/03"
    input_path: Path
    answer_path: Path
    is_sample: bool
    # This case's own output validator arguments (2025-09 `output_validator_args` of the case
    # or its nearest group, legacy testdata.yaml `output_validator_flags`). The validator gets
    # `Problem.validator_flags + output_validator_args`, in that order.
    output_validator_args: tuple[str, ...] = ()
    # Score of this case when the output validator writes none (scoring problems).
    accept_score: float = 1.0


@dataclass(frozen=True, slots=True)
class TestGroup:
    """A directory under data/ (sample, secret, or a nested group); children in name order."""

    __test__ = False  # not a pytest test class

    name: str  # "sample", "secret", "secret/group1"
    cases: tuple[TestCase, ...] = ()
    groups: tuple[TestGroup, ...] = ()
    aggregation: Aggregation = Aggregation.SUM
    # Maximum score of the group: 2025-09 `max_score` (secret: 100), legacy `range` upper bound,
    # else the sum (or min) of its children's maxima; None when unbounded or not scoring.
    max_score: float | None = None
    on_reject_continue: bool = False  # legacy `on_reject: continue`
    ignore_sample: bool = False  # legacy `grader_flags: ignore_sample` (on data/)

    def all_cases(self) -> tuple[TestCase, ...]:
        """Every case below this group, in judging order.

        Cases and subgroups are interleaved by name, so `secret/a.in` runs before
        `secret/b/` which runs before `secret/c.in`, as the format requires.
        """
        children: list[TestCase | TestGroup] = [*self.cases, *self.groups]
        children.sort(key=lambda child: child.name)
        cases: list[TestCase] = []
        for child in children:
            if isinstance(child, TestCase):
                cases.append(child)
            else:
                cases.extend(child.all_cases())
        return tuple(cases)


@dataclass(frozen=True, slots=True)
class OutputValidator:
    """A custom output validator: a directory (or single file) to build and run."""

    path: Path  # directory or single source file
    language_hint: str | None = (
        None  # "cpp", "c", "python3", "build-run", ... (languages.extensions)
    )
    # Headers beside a single source file, compiled with it (validate.cpp + testlib.h).
    headers: tuple[Path, ...] = ()


@dataclass(frozen=True, slots=True)
class InputValidator(OutputValidator):
    """An input validator (built like an output validator): `validator < case.in`, exit 42
    means the input is valid, 43 invalid."""


@dataclass(frozen=True, slots=True)
class Statement:
    language: str  # "en"
    format: str  # "md", "tex", "html", "pdf", "txt"
    path: Path


@dataclass(frozen=True, slots=True)
class TimeMultipliers:
    ac_to_time_limit: float = 2.0  # legacy time_multiplier (default 5)
    time_limit_to_tle: float = 1.5  # legacy time_safety_margin (default 2)


@dataclass(frozen=True, slots=True)
class ProblemLimits:
    """problem.yaml's `limits` (DOMjudge's time limit files as a fallback)."""

    # Explicit CPU time limit per test in seconds; None means "derive from accepted submissions".
    time_limit_s: float | None = None
    time_multipliers: TimeMultipliers = field(default_factory=TimeMultipliers)
    time_resolution_s: float = 1.0
    memory_mib: int = 2048
    output_mib: int = 8
    code_kib: int | None = None  # maximum total size of a submission's files
    compilation_time_s: float = 60.0
    validation_passes: int = 2


@dataclass(frozen=True, slots=True)
class ProblemMetadata:
    """Who made the problem and where the catalogue shows it (problem.yaml and assay.yaml)."""

    # Name per statement language, e.g. (("en", "Hello"), ("sv", "Hej")).
    names: tuple[tuple[str, str], ...] = ()
    uuid: str | None = None
    source: str | None = None
    license: str | None = None
    difficulty: str | None = None
    tags: tuple[str, ...] = ()
    number: int | None = None  # assay.yaml: a stable catalogue number (positive)
    hints: tuple[str, ...] = ()  # assay.yaml: up to five short Markdown hints


@dataclass(frozen=True, slots=True)
class Problem:
    root: Path
    short_name: str  # directory name
    name: str  # English (or first) name
    format_version: str  # "legacy", "2023-07-draft", "2025-09"
    is_interactive: bool = False
    is_scoring: bool = False
    is_multipass: bool = False
    limits: ProblemLimits = field(default_factory=ProblemLimits)
    metadata: ProblemMetadata = field(default_factory=ProblemMetadata)
    # Arguments for the default validator or the custom one (legacy `validator_flags`),
    # given before each case's own `output_validator_args`.
    validator_flags: tuple[str, ...] = ()
    output_validator: OutputValidator | None = None
    input_validators: tuple[InputValidator, ...] = ()
    data: TestGroup = field(default_factory=lambda: TestGroup(name=""))
    statements: tuple[Statement, ...] = ()
    # Submission languages the package allows (2025-09 `languages`); empty means all.
    languages: tuple[str, ...] = ()
    allow_file_writing: bool = False  # 2025-09: may the submission write files in its cwd
    # 2025-09 `constants`, substituted for `{{name}}` in statements.
    constants: tuple[tuple[str, str], ...] = ()
    # Non-fatal oddities found while loading (ignored files, unsupported options).
    warnings: tuple[str, ...] = ()
    # A LeetCode-style function problem: its signature (`function.yaml`), else None.
    function: FunctionSpec | None = None
    # The solution description (2025-09 `solution/solution.en.md`), shown as the editorial.
    editorial: Statement | None = None

    @property
    def samples(self) -> tuple[TestCase, ...]:
        return tuple(c for c in self.data.all_cases() if c.is_sample)

    @property
    def tests(self) -> tuple[TestCase, ...]:
        """Every case in judging order: samples first, then secret."""
        return self.data.all_cases()
