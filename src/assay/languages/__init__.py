"""The language registry: one small declarative entry per language."""

from assay.languages.model import Availability, CompileLimits, Language
from assay.languages.registry import ALL_LANGUAGES, Registry, UnknownLanguage, default_registry

__all__ = [
    "ALL_LANGUAGES",
    "Availability",
    "CompileLimits",
    "Language",
    "Registry",
    "UnknownLanguage",
    "default_registry",
]
