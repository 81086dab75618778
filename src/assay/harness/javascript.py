"""JavaScript (Node.js): `main.js` is the runtime with the signature as data; the user's code is
`solution.js`, run with `vm.runInThisContext(source, {filename: "solution.js"})` so its lines and
stack frames are its own. The tests run in a worker thread with a large stack."""

from __future__ import annotations

import json

from assay.harness.model import DriverBuild, runtime_file
from assay.harness.spec_json import spec_data
from assay.languages.entries.javascript import LANGUAGE as JAVASCRIPT
from assay.problems.function_spec import FunctionSpec, Kind, Method, Param, SpecKind, TypeRef

USER_FILE = "solution.js"
MAIN_FILE = "main.js"

_LEAVES = {
    Kind.INTEGER: "number",
    Kind.LONG: "number",
    Kind.DOUBLE: "number",
    Kind.BOOLEAN: "boolean",
    Kind.CHARACTER: "character",
    Kind.STRING: "string",
    Kind.VOID: "void",
    Kind.LIST_NODE: "ListNode",
    Kind.TREE_NODE: "TreeNode",
}

LIST_NODE_COMMENT = """/**
 * Definition for singly-linked list.
 * function ListNode(val, next) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.next = (next===undefined ? null : next)
 * }
 */
"""
TREE_NODE_COMMENT = """/**
 * Definition for a binary tree node.
 * function TreeNode(val, left, right) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.left = (left===undefined ? null : left)
 *     this.right = (right===undefined ? null : right)
 * }
 */
"""
EMPTY_BODY = "{\n    \n};\n"


def javascript_type(type_ref: TypeRef) -> str:
    if type_ref.element is not None:
        return f"{javascript_type(type_ref.element)}[]"
    return _LEAVES[type_ref.kind]


def node_comments(spec: FunctionSpec) -> str:
    types = spec.all_types()
    return "".join(
        comment
        for kind, comment in (
            (Kind.LIST_NODE, LIST_NODE_COMMENT),
            (Kind.TREE_NODE, TREE_NODE_COMMENT),
        )
        if any(t.contains(kind) for t in types)
    )


def _jsdoc(params: tuple[Param, ...], returns: TypeRef | None, note: str = "") -> str:
    lines = [f" * @param {{{javascript_type(p.type)}}} {p.name}\n" for p in params]
    if returns is not None:
        lines.append(f" * @return {{{javascript_type(returns)}}}{note}\n")
    return "/**\n" + "".join(lines) + " */\n" if lines else ""


def _arguments(params: tuple[Param, ...]) -> str:
    return ", ".join(p.name for p in params)


class JavaScriptHarness:
    language_ids = (JAVASCRIPT.id,)

    def unsupported(self, spec: FunctionSpec) -> str | None:
        return None

    def build(self, spec: FunctionSpec, user_source: str) -> DriverBuild:
        header = f"const SPEC = {json.dumps(spec_data(spec))};\n"
        main = header.encode() + runtime_file("javascript", MAIN_FILE)
        return DriverBuild(
            files={MAIN_FILE: main, USER_FILE: user_source.encode()},
            main_file=MAIN_FILE,
            user_file=USER_FILE,
            units=(USER_FILE,),  # so the syntax check covers the user's file too
        )

    def starter(self, spec: FunctionSpec) -> str:
        text = node_comments(spec)
        if spec.kind is SpecKind.DESIGN:
            return text + _design_starter(spec)
        note = ""
        if spec.output_param is not None and not spec.output_length_from_return:
            note = f" Do not return anything, modify {spec.output_param} in-place instead."
        text += _jsdoc(spec.params, spec.returns, note)
        return text + f"var {spec.name} = function({_arguments(spec.params)}) " + EMPTY_BODY


def _design_starter(spec: FunctionSpec) -> str:
    text = _jsdoc(spec.constructor, None)
    text += f"var {spec.name} = function({_arguments(spec.constructor)}) " + EMPTY_BODY
    for method in spec.methods:
        text += "\n" + _jsdoc(method.params, method.returns)
        text += f"{spec.name}.prototype.{method.name} = function({_arguments(method.params)}) "
        text += EMPTY_BODY
    return text + "\n" + _usage_comment(spec)


def _usage_comment(spec: FunctionSpec) -> str:
    text = f"/**\n * Your {spec.name} object will be instantiated and called as such:\n"
    text += f" * var obj = new {spec.name}({_arguments(spec.constructor)})\n"
    for index, method in enumerate(spec.methods, start=1):
        text += f" * {_usage_call(index, method)}\n"
    return text + " */\n"


def _usage_call(index: int, method: Method) -> str:
    call = f"obj.{method.name}({','.join(p.name for p in method.params)})"
    return call if method.returns.kind is Kind.VOID else f"var param_{index} = {call}"
