"""Rust: one file, `solution.rs` = the user's code first (so its line numbers are its own), then
`pub struct Solution;` unless the user declared it, the node types the signature uses (with fully
qualified paths, so the user's `use std::rc::Rc` cannot clash), `mod assay_driver` (the runtime
and this problem's call glue) and `fn main`."""

from __future__ import annotations

import re

from assay.harness.model import DriverBuild, runtime_file
from assay.languages.entries.rust import LANGUAGE as RUST
from assay.problems.function_spec import (
    FunctionSpec,
    Kind,
    Method,
    Param,
    SpecKind,
    TypeRef,
    snake_case,
)

USER_FILE = "solution.rs"
DRIVER_BANNER = "// ---- Assay's driver: generated below; the user's code is above. ----\n"

_LEAVES = {
    Kind.INTEGER: "i32",
    Kind.LONG: "i64",
    Kind.DOUBLE: "f64",
    Kind.BOOLEAN: "bool",
    Kind.CHARACTER: "char",
    Kind.STRING: "String",
    Kind.VOID: "()",
}
_ZEROS = {
    Kind.INTEGER: "0",
    Kind.LONG: "0",
    Kind.DOUBLE: "0.0",
    Kind.BOOLEAN: "false",
    Kind.CHARACTER: "'\\0'",
    Kind.STRING: "String::new()",
    Kind.LIST_NODE: "None",
    Kind.TREE_NODE: "None",
}
_NODE_RUNTIME = (
    (Kind.LIST_NODE, "list_node.rs", "list_node_codec.rs"),
    (Kind.TREE_NODE, "tree_node.rs", "tree_node_codec.rs"),
)
_RESERVED_CLASSES = frozenset({"Solution", "ListNode", "TreeNode", "Self"})
_DECLARES_SOLUTION = re.compile(r"\bstruct\s+Solution\b")

LIST_NODE_COMMENT = """// Definition for singly-linked list.
// #[derive(PartialEq, Eq, Clone, Debug)]
// pub struct ListNode {
//   pub val: i32,
//   pub next: Option<Box<ListNode>>
// }
//
// impl ListNode {
//   #[inline]
//   fn new(val: i32) -> Self {
//     ListNode {
//       next: None,
//       val
//     }
//   }
// }
"""
TREE_NODE_COMMENT = """// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
//
// impl TreeNode {
//   #[inline]
//   pub fn new(val: i32) -> Self {
//     TreeNode {
//       val,
//       left: None,
//       right: None
//     }
//   }
// }
"""
DESIGN_SELF_HINT = """/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
"""


def rust_type(type_ref: TypeRef, crate: str = "") -> str:
    """`crate` is the path prefix of the node types: "" in the user's code, "crate::" in the
    driver module."""
    if type_ref.element is not None:
        return f"Vec<{rust_type(type_ref.element, crate)}>"
    if type_ref.kind is Kind.LIST_NODE:
        return f"Option<Box<{crate}ListNode>>"
    if type_ref.kind is Kind.TREE_NODE:
        return f"Option<Rc<RefCell<{crate}TreeNode>>>"
    return _LEAVES[type_ref.kind]


def _uses(spec: FunctionSpec, kind: Kind) -> bool:
    return any(t.contains(kind) for t in spec.all_types())


def user_line_count(source: str) -> int:
    return source.count("\n") + (0 if source.endswith("\n") or not source else 1)


# --- the driver module -------------------------------------------------------------------------


def _in_place(spec: FunctionSpec, param: Param) -> bool:
    return spec.kind is SpecKind.FUNCTION and param.name == spec.output_param


def _decode_lines(params: tuple[Param, ...], source: str) -> list[str]:
    return [
        f"let mut p{i}: {rust_type(p.type, 'crate::')} = decode(arg({source}, {i})?)?;"
        for i, p in enumerate(params)
    ]


def _function_glue(spec: FunctionSpec) -> list[str]:
    lines = _decode_lines(spec.params, "args")
    args = ", ".join(
        f"&mut p{i}" if _in_place(spec, p) else f"p{i}" for i, p in enumerate(spec.params)
    )
    returns = rust_type(spec.returns, "crate::")
    call = f"crate::Solution::{snake_case(spec.name)}({args})"
    lines.append(f"let r: {returns} = guard(|| {call})?;")
    if spec.output_param is None:
        lines.append("encode(&r)")
    else:
        index = [p.name for p in spec.params].index(spec.output_param)
        output = f"p{index}"
        if spec.output_length_from_return:
            output = f"p{index}[..output_length(r, p{index}.len())?]"
        lines.append(f"encode(&{output})")
    return ["pub fn run_test(args: &[Json]) -> Result<String, Failure> {", *_indent(lines), "}"]


def _design_glue(spec: FunctionSpec) -> list[str]:
    name = f"crate::{spec.name}"
    args = ", ".join(f"p{i}" for i in range(len(spec.constructor)))
    construct = [
        f"fn construct(a: &[Json]) -> Result<{name}, Failure> {{",
        *_indent([*_decode_lines(spec.constructor, "a"), f"guard(|| {name}::new({args}))"]),
        "}",
    ]
    run = [
        "pub fn run_test(args: &[Json]) -> Result<String, Failure> {",
        "    let (operations, arguments) = design_input(args)?;",
        "    let mut obj = construct(arguments[0]).map_err(|f| f.at_call(0))?;",
        '    let mut results = vec![String::from("null")];',
        "    for call in 1..operations.len() {",
        "        let value = design_call(&mut obj, &operations[call], arguments[call]);",
        "        results.push(value.map_err(|f| f.at_call(call))?);",
        "    }",
        '    Ok(format!("[{}]", results.join(",")))',
        "}",
    ]
    arms = [line for method in spec.methods for line in _design_arm(method)]
    arms.append('_ => fault("type", format!("input: {:?} is not a method", operation)),')
    dispatch = [
        f"fn design_call(obj: &mut {name}, operation: &str, a: &[Json])"
        " -> Result<String, Failure> {",
        "    match operation {",
        *_indent(arms, 2),
        "    }",
        "}",
    ]
    return [*construct, "", *run, "", *dispatch]


def _design_arm(method: Method) -> list[str]:
    args = ", ".join(f"p{i}" for i in range(len(method.params)))
    call = f"obj.{snake_case(method.name)}({args})"
    body = [
        *_decode_lines(method.params, "a"),
        f"let r: {rust_type(method.returns, 'crate::')} = guard(|| {call})?;",
        "encode(&r)",
    ]
    return [f'"{method.name}" => {{', *_indent(body), "}"]


def _indent(lines: list[str], levels: int = 1) -> list[str]:
    return [("    " * levels + line) if line else line for line in lines]


def driver_module(spec: FunctionSpec, user_lines: int) -> str:
    runtime = runtime_file("rust", "driver.rs").decode()
    codecs = "".join(
        runtime_file("rust", codec).decode()
        for kind, _, codec in _NODE_RUNTIME
        if _uses(spec, kind)
    )
    glue = _design_glue(spec) if spec.kind is SpecKind.DESIGN else _function_glue(spec)
    constants = [
        f"pub const LINES_PER_TEST: usize = {spec.input_lines};",
        f"pub const USER_LINES: u32 = {user_lines};",
        "",
    ]
    glue_text = "\n".join(_indent(["// --- this problem's call glue ---", "", *constants, *glue]))
    return f"mod assay_driver {{\n{runtime}{codecs}\n{glue_text}\n}}\n"


def solution_file(spec: FunctionSpec, user_source: str) -> str:
    parts = [user_source if user_source.endswith("\n") else user_source + "\n", DRIVER_BANNER]
    if not _DECLARES_SOLUTION.search(user_source):
        parts.append("#[allow(dead_code)]\npub struct Solution;\n")
    parts += [
        runtime_file("rust", definition).decode()
        for kind, definition, _ in _NODE_RUNTIME
        if _uses(spec, kind)
    ]
    parts.append(driver_module(spec, user_line_count(user_source)))
    parts.append("fn main() {\n    assay_driver::main();\n}\n")
    return "".join(parts)


# --- starter code ------------------------------------------------------------------------------


def _zero(type_ref: TypeRef) -> str:
    return "vec![]" if type_ref.element is not None else _ZEROS.get(type_ref.kind, "")


def _param_text(spec: FunctionSpec, param: Param) -> str:
    borrow = "&mut " if _in_place(spec, param) else ""
    return f"{snake_case(param.name)}: {borrow}{rust_type(param.type)}"


def _fn(head: str, returns: TypeRef, indent: str) -> str:
    if returns.kind is Kind.VOID:
        return f"{indent}{head} {{\n{indent}    \n{indent}}}\n"
    return f"{indent}{head} -> {rust_type(returns)} {{\n{indent}    {_zero(returns)}\n{indent}}}\n"


def _node_preamble(spec: FunctionSpec) -> str:
    text = LIST_NODE_COMMENT if _uses(spec, Kind.LIST_NODE) else ""
    if _uses(spec, Kind.TREE_NODE):
        text += TREE_NODE_COMMENT + "use std::rc::Rc;\nuse std::cell::RefCell;\n"
    return text


def _function_starter(spec: FunctionSpec) -> str:
    params = ", ".join(_param_text(spec, p) for p in spec.params)
    head = f"pub fn {snake_case(spec.name)}({params})"
    return "impl Solution {\n" + _fn(head, spec.returns, "    ") + "}\n"


def _design_starter(spec: FunctionSpec) -> str:
    name = spec.name
    constructor = ", ".join(_param_text(spec, p) for p in spec.constructor)
    text = f"struct {name} {{\n\n}}\n\n\n{DESIGN_SELF_HINT}impl {name} {{\n\n"
    text += f"    fn new({constructor}) -> Self {{\n        Self {{}}\n    }}\n"
    for method in spec.methods:
        params = "".join(", " + _param_text(spec, p) for p in method.params)
        text += "    \n" + _fn(
            f"fn {snake_case(method.name)}(&self{params})", method.returns, "    "
        )
    text += "}\n\n/**\n"
    text += f" * Your {name} object will be instantiated and called as such:\n"
    args = ", ".join(snake_case(p.name) for p in spec.constructor)
    text += f" * let obj = {name}::new({args});\n"
    for index, method in enumerate(spec.methods, start=1):
        args = ", ".join(snake_case(p.name) for p in method.params)
        call = f"obj.{snake_case(method.name)}({args});"
        if method.returns.kind is Kind.VOID:
            text += f" * {call}\n"
        else:
            text += f" * let ret_{index}: {rust_type(method.returns)} = {call}\n"
    return text + " */\n"


class RustHarness:
    language_ids = (RUST.id,)

    def unsupported(self, spec: FunctionSpec) -> str | None:
        if spec.kind is SpecKind.DESIGN:
            if spec.name in _RESERVED_CLASSES:
                return f"the class name {spec.name!r} is taken in Rust's driver"
            if any(snake_case(m.name) == "new" for m in spec.methods):
                return "a method named `new` collides with Rust's constructor"
        return None

    def build(self, spec: FunctionSpec, user_source: str) -> DriverBuild:
        return DriverBuild(
            files={USER_FILE: solution_file(spec, user_source).encode()},
            main_file=USER_FILE,
            user_file=USER_FILE,
        )

    def starter(self, spec: FunctionSpec) -> str:
        text = _node_preamble(spec)
        if spec.kind is SpecKind.DESIGN:
            return text + _design_starter(spec)
        return text + _function_starter(spec)
