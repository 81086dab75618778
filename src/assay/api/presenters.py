"""Table rows to response schemas. The only place that decides what a viewer may see
(with `assay.api.redaction`, which every path to a client shares)."""

from __future__ import annotations

from collections.abc import Sequence

from assay.api import redaction
from assay.api.languages import LanguageInfo
from assay.api.schemas.problems import (
    FunctionPublic,
    LanguagePublic,
    ProblemDetail,
    ProblemSummary,
    Sample,
)
from assay.api.schemas.submissions import (
    RunDetail,
    SubmissionDetail,
    SubmissionPublic,
    TestResultPublic,
)
from assay.api.schemas.users import ApiTokenPublic, UserMe, UserPublic
from assay.core import TestResult
from assay.db.models import ApiToken, LoginSession, SubmissionTest, User
from assay.db.problems import ProblemWithStats
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


def problem_summary(row: ProblemWithStats) -> ProblemSummary:
    problem = row.problem
    return ProblemSummary(
        slug=problem.slug,
        number=problem.number,
        title=problem.title,
        kind=problem.kind,
        difficulty=problem.difficulty,
        tags=list(row.tags),
        hidden=problem.hidden,
        attempts=row.attempts,
        accepted=row.accepted,
        acceptance_rate=row.acceptance_rate,
        solvers=row.solvers,
        status=row.status,
    )


def problem_detail(
    row: ProblemWithStats, languages: Sequence[LanguageInfo], function: FunctionPublic | None = None
) -> ProblemDetail:
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
        function=function,
        hints=list(problem.hints),
        has_editorial=bool(problem.editorial_html),
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
    row: SubmissionRow, tests: Sequence[SubmissionTest], *, private: bool, operator: bool
) -> SubmissionDetail:
    """`private`: the viewer is the author or an admin (source, compile output, sample I/O);
    `operator`: an admin, who alone sees hidden tests and judge errors as judged."""
    sub = row.submission
    message = redaction.redact_judge_message(sub.message, operator=operator)
    return SubmissionDetail(
        **submission_public(row).model_dump(),
        source=sub.source if private else None,
        compile_output=sub.compile_output if private else "",
        message=message if private else "",
        tests=[test_public(test, show_io=private, operator=operator) for test in tests],
    )


def test_public(test: SubmissionTest, *, show_io: bool, operator: bool) -> TestResultPublic:
    result = redaction.redact_test(stored_test(test), test.position, operator=operator)
    return TestResultPublic(
        position=test.position,
        name=result.name,
        verdict=result.verdict,
        cpu_time_s=result.cpu_time_s,
        wall_time_s=result.wall_time_s,
        memory_kib=result.memory_kib,
        message=result.message if show_io else "",
        score=result.score,
        is_sample=result.is_sample,
        revealed=result.revealed,
        input=result.input_text if show_io else None,
        expected_output=result.expected_output if show_io else None,
        actual_output=result.actual_output if show_io else None,
    )


def stored_test(test: SubmissionTest) -> TestResult:
    """A stored test row as the judge reported it (unredacted: pass it through `redaction`)."""
    return TestResult(
        name=test.name,
        verdict=test.verdict,
        cpu_time_s=test.cpu_time_s,
        wall_time_s=test.wall_time_s,
        memory_kib=test.memory_kib,
        message=test.message,
        score=test.score,
        is_sample=test.is_sample,
        input_text=test.input_text,
        expected_output=test.expected_output,
        actual_output=test.actual_output,
        revealed=test.revealed,
    )


def run_detail(row: SubmissionRow, tests: Sequence[SubmissionTest], *, operator: bool) -> RunDetail:
    """A run is its author's: every sample's and the custom input's data is shown."""
    sub = row.submission
    return RunDetail(
        id=sub.id,
        problem=row.problem_slug,
        language=sub.language,
        state=sub.state,
        verdict=sub.verdict,
        compile_output=sub.compile_output,
        message=redaction.redact_judge_message(sub.message, operator=operator),
        max_cpu_time_s=sub.max_cpu_time_s,
        max_memory_kib=sub.max_memory_kib,
        tests=[test_public(test, show_io=True, operator=operator) for test in tests],
        created_at=sub.created_at,
    )
