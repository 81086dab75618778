"""The languages the platform offers, as the language registry reports them.

The registry is read once at start-up in a worker thread (it runs each toolchain's version
command); tests pass their own provider.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import anyio.to_thread


class LanguageInfo(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def monaco_id(self) -> str: ...
    @property
    def version(self) -> str: ...
    @property
    def available(self) -> bool: ...
    @property
    def starter_code(self) -> str: ...
    @property
    def interactive_starter_code(self) -> str: ...


LanguageProvider = Callable[[], Sequence[LanguageInfo]]


def registry_languages() -> Sequence[LanguageInfo]:
    from assay.languages import default_registry

    return default_registry().all()


class LanguageCatalog:
    def __init__(self, provider: LanguageProvider = registry_languages) -> None:
        self._provider = provider
        self._languages: tuple[LanguageInfo, ...] | None = None

    async def load(self) -> None:
        if self._languages is None:
            self._languages = tuple(await anyio.to_thread.run_sync(self._provider))

    def all(self) -> tuple[LanguageInfo, ...]:
        if self._languages is None:
            self._languages = tuple(self._provider())
        return self._languages

    def available(self) -> list[LanguageInfo]:
        return [language for language in self.all() if language.available]

    def find(self, language_id: str) -> LanguageInfo | None:
        return next((lang for lang in self.all() if lang.id == language_id), None)
