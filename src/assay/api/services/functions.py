"""Function problems in the API: the signature the workspace shows, the languages that can take
it with their generated starter code, and custom cases checked before they are queued.

The signature is read from the package's `function.yaml` (as statement assets are read from the
package), once per package version.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assay.api.errors import Unprocessable
from assay.api.languages import LanguageInfo
from assay.api.schemas.problems import (
    FunctionMethodPublic,
    FunctionParamPublic,
    FunctionPublic,
    UnsupportedLanguage,
)
from assay.db.models import ProblemRow
from assay.harness import starter_code, unsupported_reason
from assay.problems.function_spec import (
    CaseError,
    FunctionSpec,
    Param,
    SpecKind,
    read_function_spec,
    split_cases,
)
from assay.problems.model import ProblemError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FunctionLanguage:
    """A language as offered for one function problem: its starter code is the stub."""

    id: str
    name: str
    monaco_id: str
    version: str
    available: bool
    starter_code: str
    interactive_starter_code: str = ""


def function_spec(problem: ProblemRow) -> FunctionSpec | None:
    return _spec_at(problem.package_path, problem.content_hash)


@functools.lru_cache(maxsize=512)
def _spec_at(package_path: str, content_hash: str) -> FunctionSpec | None:
    try:
        return read_function_spec(Path(package_path))
    except (ProblemError, OSError) as error:
        log.error("function.yaml of %s (%s) is unreadable: %s", package_path, content_hash, error)
        return None


def function_languages(spec: FunctionSpec, languages: Sequence[LanguageInfo]) -> list[LanguageInfo]:
    """The languages whose drivers can express the signature, with the generated stubs."""
    offered: list[LanguageInfo] = []
    for language in languages:
        if unsupported_reason(spec, language.id) is not None:
            continue
        stub = starter_code(spec, language.id)
        offered.append(
            FunctionLanguage(
                language.id,
                language.name,
                language.monaco_id,
                language.version,
                language.available,
                stub,
            )
        )
    return offered


def interactive_languages(languages: Sequence[LanguageInfo]) -> list[LanguageInfo]:
    """An interactive problem's stubs read a line at a time and flush (reading all of stdin
    first would wait forever for the judge)."""
    return [
        FunctionLanguage(
            language.id,
            language.name,
            language.monaco_id,
            language.version,
            language.available,
            language.interactive_starter_code,
        )
        for language in languages
    ]


def function_public(
    spec: FunctionSpec, samples: Sequence[dict[str, object]], languages: Sequence[LanguageInfo]
) -> FunctionPublic:
    design = spec.kind is SpecKind.DESIGN
    return FunctionPublic(
        kind=spec.kind.value,
        name=spec.name,
        params=_params(spec.constructor if design else spec.params),
        returns=str(spec.returns),
        methods=[
            FunctionMethodPublic(name=m.name, params=_params(m.params), returns=str(m.returns))
            for m in spec.methods
        ],
        cases=[_case_lines(str(sample.get("input", ""))) for sample in samples],
        unsupported_languages=[
            UnsupportedLanguage(id=language.id, name=language.name, reason=reason)
            for language in languages
            if (reason := unsupported_reason(spec, language.id)) is not None
        ],
    )


def _params(params: tuple[Param, ...]) -> list[FunctionParamPublic]:
    return [FunctionParamPublic(name=p.name, type=str(p.type)) for p in params]


def _case_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def check_custom_cases(spec: FunctionSpec, text: str) -> None:
    """422 naming the case, the parameter and what is wrong, before anything is queued."""
    try:
        split_cases(spec, text)
    except CaseError as error:
        raise Unprocessable(f"Invalid test case: {error}", code="invalid_test_case") from None
