"""The catalogue: problem summaries and details, languages, tags, admin updates."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from assay.api.schemas.common import Paged, Request
from assay.db.problems import SolveStatus


class LanguagePublic(BaseModel):
    id: str
    name: str
    monaco_id: str
    version: str
    available: bool
    starter_code: str


class ProblemSummary(BaseModel):
    slug: str
    title: str
    difficulty: str | None
    tags: list[str]
    hidden: bool
    attempts: int  # finished submissions
    accepted: int
    acceptance_rate: float | None  # accepted / attempts; None before any attempt
    solvers: int  # distinct users with an accepted submission
    status: SolveStatus | None  # the signed-in user's; None when signed out or never tried


class ProblemPage(Paged):
    items: list[ProblemSummary]


class Sample(BaseModel):
    name: str
    input: str
    output: str


class FunctionParamPublic(BaseModel):
    name: str
    type: str  # "integer[]", "list<string>", "TreeNode", ...


class FunctionMethodPublic(BaseModel):
    name: str
    params: list[FunctionParamPublic]
    returns: str


class FunctionPublic(BaseModel):
    """A LeetCode-style problem's signature. `function`: `params` are the function's; `design`:
    `name` is the class and `params` its constructor's. A case is one JSON text per parameter
    (design: the operations and their arguments)."""

    kind: str  # "function" or "design"
    name: str
    params: list[FunctionParamPublic]
    returns: str
    methods: list[FunctionMethodPublic]
    cases: list[list[str]]  # the samples' inputs, line by line


class ProblemDetail(ProblemSummary):
    version: int
    statement_html: str  # sanitised HTML
    samples: list[Sample]
    time_limit_s: float | None  # None: derived by the judge from the reference solutions
    memory_mib: int
    is_interactive: bool
    is_scoring: bool
    test_count: int
    languages: list[LanguagePublic]  # available here, with starter code
    updated_at: datetime
    function: FunctionPublic | None = None  # a function problem's signature; None: stdin/stdout


class TagCount(BaseModel):
    tag: str
    count: int


class ProblemUpdate(Request):
    hidden: bool


class ProblemImported(BaseModel):
    slug: str
    title: str
    version: int
    content_hash: str
    created: bool  # a new problem
    changed: bool  # False: the same package was already the current version
