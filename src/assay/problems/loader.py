"""Load a Kattis / ICPC problem package (legacy, 2023-07-draft, 2025-09) into a `Problem`.

    load_problem(path) -> Problem     raises ProblemError naming the package and the file
    package_hash(path) -> str         sha256 (hex) of the package's content

Reading is liberal where the formats drifted: `testdata.yaml` and `test_group.yaml` are both
read in every version, as are `output_validator/` and `output_validators/`, `statement/` and
`problem_statement/`. Anything the judge cannot honour raises `ProblemError`; oddities that
do not change a verdict end up in `Problem.warnings`.

This module only puts the parts together:

    yaml_fields     typed reads from the package's YAML files, errors naming file and key
    metadata        problem.yaml: format version, types, names, metadata, limits; assay.yaml;
                    the editorial (solution/)
    discovery       output and input validators, statement files
    testdata        data/: groups, inheritance, the three scoring dialects, cases
    package_hash    the content hash the catalogue stores and workers check
"""

from __future__ import annotations

from pathlib import Path

from assay.problems.discovery import find_input_validators, find_output_validator, find_statements
from assay.problems.function_spec import (
    CompareMode,
    FunctionSpec,
    check_case_files,
    read_function_spec,
)
from assay.problems.metadata import (
    allowed_languages,
    allows_file_writing,
    assay_extras,
    constants,
    find_editorial,
    limits_of,
    main_name,
    metadata_of,
    problem_names,
    read_format_version,
    read_problem_types,
    unknown_key_warnings,
)
from assay.problems.model import Problem, ProblemError, ProblemType, TestCase
from assay.problems.package_hash import package_hash
from assay.problems.testdata import DataSettings, load_test_data
from assay.problems.yaml_fields import read_yaml

__all__ = ["ProblemError", "load_problem", "package_hash"]


def load_problem(path: Path) -> Problem:
    """Load and check the package in directory `path`."""
    root = Path(path)
    if not root.is_dir():
        raise ProblemError(f"problem {root}: not a directory")
    if not (root / "problem.yaml").is_file():
        raise ProblemError(f"problem {root}: problem.yaml is missing")
    meta = read_yaml(root, root / "problem.yaml")
    version = read_format_version(meta)
    types = read_problem_types(meta)
    warnings = unknown_key_warnings(meta)
    limits = limits_of(meta, root, version)
    flags = meta.args("validator_flags") or ()
    validator = find_output_validator(root, version, types, meta, warnings)
    input_validators = find_input_validators(root)
    statements = find_statements(root, version)
    names = problem_names(meta, root, statements)
    extras = assay_extras(root)
    is_scoring = ProblemType.SCORING in types
    data = load_test_data(DataSettings(root, version, is_scoring, warnings))
    function = _function_spec(root, data.all_cases(), types, validator is not None)
    return Problem(
        root=root,
        short_name=root.resolve().name,
        name=main_name(names, root),
        format_version=version.value,  # a plain str, as `Problem` has always held
        is_interactive=ProblemType.INTERACTIVE in types,
        is_scoring=is_scoring,
        is_multipass=ProblemType.MULTI_PASS in types,
        limits=limits,
        metadata=metadata_of(meta, names, extras),
        output_validator=validator,
        input_validators=input_validators,
        data=data,
        statements=statements,
        validator_flags=flags,
        languages=allowed_languages(meta),
        allow_file_writing=allows_file_writing(meta),
        constants=constants(meta),
        warnings=tuple(warnings),
        function=function,
        editorial=find_editorial(root),
    )


def _function_spec(
    root: Path, cases: tuple[TestCase, ...], types: frozenset[ProblemType], has_validator: bool
) -> FunctionSpec | None:
    """`function.yaml`, with every test checked against the signature."""
    spec = read_function_spec(root)
    if spec is None:
        return None
    if types - {ProblemType.PASS_FAIL}:
        raise ProblemError(f"problem {root}: a function problem must be of type pass-fail")
    validated = [spec.compare, *(method.compare for method in spec.methods)]
    if any(c.mode is CompareMode.VALIDATOR for c in validated) and not has_validator:
        raise ProblemError(f"problem {root}: compare mode validator needs output_validator/")
    if any(m.compare.mode is CompareMode.VALIDATOR for m in spec.methods):
        raise ProblemError(f"problem {root}: design methods cannot use compare mode validator")
    for case in cases:
        check_case_files(spec, case.input_path, case.answer_path)
    return spec
