"""Which harness serves which language."""

from __future__ import annotations

from assay.harness.model import DriverBuild, LanguageHarness, UnsupportedSignature
from assay.problems.function_spec import FunctionSpec

_HARNESSES: list[LanguageHarness] = []


def _load() -> list[LanguageHarness]:
    if not _HARNESSES:
        from assay.harness import languages

        _HARNESSES.extend(languages.ALL)
    return _HARNESSES


def harness_for(language_id: str) -> LanguageHarness | None:
    return next((h for h in _load() if language_id in h.language_ids), None)


def unsupported_reason(spec: FunctionSpec, language_id: str) -> str | None:
    if spec.languages and language_id not in spec.languages:
        return "the problem does not offer this language"
    harness = harness_for(language_id)
    if harness is None:
        return "function problems are not available in this language yet"
    return harness.unsupported(spec)


def build_driver(spec: FunctionSpec, language_id: str, user_source: str) -> DriverBuild:
    reason = unsupported_reason(spec, language_id)
    harness = harness_for(language_id)
    if reason is not None or harness is None:
        raise UnsupportedSignature(reason or "no harness")
    return harness.build(spec, user_source)


def starter_code(spec: FunctionSpec, language_id: str) -> str:
    harness = harness_for(language_id)
    if harness is None or unsupported_reason(spec, language_id) is not None:
        return ""
    return harness.starter(spec)
