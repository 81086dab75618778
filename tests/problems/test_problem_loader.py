"""assay.problems.loader: every corpus package loads; synthetic packages pin the rules."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assay.problems.loader import load_problem, package_hash
from assay.problems.model import Aggregation, Problem, ProblemError, TestGroup


def write_package(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def minimal(extra: dict[str, str] | None = None, yaml: str = "name: Test\n") -> dict[str, str]:
    files = {
        "problem.yaml": yaml,
        "data/sample/1.in": "1\n",
        "data/sample/1.ans": "1\n",
        "data/secret/1.in": "2\n",
        "data/secret/1.ans": "2\n",
    }
    files.update(extra or {})
    return files


def group(problem: Problem, name: str) -> TestGroup:
    def find(node: TestGroup) -> TestGroup | None:
        if node.name == name:
            return node
        for child in node.groups:
            found = find(child)
            if found is not None:
                return found
        return None

    found = find(problem.data)
    assert found is not None, name
    return found


# ---------------------------------------------------------------------------------------------
# The corpus


def test_every_corpus_package_loads(corpus_problem: Path) -> None:
    problem = load_problem(corpus_problem)

    assert problem.name
    assert problem.tests, "no test cases"
    for case in problem.tests:
        assert case.input_path.is_file() and case.answer_path.is_file()
        assert case.is_sample == case.name.startswith("sample/")
    names = [case.name for case in problem.tests]
    assert len(names) == len(set(names))
    assert problem.statements
    assert package_hash(corpus_problem) == package_hash(corpus_problem)


def test_domjudge_fltcmp(corpora_dir: Path) -> None:
    problem = load_problem(corpora_dir / "domjudge/fltcmp")

    assert problem.format_version == "legacy"
    assert problem.limits.time_limit_s == 5.0  # from .timelimit
    assert problem.validator_flags == ("float_tolerance", "1E-6")
    assert all(case.output_validator_args == () for case in problem.tests)
    assert problem.limits.time_multipliers.ac_to_time_limit == 5.0  # legacy defaults
    assert problem.limits.time_multipliers.time_limit_to_tle == 2.0
    assert [s.format for s in problem.statements] == ["pdf"]  # DOMjudge's root problem.pdf


def test_bapctools_fltcmp_args_come_from_the_data_root(corpora_dir: Path) -> None:
    problem = load_problem(corpora_dir / "bapctools/fltcmp")

    assert problem.limits.time_limit_s == 1.0
    assert problem.validator_flags == ()
    assert [c.name for c in problem.tests] == ["sample/1", "sample/2", "sample/3"]
    assert all(c.output_validator_args == ("float_tolerance", "1E-6") for c in problem.tests)


def test_problemtools_guess_interactive(corpora_dir: Path) -> None:
    problem = load_problem(corpora_dir / "problemtools/guess")

    assert problem.format_version == "2023-07-draft"
    assert problem.is_interactive
    assert problem.output_validator is not None
    assert problem.output_validator.path.name == "guess_validator"
    assert problem.output_validator.language_hint == "cpp"
    assert problem.samples == ()  # samples are .interaction files only
    assert len(problem.tests) == 10
    assert problem.limits.time_multipliers.time_limit_to_tle == 4
    assert problem.limits.time_multipliers.ac_to_time_limit == 2.0
    assert dict(problem.metadata.names) == {"en": "Guess the Number", "sv": "Gissa talet"}
    assert {(s.language, s.format) for s in problem.statements} == {("en", "tex"), ("sv", "md")}


def test_problemtools_different_legacy_limits(corpora_dir: Path) -> None:
    problem = load_problem(corpora_dir / "problemtools/different")

    assert problem.limits.time_limit_s is None
    assert problem.limits.time_multipliers.ac_to_time_limit == 5.0
    assert problem.limits.time_multipliers.time_limit_to_tle == 4.0
    assert problem.output_validator is not None
    assert problem.output_validator.path.name == "different_validator"


def test_domjudge_hangman_multipass(corpora_dir: Path) -> None:
    problem = load_problem(corpora_dir / "domjudge/hangman")

    assert problem.is_multipass and not problem.is_interactive
    assert problem.limits.validation_passes == 26
    assert problem.limits.time_limit_s == 1.0
    assert problem.output_validator is not None
    assert problem.output_validator.language_hint == "python3"
    names = [c.name for c in problem.tests]
    assert names[-2:] == ["secret/with_spaces/1", "secret/with_spaces/2"]


def test_validator_sources_with_their_header_are_one_program(tmp_path: Path) -> None:
    """output_validators/checker.cpp + testlib.h is one program (its directory), not two."""
    files = {"output_validators/checker.cpp": "", "output_validators/testlib.h": ""}
    root = write_package(tmp_path / "p", minimal(files, yaml="name: T\nvalidation: custom\n"))
    validator = load_problem(root).output_validator
    assert validator is not None
    assert validator.path == root / "output_validators"
    assert validator.language_hint == "cpp"


def test_input_validators_are_programs_with_the_headers_beside_them(tmp_path: Path) -> None:
    files = {
        "input_validators/validate.cpp": "",
        "input_validators/testlib.h": "",
        "input_validators/other.py": "",
        "input_validators/dir/main.cpp": "",
        "input_validators/dir/util.h": "",
        "input_validators/README.md": "",
    }
    root = write_package(tmp_path / "p", minimal(files))
    found = {
        v.path.relative_to(root).as_posix(): (v.language_hint, [h.name for h in v.headers])
        for v in load_problem(root).input_validators
    }
    assert found == {
        "input_validators/dir": ("cpp", []),  # a directory brings its own headers
        "input_validators/other.py": ("python3", ["testlib.h"]),
        "input_validators/validate.cpp": ("cpp", ["testlib.h"]),
    }


def test_domjudge_boolfind_interactive_legacy(corpora_dir: Path) -> None:
    problem = load_problem(corpora_dir / "domjudge/boolfind")

    assert problem.is_interactive
    assert problem.output_validator is not None
    assert problem.output_validator.path.parent.name == "output_validators"


def test_problemtools_hello_memory_and_name(corpora_dir: Path) -> None:
    problem = load_problem(corpora_dir / "problemtools/hello")

    assert problem.name == "Hello World!"
    assert problem.limits.memory_mib == 512
    assert problem.limits.time_limit_s is None
    assert [c.name for c in problem.tests] == ["secret/hello"]


def test_maximal_metadata(corpora_dir: Path) -> None:
    problem = load_problem(corpora_dir / "problem-package-format/maximal")

    assert problem.name == "Sample Problem"
    assert problem.metadata.tags == ("example",)
    assert problem.languages == ("python3", "cpp")
    assert problem.constants == (("example_constant", "1"),)
    assert problem.limits.time_limit_s == 10.0
    assert problem.metadata.source == "My Contest 2024"
    assert problem.metadata.uuid == "b2792508-b645-480a-8357-da047d57a17d"


def test_oddecho_legacy_style_scoring(corpora_dir: Path) -> None:
    problem = load_problem(corpora_dir / "problemtools/oddecho")

    assert problem.is_scoring
    assert problem.data.ignore_sample and problem.data.max_score == 100
    assert group(problem, "sample").max_score == 0
    assert all(case.accept_score == 0 for case in problem.samples)
    secret = group(problem, "secret")
    assert secret.aggregation is Aggregation.SUM and secret.on_reject_continue
    for name in ("secret/subtask1", "secret/subtask2"):
        subtask = group(problem, name)
        assert subtask.aggregation is Aggregation.MIN
        assert subtask.max_score == 50
        assert not subtask.on_reject_continue
        assert {c.accept_score for c in subtask.all_cases()} == {50}


def test_2025_scoring_with_draft_scoring_keys(corpora_dir: Path) -> None:
    problem = load_problem(corpora_dir / "problem-package-format/scoring")

    assert problem.data.ignore_sample
    assert group(problem, "secret").max_score == 100
    assert group(problem, "secret/subtask1").max_score == 30
    assert group(problem, "secret/subtask2").max_score == 70
    assert group(problem, "secret/subtask1").aggregation is Aggregation.MIN
    assert all(case.accept_score == 0 for case in problem.samples)


# ---------------------------------------------------------------------------------------------
# Synthetic packages: metadata


def test_legacy_defaults(tmp_path: Path) -> None:
    problem = load_problem(write_package(tmp_path / "hello", minimal()))

    assert problem.short_name == "hello"
    assert problem.format_version == "legacy"
    assert problem.limits.time_limit_s is None
    assert problem.limits.time_multipliers.ac_to_time_limit == 5.0
    assert problem.limits.memory_mib == 2048
    assert problem.output_validator is None
    assert [c.name for c in problem.tests] == ["sample/1", "secret/1"]


def test_new_format_limits(tmp_path: Path) -> None:
    yaml = (
        "problem_format_version: 2025-09\nname: {en: X, sv: Y}\nuuid: u\n"
        "limits:\n  time_limit: 2.5\n  time_resolution: 0.5\n  memory: 1024\n  output: 16\n"
        "  compilation_time: 30\n  time_multipliers: {ac_to_time_limit: 3, time_limit_to_tle: 2}\n"
    )
    problem = load_problem(write_package(tmp_path / "p", minimal(yaml=yaml)))

    assert problem.name == "X"
    assert problem.limits.time_limit_s == 2.5
    assert problem.limits.time_resolution_s == 0.5
    assert (problem.limits.memory_mib, problem.limits.output_mib, problem.limits.compilation_time_s) == (1024, 16, 30)
    assert problem.limits.time_multipliers.ac_to_time_limit == 3
    assert problem.limits.time_multipliers.time_limit_to_tle == 2


def test_time_limit_sources_in_order(tmp_path: Path) -> None:
    root = write_package(tmp_path / "p", minimal({".timelimit": "7\n"}))
    assert load_problem(root).limits.time_limit_s == 7.0

    (root / "domjudge-problem.ini").write_text("name='Ini name'\ntimelimit = '3'\n")
    assert load_problem(root).limits.time_limit_s == 3.0

    (root / "problem.yaml").write_text("name: T\nlimits:\n  time_limit: 1.5\n")
    assert load_problem(root).limits.time_limit_s == 1.5


def test_name_falls_back_to_ini_then_statement(tmp_path: Path) -> None:
    root = write_package(
        tmp_path / "p",
        minimal({"problem_statement/problem.en.tex": "\\problemname{From TeX}\nText"}, yaml=""),
    )
    assert load_problem(root).name == "From TeX"

    (root / "domjudge-problem.ini").write_text("name = From ini\n")
    assert load_problem(root).name == "From ini"


def test_assay_yaml_and_keywords_become_tags(tmp_path: Path) -> None:
    files = minimal(
        {"assay.yaml": "difficulty: medium\ntags: [graphs, bfs]\n"},
        yaml="name: T\nkeywords: bfs shortest-path\n",
    )
    problem = load_problem(write_package(tmp_path / "p", files))

    assert problem.metadata.difficulty == "medium"
    assert problem.metadata.tags == ("bfs", "shortest-path", "graphs")


def test_custom_validator_languages(tmp_path: Path) -> None:
    files = minimal(
        {"output_validators/check/build": "#!/bin/sh\n", "output_validators/check/run": ""},
        yaml="name: T\nvalidation: custom\nvalidator_flags: a 'b c'\n",
    )
    problem = load_problem(write_package(tmp_path / "p", files))

    assert problem.output_validator is not None
    assert problem.output_validator.language_hint == "build-run"
    assert problem.validator_flags == ("a", "b c")


def test_new_format_validator_is_the_directory(tmp_path: Path) -> None:
    files = minimal(
        {"output_validator/validator.py": "print()\n"},
        yaml="problem_format_version: 2025-09\nname: T\nuuid: u\n",
    )
    problem = load_problem(write_package(tmp_path / "p", files))

    assert problem.output_validator is not None
    assert problem.output_validator.path == tmp_path / "p" / "output_validator"
    assert problem.output_validator.language_hint == "python3"


def test_legacy_default_validation_ignores_validator_dir(tmp_path: Path) -> None:
    files = minimal({"output_validators/x/x.c": "int main(){}"})
    problem = load_problem(write_package(tmp_path / "p", files))

    assert problem.output_validator is None
    assert any("validation: default" in w for w in problem.warnings)


# ---------------------------------------------------------------------------------------------
# Synthetic packages: test data


def test_cases_and_groups_interleave_in_name_order(tmp_path: Path) -> None:
    files = minimal(
        {
            "data/secret/a.in": "",
            "data/secret/a.ans": "",
            "data/secret/b/x.in": "",
            "data/secret/b/x.ans": "",
            "data/secret/c.in": "",
            "data/secret/c.ans": "",
            "data/secret/c.files/ignored.in": "",
            "data/secret/.hidden.in": "",
            "data/invalid_input/bad.in": "",
        }
    )
    problem = load_problem(write_package(tmp_path / "p", files))

    assert [c.name for c in problem.tests] == [
        "sample/1",
        "secret/1",
        "secret/a",
        "secret/b/x",
        "secret/c",
    ]


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["", "g1/", "g2/", "g1/h/"]),
            st.from_regex(r"[a-z0-9]{1,4}", fullmatch=True),
        ),
        min_size=1,
        max_size=12,
        unique=True,
    )
)
def test_judging_order_is_lexicographic_per_directory(
    tmp_path_factory: pytest.TempPathFactory, cases: list[tuple[str, str]]
) -> None:
    root = tmp_path_factory.mktemp("p")
    files = {"problem.yaml": "name: T\n"}
    for directory, stem in cases:
        files[f"data/secret/{directory}{stem}.in"] = ""
        files[f"data/secret/{directory}{stem}.ans"] = ""
    try:
        problem = load_problem(write_package(root, files))
    except ProblemError:
        return  # a case named like a directory (g1.in beside g1/) is fine to refuse or accept
    order = [tuple(c.name.split("/")) for c in problem.tests]
    assert order == sorted(order)


def test_missing_answer_file_is_an_error(tmp_path: Path) -> None:
    root = write_package(tmp_path / "p", minimal({"data/secret/2.in": "x"}))

    with pytest.raises(ProblemError) as raised:
        load_problem(root)
    assert str(root) in str(raised.value)
    assert "data/secret/2.ans" in str(raised.value)


def test_legacy_testdata_flags_inherit_and_cases_override(tmp_path: Path) -> None:
    files = minimal(
        {
            "data/secret/testdata.yaml": "output_validator_flags: float_tolerance 1e-3\n",
            "data/secret/g/1.in": "",
            "data/secret/g/1.ans": "",
            "data/secret/g/2.in": "",
            "data/secret/g/2.ans": "",
            "data/secret/g/2.yaml": "output_validator_args: [case_sensitive]\n",
        },
        yaml="name: T\nvalidator_flags: space_change_sensitive\n",
    )
    problem = load_problem(write_package(tmp_path / "p", files))
    args = {c.name: c.output_validator_args for c in problem.tests}

    assert problem.validator_flags == ("space_change_sensitive",)
    assert args["sample/1"] == ()
    assert args["secret/1"] == ("float_tolerance", "1e-3")
    assert args["secret/g/1"] == ("float_tolerance", "1e-3")
    assert args["secret/g/2"] == ("case_sensitive",)


def test_2025_scoring_defaults_split_secret_max_score(tmp_path: Path) -> None:
    files = {
        "problem.yaml": "problem_format_version: 2025-09\ntype: scoring\nname: T\nuuid: u\n",
        "data/sample/1.in": "",
        "data/sample/1.ans": "",
        **{f"data/secret/{i}.{ext}": "" for i in range(4) for ext in ("in", "ans")},
    }
    problem = load_problem(write_package(tmp_path / "p", files))

    secret = group(problem, "secret")
    assert secret.max_score == 100 and secret.aggregation is Aggregation.SUM
    assert [c.accept_score for c in secret.cases] == [25.0] * 4
    assert problem.data.max_score == 100


def test_2025_scoring_groups(tmp_path: Path) -> None:
    files = {
        "problem.yaml": "problem_format_version: 2025-09\ntype: scoring\nname: T\nuuid: u\n",
        "data/secret/a/test_group.yaml": "max_score: 40\n",
        "data/secret/a/1.in": "",
        "data/secret/a/1.ans": "",
        "data/secret/a/2.in": "",
        "data/secret/a/2.ans": "",
        "data/secret/b/test_group.yaml": "max_score: 60\nscore_aggregation: min\n",
        "data/secret/b/1.in": "",
        "data/secret/b/1.ans": "",
        "data/secret/b/sub/2.in": "",
        "data/secret/b/sub/2.ans": "",
    }
    problem = load_problem(write_package(tmp_path / "p", files))

    a, b = group(problem, "secret/a"), group(problem, "secret/b")
    assert (a.aggregation, a.max_score) == (Aggregation.PASS_FAIL, 40)
    assert [c.accept_score for c in a.cases] == [20.0, 20.0]
    assert (b.aggregation, b.max_score) == (Aggregation.MIN, 60)
    assert {c.accept_score for c in b.all_cases()} == {60.0}
    assert group(problem, "secret/b/sub").aggregation is Aggregation.MIN


def test_pass_fail_problem_ignores_scoring(tmp_path: Path) -> None:
    problem = load_problem(write_package(tmp_path / "p", minimal()))

    assert problem.data.max_score is None
    assert all(c.accept_score == 1.0 for c in problem.tests)


# ---------------------------------------------------------------------------------------------
# Malformed packages: a ProblemError naming the package and the file, never a traceback


@pytest.mark.parametrize(
    ("files", "file_named", "says"),
    [
        ({"problem.yaml": "name: [unclosed\n"}, "problem.yaml", "invalid YAML"),
        ({"problem.yaml": "- a\n- b\n"}, "problem.yaml", "mapping"),
        ({"problem.yaml": "name: T\nlimits: {memory: lots}\n"}, "problem.yaml", "limits.memory"),
        ({"problem.yaml": "name: T\nlimits: 5\n"}, "problem.yaml", "limits"),
        ({"problem.yaml": "name: T\nlimits: {time_limit: -1}\n"}, "problem.yaml", "time_limit"),
        ({"problem.yaml": "problem_format_version: 1999-01\n"}, "problem.yaml", "unsupported"),
        ({"problem.yaml": "name: T\ntype: quiz\n"}, "problem.yaml", "unknown problem type"),
        ({"problem.yaml": "name: T\ntype: [pass-fail, scoring]\n"}, "problem.yaml", "combined"),
        ({"problem.yaml": "name: T\nvalidation: custom\n"}, "problem.yaml", "output validator"),
        ({"problem.yaml": "name: T\nvalidation: magic\n"}, "problem.yaml", "validation"),
        ({"problem.yaml": 'name: T\nvalidator_flags: "a \'b"\n'}, "problem.yaml", "split"),
        (
            {"problem.yaml": "problem_format_version: 2025-09\ntype: interactive\nname: T\n"},
            "problem.yaml",
            "output validator",
        ),
        ({".timelimit": "soon\n"}, ".timelimit", "time limit"),
        ({"assay.yaml": "difficulty: impossible\n"}, "assay.yaml", "difficulty"),
        ({"assay.yaml": "tags: {a: b}\n"}, "assay.yaml", "tags"),
        ({"data/secret/testdata.yaml": "range: zero hundred\n"}, "testdata.yaml", "range"),
        ({"data/secret/1.yaml": "output_validator_args: {x: 1}\n"}, "1.yaml", "arguments"),
        (
            {
                "problem.yaml": "name: T\nvalidation: custom\n",
                "output_validators/a/a.py": "",
                "output_validators/b/b.py": "",
            },
            "output_validators",
            "exactly one",
        ),
        (
            {
                "problem.yaml": "problem_format_version: 2025-09\ntype: scoring\nname: T\n",
                "data/secret/test_group.yaml": "score_aggregation: average\n",
            },
            "test_group.yaml",
            "score_aggregation",
        ),
    ],
)
def test_malformed_package(
    tmp_path: Path, files: dict[str, str], file_named: str, says: str
) -> None:
    root = write_package(tmp_path / "bad", minimal(files))

    with pytest.raises(ProblemError) as raised:
        load_problem(root)
    message = str(raised.value)
    assert str(root) in message
    assert file_named in message
    assert says in message


def test_missing_problem_yaml_or_data(tmp_path: Path) -> None:
    with pytest.raises(ProblemError, match=r"problem\.yaml is missing"):
        load_problem(write_package(tmp_path / "a", {"data/secret/1.in": ""}))
    with pytest.raises(ProblemError, match="data"):
        load_problem(write_package(tmp_path / "b", {"problem.yaml": "name: T\n"}))
    with pytest.raises(ProblemError, match="no test cases"):
        load_problem(write_package(tmp_path / "c", {"problem.yaml": "", "data/secret/x.txt": ""}))
    with pytest.raises(ProblemError, match="not a directory"):
        load_problem(tmp_path / "nowhere")


def test_symlink_out_of_the_package_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "secret-file"
    outside.write_text("x")
    root = write_package(tmp_path / "p", minimal())
    (root / "data/secret/2.ans").write_text("")
    os.symlink(outside, root / "data/secret/2.in")

    with pytest.raises(ProblemError, match="outside the package"):
        load_problem(root)


# ---------------------------------------------------------------------------------------------
# package_hash


def test_package_hash_tracks_content_names_and_modes(tmp_path: Path) -> None:
    root = write_package(tmp_path / "p", minimal({".timelimit": "1\n"}))
    first = package_hash(root)

    (root / "__pycache__").mkdir()
    (root / "__pycache__" / "x.pyc").write_bytes(b"junk")
    (root / "data" / "y.pyc").write_bytes(b"junk")
    assert package_hash(root) == first, "caches must not count"

    (root / ".timelimit").write_text("2\n")
    second = package_hash(root)
    assert second != first, "hidden DOMjudge files count"

    (root / "data/secret/1.ans").rename(root / "data/secret/1.out")
    third = package_hash(root)
    assert third != second, "names count"

    (root / "data/secret/1.out").chmod(0o755)
    assert package_hash(root) != third, "executable bits count"


def test_package_hash_is_independent_of_location(tmp_path: Path) -> None:
    a = write_package(tmp_path / "a", minimal())
    b = write_package(tmp_path / "elsewhere" / "b", minimal())

    assert package_hash(a) == package_hash(b)
