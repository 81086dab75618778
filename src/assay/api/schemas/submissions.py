"""Submissions and runs: requests, summaries, details with per-test results."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints

from assay.api.schemas.common import Paged, Request, StorableText
from assay.core import StreamEvent, SubmissionState, Verdict

Slug = Annotated[str, StringConstraints(min_length=1, max_length=64)]
LanguageId = Annotated[str, StringConstraints(min_length=1, max_length=32)]


class SubmissionCreate(Request):
    problem: Slug
    language: LanguageId
    source: StorableText = Field(description="the code; at most 64 KiB of UTF-8 by default")


class RunCreate(SubmissionCreate):
    custom_input: StorableText | None = Field(
        default=None, description="stdin to run on besides the samples; at most 1 MiB"
    )


class SubmissionAccepted(BaseModel):
    id: int
    state: SubmissionState


class TestResultPublic(BaseModel):
    position: int  # 1-based
    name: str
    verdict: Verdict
    cpu_time_s: float
    wall_time_s: float
    memory_kib: int
    message: str
    score: float | None
    is_sample: bool
    revealed: bool = False  # a hidden test the problem shows its author (first failure)
    # Samples and custom input only; always None for hidden tests.
    input: str | None = None
    expected_output: str | None = None
    actual_output: str | None = None


class SubmissionPublic(BaseModel):
    id: int
    problem: str  # slug
    problem_title: str
    user: str  # username
    language: str
    state: SubmissionState
    verdict: Verdict | None
    score: float | None
    max_cpu_time_s: float | None
    max_memory_kib: int | None
    attempt: int
    created_at: datetime
    judged_at: datetime | None


class SubmissionDetail(SubmissionPublic):
    source: str | None  # only for its author and administrators
    compile_output: str
    message: str
    tests: list[TestResultPublic]


class SubmissionPage(Paged):
    items: list[SubmissionPublic]


class RunDetail(BaseModel):
    id: int
    problem: str
    language: str
    state: SubmissionState
    verdict: Verdict | None
    compile_output: str
    message: str
    max_cpu_time_s: float | None
    max_memory_kib: int | None
    tests: list[TestResultPublic]
    created_at: datetime


class RejudgeAccepted(BaseModel):
    count: int  # submissions queued again


class SubmissionEvent(BaseModel):
    """A WebSocket message on `/api/submissions/{id}/events` (and `/api/runs/{id}/events`)."""

    submission_id: str
    seq: int
    # The wire form of `assay.core.events` (`event_to_dict`), after redaction for the viewer.
    data: Annotated[StreamEvent, Field(discriminator="kind")]
