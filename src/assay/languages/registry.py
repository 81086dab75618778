"""The language registry: every entry, which are usable here, lookup by id, alias or extension."""

from __future__ import annotations

import functools
import os
import subprocess
from collections.abc import Iterable

from assay.languages.entries import c, cpp, go, java, javascript, pypy3, python3, rust
from assay.languages.model import Availability, Language

ALL_LANGUAGES: tuple[Language, ...] = (
    c.LANGUAGE,
    cpp.LANGUAGE,
    python3.LANGUAGE,
    pypy3.LANGUAGE,
    java.LANGUAGE,
    javascript.LANGUAGE,
    rust.LANGUAGE,
    go.LANGUAGE,
)


class UnknownLanguage(LookupError):
    """No language has that id, alias or file extension."""


def _detect(language: Language) -> Availability:
    missing = [path for path in language.toolchain if not os.access(path, os.X_OK)]
    if missing:
        return Availability(language, False, "", f"toolchain not installed: {', '.join(missing)}")
    try:
        completed = subprocess.run(
            language.version_argv, capture_output=True, timeout=20, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return Availability(language, False, "", f"cannot run {language.version_argv[0]}: {error}")
    text = (completed.stdout or completed.stderr).decode(errors="replace").strip()
    version = text.splitlines()[0] if text else ""
    if completed.returncode != 0:
        return Availability(
            language, False, version, f"version check exited {completed.returncode}"
        )
    return Availability(language, True, version)


class Registry:
    def __init__(self, languages: Iterable[Language] = ALL_LANGUAGES) -> None:
        self._languages = tuple(languages)

    @functools.cached_property
    def _availability(self) -> dict[str, Availability]:
        return {language.id: _detect(language) for language in self._languages}

    def all(self) -> list[Availability]:
        return [self._availability[language.id] for language in self._languages]

    def get(self, name: str) -> Language:
        """By id or alias (case-insensitive)."""
        key = name.strip().lower()
        for language in self._languages:
            if key == language.id or key in language.aliases:
                return language
        raise UnknownLanguage(
            f"unknown language {name!r}; known: {', '.join(lang.id for lang in self._languages)}"
        )

    def for_file(self, file_name: str) -> Language:
        """By file extension (".cc" is C++, ".py" is Python 3)."""
        _, dot, extension = file_name.rpartition(".")
        for language in self._languages:
            if dot and f".{extension}" in language.extensions:
                return language
        raise UnknownLanguage(f"no language for the file {file_name!r}")

    def availability(self, language_id: str) -> Availability:
        return self._availability[self.get(language_id).id]


@functools.cache
def default_registry() -> Registry:
    return Registry()
