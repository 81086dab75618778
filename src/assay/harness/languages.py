"""Every language's harness (each in its own module)."""

from __future__ import annotations

from assay.harness.c import CHarness
from assay.harness.cpp import CppHarness
from assay.harness.go import GoHarness
from assay.harness.java import JavaHarness
from assay.harness.javascript import JavaScriptHarness
from assay.harness.model import LanguageHarness
from assay.harness.python import PythonHarness
from assay.harness.rust import RustHarness

ALL: list[LanguageHarness] = [
    PythonHarness(),
    JavaScriptHarness(),
    JavaHarness(),
    GoHarness(),
    RustHarness(),
    CppHarness(),
    CHarness(),
]
