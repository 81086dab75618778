"""`function.yaml`: the signature of a LeetCode-style function problem, its types and its data.

    parse_type("list<integer[]>") -> TypeRef
    read_function_spec(root) -> FunctionSpec | None     None when the package has no function.yaml
    parse_case_input(spec, text) -> list[Any]           one test's arguments, type-checked
    check_value(type, value) -> str | None              why a JSON value is not of the type

`types` holds the vocabulary, `reading` the YAML, `values` the type checks of JSON values and
`cases` the test files. The design is ../shared/FUNCTION_PROBLEMS.md; docs/function-problems.md
records where we differ.
"""

from assay.problems.function_spec.cases import (
    CaseError,
    answer_type,
    case_lines,
    check_case_files,
    parse_case_answer,
    parse_case_input,
    parse_json_line,
    split_cases,
)
from assay.problems.function_spec.reading import (
    IDENTIFIER,
    read_function_spec,
    snake_case,
)
from assay.problems.function_spec.types import (
    FILE_NAME,
    INT32,
    INT64,
    KEYWORDS,
    LEAVES,
    MAX_NESTING,
    Compare,
    CompareMode,
    FunctionSpec,
    Isolation,
    Kind,
    Method,
    Param,
    Reveal,
    SpecKind,
    TypeRef,
    TypeSyntaxError,
    parse_type,
)
from assay.problems.function_spec.values import (
    check_value,
    tree_from_level_order,
    tree_level_order,
)

__all__ = [
    "FILE_NAME",
    "IDENTIFIER",
    "INT32",
    "INT64",
    "KEYWORDS",
    "LEAVES",
    "MAX_NESTING",
    "CaseError",
    "Compare",
    "CompareMode",
    "FunctionSpec",
    "Isolation",
    "Kind",
    "Method",
    "Param",
    "Reveal",
    "SpecKind",
    "TypeRef",
    "TypeSyntaxError",
    "answer_type",
    "case_lines",
    "check_case_files",
    "check_value",
    "parse_case_answer",
    "parse_case_input",
    "parse_json_line",
    "parse_type",
    "read_function_spec",
    "snake_case",
    "split_cases",
    "tree_from_level_order",
    "tree_level_order",
]
