"""Compile errors of a function-problem build, said in the user's terms.

The user's code is compiled inside a driver (a prelude, call glue). An error in the user's file is
shown as the compiler wrote it, minus the "In file included from main.cpp" line that points into
our glue. An error in the glue means the code does not fit the signature the judge calls (a
renamed method, a missing parameter), so the expected signature is added, as LeetCode does.
"""

from __future__ import annotations

import re

from assay.harness import DriverBuild
from assay.problems.function_spec import FunctionSpec, SpecKind, snake_case

INCLUDED_FROM = re.compile(r"^In file included from (main\.c|main\.cpp):\d+[:,]$")
NODE_REDEFINED = re.compile(
    r"redefinition of .?(struct )?(ListNode|TreeNode)|duplicate class: (ListNode|TreeNode)"
    r"|the name `(ListNode|TreeNode)` is defined multiple times|(ListNode|TreeNode) redeclared"
)


def explain_compile_errors(
    output: str, build: DriverBuild, spec: FunctionSpec, user_source: str, starter: str
) -> str:
    text = "\n".join(line for line in output.splitlines() if not INCLUDED_FROM.match(line))
    notes = []
    if NODE_REDEFINED.search(text):
        notes.append("ListNode and TreeNode are defined by the judge: remove your own definition.")
    elif _mentions_driver(text, build, user_source.count("\n") + 1):
        signature = expected_signature(spec, starter)
        notes.append(
            "Your code does not fit the call the judge makes"
            + (f"; it expects:\n    {signature}" if signature else ".")
        )
    return "\n\n".join([text, *notes]) if notes else text


def _mentions_driver(text: str, build: DriverBuild, user_lines: int) -> bool:
    driver_files = [name for name in build.files if name != build.user_file]
    if any(re.search(rf"(^|[\s/]){re.escape(name)}:\d+", text, re.M) for name in driver_files):
        return True
    # Rust: the driver follows the user's code in the same file.
    lines = re.findall(rf"{re.escape(build.user_file)}:(\d+)", text)
    return any(int(line) > user_lines for line in lines)


def expected_signature(spec: FunctionSpec, starter: str) -> str:
    """The starter's line that declares the function (or the design class)."""
    name = spec.name
    names = {name, snake_case(name), name[:1].upper() + name[1:]}
    for line in starter.splitlines():
        stripped = line.strip()
        if stripped.startswith(("#", "//", "*", "/*")):
            continue
        words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", stripped))
        if names & words and (spec.kind is SpecKind.DESIGN or "(" in stripped):
            return stripped.rstrip("{:").strip()
    return ""
