"""The JavaScript driver, run bare with node: stdin in, fd-3 records out (the protocol in
docs/function-problems.md)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from assay.harness.javascript import JavaScriptHarness
from assay.problems.function_spec import (
    FunctionSpec,
    Method,
    Param,
    SpecKind,
    parse_type,
)

NODE = shutil.which("node") or "/usr/bin/node"
pytestmark = pytest.mark.skipif(not os.path.exists(NODE), reason="node is not installed")
HARNESS = JavaScriptHarness()


# --- helpers --------------------------------------------------------------------------------


def params(*pairs: tuple[str, str]) -> tuple[Param, ...]:
    return tuple(Param(name, parse_type(text)) for name, text in pairs)


def function(name: str, args: list[tuple[str, str]], returns: str, **extra: Any) -> FunctionSpec:
    return FunctionSpec(
        kind=SpecKind.FUNCTION,
        name=name,
        params=params(*args),
        returns=parse_type(returns),
        **extra,
    )


TWO_SUM = function("twoSum", [("nums", "integer[]"), ("target", "integer")], "integer[]")
REVERSE_LIST = function("reverseList", [("head", "ListNode")], "ListNode")
MAX_DEPTH = function("maxDepth", [("root", "TreeNode")], "integer")
ROTATE = function("rotate", [("matrix", "integer[][]")], "void", output_param="matrix")
REMOVE_ELEMENT = function(
    "removeElement",
    [("nums", "integer[]"), ("val", "integer")],
    "integer",
    output_param="nums",
    output_length_from_return=True,
)
LRU_CACHE = FunctionSpec(
    kind=SpecKind.DESIGN,
    name="LRUCache",
    constructor=params(("capacity", "integer")),
    methods=(
        Method("get", params(("key", "integer")), parse_type("integer"), TWO_SUM.compare),
        Method(
            "put",
            params(("key", "integer"), ("value", "integer")),
            parse_type("void"),
            TWO_SUM.compare,
        ),
    ),
)
LRU_INPUT = (
    '["LRUCache","put","put","get","put","get","put","get","get","get"]\n'
    "[[2],[1,1],[2,2],[1],[3,3],[2],[4,4],[1],[3],[4]]\n"
)
LRU_ANSWER = [None, None, None, 1, None, -1, None, -1, 3, 4]


@dataclass
class Run:
    records: list[dict[str, Any]]
    stdout: str
    stderr: str
    returncode: int


def write_build(directory: Path, spec: FunctionSpec, source: str) -> None:
    build = HARNESS.build(spec, source)
    for name, content in build.files.items():
        (directory / name).write_bytes(content)


def start(directory: Path, result_fd: int, stdout: int) -> subprocess.Popen[bytes]:
    # As the judge does, a shell puts the result channel on fd 3 and execs the program (bash:
    # dash cannot name an fd above 9, and pytest's own fds push ours there).
    shell = f'exec 3>&{result_fd} {result_fd}>&-; exec "$@"'
    argv = ["/bin/bash", "-c", shell, "bash", NODE, "--max-old-space-size=512", "main.js"]
    return subprocess.Popen(
        argv,
        cwd=directory,
        stdin=subprocess.PIPE,
        stdout=stdout,
        stderr=subprocess.PIPE,
        pass_fds=(result_fd,),
    )


def read_in_background(fd: int) -> tuple[threading.Thread, list[bytes]]:
    chunks: list[bytes] = []

    def drain() -> None:
        with os.fdopen(fd, "rb") as stream:
            chunks.append(stream.read())

    thread = threading.Thread(target=drain)
    thread.start()
    return thread, chunks


def run(tmp_path: Path, spec: FunctionSpec, source: str, stdin: str) -> Run:
    write_build(tmp_path, spec, source)
    read_end, write_end = os.pipe()
    process = start(tmp_path, write_end, subprocess.PIPE)
    os.close(write_end)
    thread, chunks = read_in_background(read_end)
    stdout, stderr = process.communicate(stdin.encode(), timeout=60)
    thread.join(timeout=60)
    lines = chunks[0].decode().splitlines()
    return Run(
        [_without_offset(line) for line in lines],
        stdout.decode(),
        stderr.decode(),
        process.returncode,
    )


def _without_offset(line: str) -> dict[str, Any]:
    """A record without `o`, the stdout size (a pipe here: always 0)."""
    record: dict[str, Any] = json.loads(line)
    assert record.pop("o", 0) == 0
    return record


def run_merged(tmp_path: Path, spec: FunctionSpec, source: str, stdin: str) -> str:
    """fd 1 and fd 3 are one pipe, so the text shows the order in which bytes were written."""
    write_build(tmp_path, spec, source)
    read_end, write_end = os.pipe()
    process = start(tmp_path, write_end, write_end)
    os.close(write_end)
    thread, chunks = read_in_background(read_end)
    process.communicate(stdin.encode(), timeout=60)
    thread.join(timeout=60)
    return chunks[0].decode()


def values(result: Run) -> list[Any]:
    assert result.records[-1] == {"end": len(result.records) - 1}, result.stderr
    assert result.returncode == 0, result.stderr
    return [record.get("v", record.get("e")) for record in result.records[:-1]]


# --- values ---------------------------------------------------------------------------------

TWO_SUM_SOURCE = """/**
 * @param {number[]} nums
 * @param {number} target
 * @return {number[]}
 */
var twoSum = function(nums, target) {
    const seen = new Map();
    for (let i = 0; i < nums.length; i++) {
        if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
        seen.set(nums[i], i);
    }
    return [];
};
"""


def test_two_sum(tmp_path: Path) -> None:
    result = run(tmp_path, TWO_SUM, TWO_SUM_SOURCE, "[2,7,11,15]\n9\n[3,2,4]\n6\n")
    assert result.records == [{"t": 0, "v": [0, 1]}, {"t": 1, "v": [1, 2]}, {"end": 2}]


def test_reverse_list(tmp_path: Path) -> None:
    source = """var reverseList = function(head) {
    let previous = null;
    while (head) [head.next, previous, head] = [previous, head, head.next];
    return previous;
};
"""
    result = run(tmp_path, REVERSE_LIST, source, "[1,2,3,4,5]\n[]\n[7]\n")
    assert values(result) == [[5, 4, 3, 2, 1], [], [7]]


def test_max_depth_tree(tmp_path: Path) -> None:
    source = """var maxDepth = function(root) {
    return root === null ? 0 : 1 + Math.max(maxDepth(root.left), maxDepth(root.right));
};
"""
    result = run(tmp_path, MAX_DEPTH, source, "[3,9,20,null,null,15,7]\n[]\n[1,null,2]\n")
    assert values(result) == [3, 0, 2]


def test_tree_is_serialized_in_canonical_level_order(tmp_path: Path) -> None:
    spec = function("same", [("root", "TreeNode")], "TreeNode")
    source = "var same = function(root) { return root; };\n"
    trees = [[3, 9, 20, None, None, 15, 7], [], [1, None, 2, 3], [5, 4, None, 3, None, 2]]
    stdin = "".join(json.dumps(tree, separators=(",", ":")) + "\n" for tree in trees)
    assert values(run(tmp_path, spec, source, stdin)) == trees


def test_list_of_lists_of_strings(tmp_path: Path) -> None:
    spec = function("groupAnagrams", [("strs", "string[]")], "list<list<string>>")
    source = """var groupAnagrams = function(strs) {
    const groups = new Map();
    for (const s of strs) {
        const key = [...s].sort().join("");
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(s);
    }
    return [...groups.values()];
};
"""
    result = run(tmp_path, spec, source, '["eat","tea","tan","ate","nat","bat"]\n[""]\n')
    assert values(result) == [[["eat", "tea", "ate"], ["tan", "nat"], ["bat"]], [[""]]]


@pytest.mark.parametrize(
    ("type_text", "value"),
    [
        ("integer", 2147483647),
        ("integer", -2147483648),
        ("long", 9007199254740991),
        ("long", -9007199254740991),
        ("double", 1e-300),
        ("double", -2.5),
        ("double", 0.1),
        ("boolean", True),
        ("boolean", False),
        ("character", "a"),
        ("string", '"\\\n\u0001é'),
        ("string", ""),
        ("character[][]", [["a", "b"], []]),
        ("list<integer[]>", [[1, 2], [3]]),
        ("ListNode[]", [[1, 2], [], [3]]),
    ],
)
def test_identity_round_trip(tmp_path: Path, type_text: str, value: Any) -> None:
    spec = function("same", [("x", type_text)], type_text)
    source = "var same = function(x) { return x; };\n"
    assert values(run(tmp_path, spec, source, json.dumps(value) + "\n")) == [value]


def test_in_place_matrix(tmp_path: Path) -> None:
    source = """/**
 * @param {number[][]} matrix
 * @return {void} Do not return anything, modify matrix in-place instead.
 */
var rotate = function(matrix) {
    const n = matrix.length;
    const copy = matrix.map(row => row.slice());
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) matrix[j][n - 1 - i] = copy[i][j];
    return 42;
};
"""
    result = run(tmp_path, ROTATE, source, "[[1,2,3],[4,5,6],[7,8,9]]\n[[1]]\n")
    assert values(result) == [[[7, 4, 1], [8, 5, 2], [9, 6, 3]], [[1]]]


def test_output_length(tmp_path: Path) -> None:
    source = """var removeElement = function(nums, val) {
    if (val === 99) return nums.length + 1;
    let k = 0;
    for (const x of nums) if (x !== val) nums[k++] = x;
    return k;
};
"""
    result = run(tmp_path, REMOVE_ELEMENT, source, "[3,2,2,3]\n3\n[]\n0\n[1]\n99\n")
    first, second, third = values(result)
    assert (first, second) == ([2, 2], [])
    assert third["kind"] == "size"


# --- design problems ------------------------------------------------------------------------

LRU_PROTOTYPE = """/**
 * @param {number} capacity
 */
var LRUCache = function(capacity) {
    this.capacity = capacity;
    this.map = new Map();
};

LRUCache.prototype.get = function(key) {
    if (!this.map.has(key)) return -1;
    const value = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value);
    return value;
};

LRUCache.prototype.put = function(key, value) {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value);
};
"""

LRU_CLASS = """class LRUCache {
    constructor(capacity) {
        this.capacity = capacity;
        this.map = new Map();
    }
    get(key) {
        if (!this.map.has(key)) return -1;
        const value = this.map.get(key);
        this.map.delete(key);
        this.map.set(key, value);
        return value;
    }
    put(key, value) {
        this.map.delete(key);
        this.map.set(key, value);
        if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value);
        return "ignored: put is void";
    }
}
"""


@pytest.mark.parametrize("source", [LRU_PROTOTYPE, LRU_CLASS], ids=["prototype", "class"])
def test_design_lru_cache(tmp_path: Path, source: str) -> None:
    result = run(tmp_path, LRU_CACHE, source, LRU_INPUT * 2)
    assert values(result) == [LRU_ANSWER, LRU_ANSWER]


def test_design_exception_names_the_call(tmp_path: Path) -> None:
    source = LRU_CLASS.replace(
        "if (!this.map.has(key)) return -1;", "if (key === 2) throw new Error('no 2');"
    )
    result = run(tmp_path, LRU_CACHE, source, LRU_INPUT + LRU_INPUT)
    first = result.records[0]
    assert first["call"] == 5
    assert first["e"]["type"] == "Error"
    assert first["e"]["msg"] == "no 2"
    assert first["e"]["at"] == [["solution.js", 7, "LRUCache.get"]]
    assert result.records[1]["call"] == 5


def test_design_unknown_method_is_an_exception(tmp_path: Path) -> None:
    source = LRU_CLASS.replace("    get(key) {", "    fetch(key) {")
    result = run(tmp_path, LRU_CACHE, source, LRU_INPUT)
    assert result.records[0]["call"] == 3
    assert result.records[0]["e"]["type"] == "TypeError"
    assert "get" in result.records[0]["e"]["msg"]


# --- errors ---------------------------------------------------------------------------------


def test_exception_in_one_test_names_the_line_and_the_next_test_runs(tmp_path: Path) -> None:
    source = """function helper(nums) {
    const missing = null;
    return missing.length + nums.length;
}
var twoSum = function(nums, target) {
    if (target === 0) return [helper(nums)];
    return [0, 1];
};
"""
    result = run(tmp_path, TWO_SUM, source, "[1,2]\n3\n[1,2]\n0\n[1,2]\n3\n")
    assert result.records[0] == {"t": 0, "v": [0, 1]}
    error = result.records[1]["e"]
    assert error["kind"] == "exception"
    assert error["type"] == "TypeError"
    assert "length" in error["msg"]
    assert error["at"] == [["solution.js", 6, "twoSum"], ["solution.js", 3, "helper"]]
    assert result.records[2:] == [{"t": 2, "v": [0, 1]}, {"end": 3}]


def test_thrown_non_error_value(tmp_path: Path) -> None:
    source = "var twoSum = function(nums, target) { throw 'plain text'; };\n"
    result = run(tmp_path, TWO_SUM, source, "[1]\n1\n")
    assert result.records[0]["e"] == {
        "kind": "exception",
        "type": "string",
        "msg": "plain text",
        "at": [],
    }


@pytest.mark.parametrize(
    ("returns", "returned", "kind"),
    [
        ("integer", "2 ** 31", "type"),
        ("integer", "1.5", "type"),
        ("integer", "'1'", "type"),
        ("integer", "undefined", "type"),
        ("long", "2 ** 63", "type"),
        ("double", "NaN", "type"),
        ("double", "Infinity", "type"),
        ("integer[]", "null", "type"),
        ("integer[]", "undefined", "type"),
        ("integer[]", "[1, null]", "type"),
        ("string", "null", "type"),
        ("character", "'ab'", "type"),
        ("boolean", "0", "type"),
        ("ListNode", "[1, 2]", "type"),
        ("ListNode", "(() => { const a = new ListNode(1); a.next = a; return a; })()", "cycle"),
        ("TreeNode", "(() => { const t = new TreeNode(1); t.left = t; return t; })()", "cycle"),
    ],
)
def test_results_that_do_not_fit_the_type(
    tmp_path: Path, returns: str, returned: str, kind: str
) -> None:
    spec = function("make", [("x", "integer")], returns)
    source = f"var make = function(x) {{ return {returned}; }};\n"
    [error] = values(run(tmp_path, spec, source, "1\n"))
    assert error["kind"] == kind


def test_oversized_list_is_a_size_error(tmp_path: Path) -> None:
    spec = function("make", [("x", "integer")], "ListNode")
    source = """var make = function(x) {
    let head = null;
    for (let i = 0; i <= 1000000; i++) head = new ListNode(1, head);
    return head;
};
"""
    [error] = values(run(tmp_path, spec, source, "1\n"))
    assert error["kind"] == "size"


def test_null_list_and_tree_are_empty(tmp_path: Path) -> None:
    spec = function("make", [("x", "integer")], "ListNode[]")
    source = "var make = function(x) { return [null, undefined, new ListNode()]; };\n"
    assert values(run(tmp_path, spec, source, "1\n")) == [[[], [], [0]]]


def test_stack_overflow_is_an_exception(tmp_path: Path) -> None:
    spec = function("down", [("n", "integer")], "integer")
    source = "var down = function(n) {\n    return down(n + 1) + 1;\n};\n"
    result = run(tmp_path, spec, source, "1\n2\n")
    first, second = values(result)
    assert first["type"] == second["type"] == "RangeError"
    assert first["msg"] == "Maximum call stack size exceeded"
    assert first["at"][-1] == ["solution.js", 2, "down"]


# --- the user's code ------------------------------------------------------------------------


def test_top_level_const_let_and_arrow_functions_are_found(tmp_path: Path) -> None:
    source = "let offset = 1;\nconst twoSum = (nums, target) => [0, offset];\n"
    assert values(run(tmp_path, TWO_SUM, source, "[1,2]\n3\n")) == [[0, 1]]


def test_a_missing_function_is_an_exception_in_every_test(tmp_path: Path) -> None:
    source = "var twoSums = function(nums, target) { return []; };\n"
    first, second = values(run(tmp_path, TWO_SUM, source, "[1]\n1\n[2]\n2\n"))
    assert first["type"] == second["type"] == "ReferenceError"


def test_require_and_node_classes_are_available(tmp_path: Path) -> None:
    spec = function("make", [("x", "integer")], "TreeNode")
    source = """const assert = require("assert");
var make = function(x) {
    assert.strictEqual(x, 2);
    return new TreeNode(x, null, new TreeNode(3));
};
"""
    assert values(run(tmp_path, spec, source, "2\n")) == [[2, None, 3]]


def test_user_output_arrives_before_each_record(tmp_path: Path) -> None:
    source = """var twoSum = function(nums, target) {
    console.log("test", target);
    process.stdout.write("no newline");
    console.error("to stderr");
    return [target];
};
"""
    text = run_merged(tmp_path, TWO_SUM, source, "[1]\n1\n[1]\n2\n").replace(',"o":0', "")
    assert (
        text == 'test 1\nno newline{"t":0,"v":[1]}\ntest 2\nno newline{"t":1,"v":[2]}\n{"end":2}\n'
    )


def test_stderr_is_kept(tmp_path: Path) -> None:
    source = "var twoSum = function(nums, target) { console.error('warn', target); return []; };\n"
    result = run(tmp_path, TWO_SUM, source, "[1]\n1\n")
    assert result.stderr == "warn 1\n"
    assert result.stdout == ""


def test_a_stray_stdin_read_cannot_eat_the_next_test(tmp_path: Path) -> None:
    source = """var twoSum = function(nums, target) {
    const rest = require("fs").readFileSync(0, "utf8");
    return [rest.length, target];
};
"""
    assert values(run(tmp_path, TWO_SUM, source, "[1]\n1\n[1]\n2\n")) == [[0, 1], [0, 2]]


def test_top_level_error_ends_the_run_without_end(tmp_path: Path) -> None:
    source = "\nundefinedFunction();\nvar twoSum = function(nums, target) { return []; };\n"
    result = run(tmp_path, TWO_SUM, source, "[1]\n1\n")
    assert result.records == []
    assert result.returncode == 1
    assert "solution.js:2" in result.stderr


def test_exit_during_a_test_leaves_no_end_record(tmp_path: Path) -> None:
    source = "var twoSum = function(nums, target) { process.exit(0); };\n"
    result = run(tmp_path, TWO_SUM, source, "[1]\n1\n")
    assert result.records == []


def test_recursion_depth_of_ten_to_the_fifth(tmp_path: Path) -> None:
    spec = function("depth", [("n", "integer")], "integer")
    source = "var depth = function(n) { return n === 0 ? 0 : 1 + depth(n - 1); };\n"
    assert values(run(tmp_path, spec, source, "100000\n")) == [100000]


def test_recursive_reverse_of_a_long_list(tmp_path: Path) -> None:
    source = """var reverseList = function(head) {
    if (head === null || head.next === null) return head;
    const rest = reverseList(head.next);
    head.next.next = head;
    head.next = null;
    return rest;
};
"""
    numbers = list(range(100000))
    result = run(tmp_path, REVERSE_LIST, source, json.dumps(numbers) + "\n")
    assert values(result) == [numbers[::-1]]


# --- starter code ---------------------------------------------------------------------------


def test_two_sum_starter_text() -> None:
    assert HARNESS.starter(TWO_SUM) == (
        "/**\n * @param {number[]} nums\n * @param {number} target\n * @return {number[]}\n */\n"
        "var twoSum = function(nums, target) {\n    \n};\n"
    )


def test_node_starters_carry_leetcode_definitions() -> None:
    assert " * function ListNode(val, next) {\n" in HARNESS.starter(REVERSE_LIST)
    assert "this.right = (right===undefined ? null : right)" in HARNESS.starter(MAX_DEPTH)
    assert "TreeNode" not in HARNESS.starter(REVERSE_LIST)


def test_in_place_starter_says_not_to_return() -> None:
    starter = HARNESS.starter(ROTATE)
    expected = " * @return {void} Do not return anything, modify matrix in-place instead.\n"
    assert expected in starter


def test_design_starter_text() -> None:
    starter = HARNESS.starter(LRU_CACHE)
    assert starter.startswith(
        "/**\n * @param {number} capacity\n */\nvar LRUCache = function(capacity) {\n    \n};\n"
    )
    assert (
        "/**\n * @param {number} key\n * @param {number} value\n * @return {void}\n */\n"
        "LRUCache.prototype.put = function(key, value) {\n    \n};\n"
    ) in starter
    assert starter.endswith(
        "/**\n * Your LRUCache object will be instantiated and called as such:\n"
        " * var obj = new LRUCache(capacity)\n * var param_1 = obj.get(key)\n"
        " * obj.put(key,value)\n */\n"
    )


@pytest.mark.parametrize(
    ("spec", "stdin", "expected"),
    [
        (TWO_SUM, "[1]\n1\n", [{"kind": "type"}]),
        (REVERSE_LIST, "[1,2]\n", [[]]),
        (MAX_DEPTH, "[1]\n", [{"kind": "type"}]),
        (ROTATE, "[[1,2],[3,4]]\n", [[[1, 2], [3, 4]]]),
        (REMOVE_ELEMENT, "[1]\n1\n", [{"kind": "type"}]),
        (LRU_CACHE, LRU_INPUT, [{"kind": "type", "call": 3}]),
    ],
    ids=["two-sum", "reverse-list", "max-depth", "rotate", "remove-element", "lru"],
)
def test_starter_runs_and_gives_wrong_answers(
    tmp_path: Path, spec: FunctionSpec, stdin: str, expected: list[Any]
) -> None:
    result = run(tmp_path, spec, HARNESS.starter(spec), stdin)
    assert result.returncode == 0, result.stderr
    got = []
    for record in result.records[:-1]:
        if "e" in record:
            got.append(
                {
                    "kind": record["e"]["kind"],
                    **({"call": record["call"]} if "call" in record else {}),
                }
            )
        else:
            got.append(record["v"])
    assert got == expected


def test_build_layout() -> None:
    build = HARNESS.build(TWO_SUM, "var twoSum = 1;\n")
    assert build.main_file == "main.js"
    assert build.user_file == "solution.js"
    assert build.units == ("solution.js",)
    assert build.files["solution.js"] == b"var twoSum = 1;\n"
    assert build.files["main.js"].startswith(b'const SPEC = {"kind": "function", "name": "twoSum"')


def test_syntax_check_covers_both_files(tmp_path: Path) -> None:
    write_build(tmp_path, TWO_SUM, "var twoSum = function(nums, target) {\n    return [;\n};\n")
    main = subprocess.run(
        [NODE, "--check", "main.js"], cwd=tmp_path, capture_output=True, check=False
    )
    user = subprocess.run(
        [NODE, "--check", "solution.js"], cwd=tmp_path, capture_output=True, check=False
    )
    assert main.returncode == 0, main.stderr
    assert user.returncode != 0
    assert b"solution.js:2" in user.stderr
