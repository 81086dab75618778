"""C++: `main.cpp` = prelude + `assay_runtime.hpp` + `#include "solution.cpp"` + the call glue.

The user's code is included verbatim after `#define main assay_user_main`, so its diagnostics
name `solution.cpp` and its own lines. The runtime comes before it (no user macro reaches the
runtime); only the glue, generated per signature, comes after. `<bits/stdc++.h>` is the first
line, as GCC's precompiled header requires. `assay_stdout.cpp`, a second unit, reports stdout's
size for the records.
"""

from __future__ import annotations

from assay.harness.model import DriverBuild, runtime_file
from assay.languages.entries.cpp import LANGUAGE as CPP
from assay.problems.function_spec import FunctionSpec, Kind, Method, Param, SpecKind, TypeRef

USER_FILE = "solution.cpp"
MAIN_FILE = "main.cpp"
STDOUT_UNIT = "assay_stdout.cpp"  # fstat(1), kept out of the user's translation unit
RUNTIME_FILE = "assay_runtime.hpp"

_LEAVES = {
    Kind.INTEGER: "int",
    Kind.LONG: "long long",
    Kind.DOUBLE: "double",
    Kind.BOOLEAN: "bool",
    Kind.CHARACTER: "char",
    Kind.STRING: "string",
    Kind.VOID: "void",
    Kind.LIST_NODE: "ListNode*",
    Kind.TREE_NODE: "TreeNode*",
}

_ZERO = {
    Kind.INTEGER: "0",
    Kind.LONG: "0",
    Kind.DOUBLE: "0.0",
    Kind.BOOLEAN: "false",
    Kind.CHARACTER: "'\\0'",
    Kind.STRING: '""',
    Kind.LIST_NODE: "nullptr",
    Kind.TREE_NODE: "nullptr",
}

LIST_NODE = """struct ListNode {
    int val;
    ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode *next) : val(x), next(next) {}
};
"""

TREE_NODE = """struct TreeNode {
    int val;
    TreeNode *left;
    TreeNode *right;
    TreeNode() : val(0), left(nullptr), right(nullptr) {}
    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
    TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
};
"""

TEST_SIGNATURE = (
    "std::string test(const std::vector<std::string>& assay_lines, assay::CallIndex& assay_call)"
)

_NODE_COMMENT_TITLES = {
    Kind.LIST_NODE: "Definition for singly-linked list.",
    Kind.TREE_NODE: "Definition for a binary tree node.",
}


def cpp_type(type_ref: TypeRef) -> str:
    if type_ref.element is not None:
        return f"vector<{cpp_type(type_ref.element)}>"
    return _LEAVES[type_ref.kind]


def _glue_type(type_ref: TypeRef) -> str:
    """The type as the glue names it: qualified, since it follows the user's code."""
    if type_ref.element is not None:
        return f"std::vector<{_glue_type(type_ref.element)}>"
    return "std::string" if type_ref.kind is Kind.STRING else _LEAVES[type_ref.kind]


def _param_type(type_ref: TypeRef, in_place: bool = False) -> str:
    """LeetCode passes arrays by reference and everything else by value (except what the
    function must modify in place)."""
    by_reference = type_ref.is_sequence or (in_place and type_ref.kind is Kind.STRING)
    return cpp_type(type_ref) + ("&" if by_reference else "")


def used_nodes(spec: FunctionSpec) -> list[Kind]:
    types = spec.all_types()
    return [k for k in (Kind.LIST_NODE, Kind.TREE_NODE) if any(t.contains(k) for t in types)]


# --- the driver ----------------------------------------------------------------------------------


def _prelude(spec: FunctionSpec) -> str:
    text = "#include <bits/stdc++.h>\nusing namespace std;\n\n"
    for kind in used_nodes(spec):
        macro = "ASSAY_LIST_NODE" if kind is Kind.LIST_NODE else "ASSAY_TREE_NODE"
        text += f"#define {macro}\n" + (LIST_NODE if kind is Kind.LIST_NODE else TREE_NODE)
    return text + f'#include "{RUNTIME_FILE}"\n\n'


def _read_args(params: tuple[Param, ...], indent: str) -> list[str]:
    """Statements reading `[a0, a1, ...]` from the parser `assay_p` into `assay_a0`..."""
    lines = [f"{indent}assay_p.expect('[');"]
    for index, param in enumerate(params):
        if index:
            lines.append(f"{indent}assay_p.expect(',');")
        lines.append(
            f"{indent}auto assay_a{index} = assay::read<{_glue_type(param.type)}>(assay_p);"
        )
    lines.append(f"{indent}assay_p.expect(']');")
    return lines


def _call_args(params: tuple[Param, ...]) -> str:
    return ", ".join(f"assay_a{i}" for i in range(len(params)))


def _function_glue(spec: FunctionSpec) -> list[str]:
    lines = [f"{TEST_SIGNATURE} {{"]
    for index, param in enumerate(spec.params):
        glue_type = _glue_type(param.type)
        lines.append(f"    auto assay_a{index} = assay::decode<{glue_type}>(assay_lines[{index}]);")
    lines.append("    std::unique_ptr<::Solution> assay_solution(new ::Solution());")
    call = f"assay_solution->{spec.name}({_call_args(spec.params)})"
    return [*lines, *_function_result(spec, call), "}"]


def _function_result(spec: FunctionSpec, call: str) -> list[str]:
    if spec.output_param is None:
        return [f"    return assay::encode<{_glue_type(spec.returns)}>({call});"]
    index = [p.name for p in spec.params].index(spec.output_param)
    output_type = _glue_type(spec.params[index].type)
    if spec.output_length_from_return:
        return [
            f"    long long assay_length = {call};",
            f"    return assay::encode_prefix(assay_a{index}, assay_length);",
        ]
    return [f"    {call};", f"    return assay::encode<{output_type}>(assay_a{index});"]


def _design_glue(spec: FunctionSpec) -> list[str]:
    cls = f"::{spec.name}"
    lines = [f"{cls}* construct(assay::Parser& assay_p) {{"]
    lines += _read_args(spec.constructor, "    ")
    lines += [f"    return new {cls}({_call_args(spec.constructor)});", "}", ""]
    lines.append(
        f"std::string invoke({cls}& assay_object, const std::string& assay_method,"
        " assay::Parser& assay_p) {"
    )
    for method in spec.methods:
        lines += _method_branch(method)
    lines += [
        '    throw assay::BadInput{"unknown method " + assay_method};',
        "}",
        "",
        f"{TEST_SIGNATURE} {{",
        f"    return assay::run_design<{cls}>(assay_lines, assay_call, construct, invoke);",
        "}",
    ]
    return lines


def _method_branch(method: Method) -> list[str]:
    lines = [f'    if (assay_method == "{method.name}") {{', *_read_args(method.params, "        ")]
    call = f"assay_object.{method.name}({_call_args(method.params)})"
    if method.returns.kind is Kind.VOID:
        lines += [f"        {call};", '        return "null";']
    else:
        lines.append(f"        return assay::encode<{_glue_type(method.returns)}>({call});")
    return [*lines, "    }"]


def _in_glue_namespace(text: str) -> str:
    opening = "namespace assay {\nnamespace glue {\n"
    return f"{opening}{text}\n}}  // namespace glue\n}}  // namespace assay\n"


def main_source(spec: FunctionSpec) -> str:
    """`main` comes before the user's code: a user's `#define int long long` cannot reach it."""
    design = spec.kind is SpecKind.DESIGN
    glue = _design_glue(spec) if design else _function_glue(spec)
    return (
        _prelude(spec)
        + _in_glue_namespace(f"{TEST_SIGNATURE};")
        + f"int main() {{ return assay::run({spec.input_lines}, assay::glue::test); }}\n\n"
        + f'#define main assay_user_main\n#include "{USER_FILE}"\n#undef main\n\n'
        + _in_glue_namespace("\n" + "\n".join(glue) + "\n")
    )


# --- the starter ---------------------------------------------------------------------------------


def _node_comment(kind: Kind) -> str:
    body = LIST_NODE if kind is Kind.LIST_NODE else TREE_NODE
    lines = ["/**", f" * {_NODE_COMMENT_TITLES[kind]}"]
    lines += [f" * {line}" for line in body.rstrip("\n").split("\n")]
    return "\n".join([*lines, " */"]) + "\n"


def _body(returns: TypeRef | None) -> str:
    if returns is None or returns.kind is Kind.VOID:
        return "        \n"
    zero = "{}" if returns.is_sequence else _ZERO[returns.kind]
    return f"        return {zero};\n"


def _declaration(
    name: str, params: tuple[Param, ...], returns: TypeRef | None, in_place: str | None = None
) -> str:
    args = ", ".join(f"{_param_type(p.type, p.name == in_place)} {p.name}" for p in params)
    prefix = "" if returns is None else cpp_type(returns) + " "
    return f"    {prefix}{name}({args}) {{\n{_body(returns)}    }}\n"


def _design_starter(spec: FunctionSpec) -> str:
    members = [_declaration(spec.name, spec.constructor, None)]
    members += [_declaration(m.name, m.params, m.returns) for m in spec.methods]
    text = f"class {spec.name} {{\npublic:\n" + "    \n".join(members) + "};\n\n"
    args = ", ".join(p.name for p in spec.constructor)
    lines = [
        "/**",
        f" * Your {spec.name} object will be instantiated and called as such:",
        f" * {spec.name}* obj = new {spec.name}({args});",
    ]
    for index, method in enumerate(spec.methods, start=1):
        call = f"obj->{method.name}({','.join(p.name for p in method.params)});"
        if method.returns.kind is Kind.VOID:
            lines.append(f" * {call}")
        else:
            lines.append(f" * {cpp_type(method.returns)} param_{index} = {call}")
    return text + "\n".join([*lines, " */"]) + "\n"


def starter_source(spec: FunctionSpec) -> str:
    text = "".join(_node_comment(kind) for kind in used_nodes(spec))
    if spec.kind is SpecKind.DESIGN:
        return text + _design_starter(spec)
    method = _declaration(spec.name, spec.params, spec.returns, spec.output_param)
    return text + f"class Solution {{\npublic:\n{method}}};\n"


class CppHarness:
    language_ids = (CPP.id,)

    def unsupported(self, spec: FunctionSpec) -> str | None:
        return None

    def build(self, spec: FunctionSpec, user_source: str) -> DriverBuild:
        return DriverBuild(
            files={
                MAIN_FILE: main_source(spec).encode(),
                RUNTIME_FILE: runtime_file("cpp", RUNTIME_FILE),
                STDOUT_UNIT: runtime_file("cpp", STDOUT_UNIT),
                USER_FILE: user_source.encode(),
            },
            main_file=MAIN_FILE,
            user_file=USER_FILE,
            units=(STDOUT_UNIT,),
        )

    def starter(self, spec: FunctionSpec) -> str:
        return starter_source(spec)
