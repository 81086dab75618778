from pathlib import Path

import pytest

from assay.languages import ALL_LANGUAGES, Language, Registry, UnknownLanguage, default_registry
from assay.languages.model import Availability


def test_every_language_has_the_fields_an_entry_needs() -> None:
    ids = [language.id for language in ALL_LANGUAGES]
    assert ids == ["c", "cpp", "python3", "pypy3", "java", "javascript", "rust", "go"]
    for language in ALL_LANGUAGES:
        assert language.run_argv, language.id
        assert language.toolchain and all(Path(p).is_absolute() for p in language.toolchain)
        assert language.selftest_source.strip(), language.id
        assert language.starter_code.strip(), language.id
        assert language.monaco_id


@pytest.mark.parametrize(
    ("file_name", "language_id"),
    [
        ("a.c", "c"),
        ("a.cc", "cpp"),
        ("x.cpp", "cpp"),
        ("s.py", "python3"),
        ("Main.java", "java"),
        ("m.js", "javascript"),
        ("m.rs", "rust"),
        ("m.go", "go"),
    ],
)
def test_languages_are_found_by_extension(file_name: str, language_id: str) -> None:
    assert default_registry().for_file(file_name).id == language_id


def test_aliases_and_case_are_accepted() -> None:
    registry = default_registry()
    assert registry.get("C++").id == "cpp"
    assert registry.get("Python").id == "python3"
    assert registry.get("golang").id == "go"
    assert registry.get("PyPy").id == "pypy3"


def test_python_files_stay_cpython_unless_pypy_is_asked_for() -> None:
    registry = default_registry()
    assert registry.for_file("solution.py").id == "python3"
    assert registry.get("pypy3").extensions == registry.get("python3").extensions


def test_unknown_language_and_extension_raise_with_the_choices() -> None:
    registry = default_registry()
    with pytest.raises(UnknownLanguage, match="known: c, cpp"):
        registry.get("cobol")
    with pytest.raises(UnknownLanguage):
        registry.for_file("program.cob")
    with pytest.raises(UnknownLanguage):
        registry.for_file("Makefile")


def test_java_file_is_named_after_its_public_class() -> None:
    java = default_registry().get("java")
    assert java.file_name_for("import x;\npublic class Solver {\n}") == "Solver.java"
    assert java.file_name_for("class Hidden {}") == "Main.java"
    assert java.main_class("Solver.java") == "Solver"


@pytest.mark.parametrize(
    ("language_id", "submitted", "saved_as"),
    [
        ("python3", "sumtwo_by_name.py", "sumtwo_by_name.py"),  # Kattis keeps the name
        ("pypy3", "solve-it.py", "solve-it.py"),
        ("cpp", "a+b.cc", "a+b.cc"),
        ("python3", "-o.py", "main.py"),  # option-like
        ("python3", "../escape.py", "main.py"),  # a path
        ("python3", "notes.txt", "main.py"),  # not this language's extension
        ("go", "sum_test.go", "main.go"),  # go build skips test files
        ("go", "_sum.go", "main.go"),  # ... and files starting with "_"
        ("go", "sum_windows.go", "main.go"),  # ... and other systems' files
        ("go", "sum_arm64.go", "main.go"),  # ... and other machines' files
        ("go", "sum.go", "main.go"),  # os.Args[0] is the binary: a name buys nothing
        ("rust", "sum-two.rs", "sum-two.rs"),
        ("rust", "a.b.rs", "main.rs"),  # rustc makes the crate name of the stem
        ("java", "Whatever.java", "Nest.java"),  # a public class names its file
    ],
)
def test_the_submitted_file_name_is_kept_where_the_language_allows(
    language_id: str, submitted: str, saved_as: str
) -> None:
    language = default_registry().get(language_id)
    source = "public class Nest { public static void main(String[] a) {} }"
    assert language.file_name_for(source, submitted) == saved_as


def test_java_without_a_public_class_keeps_its_name() -> None:
    java = default_registry().get("java")
    assert java.file_name_for("class A { public static void main(String[] a) {} }", "sol.java") == (
        "sol.java"
    )


def test_missing_toolchain_makes_a_language_unavailable_with_a_reason() -> None:
    from dataclasses import replace

    ghost = replace(ALL_LANGUAGES[0], id="ghost", toolchain=("/nonexistent/ghostcc",))
    registry = Registry([ghost])
    (availability,) = registry.all()
    assert isinstance(availability, Availability)
    assert not availability.available
    assert "/nonexistent/ghostcc" in availability.reason


def test_installed_toolchains_report_a_version() -> None:
    for availability in default_registry().all():
        if availability.available:
            assert availability.version, availability.id


def test_run_limits_widen_for_runtimes_that_need_threads() -> None:
    from assay.core import Limits

    java: Language = default_registry().get("java")
    limits = java.run_limits(Limits(processes=8, open_files=16))
    assert limits.processes >= 96 and limits.open_files >= 256


def test_java_public_class_in_a_comment_does_not_rename_the_file() -> None:
    """BAPCtools' multi-file hello: a comment speaks of "the public class names"."""
    java = default_registry().get("java")
    source = (
        "/* file names must match the public class names */\n"
        "public class hello { public static void main(String[] a) {} }\n"
    )
    assert java.file_name_for(source, "hello.java") == "hello.java"
    assert java.file_name_for(source, "other.java") == "hello.java"
