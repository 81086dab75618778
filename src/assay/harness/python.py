"""Python 3 (and PyPy): `main.py` is the runtime with the signature as data; the user's code is
`solution.py`, run with `exec(compile(source, "solution.py", "exec"))` so its lines are its own."""

from __future__ import annotations

from assay.harness.model import DriverBuild, runtime_file
from assay.harness.spec_json import spec_data
from assay.languages.entries.pypy3 import LANGUAGE as PYPY3
from assay.languages.entries.python3 import LANGUAGE as PYTHON3
from assay.problems.function_spec import FunctionSpec, Kind, Param, SpecKind, TypeRef

USER_FILE = "solution.py"

_LEAVES = {
    Kind.INTEGER: "int",
    Kind.LONG: "int",
    Kind.DOUBLE: "float",
    Kind.BOOLEAN: "bool",
    Kind.CHARACTER: "str",
    Kind.STRING: "str",
    Kind.VOID: "None",
    Kind.LIST_NODE: "Optional[ListNode]",
    Kind.TREE_NODE: "Optional[TreeNode]",
}

LIST_NODE_COMMENT = """# Definition for singly-linked list.
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next
"""
TREE_NODE_COMMENT = """# Definition for a binary tree node.
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right
"""


def python_type(type_ref: TypeRef) -> str:
    if type_ref.element is not None:
        return f"List[{python_type(type_ref.element)}]"
    return _LEAVES[type_ref.kind]


def node_comments(spec: FunctionSpec) -> str:
    types = spec.all_types()
    comments = [
        comment
        for kind, comment in (
            (Kind.LIST_NODE, LIST_NODE_COMMENT),
            (Kind.TREE_NODE, TREE_NODE_COMMENT),
        )
        if any(t.contains(kind) for t in types)
    ]
    return "".join(comment + "\n" for comment in comments)


def _signature(name: str, params: tuple[Param, ...], returns: TypeRef | None) -> str:
    args = "".join(f", {p.name}: {python_type(p.type)}" for p in params)
    arrow = "" if returns is None else f" -> {python_type(returns)}"
    return f"    def {name}(self{args}){arrow}:\n"


class PythonHarness:
    language_ids: tuple[str, ...] = (PYTHON3.id, PYPY3.id)

    def unsupported(self, spec: FunctionSpec) -> str | None:
        return None

    def build(self, spec: FunctionSpec, user_source: str) -> DriverBuild:
        header = f"SPEC = {spec_data(spec)!r}\n"
        main = header.encode() + runtime_file("python", "driver.py")
        return DriverBuild(
            files={"main.py": main, USER_FILE: user_source.encode()},
            main_file="main.py",
            user_file=USER_FILE,
            units=(USER_FILE,),
        )

    def starter(self, spec: FunctionSpec) -> str:
        text = node_comments(spec)
        if spec.kind is SpecKind.DESIGN:
            return text + _design_starter(spec)
        text += "class Solution:\n" + _signature(spec.name, spec.params, spec.returns)
        if spec.output_param is not None and not spec.output_length_from_return:
            note = f"Do not return anything, modify {spec.output_param} in-place instead."
            text += f'        """\n        {note}\n        """\n'
        return text + "        pass\n"


def _design_starter(spec: FunctionSpec) -> str:
    text = f"class {spec.name}:\n\n" + _signature("__init__", spec.constructor, None)
    text += "        pass\n"
    for method in spec.methods:
        text += "\n" + _signature(method.name, method.params, method.returns) + "        pass\n"
    args = ", ".join(p.name for p in spec.constructor)
    text += f"\n\n# Your {spec.name} object will be instantiated and called as such:\n"
    text += f"# obj = {spec.name}({args})\n"
    for index, method in enumerate(spec.methods, start=1):
        call_args = ", ".join(p.name for p in method.params)
        if method.returns.kind is Kind.VOID:
            text += f"# obj.{method.name}({call_args})\n"
        else:
            text += f"# param_{index} = obj.{method.name}({call_args})\n"
    return text
