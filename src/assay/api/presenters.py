"""Table rows to response schemas. The only place that decides what a viewer may see."""

from __future__ import annotations

from collections.abc import Sequence

from assay.api.languages import LanguageInfo
from assay.api.schemas.problems import LanguagePublic, ProblemDetail, ProblemSummary, Sample
from assay.api.schemas.submissions import (
    RunResult,
    SubmissionDetail,
    SubmissionPublic,
    TestResultPublic,
)
from assay.api.schemas.users import ApiTokenPublic, UserMe, UserPublic
from assay.db.models import ApiToken, LoginSession, SubmissionTest, User
from assay.db.problems import ProblemRow
from assay.db.submissions import SubmissionRow


def user_public(user: User) -> UserPublic:
    return UserPublic(
        id=user.id, username=user.username, is_admin=user.is_admin, created_at=user.created_at
    )


def user_me(user: User, login_session: LoginSession | None) -> UserMe:
    return UserMe(
        **user_public(user).model_dump(),
        email=user.email,
        has_password=user.password_hash is not None,
        csrf_token=login_session.csrf_token if login_session else None,
    )


def api_token_public(token: ApiToken) -> ApiTokenPublic:
    return ApiTokenPublic(
        id=token.id,
        name=token.name,
        prefix=token.prefix,
        created_at=token.created_at,
        last_used_at=token.last_used_at,
    )


def language_public(language: LanguageInfo) -> LanguagePublic:
    return LanguagePublic(
        id=language.id,
        name=language.name,
        monaco_id=language.monaco_id,
        version=language.version,
        available=language.available,
        starter_code=language.starter_code,
    )


def problem_summary(row: ProblemRow) -> ProblemSummary:
    problem = row.problem
    return ProblemSummary(
        slug=problem.slug,
        title=problem.title,
        difficulty=problem.difficulty,
        tags=problem.tags,
        hidden=problem.hidden,
        attempts=row.attempts,
        accepted=row.accepted,
        acceptance_rate=row.acceptance_rate,
        solvers=row.solvers,
        status=row.status,
    )


def problem_detail(row: ProblemRow, languages: Sequence[LanguageInfo]) -> ProblemDetail:
    problem = row.problem
    return ProblemDetail(
        **problem_summary(row).model_dump(),
        version=problem.version,
        statement_html=problem.statement_html,
        samples=[Sample.model_validate(sample) for sample in problem.samples],
        time_limit_s=problem.time_limit_s,
        memory_mib=problem.memory_mib,
        is_interactive=problem.is_interactive,
        is_scoring=problem.is_scoring,
        test_count=problem.test_count,
        languages=[language_public(language) for language in languages],
        updated_at=problem.updated_at,
    )


def submission_public(row: SubmissionRow) -> SubmissionPublic:
    sub = row.submission
    return SubmissionPublic(
        id=sub.id,
        problem=row.problem_slug,
        problem_title=row.problem_title,
        user=row.username,
        language=sub.language,
        state=sub.state,
        verdict=sub.verdict,
        score=sub.score,
        max_cpu_time_s=sub.max_cpu_time_s,
        max_memory_kib=sub.max_memory_kib,
        attempt=sub.attempt,
        created_at=sub.created_at,
        judged_at=sub.judged_at,
    )


def submission_detail(
    row: SubmissionRow, tests: Sequence[SubmissionTest], *, private: bool
) -> SubmissionDetail:
    """`private`: the viewer is the author or an admin (source, compile output, sample I/O)."""
    sub = row.submission
    return SubmissionDetail(
        **submission_public(row).model_dump(),
        source=sub.source if private else None,
        compile_output=sub.compile_output if private else "",
        message=sub.message if private else "",
        tests=[test_public(test, show_io=private and test.is_sample) for test in tests],
    )


def test_public(test: SubmissionTest, *, show_io: bool) -> TestResultPublic:
    return TestResultPublic(
        position=test.position,
        name=test.name,
        verdict=test.verdict,
        cpu_time_s=test.cpu_time_s,
        wall_time_s=test.wall_time_s,
        memory_kib=test.memory_kib,
        message=test.message if show_io else "",
        score=test.score,
        is_sample=test.is_sample,
        input=test.input_text if show_io else None,
        expected_output=test.expected_output if show_io else None,
        actual_output=test.actual_output if show_io else None,
    )


def run_result(row: SubmissionRow, tests: Sequence[SubmissionTest]) -> RunResult:
    """A run is its author's: every test's input and outputs are shown (samples and custom)."""
    sub = row.submission
    return RunResult(
        id=sub.id,
        problem=row.problem_slug,
        language=sub.language,
        state=sub.state,
        verdict=sub.verdict,
        compile_output=sub.compile_output,
        message=sub.message,
        max_cpu_time_s=sub.max_cpu_time_s,
        max_memory_kib=sub.max_memory_kib,
        tests=[test_public(test, show_io=True) for test in tests],
        created_at=sub.created_at,
    )
