"""The catalogue: problem summaries and details, languages, tags, admin updates."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel

from assay.api.schemas.common import Paged, Request
from assay.db.models import ProblemKind
from assay.db.problems import SolveStatus

SortKey = Literal["number", "title", "difficulty", "acceptance"]
SortOrder = Literal["asc", "desc"]


class LanguagePublic(BaseModel):
    id: str
    name: str
    monaco_id: str
    version: str
    available: bool
    starter_code: str


class ProblemSummary(BaseModel):
    slug: str
    number: int | None  # the stable catalogue number; None: unnumbered
    title: str
    kind: ProblemKind  # "function": write a function (LeetCode style); "contest": stdin/stdout
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
    # Interactive problems: the sample's transcript, `<` lines sent to the program, `>` lines
    # written by it (the input and output are the validator's own files).
    interaction: str | None = None


class FunctionParamPublic(BaseModel):
    name: str
    type: str  # "integer[]", "list<string>", "TreeNode", ...


class FunctionMethodPublic(BaseModel):
    name: str
    params: list[FunctionParamPublic]
    returns: str


class UnsupportedLanguage(BaseModel):
    id: str
    name: str
    reason: str


class FunctionPublic(BaseModel):
    """A LeetCode-style problem's signature. `function`: `params` are the function's; `design`:
    `name` is the class and `params` its constructor's. A case is one JSON text per parameter
    (design: the operations and their arguments)."""

    kind: Literal["function", "design"]
    name: str
    params: list[FunctionParamPublic]
    returns: str
    methods: list[FunctionMethodPublic]
    cases: list[list[str]]  # the samples' inputs, line by line
    # Languages available here that cannot take this signature, and why (absent from `languages`).
    unsupported_languages: list[UnsupportedLanguage] = []


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
    hints: list[str]  # Markdown, meant to be revealed one at a time
    has_editorial: bool  # GET /api/problems/{slug}/editorial has something to show


class RandomProblem(BaseModel):
    slug: str


class Editorial(BaseModel):
    html: str  # sanitised HTML, math as in statements


class TopicSummary(BaseModel):
    tag: str
    count: int  # problems with the tag
    solved: int  # of those, solved by the signed-in user; 0 when signed out


class TopicDetail(BaseModel):
    tag: str
    problems: list[ProblemSummary]  # suggested order: easy to hard, then number, then title
    solved: int
    total: int


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
