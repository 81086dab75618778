"""Every language's harness (each in its own module)."""

from __future__ import annotations

from assay.harness.model import LanguageHarness
from assay.harness.javascript import JavaScriptHarness
from assay.harness.python import PythonHarness

ALL: list[LanguageHarness] = [PythonHarness(), JavaScriptHarness()]
