"""Go and Rust drivers: built from signatures, compiled bare as the language entries compile them,
run with fd 3 on the same pipe as stdout, and their records checked exactly.

Stdout and fd 3 share one pipe, so the text before a record is what the user printed before it: a
driver that did not flush before writing the record would show it later.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from assay.harness.go import GoHarness, with_package_clause
from assay.harness.model import DriverBuild
from assay.harness.rust import RustHarness
from assay.problems.function_spec import Compare, FunctionSpec, Method, Param, SpecKind, parse_type

# --- signatures ---------------------------------------------------------------------------------


def _params(*pairs: tuple[str, str]) -> tuple[Param, ...]:
    return tuple(Param(name, parse_type(type_text)) for name, type_text in pairs)


def function(name: str, params: tuple[Param, ...], returns: str, **output: Any) -> FunctionSpec:
    return FunctionSpec(
        kind=SpecKind.FUNCTION, name=name, params=params, returns=parse_type(returns), **output
    )


def method(name: str, returns: str, *params: tuple[str, str]) -> Method:
    return Method(name, _params(*params), parse_type(returns), Compare())


TWO_SUM = function("twoSum", _params(("nums", "integer[]"), ("target", "integer")), "integer[]")
REVERSE_LIST = function("reverseList", _params(("head", "ListNode")), "ListNode")
ROTATE = function("rotate", _params(("matrix", "integer[][]")), "void", output_param="matrix")
REMOVE_ELEMENT = function(
    "removeElement",
    _params(("nums", "integer[]"), ("val", "integer")),
    "integer",
    output_param="nums",
    output_length_from_return=True,
)
# LRU Cache, with extra methods so one design program covers every type.
CACHE = FunctionSpec(
    kind=SpecKind.DESIGN,
    name="LRUCache",
    constructor=_params(("capacity", "integer")),
    methods=(
        method("get", "integer", ("key", "integer")),
        method("put", "void", ("key", "integer"), ("value", "integer")),
        method("mirror", "TreeNode", ("root", "TreeNode")),
        method("depth", "integer", ("root", "TreeNode")),
        method("grid", "list<list<integer>>", ("n", "integer")),
        method("shout", "string", ("text", "string")),
        method("succ", "character", ("c", "character")),
        method("negate", "boolean", ("flag", "boolean")),
        method("root", "double", ("x", "double")),
        method("total", "long", ("x", "long")),
        method("chars", "character[]", ("text", "string")),
    ),
)

# --- the users' programs (a `PANICS` comment marks the line a test expects in a stack frame) ----

GO_TWO_SUM = """import "fmt"

// No package clause, as on LeetCode: the driver prepends one on this same line 1.
func twoSum(nums []int, target int) []int {
	fmt.Printf("<call %d>", target)
	seen := map[int]int{}
	for i, x := range nums {
		if j, ok := seen[target-x]; ok {
			return []int{j, i}
		}
		seen[x] = i
	}
	return []int{nums[len(nums)]} // PANICS
}
"""
RUST_TWO_SUM = """use std::collections::HashMap;

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        print!("<call {}>", target);
        let mut seen = HashMap::new();
        for (i, &x) in nums.iter().enumerate() {
            if let Some(&j) = seen.get(&(target - x)) {
                return vec![j as i32, i as i32];
            }
            seen.insert(x, i);
        }
        vec![nums[nums.len()]] // PANICS
    }
}"""
GO_REVERSE_LIST = """// A head of 99 makes a cycle.
package main

func reverseList(head *ListNode) *ListNode {
	if head != nil && head.Val == 99 {
		head.Next.Next = head
		return head
	}
	var previous *ListNode
	for head != nil {
		next := head.Next
		head.Next = previous
		previous = head
		head = next
	}
	return previous
}
"""
RUST_REVERSE_LIST = """impl Solution {
    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        if head.as_ref().map(|node| node.val) == Some(99) {
            let missing: Option<i32> = None;
            missing.unwrap(); // PANICS
        }
        let mut head = head;
        let mut previous = None;
        while let Some(mut node) = head {
            head = node.next.take();
            node.next = previous;
            previous = Some(node);
        }
        previous
    }
}
"""
GO_ROTATE = """func rotate(matrix [][]int) {
	n := len(matrix)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
		}
	}
	for _, row := range matrix {
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			row[i], row[j] = row[j], row[i]
		}
	}
}
"""
RUST_ROTATE = """impl Solution {
    pub fn rotate(matrix: &mut Vec<Vec<i32>>) {
        let n = matrix.len();
        for i in 0..n {
            for j in i + 1..n {
                let t = matrix[i][j];
                matrix[i][j] = matrix[j][i];
                matrix[j][i] = t;
            }
        }
        for row in matrix.iter_mut() {
            row.reverse();
        }
    }
}
"""
GO_REMOVE_ELEMENT = """func removeElement(nums []int, val int) int {
	k := 0
	for _, x := range nums {
		if x != val {
			nums[k] = x
			k++
		}
	}
	if val == 42 {
		return -1
	}
	return k
}
"""
RUST_REMOVE_ELEMENT = """impl Solution {
    pub fn remove_element(nums: &mut Vec<i32>, val: i32) -> i32 {
        nums.retain(|&x| x != val);
        if val == 42 { -1 } else { nums.len() as i32 }
    }
}
"""
GO_CACHE = """import (
	"fmt"
	"math"
	"strings"
)

type LRUCache struct {
	capacity int
	order    []int
	values   map[int]int
	sum      int64
}

func Constructor(capacity int) LRUCache {
	return LRUCache{capacity: capacity, values: map[int]int{}}
}

func (this *LRUCache) touch(key int) {
	for i, k := range this.order {
		if k == key {
			this.order = append(this.order[:i], this.order[i+1:]...)
			break
		}
	}
	this.order = append(this.order, key)
}

func (this *LRUCache) Get(key int) int {
	if key < 0 {
		panic(fmt.Sprintf("negative key %d", key)) // PANICS
	}
	value, ok := this.values[key]
	if !ok {
		return -1
	}
	this.touch(key)
	return value
}

func (this *LRUCache) Put(key int, value int) {
	if _, ok := this.values[key]; !ok && len(this.values) == this.capacity {
		delete(this.values, this.order[0])
		this.order = this.order[1:]
	}
	this.values[key] = value
	this.touch(key)
}

func (this *LRUCache) Mirror(root *TreeNode) *TreeNode {
	if root == nil {
		return nil
	}
	root.Left, root.Right = this.Mirror(root.Right), this.Mirror(root.Left)
	return root
}

func (this *LRUCache) Depth(root *TreeNode) int {
	if root == nil {
		return 0
	}
	return 1 + max(this.Depth(root.Left), this.Depth(root.Right))
}

func max(a, b int) int { // the user's own max: the runtime must not clash with it
	if a > b {
		return a
	}
	return b
}

func (this *LRUCache) Grid(n int) [][]int {
	var grid [][]int
	for i := 0; i < n; i++ {
		row := make([]int, n)
		for j := range row {
			row[j] = i * j
		}
		grid = append(grid, row)
	}
	return grid
}

func (this *LRUCache) Shout(text string) string { return strings.ToUpper(text) }
func (this *LRUCache) Succ(c byte) byte          { return c + 1 }
func (this *LRUCache) Negate(flag bool) bool     { return !flag }
func (this *LRUCache) Root(x float64) float64    { return math.Sqrt(x) }
func (this *LRUCache) Total(x int64) int64       { this.sum += x; return this.sum }
func (this *LRUCache) Chars(text string) []byte  { return []byte(text) }
"""
RUST_CACHE = """use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

struct LRUCache {
    capacity: usize,
    order: Vec<i32>,
    values: HashMap<i32, i32>,
    sum: i64,
}

// Some methods take `&self` (LeetCode's stub), some `&mut self`: the driver calls both.
impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache { capacity: capacity as usize, order: vec![], values: HashMap::new(), sum: 0 }
    }

    fn touch(&mut self, key: i32) {
        self.order.retain(|&k| k != key);
        self.order.push(key);
    }

    fn get(&mut self, key: i32) -> i32 {
        if key < 0 {
            panic!("negative key {}", key); // PANICS
        }
        match self.values.get(&key).copied() {
            Some(value) => {
                self.touch(key);
                value
            }
            None => -1,
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        if !self.values.contains_key(&key) && self.values.len() == self.capacity {
            let oldest = self.order.remove(0);
            self.values.remove(&oldest);
        }
        self.values.insert(key, value);
        self.touch(key);
    }

    fn mirror(&self, root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        if let Some(node) = &root {
            let mut node = node.borrow_mut();
            let (left, right) = (node.left.take(), node.right.take());
            node.left = self.mirror(right);
            node.right = self.mirror(left);
        }
        root
    }

    fn depth(&self, root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        match root {
            None => 0,
            Some(node) => {
                let node = node.borrow();
                1 + self.depth(node.left.clone()).max(self.depth(node.right.clone()))
            }
        }
    }

    fn grid(&self, n: i32) -> Vec<Vec<i32>> {
        (0..n).map(|i| (0..n).map(|j| i * j).collect()).collect()
    }

    fn shout(&self, text: String) -> String {
        text.to_uppercase()
    }

    fn succ(&self, c: char) -> char {
        (c as u8 + 1) as char
    }

    fn negate(&self, flag: bool) -> bool {
        !flag
    }

    fn root(&self, x: f64) -> f64 {
        x.sqrt()
    }

    fn total(&mut self, x: i64) -> i64 {
        self.sum += x;
        self.sum
    }

    fn chars(&self, text: String) -> Vec<char> {
        text.chars().collect()
    }
}
"""

HARNESSES = {"go": GoHarness(), "rust": RustHarness()}
STARTER = "starter"
PROGRAMS: dict[str, tuple[FunctionSpec, dict[str, str]]] = {
    "two_sum": (TWO_SUM, {"go": GO_TWO_SUM, "rust": RUST_TWO_SUM}),
    "reverse_list": (REVERSE_LIST, {"go": GO_REVERSE_LIST, "rust": RUST_REVERSE_LIST}),
    "rotate": (ROTATE, {"go": GO_ROTATE, "rust": RUST_ROTATE}),
    "remove_element": (REMOVE_ELEMENT, {"go": GO_REMOVE_ELEMENT, "rust": RUST_REMOVE_ELEMENT}),
    "cache": (CACHE, {"go": GO_CACHE, "rust": RUST_CACHE}),
    "cache_starter": (CACHE, {"go": STARTER, "rust": STARTER}),
}
LANGUAGES = ["go", "rust"]
TOOLCHAINS = {"go": "go", "rust": "rustc"}


def panic_line(source: str) -> int:
    return next(i for i, line in enumerate(source.split("\n"), 1) if "// PANICS" in line)


# --- compiling and running, bare ------------------------------------------------------------


def _compile_argv(language: str, build: DriverBuild) -> list[str]:
    if language == "go":
        return ["go", "build", "-o", "main", build.main_file, *build.units]
    return ["rustc", "--edition=2021", "-O", "-o", "main", build.main_file]


def _compile(language: str, program: str, root: Path) -> Path | str:
    """The binary, or the compiler's messages."""
    spec, sources = PROGRAMS[program]
    harness = HARNESSES[language]
    source = sources[language]
    build = harness.build(spec, harness.starter(spec) if source == STARTER else source)
    directory = root / f"{language}-{program}"
    directory.mkdir()
    for name, data in build.files.items():
        (directory / name).write_bytes(data)
    env = dict(
        os.environ,
        GOCACHE=str(root / "gocache"),
        GOPATH=str(root / "gopath"),
        GO111MODULE="off",
        CGO_ENABLED="0",
        GOFLAGS="-buildvcs=false",
    )
    argv = _compile_argv(language, build)
    done = subprocess.run(argv, cwd=directory, env=env, capture_output=True, text=True, check=False)
    return directory / "main" if done.returncode == 0 else done.stderr


@pytest.fixture(scope="module")
def binaries(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path | str]:
    """Every program in both languages, compiled in parallel (a toolchain missing: skipped)."""
    root = tmp_path_factory.mktemp("drivers")
    jobs = [
        (language, program)
        for language in LANGUAGES
        if shutil.which(TOOLCHAINS[language])
        for program in PROGRAMS
    ]
    with ThreadPoolExecutor(max_workers=4) as pool:
        built = pool.map(lambda job: _compile(*job, root), jobs)
        return dict(zip(jobs, built, strict=True))


@dataclass(frozen=True)
class Run:
    records: list[dict[str, Any]]
    printed: list[str]  # what the program printed before each record
    returncode: int
    stderr: str


RECORD_START = re.compile(r'\{"(?:t|end)":')


def _split_output(output: str) -> tuple[list[dict[str, Any]], list[str]]:
    records, printed = [], []
    for line in output.split("\n")[:-1]:
        start = RECORD_START.search(line)
        assert start is not None, f"a line without a record: {line!r}"
        printed.append(line[: start.start()])
        record = json.loads(line[start.start() :])
        record.pop("o", None)  # the stdout size: a pipe's here
        records.append(record)
    return records, printed


def _fd3_is_stdout() -> None:
    os.dup2(1, 3)


def run(binary: Path, tests: list[list[Any]]) -> Run:
    stdin = "".join(json.dumps(value, separators=(",", ":")) + "\n" for t in tests for value in t)
    done = subprocess.run(
        [str(binary)],
        input=stdin.encode(),
        capture_output=True,
        pass_fds=(3,),  # keeps the fd 3 that _fd3_is_stdout makes in the child
        preexec_fn=_fd3_is_stdout,
        timeout=60,
        check=False,
    )
    records, printed = _split_output(done.stdout.decode())
    return Run(records, printed, done.returncode, done.stderr.decode())


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def runner(
    binaries: dict[tuple[str, str], Path | str], language: str
) -> Callable[[str, list[list[Any]]], Run]:
    def run_program(program: str, tests: list[list[Any]]) -> Run:
        if (language, program) not in binaries:
            pytest.skip(f"{TOOLCHAINS[language]} is not installed")
        binary = binaries[language, program]
        assert isinstance(binary, Path), f"{language} {program} did not compile:\n{binary}"
        result = run(binary, tests)
        assert result.returncode == 0, result.stderr
        return result

    return run_program


def go_panic(panic_type: str, msg: str, function_name: str, line: int) -> dict[str, Any]:
    return {
        "kind": "exception",
        "type": panic_type,
        "msg": msg,
        "at": [["solution.go", line, function_name]],
    }


def rust_panic(msg: str, line: int) -> dict[str, Any]:
    """Rust has no exception types, and a panic knows only its own location."""
    return {"kind": "exception", "type": "panic", "msg": msg, "at": [["solution.rs", line, ""]]}


def fault(kind: str, msg: str) -> dict[str, Any]:
    return {"kind": kind, "type": "", "msg": msg, "at": []}


# --- function problems ---------------------------------------------------------------------


def test_two_sum_panic_in_test_2_names_the_user_line_and_test_3_still_runs(
    runner: Callable[[str, list[list[Any]]], Run], language: str
) -> None:
    result = runner("two_sum", [[[2, 7, 11, 15], 9], [[1, 2], 100], [[3, 3], 6]])
    if language == "go":
        message = "index out of range [2] with length 2"
        error = go_panic("runtime error", message, "twoSum", panic_line(GO_TWO_SUM))
    else:
        message = "index out of bounds: the len is 2 but the index is 2"
        error = rust_panic(message, panic_line(RUST_TWO_SUM))
    assert result.records == [
        {"t": 0, "v": [0, 1]},
        {"t": 1, "e": error},
        {"t": 2, "v": [0, 1]},
        {"end": 3},
    ]


def test_user_stdout_is_flushed_before_each_record(
    runner: Callable[[str, list[list[Any]]], Run],
) -> None:
    result = runner("two_sum", [[[2, 7, 11, 15], 9], [[1, 2], 100], [[3, 3], 6]])
    assert result.printed == ["<call 9>", "<call 100>", "<call 6>", ""]


def test_reverse_list(runner: Callable[[str, list[list[Any]]], Run], language: str) -> None:
    long_list = list(range(100_000))
    result = runner("reverse_list", [[[1, 2, 3, 4, 5]], [[]], [[99, 1]], [long_list]])
    if language == "go":  # a Go list can loop
        special = fault("cycle", "the returned ListNode has a cycle")
    else:  # a Box list cannot: the Rust program panics there instead
        message = "called `Option::unwrap()` on a `None` value"
        special = rust_panic(message, panic_line(RUST_REVERSE_LIST))
    assert result.records == [
        {"t": 0, "v": [5, 4, 3, 2, 1]},
        {"t": 1, "v": []},
        {"t": 2, "e": special},
        {"t": 3, "v": long_list[::-1]},
        {"end": 4},
    ]


def test_in_place_output_param(runner: Callable[[str, list[list[Any]]], Run]) -> None:
    result = runner("rotate", [[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]], [[[1]]], [[]]])
    assert result.records == [
        {"t": 0, "v": [[7, 4, 1], [8, 5, 2], [9, 6, 3]]},
        {"t": 1, "v": [[1]]},
        {"t": 2, "v": []},
        {"end": 3},
    ]


def test_output_length_keeps_the_first_k_items(
    runner: Callable[[str, list[list[Any]]], Run],
) -> None:
    tests = [[[3, 2, 2, 3], 3], [[0, 1, 2, 2, 3, 0, 4, 2], 2], [[1], 42]]
    result = runner("remove_element", tests)
    assert result.records == [
        {"t": 0, "v": [2, 2]},
        {"t": 1, "v": [0, 1, 3, 0, 4]},
        {"t": 2, "e": fault("size", "returned length -1 is outside 0..1")},
        {"end": 3},
    ]


# --- a design problem ----------------------------------------------------------------------

LRU_TEST = [
    ["LRUCache", "put", "put", "get", "put", "get", "put", "get", "get", "get"],
    [[2], [1, 1], [2, 2], [1], [3, 3], [2], [4, 4], [1], [3], [4]],
]
# One call per type: (operation, arguments, what the program returns, what the starter returns).
TYPE_CALLS: list[tuple[str, list[Any], Any, Any]] = [
    ("LRUCache", [1], None, None),
    ("mirror", [[1, 2, 3, None, 4]], [1, 3, 2, None, None, 4], []),
    ("depth", [[3, 9, 20, None, None, 15, 7]], 3, 0),
    ("grid", [3], [[0, 0, 0], [0, 1, 2], [0, 2, 4]], []),
    ("grid", [0], [], []),  # Go: a nil slice is []
    ("shout", ['a"b\\c\nd\u0001é'], 'A"B\\C\nD\u0001É', ""),
    ("succ", ["a"], "b", "\u0000"),
    ("negate", [True], False, False),
    ("root", [2.25], 1.5, 0.0),
    ("total", [2**62], 2**62, 0),
    ("total", [-1], 2**62 - 1, 0),
    ("chars", ["hey"], ["h", "e", "y"], []),
]
TYPES_TEST = [[call[0] for call in TYPE_CALLS], [call[1] for call in TYPE_CALLS]]
NAN_TEST = [["LRUCache", "root"], [[1], [-1.0]]]
DEEP_TREE = [1] + [value for k in range(2, 100_001) for value in (None, k)]
DEEP_TEST = [["LRUCache", "depth"], [[1], [DEEP_TREE]]]
PANIC_TEST = [["LRUCache", "put", "get"], [[1], [1, 1], [-7]]]


def test_design_lru_cache_and_every_type(
    runner: Callable[[str, list[list[Any]]], Run], language: str
) -> None:
    result = runner("cache", [LRU_TEST, TYPES_TEST, NAN_TEST, DEEP_TEST, PANIC_TEST])
    if language == "go":
        panic = go_panic("string", "negative key -7", "(*LRUCache).Get", panic_line(GO_CACHE))
    else:
        panic = rust_panic("negative key -7", panic_line(RUST_CACHE))
    nan = fault("type", "returned NaN, which is not a finite double")
    assert result.records == [
        {"t": 0, "v": [None, None, None, 1, None, -1, None, -1, 3, 4]},
        {"t": 1, "v": [call[2] for call in TYPE_CALLS]},
        {"t": 2, "e": nan, "call": 1},
        {"t": 3, "v": [None, 100_000]},
        {"t": 4, "e": panic, "call": 2},
        {"end": 5},
    ]


def test_design_starter_compiles_and_returns_zero_values(
    runner: Callable[[str, list[list[Any]]], Run],
) -> None:
    result = runner("cache_starter", [LRU_TEST, TYPES_TEST])
    assert result.records == [
        {"t": 0, "v": [None, None, None, 0, None, 0, None, 0, 0, 0]},
        {"t": 1, "v": [call[3] for call in TYPE_CALLS]},
        {"end": 2},
    ]


# --- starter code and files, without compiling ----------------------------------------------


def test_go_starters() -> None:
    go = GoHarness()
    assert go.starter(TWO_SUM) == (
        "func twoSum(nums []int, target int) []int {\n    return nil\n}\n"
    )
    assert "func rotate(matrix [][]int)  {\n" in go.starter(ROTATE)
    reverse = go.starter(REVERSE_LIST)
    assert reverse.startswith("/**\n * Definition for singly-linked list.\n")
    assert "func reverseList(head *ListNode) *ListNode {\n    return nil\n}" in reverse
    cache = go.starter(CACHE)
    assert "func Constructor(capacity int) LRUCache {\n    return LRUCache{}\n}" in cache
    assert "func (this *LRUCache) Get(key int) int {\n    return 0\n}" in cache
    assert "func (this *LRUCache) Put(key int, value int)  {\n" in cache
    assert "Your LRUCache object will be instantiated and called as such:" in cache
    assert " * param_1 := obj.Get(key);\n * obj.Put(key,value);\n" in cache
    assert "Definition for a binary tree node." in cache


def test_rust_starters() -> None:
    rust = RustHarness()
    assert rust.starter(TWO_SUM) == (
        "impl Solution {\n"
        "    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {\n"
        "        vec![]\n"
        "    }\n"
        "}\n"
    )
    assert "pub fn rotate(matrix: &mut Vec<Vec<i32>>) {\n" in rust.starter(ROTATE)
    remove = rust.starter(REMOVE_ELEMENT)
    assert "pub fn remove_element(nums: &mut Vec<i32>, val: i32) -> i32 {\n        0\n" in remove
    reverse = rust.starter(REVERSE_LIST)
    assert reverse.startswith("// Definition for singly-linked list.\n")
    assert "Option<Box<ListNode>>) -> Option<Box<ListNode>> {\n        None\n" in reverse
    cache = rust.starter(CACHE)
    assert "use std::rc::Rc;\nuse std::cell::RefCell;\n" in cache
    assert "    fn get(&self, key: i32) -> i32 {\n        0\n    }\n" in cache
    assert "change it to `&mut self` instead." in cache
    assert " * let ret_1: i32 = obj.get(key);\n * obj.put(key, value);\n" in cache


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("func f() {}\n", "package main; func f() {}\n"),
        ('import "fmt"\n', 'package main; import "fmt"\n'),
        ("// package x\n\nfunc f() {}\n", "package main; // package x\n\nfunc f() {}\n"),
        ("package main\n", "package main\n"),
        (
            "// a comment\n/* another */\npackage main\n",
            "// a comment\n/* another */\npackage main\n",
        ),
        ("\ufeffpackage main\n", "\ufeffpackage main\n"),
        ("\ufefffunc f() {}\n", "\ufeffpackage main; func f() {}\n"),
    ],
)
def test_go_package_clause_is_added_on_line_1_only_when_missing(source: str, expected: str) -> None:
    assert with_package_clause(source) == expected


def test_go_build_files() -> None:
    build = GoHarness().build(TWO_SUM, GO_TWO_SUM)
    assert (build.main_file, build.units, build.user_file) == (
        "main.go",
        ("prelude.go", "solution.go"),
        "solution.go",
    )
    assert build.files["solution.go"] == ("package main; " + GO_TWO_SUM).encode()
    assert b"type ListNode" not in build.files["prelude.go"]
    assert b"type TreeNode struct" in GoHarness().build(CACHE, "").files["prelude.go"]


def test_rust_solution_file_starts_with_the_user_code_verbatim() -> None:
    build = RustHarness().build(TWO_SUM, RUST_TWO_SUM)
    assert (build.main_file, build.units, build.user_file) == ("solution.rs", (), "solution.rs")
    text = build.files["solution.rs"].decode()
    assert text.startswith(RUST_TWO_SUM + "\n")
    assert text.count("pub struct Solution;") == 1
    assert "pub struct ListNode" not in text
    declared = "pub struct Solution;\n" + RUST_TWO_SUM
    text = RustHarness().build(TWO_SUM, declared).files["solution.rs"].decode()
    assert text.count("struct Solution") == 1
