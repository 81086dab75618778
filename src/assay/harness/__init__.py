"""Drivers for function problems: signature + language + the user's code -> files to compile.

Pure: it writes no file and runs nothing (layering: harness -> problems, languages, core).

    unsupported_reason(spec, language_id) -> str | None   why a language cannot take the signature
    build_driver(spec, language_id, user_source) -> DriverBuild
    starter_code(spec, language_id) -> str

The protocol between a driver and the judge is in docs/function-problems.md.
"""

from __future__ import annotations

from assay.harness.model import DriverBuild, LanguageHarness, UnsupportedSignature
from assay.harness.registry import build_driver, harness_for, starter_code, unsupported_reason

__all__ = [
    "DriverBuild",
    "LanguageHarness",
    "UnsupportedSignature",
    "build_driver",
    "harness_for",
    "starter_code",
    "unsupported_reason",
]
