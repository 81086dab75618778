"""C: `main.c` = prelude + `assay_runtime.h` + `#include "solution.c"` + the call glue.

LeetCode's C calling convention: an array is `T* a, int aSize`, a 2-D array adds
`int* aColSize`; an array return adds `int* returnSize` (the driver presets -1 and reports a
size it was never given) and a 2-D one `int** returnColumnSizes`; a design class `LRUCache`
becomes `lRUCacheCreate`, `lRUCacheGet`, ..., `lRUCacheFree` on the user's `LRUCache` struct.
As in C++, the user's code is included after `#define main assay_user_main`, and
`assay_stdout.c`, a second unit, reports stdout's size for the records.
"""

from __future__ import annotations

from assay.harness.cpp import used_nodes
from assay.harness.model import DriverBuild, runtime_file
from assay.languages.entries.c import LANGUAGE as C
from assay.problems.function_spec import FunctionSpec, Kind, Method, Param, SpecKind, TypeRef

USER_FILE = "solution.c"
MAIN_FILE = "main.c"
STDOUT_UNIT = "assay_stdout.c"  # fstat(1), kept out of the user's translation unit
RUNTIME_FILE = "assay_runtime.h"
MAX_DEPTH = 2

_LEAVES = {
    Kind.INTEGER: "int",
    Kind.LONG: "long long",
    Kind.DOUBLE: "double",
    Kind.BOOLEAN: "bool",
    Kind.CHARACTER: "char",
    Kind.STRING: "char*",
    Kind.VOID: "void",
    Kind.LIST_NODE: "struct ListNode*",
    Kind.TREE_NODE: "struct TreeNode*",
}

# The runtime's name for each leaf: assay_read_int, assay_write_int, assay_into_int, assay_out_int.
_RUNTIME_NAMES = {
    Kind.INTEGER: "int",
    Kind.LONG: "long",
    Kind.DOUBLE: "double",
    Kind.BOOLEAN: "bool",
    Kind.CHARACTER: "char",
    Kind.STRING: "string",
    Kind.LIST_NODE: "list",
    Kind.TREE_NODE: "tree",
}

_ZERO = {
    Kind.INTEGER: "0",
    Kind.LONG: "0",
    Kind.DOUBLE: "0.0",
    Kind.BOOLEAN: "false",
    Kind.CHARACTER: "'\\0'",
    Kind.STRING: '""',
    Kind.LIST_NODE: "NULL",
    Kind.TREE_NODE: "NULL",
}

HEADERS = (
    "assert.h ctype.h float.h limits.h math.h stdbool.h stddef.h stdint.h stdio.h stdlib.h string.h"
)

LIST_NODE = """struct ListNode {
    int val;
    struct ListNode *next;
};
"""

TREE_NODE = """struct TreeNode {
    int val;
    struct TreeNode *left;
    struct TreeNode *right;
};
"""

_NODE_COMMENT_TITLES = {
    Kind.LIST_NODE: "Definition for singly-linked list.",
    Kind.TREE_NODE: "Definition for a binary tree node.",
}

_ARRAY_NOTE = """/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
"""

_MATRIX_NOTE = """/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
"""


def c_type(type_ref: TypeRef) -> str:
    return _LEAVES[type_ref.leaf.kind] + "*" * type_ref.depth


def _leaf(type_ref: TypeRef) -> str:
    return _LEAVES[type_ref.leaf.kind]


def _runtime_name(type_ref: TypeRef) -> str:
    return _RUNTIME_NAMES[type_ref.leaf.kind]


def _lower_first(name: str) -> str:
    return name[:1].lower() + name[1:]


def _upper_first(name: str) -> str:
    return name[:1].upper() + name[1:]


def design_function(spec: FunctionSpec, member: str) -> str:
    """LeetCode's name: LRUCache + get -> lRUCacheGet."""
    return _lower_first(spec.name) + _upper_first(member)


# --- what C cannot express -----------------------------------------------------------------------


def _type_problem(type_ref: TypeRef) -> str | None:
    if type_ref.depth > MAX_DEPTH:
        return f"C takes arrays of at most two dimensions, and {type_ref} has {type_ref.depth}"
    pointer_leaf = type_ref.leaf.kind in (Kind.STRING, Kind.LIST_NODE, Kind.TREE_NODE)
    if type_ref.depth == MAX_DEPTH and pointer_leaf:
        return f"C has no calling convention for a 2-D array of {type_ref.leaf} ({type_ref})"
    return None


def _name_problem(spec: FunctionSpec) -> str | None:
    groups = [spec.params, spec.constructor, *(m.params for m in spec.methods)]
    for params in groups:
        names = [p.name for p in params]
        generated = {f"{n}{suffix}" for n in names for suffix in ("Size", "ColSize")}
        generated |= {"returnSize", "returnColumnSizes", "retSize", "retColSize", "obj"}
        clash = sorted(generated & set(names))
        if clash:
            return f"the parameter {clash[0]!r} clashes with a name C's calling convention adds"
    members = {m.name.lower() for m in spec.methods} & {"create", "free"}
    if members:
        name = design_function(spec, members.pop())
        return f"a method would be named {name}, like the C constructor or destructor"
    return None


def unsupported_reason(spec: FunctionSpec) -> str | None:
    for type_ref in spec.all_types():
        problem = _type_problem(type_ref)
        if problem is not None:
            return problem
    if spec.output_length_from_return and spec.output_type.depth > 1:
        return "C cannot return the length of a 2-D in-place output"
    return _name_problem(spec)


# --- the driver ----------------------------------------------------------------------------------


def _prelude(spec: FunctionSpec) -> str:
    text = "".join(f"#include <{header}>\n" for header in HEADERS.split()) + "\n"
    for kind in used_nodes(spec):
        macro = "ASSAY_LIST_NODE" if kind is Kind.LIST_NODE else "ASSAY_TREE_NODE"
        text += f"#define {macro}\n" + (LIST_NODE if kind is Kind.LIST_NODE else TREE_NODE)
    return text + f'#include "{RUNTIME_FILE}"\n\n'


def _read_param(param: Param, index: int) -> list[str]:
    """Statements reading one argument from the parser `assay_p` into `assay_a<index>`."""
    name, kind, leaf = f"assay_a{index}", _runtime_name(param.type), _leaf(param.type)
    ctype = c_type(param.type)
    depth = param.type.depth
    if depth == 0:
        return [f"{ctype} {name} = assay_read_{kind}(&assay_p);"]
    if depth == 1:
        return [
            f"int {name}_size;",
            f"{ctype} {name} = ({ctype})assay_read_array("
            f"&assay_p, sizeof({leaf}), assay_into_{kind}, &{name}_size);",
        ]
    return [
        f"int {name}_size;",
        f"int* {name}_cols;",
        f"{ctype} {name} = ({ctype})assay_read_matrix("
        f"&assay_p, sizeof({leaf}), assay_into_{kind}, &{name}_size, &{name}_cols);",
    ]


def _call_args(params: tuple[Param, ...]) -> list[str]:
    args = []
    for index, param in enumerate(params):
        name = f"assay_a{index}"
        args += [name, f"{name}_size", f"{name}_cols"][: param.type.depth + 1]
    return args


def _write(type_ref: TypeRef, value: str, size: str = "", cols: str = "") -> str:
    """A statement serializing `value` (with its sizes) into the test's result."""
    kind, leaf = _runtime_name(type_ref), _leaf(type_ref)
    if type_ref.depth == 0:
        return f"assay_write_{kind}(&assay_value, {value});"
    element = f"sizeof({leaf}), assay_out_{kind}"
    if type_ref.depth == 1:
        return f"assay_write_array(&assay_value, {value}, {size}, {element});"
    return f"assay_write_matrix(&assay_value, (void* const*){value}, {size}, {cols}, {element});"


def _returned(
    returns: TypeRef, call: str, args: list[str], size_names: tuple[str, str]
) -> list[str]:
    """Statements calling and serializing the result, by LeetCode's return conventions."""
    if returns.kind is Kind.VOID:
        return [f"{call}({', '.join(args)});"]
    if returns.depth == 0:
        return [_write(returns, f"{call}({', '.join(args)})")]
    ctype = c_type(returns)
    lines = ["int assay_size = -1;"]
    args = [*args, "&assay_size"]
    if returns.depth == MAX_DEPTH:
        lines.append("int* assay_cols = NULL;")
        args.append("&assay_cols")
    lines += [
        f"{ctype} assay_r = {call}({', '.join(args)});",
        f'assay_check_size(assay_size, "{size_names[0]}");',
        _write(returns, "assay_r", "assay_size", "assay_cols"),
    ]
    if returns.depth == 1:
        return [*lines, "assay_give_back(assay_r);"]
    return [*lines, "assay_give_back_matrix((void**)assay_r, assay_size, assay_cols);"]


def _indent(lines: list[str], depth: int) -> list[str]:
    return [" " * (4 * depth) + line for line in lines]


def _function_glue(spec: FunctionSpec) -> list[str]:
    body = ["AssayParser assay_p;"]
    for index, param in enumerate(spec.params):
        body += [f"assay_p = assay_parser(assay_lines[{index}]);", *_read_param(param, index)]
        body.append("assay_finish(&assay_p);")
    args = _call_args(spec.params)
    if spec.output_param is None:
        body += _returned(spec.returns, spec.name, args, ("returnSize", "returnColumnSizes"))
    else:
        body += _output(spec, args)
    return ["static void assay_test(char** assay_lines) {", *_indent(body, 1), "}"]


def _output(spec: FunctionSpec, args: list[str]) -> list[str]:
    index = [p.name for p in spec.params].index(spec.output_param or "")
    param_type = spec.params[index].type
    name = f"assay_a{index}"
    call = f"{spec.name}({', '.join(args)})"
    if spec.output_length_from_return:
        element = f"sizeof({_leaf(param_type)}), assay_out_{_runtime_name(param_type)}"
        return [
            f"int assay_length = {call};",
            f"assay_write_prefix(&assay_value, {name}, {name}_size, assay_length, {element});",
        ]
    return [f"{call};", _write(param_type, name, f"{name}_size", f"{name}_cols")]


def _design_glue(spec: FunctionSpec) -> list[str]:
    cls = spec.name
    lines = [
        "static void assay_free_object(void* assay_object) {",
        f"    {design_function(spec, 'free')}(({cls}*)assay_object);",
        "}",
        "",
        "static void assay_test(char** assay_lines) {",
        "    AssayOperations assay_ops = assay_read_operations(assay_lines[0]);",
        "    AssayParser assay_p = assay_parser(assay_lines[1]);",
        f"    {cls}* assay_object = NULL;",
        "    assay_expect(&assay_p, '[');",
        "    assay_putc(&assay_value, '[');",
        "    for (assay_call = 0; assay_call < assay_ops.count; assay_call++) {",
        "        const char* assay_method = assay_ops.names[assay_call];",
        "        if (assay_call > 0) {",
        "            assay_expect(&assay_p, ',');",
        "            assay_putc(&assay_value, ',');",
        "        }",
        "        assay_expect(&assay_p, '[');",
        "        if (assay_call == 0) {",
        *_indent(_read_args(spec.constructor), 3),
        f"            assay_object = {design_function(spec, 'create')}("
        f"{', '.join(_call_args(spec.constructor))});",
        "            assay_defer_free(assay_free_object, assay_object);",
        '            assay_puts(&assay_value, "null");',
    ]
    for method in spec.methods:
        lines += _method_branch(spec, method)
    return [
        *lines,
        "        } else {",
        '            assay_bad_input(&assay_p, "unknown method");',
        "        }",
        "        assay_expect(&assay_p, ']');",
        "    }",
        "    assay_expect(&assay_p, ']');",
        "    assay_finish(&assay_p);",
        "    assay_putc(&assay_value, ']');",
        "}",
    ]


def _read_args(params: tuple[Param, ...]) -> list[str]:
    lines: list[str] = []
    for index, param in enumerate(params):
        if index:
            lines.append("assay_expect(&assay_p, ',');")
        lines += _read_param(param, index)
    return lines


def _method_branch(spec: FunctionSpec, method: Method) -> list[str]:
    args = ["assay_object", *_call_args(method.params)]
    call = design_function(spec, method.name)
    body = _read_args(method.params) + _returned(
        method.returns, call, args, ("retSize", "retColSize")
    )
    if method.returns.kind is Kind.VOID:
        body.append('assay_puts(&assay_value, "null");')
    return [
        f'        }} else if (strcmp(assay_method, "{method.name}") == 0) {{',
        *_indent(body, 3),
    ]


def main_source(spec: FunctionSpec) -> str:
    """`main` comes before the user's code, which no macro of the user's can then reach."""
    design = spec.kind is SpecKind.DESIGN
    glue = _design_glue(spec) if design else _function_glue(spec)
    return (
        _prelude(spec)
        + "static void assay_test(char** assay_lines);\n"
        + f"int main(void) {{ return assay_run({spec.input_lines}, assay_test); }}\n\n"
        + f'#define main assay_user_main\n#include "{USER_FILE}"\n#undef main\n\n'
        + "\n".join(glue)
        + "\n"
    )


# --- the starter ---------------------------------------------------------------------------------


def _node_comment(kind: Kind) -> str:
    body = LIST_NODE if kind is Kind.LIST_NODE else TREE_NODE
    lines = ["/**", f" * {_NODE_COMMENT_TITLES[kind]}"]
    lines += [f" * {line}" for line in body.rstrip("\n").split("\n")]
    return "\n".join([*lines, " */"]) + "\n"


def _declared_params(params: tuple[Param, ...]) -> list[str]:
    declared = []
    for param in params:
        declared.append(f"{c_type(param.type)} {param.name}")
        if param.type.depth >= 1:
            declared.append(f"int {param.name}Size")
        if param.type.depth == MAX_DEPTH:
            declared.append(f"int* {param.name}ColSize")
    return declared


def _return_params(returns: TypeRef, size_names: tuple[str, str]) -> list[str]:
    return [f"int* {size_names[0]}", f"int** {size_names[1]}"][: returns.depth]


def _body(returns: TypeRef, size_names: tuple[str, str]) -> str:
    if returns.kind is Kind.VOID:
        return "    \n"
    if returns.depth == 0:
        return f"    return {_ZERO[returns.kind]};\n"
    lines = [f"*{size_names[0]} = 0;"]
    if returns.depth == MAX_DEPTH:
        lines.append(f"*{size_names[1]} = NULL;")
    return "".join(f"    {line}\n" for line in [*lines, "return NULL;"])


def _function(name: str, params: list[str], returns: TypeRef, size_names: tuple[str, str]) -> str:
    all_params = ", ".join([*params, *_return_params(returns, size_names)])
    return f"{c_type(returns)} {name}({all_params}) {{\n{_body(returns, size_names)}}}\n"


def _design_starter(spec: FunctionSpec) -> str:
    cls, obj = spec.name, [f"{spec.name}* obj"]
    sizes = ("retSize", "retColSize")
    parts = [f"typedef struct {{\n    \n}} {cls};\n\n"]
    create = ", ".join(_declared_params(spec.constructor))
    parts.append(f"{cls}* {design_function(spec, 'create')}({create}) {{\n    return NULL;\n}}\n")
    for method in spec.methods:
        params = obj + _declared_params(method.params)
        parts.append(_function(design_function(spec, method.name), params, method.returns, sizes))
    parts.append(f"void {design_function(spec, 'free')}({cls}* obj) {{\n    \n}}\n")
    return "\n".join(parts) + "\n" + _design_usage(spec)


def _design_usage(spec: FunctionSpec) -> str:
    args = ", ".join(p.name for p in spec.constructor)
    lines = [
        "/**",
        f" * Your {spec.name} struct will be instantiated and called as such:",
        f" * {spec.name}* obj = {design_function(spec, 'create')}({args});",
    ]
    for index, method in enumerate(spec.methods, start=1):
        call_args = ", ".join(["obj", *(p.name for p in method.params)])
        call = f"{design_function(spec, method.name)}({call_args});"
        if method.returns.kind is Kind.VOID:
            lines.append(f" * {call}")
        else:
            lines.append(f" * {c_type(method.returns)} param_{index} = {call}")
    lines.append(f" * {design_function(spec, 'free')}(obj);")
    return "\n".join([*lines, " */"]) + "\n"


def starter_source(spec: FunctionSpec) -> str:
    text = "".join(_node_comment(kind) for kind in used_nodes(spec))
    if spec.kind is SpecKind.DESIGN:
        return text + _design_starter(spec)
    note = {1: _ARRAY_NOTE, 2: _MATRIX_NOTE}.get(spec.returns.depth, "")
    sizes = ("returnSize", "returnColumnSizes")
    return text + note + _function(spec.name, _declared_params(spec.params), spec.returns, sizes)


class CHarness:
    language_ids = (C.id,)

    def unsupported(self, spec: FunctionSpec) -> str | None:
        return unsupported_reason(spec)

    def build(self, spec: FunctionSpec, user_source: str) -> DriverBuild:
        return DriverBuild(
            files={
                MAIN_FILE: main_source(spec).encode(),
                RUNTIME_FILE: runtime_file("c", RUNTIME_FILE),
                STDOUT_UNIT: runtime_file("c", STDOUT_UNIT),
                USER_FILE: user_source.encode(),
            },
            main_file=MAIN_FILE,
            user_file=USER_FILE,
            units=(STDOUT_UNIT,),
        )

    def starter(self, spec: FunctionSpec) -> str:
        return starter_source(spec)
