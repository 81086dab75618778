"""The Java harness: generated drivers compiled with javac and run bare, fd 3 captured.

javac takes seconds, so the module compiles five programs once (in parallel) and each test
feeds them different inputs."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from assay.harness.java import IMPLICIT_IMPORTS, JavaHarness
from assay.harness.model import DriverBuild
from assay.languages.entries.java import LANGUAGE
from assay.problems.function_spec import (
    Compare,
    FunctionSpec,
    Method,
    Param,
    SpecKind,
    TypeRef,
    parse_type,
)

JAVAC = Path("/usr/bin/javac")
JAVA = Path("/usr/bin/java")
# The entry's flags (-encoding UTF-8, a quick JIT, -d .), all the files after them.
JAVAC_OPTIONS = [arg for arg in (LANGUAGE.compile_argv or ())[1:] if arg != "{src}"]
HARNESS = JavaHarness()

pytestmark = pytest.mark.skipif(not JAVAC.exists(), reason="no JDK")


# --- signatures ---------------------------------------------------------------------------------


def params(text: str) -> tuple[Param, ...]:
    """`nums: integer[], target: integer` (types never contain a comma)."""
    pairs = [item.split(":") for item in text.split(",") if item.strip()]
    return tuple(Param(name.strip(), parse_type(type_text)) for name, type_text in pairs)


def function(name: str, signature: str, returns: str, **output: Any) -> FunctionSpec:
    return FunctionSpec(
        kind=SpecKind.FUNCTION,
        name=name,
        params=params(signature),
        returns=parse_type(returns),
        **output,
    )


def method(name: str, signature: str, returns: str) -> Method:
    return Method(name, params(signature), parse_type(returns), Compare())


TWO_SUM = function("twoSum", "nums: integer[], target: integer", "integer[]")
REVERSE_LIST = function("reverseList", "head: ListNode", "ListNode")
MAX_DEPTH = function("maxDepth", "root: TreeNode", "integer")
ROTATE = function("rotate", "matrix: integer[][]", "void", output_param="matrix")
REMOVE_ELEMENT = function(
    "removeElement",
    "nums: integer[], val: integer",
    "integer",
    output_param="nums",
    output_length_from_return=True,
)
# LeetCode's LRU cache, plus a method for every type the harness must read and write.
LRU_CACHE = FunctionSpec(
    kind=SpecKind.DESIGN,
    name="LRUCache",
    constructor=params("capacity: integer"),
    methods=(
        method("get", "key: integer", "integer"),
        method("put", "key: integer, value: integer", "void"),
        method("echoText", "s: string, c: character", "string"),
        method("firstChar", "s: string", "character"),
        method("isEmpty", "", "boolean"),
        method("half", "x: double", "double"),
        method("twice", "big: long", "long"),
        method("groups", "words: list<string>", "list<list<string>>"),
        method("triangle", "rows: integer", "list<list<integer>>"),
        method("squares", "n: integer", "list<integer[]>"),
        method("transpose", "grid: integer[][]", "integer[][]"),
        method("reverse", "head: ListNode", "ListNode"),
        method("depth", "root: TreeNode", "integer"),
        method("mirror", "root: TreeNode", "TreeNode"),
        method("negate", "bits: boolean[]", "boolean[]"),
        method("letters", "s: string", "character[]"),
        method("boxed", "xs: double[]", "list<double>"),
    ),
)


# --- user code ----------------------------------------------------------------------------------

TWO_SUM_SOURCE = """public class Solution {
    public int[] twoSum(int[] nums, int target) {
        if (target == -1) {
            return explode(nums);
        }
        if (target == -2) {
            return null;
        }
        if (target == -3) {
            return new int[] {forever(0)};
        }
        if (target == -4) {
            return new int[] {deep(100000)};
        }
        System.out.print("looking for " + target);
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Pair pair = new Pair(nums[i], i);
            Integer j = seen.get(target - pair.value);
            if (j != null) {
                return new int[] {j, pair.index};
            }
            seen.put(pair.value, pair.index);
        }
        return new int[0];
    }

    private int[] explode(int[] nums) {
        return new int[] {nums[nums.length]};
    }

    private int forever(int n) {
        return forever(n + 1) + 1;
    }

    private int deep(int n) {
        return n == 0 ? 0 : deep(n - 1) + 1;
    }
}

class Pair {
    final int value;
    final int index;

    Pair(int value, int index) {
        this.value = value;
        this.index = index;
    }
}
"""

ROTATE_SOURCE = """class Solution {
    public void rotate(int[][] matrix) {
        int n = matrix.length;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int t = matrix[i][j];
                matrix[i][j] = matrix[j][i];
                matrix[j][i] = t;
            }
        }
        for (int[] row : matrix) {
            for (int i = 0, j = n - 1; i < j; i++, j--) {
                int t = row[i];
                row[i] = row[j];
                row[j] = t;
            }
        }
    }
}
"""

REMOVE_ELEMENT_SOURCE = """class Solution {
    public int removeElement(int[] nums, int val) {
        if (val == 99) {
            return nums.length + 1;
        }
        int k = 0;
        for (int x : nums) {
            if (x != val) {
                nums[k++] = x;
            }
        }
        return k;
    }
}
"""

LRU_SOURCE = """class LRUCache {
    private final int capacity;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Node head = new Node(0, 0);
    private final Node tail = new Node(0, 0);

    public LRUCache(int capacity) {
        this.capacity = capacity;
        head.next = tail;
        tail.prev = head;
    }

    public int get(int key) {
        Node node = nodes.get(key);
        if (node == null) {
            return -1;
        }
        unlink(node);
        pushFront(node);
        return node.value;
    }

    public void put(int key, int value) {
        Node node = nodes.get(key);
        if (node != null) {
            node.value = value;
            unlink(node);
        } else {
            if (nodes.size() == capacity) {
                nodes.remove(tail.prev.key);
                unlink(tail.prev);
            }
            node = new Node(key, value);
            nodes.put(key, node);
        }
        pushFront(node);
    }

    private void unlink(Node node) {
        node.prev.next = node.next;
        node.next.prev = node.prev;
    }

    private void pushFront(Node node) {
        node.next = head.next;
        node.prev = head;
        head.next.prev = node;
        head.next = node;
    }

    public String echoText(String s, char c) {
        return s + c;
    }

    public char firstChar(String s) {
        return s.charAt(0);
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    public double half(double x) {
        return x == 0 ? Double.NaN : x / 2;
    }

    public long twice(long big) {
        return big * 2;
    }

    public List<List<String>> groups(List<String> words) {
        Map<String, List<String>> byLetters = new LinkedHashMap<>();
        for (String word : words) {
            char[] letters = word.toCharArray();
            Arrays.sort(letters);
            byLetters.computeIfAbsent(new String(letters), k -> new ArrayList<>()).add(word);
        }
        return new ArrayList<>(byLetters.values());
    }

    public List<List<Integer>> triangle(int rows) {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            List<Integer> row = new ArrayList<>();
            for (int j = 0; j <= i; j++) {
                row.add(j == 0 || j == i ? 1 : out.get(i - 1).get(j - 1) + out.get(i - 1).get(j));
            }
            out.add(row);
        }
        return out;
    }

    public List<int[]> squares(int n) {
        return IntStream.range(0, n)
            .mapToObj(i -> new int[] {i, i * i})
            .collect(Collectors.toList());
    }

    public int[][] transpose(int[][] grid) {
        int[][] out = new int[grid.length == 0 ? 0 : grid[0].length][grid.length];
        for (int i = 0; i < grid.length; i++) {
            for (int j = 0; j < grid[i].length; j++) {
                out[j][i] = grid[i][j];
            }
        }
        return out;
    }

    public ListNode reverse(ListNode head) {
        ListNode done = null;
        ListNode first = head;
        while (head != null) {
            ListNode next = head.next;
            head.next = done;
            done = head;
            head = next;
        }
        if (first != null && first.val == 42) {
            first.next = done;
        }
        return done;
    }

    public int depth(TreeNode root) {
        return root == null ? 0 : 1 + Math.max(depth(root.left), depth(root.right));
    }

    public TreeNode mirror(TreeNode root) {
        if (root == null) {
            return null;
        }
        return new TreeNode(root.val, mirror(root.right), mirror(root.left));
    }

    public boolean[] negate(boolean[] bits) {
        boolean[] out = new boolean[bits.length];
        for (int i = 0; i < bits.length; i++) {
            out[i] = !bits[i];
        }
        return out;
    }

    public char[] letters(String s) {
        return s.toCharArray();
    }

    public List<Double> boxed(double[] xs) {
        return Arrays.stream(xs).boxed().collect(Collectors.toList());
    }
}

class Node {
    final int key;
    int value;
    Node prev;
    Node next;

    Node(int key, int value) {
        this.key = key;
        this.value = value;
    }
}
"""


def line_of(source: str, text: str) -> int:
    return next(i for i, line in enumerate(source.split("\n"), start=1) if text in line)


# --- compiling and running ----------------------------------------------------------------------


@dataclass
class Run:
    records: list[dict[str, Any]]
    stdout: str
    stderr: str
    returncode: int


@dataclass
class Program:
    build: DriverBuild
    directory: Path

    def run(self, lines: list[str], merge_channel: bool = False) -> Run:
        """Runs the driver bare on `lines`; `merge_channel` writes fd 3 into stdout's pipe."""
        channel = self.directory / "channel.jsonl"
        redirect = "3>&1" if merge_channel else '3>"$1"'
        script = f'exec {JAVA} -cp "$0" __Driver__ {redirect}'
        done = subprocess.run(
            ["bash", "-c", script, str(self.directory), str(channel)],
            input="".join(line + "\n" for line in lines).encode(),
            capture_output=True,
            timeout=120,
            check=False,
        )
        text = "" if merge_channel else channel.read_text()
        # `o` (the stdout size) is 0 here: stdout is a pipe.
        records = [_without_offset(json.loads(line)) for line in text.splitlines()]
        return Run(records, done.stdout.decode(), done.stderr.decode(), done.returncode)


def _without_offset(record: dict[str, object]) -> dict[str, object]:
    return {key: value for key, value in record.items() if key != "o"}


def compile_program(spec: FunctionSpec, source: str, directory: Path) -> Program:
    build = HARNESS.build(spec, source)
    directory.mkdir(parents=True)
    for name, content in build.files.items():
        (directory / name).write_bytes(content)
    sources = [build.main_file, *build.units]
    done = subprocess.run(
        [str(JAVAC), *JAVAC_OPTIONS, *sources],
        cwd=directory,
        capture_output=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    return Program(build, directory)


PROGRAMS: dict[str, tuple[FunctionSpec, Callable[[], str]]] = {
    "two_sum": (TWO_SUM, lambda: TWO_SUM_SOURCE),
    "rotate": (ROTATE, lambda: ROTATE_SOURCE),
    "remove_element": (REMOVE_ELEMENT, lambda: REMOVE_ELEMENT_SOURCE),
    "lru": (LRU_CACHE, lambda: LRU_SOURCE),
    "lru_starter": (LRU_CACHE, lambda: HARNESS.starter(LRU_CACHE)),
}


@pytest.fixture(scope="module")
def programs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Program]:
    root = tmp_path_factory.mktemp("java-drivers")
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {
            name: pool.submit(compile_program, spec, source(), root / name)
            for name, (spec, source) in PROGRAMS.items()
        }
        return {name: future.result() for name, future in futures.items()}


def value(test: int, result: Any) -> dict[str, Any]:
    return {"t": test, "v": result}


def exception(test: int, type_name: str, msg: str, at: list[list[Any]]) -> dict[str, Any]:
    return {"t": test, "e": {"kind": "exception", "type": type_name, "msg": msg, "at": at}}


def fault(test: int, kind: str, msg: str, call: int | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {"t": test, "e": {"kind": kind, "type": "", "msg": msg, "at": []}}
    if call is not None:
        record["call"] = call
    return record


# --- two sum: values, exceptions, null, stdout ---------------------------------------------------


def test_two_sum_values_exception_and_null(programs: dict[str, Program]) -> None:
    run = programs["two_sum"].run(
        ["[2,7,11,15]", "9", "[1,2,3]", "-1", "[3,3]", "6", "[1]", "-2", "[]", "0"]
    )
    explode_line = line_of(TWO_SUM_SOURCE, "nums[nums.length]")
    call_line = line_of(TWO_SUM_SOURCE, "return explode(nums)")
    assert run.records == [
        value(0, [0, 1]),
        exception(
            1,
            "ArrayIndexOutOfBoundsException",
            "Index 3 out of bounds for length 3",
            [["Solution.java", call_line, "twoSum"], ["Solution.java", explode_line, "explode"]],
        ),
        value(2, [0, 1]),
        fault(3, "type", "returned null where integer[] was declared"),
        value(4, []),
        {"end": 5},
    ]
    assert run.returncode == 0
    assert run.stdout == "looking for 9looking for 6looking for 0"


def test_stdout_is_flushed_before_each_record(programs: dict[str, Program]) -> None:
    run = programs["two_sum"].run(["[2,7]", "9", "[1,2,3]", "-1", "[3,3]", "6"], merge_channel=True)
    lines = run.stdout.replace(',"o":0', "").split("\n")
    assert lines[0] == 'looking for 9{"t":0,"v":[0,1]}'
    assert lines[1].startswith('{"t":1,"e":{"kind":"exception"')
    assert lines[2:] == ['looking for 6{"t":2,"v":[0,1]}', '{"end":3}', ""]


def test_deep_recursion_works_and_stack_overflow_is_an_exception(
    programs: dict[str, Program],
) -> None:
    run = programs["two_sum"].run(["[]", "-4", "[]", "-3", "[2,7]", "9"])
    assert run.records[0] == value(0, [100000])
    overflow = run.records[1]["e"]
    assert (overflow["kind"], overflow["type"]) == ("exception", "StackOverflowError")
    forever_line = line_of(TWO_SUM_SOURCE, "return forever(n + 1) + 1")
    assert overflow["at"][-1] == ["Solution.java", forever_line, "forever"]
    assert run.records[2:] == [value(2, [0, 1]), {"end": 3}]


# --- in-place outputs ---------------------------------------------------------------------------


def test_output_param_compares_the_array_after_the_call(programs: dict[str, Program]) -> None:
    run = programs["rotate"].run(["[[1,2,3],[4,5,6],[7,8,9]]", "[[1]]", "[]"])
    assert run.records == [
        value(0, [[7, 4, 1], [8, 5, 2], [9, 6, 3]]),
        value(1, [[1]]),
        value(2, []),
        {"end": 3},
    ]


def test_output_length_keeps_the_first_k_items(programs: dict[str, Program]) -> None:
    run = programs["remove_element"].run(
        ["[3,2,2,3]", "3", "[0,1,2,2,3,0,4,2]", "2", "[1,2]", "99", "[1]", "1"]
    )
    assert run.records == [
        value(0, [2, 2]),
        value(1, [0, 1, 3, 0, 4]),
        fault(2, "size", "returned length 3 is outside 0..2"),
        value(3, []),
        {"end": 4},
    ]


# --- design: LRU cache and every type -----------------------------------------------------------


def design_test(*calls: tuple[str, list[Any]]) -> list[str]:
    operations = json.dumps([name for name, _ in calls])
    arguments = json.dumps([args for _, args in calls], ensure_ascii=False)
    return [operations, arguments]


def test_lru_cache(programs: dict[str, Program]) -> None:
    lines = [
        '["LRUCache","put","put","get","put","get","put","get","get","get"]',
        "[[2],[1,1],[2,2],[1],[3,3],[2],[4,4],[1],[3],[4]]",
    ]
    run = programs["lru"].run(lines + lines)
    expected = [None, None, None, 1, None, -1, None, -1, 3, 4]
    assert run.records == [value(0, expected), value(1, expected), {"end": 2}]


def test_design_reads_and_writes_every_type(programs: dict[str, Program]) -> None:
    text = 'a"\\\n\u0001é😀'
    lines = design_test(
        ("LRUCache", [1]),
        ("isEmpty", []),
        ("echoText", [text, "/"]),
        ("firstChar", ["xyz"]),
        ("half", [1e-300]),
        ("half", [-3]),
        ("twice", [2**62 - 1]),
        ("twice", [-(2**62)]),
        ("groups", [["eat", "tea", "tan", "ate", "nat", "bat"]]),
        ("triangle", [4]),
        ("squares", [3]),
        ("transpose", [[[1, 2, 3], [4, 5, 6]]]),
        ("reverse", [[1, 2, 3]]),
        ("reverse", [[]]),
        ("depth", [[3, 9, 20, None, None, 15, 7]]),
        ("mirror", [[1, 2, 3, 4, None, None, 5]]),
        ("mirror", [[]]),
        ("negate", [[True, False]]),
        ("letters", ["hé"]),
        ("boxed", [[0.5, -0.0, 2]]),
    )
    run = programs["lru"].run(lines)
    assert run.records == [
        value(
            0,
            [
                None,
                True,
                text + "/",
                "x",
                5e-301,
                -1.5,
                2**63 - 2,
                -(2**63),
                [["eat", "tea", "ate"], ["tan", "nat"], ["bat"]],
                [[1], [1, 1], [1, 2, 1], [1, 3, 3, 1]],
                [[0, 0], [1, 1], [2, 4]],
                [[1, 4], [2, 5], [3, 6]],
                [3, 2, 1],
                [],
                3,
                [1, 3, 2, 5, None, None, 4],
                [],
                [False, True],
                ["h", "é"],
                [0.5, -0.0, 2.0],
            ],
        ),
        {"end": 1},
    ]
    channel = (programs["lru"].directory / "channel.jsonl").read_bytes()
    assert b'"a\\"\\\\\\n\\u0001\\u00e9\\ud83d\\ude00/"' in channel  # escaped as json.dumps does


def test_design_errors_name_the_call(programs: dict[str, Program]) -> None:
    cycle = design_test(("LRUCache", [1]), ("put", [1, 1]), ("reverse", [[42, 1, 2]]))
    nan = design_test(("LRUCache", [1]), ("half", [0]))
    thrown = design_test(("LRUCache", [1]), ("get", [1]), ("firstChar", [""]))
    run = programs["lru"].run(cycle + nan + thrown)
    line = line_of(LRU_SOURCE, "return s.charAt(0)")
    assert run.records[:2] == [
        fault(0, "cycle", "the returned ListNode has a cycle", call=2),
        fault(1, "type", "returned NaN, which is not a finite double", call=1),
    ]
    error = run.records[2]
    assert error["call"] == 2
    assert error["e"]["type"] == "StringIndexOutOfBoundsException"
    assert error["e"]["at"] == [["LRUCache.java", line, "firstChar"]]
    assert run.records[3] == {"end": 3}


def test_deep_structures(programs: dict[str, Program]) -> None:
    n = 100_000
    chain: list[int | None] = [1]
    for _ in range(n - 1):
        chain += [None, 1]  # every node a right child: a tree 10^5 deep
    lines = design_test(("LRUCache", [1]), ("depth", [chain]), ("reverse", [list(range(n))]))
    run = programs["lru"].run(lines)
    assert run.records == [value(0, [None, n, list(range(n - 1, -1, -1))]), {"end": 1}]


def test_starter_compiles_and_returns_zero_values(programs: dict[str, Program]) -> None:
    calls = [("LRUCache", [2])] + [
        (m.name, [sample(p.type) for p in m.params]) for m in LRU_CACHE.methods
    ]
    run = programs["lru_starter"].run(design_test(*calls))
    zeros: list[Any] = [0, None, "", "\0", False, 0.0, 0, [], [], [], [], [], 0, [], [], [], []]
    assert run.records == [value(0, [None, *zeros]), {"end": 1}]


def sample(type_ref: TypeRef) -> Any:
    samples = {"integer": 1, "double": 1.5, "long": 7, "string": "ab", "character": "c"}
    return samples.get(str(type_ref), [])


# --- the build itself (no compiler) --------------------------------------------------------------


def test_user_code_keeps_its_line_numbers() -> None:
    build = HARNESS.build(TWO_SUM, TWO_SUM_SOURCE)
    text = build.files["Solution.java"].decode()
    assert text == IMPLICIT_IMPORTS + TWO_SUM_SOURCE
    assert text.count("\n") == TWO_SUM_SOURCE.count("\n")
    assert build.user_file == "Solution.java"
    assert (build.main_file, build.entry_class) == ("__Driver__.java", "__Driver__")
    assert set(build.units) == set(build.files) - {"__Driver__.java"}


def test_file_names() -> None:
    assert HARNESS.build(LRU_CACHE, LRU_SOURCE).user_file == "LRUCache.java"
    named = HARNESS.build(TWO_SUM, "public class Answer {}\nclass Solution {}\n")
    assert named.user_file == "Answer.java"
    # A public class named like a runtime file must not replace it; javac then complains.
    clash = HARNESS.build(TWO_SUM, "public class AssayJson {}\n")
    assert clash.user_file == "Solution.java"
    assert clash.files["AssayJson.java"].startswith(b"//")


def test_node_files_only_when_used() -> None:
    assert {"ListNode.java", "AssayLists.java"} <= set(HARNESS.build(REVERSE_LIST, "").files)
    assert "TreeNode.java" not in HARNESS.build(REVERSE_LIST, "").files
    assert "TreeNode.java" in HARNESS.build(MAX_DEPTH, "").files
    assert not {"ListNode.java", "TreeNode.java"} & set(HARNESS.build(TWO_SUM, "").files)


def test_generated_calls_are_typed() -> None:
    driver = HARNESS.build(REVERSE_LIST, "").files["__Driver__.java"].decode()
    assert "ListNode returned = solution.reverseList((ListNode) a[0]);" in driver
    nested = function(
        "subsets", "nums: integer[], k: long, words: list<list<string>>", "list<list<integer>>"
    )
    driver = HARNESS.build(nested, "").files["__Driver__.java"].decode()
    assert (
        "List<List<Integer>> returned = solution.subsets((int[]) a[0], (Long) a[1],"
        " (List<List<String>>) a[2]);"
    ) in driver


def test_starters() -> None:
    assert HARNESS.starter(TWO_SUM) == (
        "class Solution {\n"
        "    public int[] twoSum(int[] nums, int target) {\n"
        "        return new int[0];\n"
        "    }\n"
        "}\n"
    )
    rotate = HARNESS.starter(ROTATE)
    assert "    public void rotate(int[][] matrix) {\n        \n    }\n" in rotate
    reverse = HARNESS.starter(REVERSE_LIST)
    assert reverse.startswith("/**\n * Definition for singly-linked list.\n")
    assert "    public ListNode reverseList(ListNode head) {\n        return null;\n" in reverse
    lru = HARNESS.starter(LRU_CACHE)
    assert "class LRUCache {\n\n    public LRUCache(int capacity) {\n        \n    }\n" in lru
    assert " * Your LRUCache object will be instantiated and called as such:\n" in lru
    assert " * LRUCache obj = new LRUCache(capacity);\n * int param_1 = obj.get(key);\n" in lru
    assert " * obj.put(key,value);\n" in lru
    assert "public List<int[]> squares(int n) {\n        return new ArrayList<>();" in lru
    assert "public int[][] transpose(int[][] grid) {\n        return new int[0][];" in lru


def test_unsupported_names() -> None:
    assert HARNESS.unsupported(TWO_SUM) is None
    assert HARNESS.unsupported(function("wait", "x: integer", "integer")) is not None
    assert HARNESS.unsupported(function("f", "_: integer", "integer")) is not None
