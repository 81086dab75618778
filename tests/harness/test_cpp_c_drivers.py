"""The C++ and C drivers, bare (no sandbox): each program is compiled once, like the language
entry compiles it, then run with stdin, fd 3 and stdout (a file opened for appending, as the judge
does) captured; the fd-3 records are compared byte for byte with what Python's json.dumps writes
(the Python driver's records), `o` included."""

from __future__ import annotations

import json
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from assay.harness.c import CHarness
from assay.harness.cpp import CppHarness
from assay.harness.model import LanguageHarness
from assay.languages.entries.c import LANGUAGE as C_LANGUAGE
from assay.languages.entries.cpp import LANGUAGE as CPP_LANGUAGE
from assay.languages.model import Language
from assay.problems.function_spec import (
    FunctionSpec,
    Method,
    Param,
    SpecKind,
    parse_type,
)

pytestmark = pytest.mark.skipif(
    not (shutil.which("g++") and shutil.which("gcc")), reason="needs g++ and gcc"
)

CPP, C = CppHarness(), CHarness()
HARNESSES: dict[str, tuple[LanguageHarness, Language]] = {
    "cpp": (CPP, CPP_LANGUAGE),
    "c": (C, C_LANGUAGE),
}


# --- signatures ------------------------------------------------------------------------------


def params(*pairs: tuple[str, str]) -> tuple[Param, ...]:
    return tuple(Param(name, parse_type(text)) for name, text in pairs)


def function(name: str, args: tuple[Param, ...], returns: str, **extra: Any) -> FunctionSpec:
    return FunctionSpec(
        kind=SpecKind.FUNCTION, name=name, params=args, returns=parse_type(returns), **extra
    )


def method(name: str, args: tuple[Param, ...], returns: str) -> Method:
    return Method(name, args, parse_type(returns), FunctionSpec.compare)


def design(name: str, constructor: tuple[Param, ...], *methods: Method) -> FunctionSpec:
    return FunctionSpec(
        kind=SpecKind.DESIGN, name=name, constructor=constructor, methods=tuple(methods)
    )


TWO_SUM = function("twoSum", params(("nums", "integer[]"), ("target", "integer")), "integer[]")
ROTATE = function("rotate", params(("matrix", "integer[][]")), "void", output_param="matrix")
REMOVE_ELEMENT = function(
    "removeElement",
    params(("nums", "integer[]"), ("val", "integer")),
    "integer",
    output_param="nums",
    output_length_from_return=True,
)
LRU = design(
    "LRUCache",
    params(("capacity", "integer")),
    method("get", params(("key", "integer")), "integer"),
    method("put", params(("key", "integer"), ("value", "integer")), "void"),
)
ECHO_METHODS = (
    method("text", params(("s", "string")), "string"),
    method("letter", params(("c", "character")), "character"),
    method("flag", params(("b", "boolean")), "boolean"),
    method("real", params(("x", "double")), "double"),
    method("big", params(("x", "long")), "long"),
    method("words", params(("w", "string[]")), "string[]"),
    method("grid", params(("g", "integer[][]")), "integer[][]"),
    method("chain", params(("head", "ListNode")), "ListNode"),
    method("tree", params(("root", "TreeNode")), "TreeNode"),
    method("depth", params(("root", "TreeNode")), "integer"),
    method("loop", params(("n", "integer")), "ListNode"),
    method("notANumber", (), "double"),
    method("broken", (), "string"),
)
ECHO_C = design("Echo", (), *ECHO_METHODS)
ECHO_CPP = design("Echo", (), *ECHO_METHODS, method("fail", params(("msg", "string")), "void"))


# --- the user's code ---------------------------------------------------------------------------

CPP_TWO_SUM = r"""
static const int fast_io = [] { ios::sync_with_stdio(false); cin.tie(nullptr); return 0; }();

class Solution {
    int calls = 0;
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        cout << "cout " << target << "\n";
        string extra;
        if (cin >> extra) return {-1, -1};  // stdin must be /dev/null by now
        if (++calls != 1) return {-2, -2};  // a new Solution per test
        if (target == 0) throw out_of_range("no pair");
        if (target == 1) throw 42;
        unordered_map<int, int> seen;
        for (int i = 0; i < (int)nums.size(); ++i) {
            auto it = seen.find(target - nums[i]);
            if (it != seen.end()) return {it->second, i};
            seen[nums[i]] = i;
        }
        return {};
    }
};

int main() { return 7; }
"""

CPP_ROTATE = """class Solution {
public:
    void rotate(vector<vector<int>>& matrix) {
        int n = matrix.size();
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j) swap(matrix[i][j], matrix[j][i]);
        for (auto& row : matrix) reverse(row.begin(), row.end());
    }
};
"""

CPP_REMOVE_ELEMENT = """class Solution {
public:
    int removeElement(vector<int>& nums, int val) {
        if (val < 0) return nums.size() + 1;
        int k = 0;
        for (int x : nums) if (x != val) nums[k++] = x;
        return k;
    }
};
"""

CPP_LRU = """class LRUCache {
    int capacity;
    list<pair<int, int>> order;
    unordered_map<int, list<pair<int, int>>::iterator> where;
public:
    LRUCache(int capacity) : capacity(capacity) {}
    ~LRUCache() { printf("bye\\n"); }

    int get(int key) {
        if (key < 0) throw invalid_argument("negative key");
        auto it = where.find(key);
        if (it == where.end()) return -1;
        order.splice(order.begin(), order, it->second);
        return it->second->second;
    }

    void put(int key, int value) {
        printf("put %d\\n", key);
        if (get(key) != -1) {
            order.front().second = value;
            return;
        }
        if ((int)order.size() == capacity) {
            where.erase(order.back().first);
            order.pop_back();
        }
        order.emplace_front(key, value);
        where[key] = order.begin();
    }
};
"""

CPP_ECHO = """class Echo {
public:
    Echo() {}
    string text(string s) { return s; }
    char letter(char c) { return c; }
    bool flag(bool b) { return b; }
    double real(double x) { return x; }
    long long big(long long x) { return x; }
    vector<string> words(vector<string>& w) { return w; }
    vector<vector<int>> grid(vector<vector<int>>& g) { return g; }
    ListNode* chain(ListNode* head) {
        ListNode* reversed = nullptr;
        while (head) {
            ListNode* next = head->next;
            head->next = reversed;
            reversed = head;
            head = next;
        }
        return reversed;
    }
    TreeNode* tree(TreeNode* root) { return root; }
    int depth(TreeNode* root) { return root ? 1 + max(depth(root->left), depth(root->right)) : 0; }
    ListNode* loop(int n) {
        ListNode* head = new ListNode(0);
        ListNode* tail = head;
        for (int i = 1; i < n; ++i) tail = tail->next = new ListNode(i);
        tail->next = head;
        return head;
    }
    double notANumber() { return NAN; }
    string broken() { return "\\xff"; }
    void fail(string msg) { throw runtime_error(msg); }
};
"""

C_TWO_SUM = r"""
int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    printf("printf %d\n", target);
    if (getchar() != EOF) { *returnSize = 0; return NULL; }  /* stdin must be /dev/null */
    if (target == 0) return NULL;  /* forgot *returnSize */
    if (target == 1) { *returnSize = numsSize; return nums; }  /* an input: not freed twice */
    for (int i = 0; i < numsSize; i++)
        for (int j = i + 1; j < numsSize; j++)
            if (nums[i] + nums[j] == target) {
                int* pair = malloc(2 * sizeof(int));
                pair[0] = i;
                pair[1] = j;
                *returnSize = 2;
                return pair;
            }
    *returnSize = 0;
    return NULL;
}

int main(void) { return 3; }
"""

C_ROTATE = """void rotate(int** matrix, int matrixSize, int* matrixColSize) {
    for (int i = 0; i < matrixSize; i++)
        for (int j = i + 1; j < matrixSize; j++) {
            int t = matrix[i][j]; matrix[i][j] = matrix[j][i]; matrix[j][i] = t;
        }
    for (int i = 0; i < matrixSize; i++)
        for (int a = 0, b = matrixColSize[i] - 1; a < b; a++, b--) {
            int t = matrix[i][a]; matrix[i][a] = matrix[i][b]; matrix[i][b] = t;
        }
}
"""

C_REMOVE_ELEMENT = """int removeElement(int* nums, int numsSize, int val) {
    if (val < 0) return numsSize + 1;
    int k = 0;
    for (int i = 0; i < numsSize; i++) if (nums[i] != val) nums[k++] = nums[i];
    return k;
}
"""

C_LRU = """typedef struct {
    int capacity, size, clock;
    int *keys, *values, *used;
} LRUCache;

LRUCache* lRUCacheCreate(int capacity) {
    LRUCache* cache = calloc(1, sizeof(LRUCache));
    cache->capacity = capacity;
    cache->keys = malloc(capacity * sizeof(int));
    cache->values = malloc(capacity * sizeof(int));
    cache->used = malloc(capacity * sizeof(int));
    return cache;
}

static int find(LRUCache* obj, int key) {
    for (int i = 0; i < obj->size; i++) if (obj->keys[i] == key) return i;
    return -1;
}

int lRUCacheGet(LRUCache* obj, int key) {
    int i = find(obj, key);
    if (i < 0) return -1;
    obj->used[i] = ++obj->clock;
    return obj->values[i];
}

void lRUCachePut(LRUCache* obj, int key, int value) {
    int i = find(obj, key);
    if (i < 0 && obj->size < obj->capacity) i = obj->size++;
    if (i < 0) {
        i = 0;
        for (int j = 1; j < obj->size; j++) if (obj->used[j] < obj->used[i]) i = j;
    }
    obj->keys[i] = key;
    obj->values[i] = value;
    obj->used[i] = ++obj->clock;
}

void lRUCacheFree(LRUCache* obj) {
    printf("free\\n");
    free(obj->keys); free(obj->values); free(obj->used); free(obj);
}
"""

C_ECHO = """typedef struct { int unused; } Echo;

Echo* echoCreate() { return malloc(sizeof(Echo)); }
char* echoText(Echo* obj, char* s) { return s; }
char echoLetter(Echo* obj, char c) { return c; }
bool echoFlag(Echo* obj, bool b) { return b; }
double echoReal(Echo* obj, double x) { return x; }
long long echoBig(Echo* obj, long long x) { return x; }

char** echoWords(Echo* obj, char** w, int wSize, int* retSize) {
    char** out = malloc(wSize * sizeof(char*));
    memcpy(out, w, wSize * sizeof(char*));
    *retSize = wSize;
    return out;
}

int** echoGrid(Echo* obj, int** g, int gSize, int* gColSize, int* retSize, int** retColSize) {
    int** out = malloc(gSize * sizeof(int*));
    *retColSize = malloc(gSize * sizeof(int));
    for (int i = 0; i < gSize; i++) {
        out[i] = malloc(gColSize[i] * sizeof(int) + 1);
        memcpy(out[i], g[i], gColSize[i] * sizeof(int));
        (*retColSize)[i] = gColSize[i];
    }
    *retSize = gSize;
    return out;
}

struct ListNode* echoChain(Echo* obj, struct ListNode* head) {
    struct ListNode* reversed = NULL;
    while (head) {
        struct ListNode* next = head->next;
        head->next = reversed;
        reversed = head;
        head = next;
    }
    return reversed;
}

struct TreeNode* echoTree(Echo* obj, struct TreeNode* root) { return root; }

int echoDepth(Echo* obj, struct TreeNode* root) {
    if (!root) return 0;
    int left = echoDepth(obj, root->left), right = echoDepth(obj, root->right);
    return 1 + (left > right ? left : right);
}

struct ListNode* echoLoop(Echo* obj, int n) {
    struct ListNode* head = calloc(1, sizeof(struct ListNode));
    struct ListNode* tail = head;
    for (int i = 1; i < n; i++) {
        tail->next = calloc(1, sizeof(struct ListNode));
        tail = tail->next;
        tail->val = i;
    }
    tail->next = head;
    return head;
}

double echoNotANumber(Echo* obj) { return NAN; }
char* echoBroken(Echo* obj) { return "\\xff"; }
void echoFree(Echo* obj) { free(obj); }
"""

PROGRAMS: dict[str, tuple[str, FunctionSpec, str | None]] = {
    "cpp_two_sum": ("cpp", TWO_SUM, CPP_TWO_SUM),
    "cpp_rotate": ("cpp", ROTATE, CPP_ROTATE),
    "cpp_remove_element": ("cpp", REMOVE_ELEMENT, CPP_REMOVE_ELEMENT),
    "cpp_lru": ("cpp", LRU, CPP_LRU),
    "cpp_echo": ("cpp", ECHO_CPP, CPP_ECHO),
    "cpp_echo_starter": ("cpp", ECHO_CPP, None),
    "c_two_sum": ("c", TWO_SUM, C_TWO_SUM),
    "c_two_sum_starter": ("c", TWO_SUM, None),
    "c_rotate": ("c", ROTATE, C_ROTATE),
    "c_remove_element": ("c", REMOVE_ELEMENT, C_REMOVE_ELEMENT),
    "c_lru": ("c", LRU, C_LRU),
    "c_echo": ("c", ECHO_C, C_ECHO),
    "c_echo_starter": ("c", ECHO_C, None),
}


def _compile(directory: Path, language_id: str, spec: FunctionSpec, source: str | None) -> Path:
    harness, language = HARNESSES[language_id]
    build = harness.build(spec, harness.starter(spec) if source is None else source)
    directory.mkdir()
    for name, content in build.files.items():
        (directory / name).write_bytes(content)
    assert language.compile_argv is not None
    argv: list[str] = []
    for part in language.compile_argv:
        argv += [build.main_file, *build.units] if part == "{src}" else [part]
    result = subprocess.run(
        argv, check=False, cwd=directory, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, f"{directory.name} does not compile:\n{result.stderr}"
    return directory / "main"


@pytest.fixture(scope="module")
def programs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("drivers")
    with ThreadPoolExecutor() as pool:
        futures = {
            name: pool.submit(_compile, root / name, *item) for name, item in PROGRAMS.items()
        }
        return {name: future.result() for name, future in futures.items()}


# --- running -------------------------------------------------------------------------------------


def stdin_of(*tests: list[Any]) -> str:
    return "".join(json.dumps(value) + "\n" for test in tests for value in test)


def run(binary: Path, stdin: str) -> tuple[list[str], str]:
    """(fd-3 lines, stdout)."""
    channel, stdout = binary.parent / "channel.jsonl", binary.parent / "stdout.txt"
    stdout.write_bytes(b"")
    result = subprocess.run(
        ["sh", "-c", 'exec "$0" 3>"$1" >>"$2"', str(binary), str(channel), str(stdout)],
        check=False,
        input=stdin.encode(),
        capture_output=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return channel.read_text().splitlines(), stdout.read_text()


def line(record: dict[str, Any]) -> str:
    return json.dumps(record, separators=(",", ":"))


def records(*items: dict[str, Any], stdout: list[str] | None = None) -> list[str]:
    """The expected fd-3 lines; `stdout[i]`: what test i prints, placed by each record's `o`."""
    printed = stdout or [""] * len(items)
    lines, size = [], 0
    for item, text in zip(items, printed, strict=True):
        size += len(text.encode())
        lines.append(line({**item, "o": size}))
    return [*lines, line({"end": len(items), "o": size})]


def error(test: int, kind: str, type_: str, msg: str, call: int | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {"t": test, "e": {"kind": kind, "type": type_, "msg": msg, "at": []}}
    if call is not None:
        record["call"] = call
    return record


# --- function problems ---------------------------------------------------------------------------

TWO_SUM_TESTS = [[[2, 7, 11, 15], 9], [[1], 0], [[5, 6], 1], [[3, 2, 4], 6]]


def test_cpp_two_sum_exceptions_do_not_stop_the_run(programs: dict[str, Path]) -> None:
    lines, stdout = run(programs["cpp_two_sum"], stdin_of(*TWO_SUM_TESTS))
    printed = ["cout 9\n", "cout 0\n", "cout 1\n", "cout 6\n"]
    assert lines == records(
        {"t": 0, "v": [0, 1]},
        error(1, "exception", "std::out_of_range", "no pair"),
        error(2, "exception", "int", "42"),
        {"t": 3, "v": [1, 2]},
        stdout=printed,  # unsynchronized cout, flushed before each record
    )
    assert stdout == "".join(printed)


def test_c_two_sum_unset_return_size_is_an_exception(programs: dict[str, Path]) -> None:
    lines, stdout = run(programs["c_two_sum"], stdin_of(*TWO_SUM_TESTS))
    printed = ["printf 9\n", "printf 0\n", "printf 1\n", "printf 6\n"]
    assert lines == records(
        {"t": 0, "v": [0, 1]},
        error(1, "exception", "returnSize", "you did not set *returnSize"),
        {"t": 2, "v": [5, 6]},
        {"t": 3, "v": [1, 2]},
        stdout=printed,
    )
    assert stdout == "".join(printed)


@pytest.mark.parametrize("language", ["cpp", "c"])
def test_rotate_compares_the_parameter_after_the_call(
    programs: dict[str, Path], language: str
) -> None:
    tests = [[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]], [[[1]]], [[]]]
    lines, _ = run(programs[f"{language}_rotate"], stdin_of(*tests))
    assert lines == records(
        {"t": 0, "v": [[7, 4, 1], [8, 5, 2], [9, 6, 3]]}, {"t": 1, "v": [[1]]}, {"t": 2, "v": []}
    )


@pytest.mark.parametrize("language", ["cpp", "c"])
def test_remove_element_compares_the_first_k_items(
    programs: dict[str, Path], language: str
) -> None:
    tests = [[[3, 2, 2, 3], 3], [[1], -1], [[0, 1, 2, 2, 3, 0, 4, 2], 2], [[], 0]]
    lines, _ = run(programs[f"{language}_remove_element"], stdin_of(*tests))
    assert lines == records(
        {"t": 0, "v": [2, 2]},
        error(1, "size", "", "returned length 2 is outside 0..1"),
        {"t": 2, "v": [0, 1, 3, 0, 4]},
        {"t": 3, "v": []},
    )


# --- design problems -----------------------------------------------------------------------------

LRU_EXAMPLE = [
    ["LRUCache", "put", "put", "get", "put", "get", "put", "get", "get", "get"],
    [[2], [1, 1], [2, 2], [1], [3, 3], [2], [4, 4], [1], [3], [4]],
]
LRU_ANSWER = [None, None, None, 1, None, -1, None, -1, 3, 4]


def test_cpp_lru_cache_deletes_the_object_after_each_test(programs: dict[str, Path]) -> None:
    tests = [
        LRU_EXAMPLE,
        [["LRUCache", "put", "get"], [[1], [1, 1], [-1]]],
        [["LRUCache", "get"], [[1], [5]]],
    ]
    lines, stdout = run(programs["cpp_lru"], stdin_of(*tests))
    printed = ["put 1\nput 2\nput 3\nput 4\nbye\n", "put 1\nbye\n", "bye\n"]
    assert lines == records(
        {"t": 0, "v": LRU_ANSWER},
        error(1, "exception", "std::invalid_argument", "negative key", call=2),
        {"t": 2, "v": [None, -1]},
        stdout=printed,
    )
    assert stdout == "".join(printed)


def test_c_lru_cache_frees_the_object_after_each_test(programs: dict[str, Path]) -> None:
    tests = [LRU_EXAMPLE, [["LRUCache", "get"], [[1], [5]]]]
    lines, _ = run(programs["c_lru"], stdin_of(*tests))
    assert lines == records(
        {"t": 0, "v": LRU_ANSWER}, {"t": 1, "v": [None, -1]}, stdout=["free\n", "free\n"]
    )


TEXT = '"\\\n\u0001\x7fé😀/'
DOUBLES = [0.1, 1e-300, 2.0, 1e16, 1e15, -0.0, 123.456, 0.0001, 0.00001, -1.5e300, 5e-324]
TREE = [3, 9, 20, None, None, 15, 7]
ECHO_CALLS: list[tuple[str, list[Any], Any]] = [
    ("text", [TEXT], TEXT),
    ("letter", ['"'], '"'),
    ("flag", [True], True),
    ("flag", [False], False),
    *(("real", [x], x) for x in DOUBLES),
    ("real", [3], 3.0),
    ("big", [2**63 - 1], 2**63 - 1),
    ("big", [-(2**63)], -(2**63)),
    ("words", [["a", "b c", ""]], ["a", "b c", ""]),
    ("words", [[]], []),
    ("grid", [[[1, 2], [3], []]], [[1, 2], [3], []]),
    ("chain", [[1, 2, 3]], [3, 2, 1]),
    ("chain", [[]], []),
    ("tree", [TREE], TREE),
    ("tree", [[1, None, 2, None, 3]], [1, None, 2, None, 3]),
    ("tree", [[]], []),
    ("depth", [TREE], 3),
]


def echo_test(calls: list[tuple[str, list[Any], Any]]) -> list[Any]:
    return [["Echo", *(c[0] for c in calls)], [[], *(c[1] for c in calls)]]


@pytest.mark.parametrize("language", ["cpp", "c"])
def test_every_type_round_trips(programs: dict[str, Path], language: str) -> None:
    raw_utf8 = json.dumps(echo_test(ECHO_CALLS)[1], ensure_ascii=False)
    stdin = stdin_of(echo_test(ECHO_CALLS)) + stdin_of(echo_test(ECHO_CALLS))
    stdin = stdin.replace(json.dumps(echo_test(ECHO_CALLS)[1]), raw_utf8, 1)
    lines, _ = run(programs[f"{language}_echo"], stdin)
    value = [None, *(c[2] for c in ECHO_CALLS)]
    assert lines == records({"t": 0, "v": value}, {"t": 1, "v": value})
    assert "\\u00e9\\ud83d\\ude00/" in lines[0]  # ASCII out, as json.dumps writes


@pytest.mark.parametrize("language", ["cpp", "c"])
def test_results_that_do_not_fit_the_type(programs: dict[str, Path], language: str) -> None:
    tests = [
        echo_test([("text", ["x"], "x"), ("loop", [3], None)]),
        echo_test([("notANumber", [], None)]),
        echo_test([("loop", [1], None)]),
        echo_test([("broken", [], None)]),
        echo_test([("big", [5], 5)]),
    ]
    lines, _ = run(programs[f"{language}_echo"], stdin_of(*tests))
    assert lines == records(
        error(0, "cycle", "", "the returned ListNode has a cycle", call=2),
        error(1, "type", "", "returned nan, which is not a finite double", call=1),
        error(2, "cycle", "", "the returned ListNode has a cycle", call=1),
        error(3, "type", "", "the returned string is not valid UTF-8", call=1),
        {"t": 4, "v": [None, 5]},
    )


def test_cpp_exception_in_a_void_method(programs: dict[str, Path]) -> None:
    tests = [echo_test([("fail", ["bad é"], None)]), echo_test([("flag", [True], True)])]
    lines, _ = run(programs["cpp_echo"], stdin_of(*tests))
    assert lines == records(
        error(0, "exception", "std::runtime_error", "bad é", call=1), {"t": 1, "v": [None, True]}
    )


def test_deep_structures_are_iterative(programs: dict[str, Path]) -> None:
    deep = list(range(100_000))
    right_spine: list[Any] = [0]
    for value in range(1, 20_000):
        right_spine += [None, value]
    tests = [echo_test([("chain", [deep], deep[::-1]), ("tree", [right_spine], right_spine)])]
    lines, _ = run(programs["cpp_echo"], stdin_of(*tests))
    assert lines == records({"t": 0, "v": [None, deep[::-1], right_spine]})


# --- starters ------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["cpp", "c"])
def test_echo_starter_compiles_and_returns_zero_values(
    programs: dict[str, Path], language: str
) -> None:
    calls = [c for c in ECHO_CALLS if c[0] != "tree" or c[1] == [TREE]]
    lines, _ = run(programs[f"{language}_echo_starter"], stdin_of(echo_test(calls)))
    zero = {
        "text": "",
        "letter": "\u0000",
        "flag": False,
        "real": 0.0,
        "big": 0,
        "words": [],
        "grid": [],
        "chain": [],
        "tree": [],
        "depth": 0,
    }
    assert lines == records({"t": 0, "v": [None, *(zero[c[0]] for c in calls)]})


def test_c_two_sum_starter_returns_an_empty_array(programs: dict[str, Path]) -> None:
    lines, _ = run(programs["c_two_sum_starter"], stdin_of(TWO_SUM_TESTS[0]))
    assert lines == records({"t": 0, "v": []})


def test_cpp_starter_text() -> None:
    assert CPP.starter(TWO_SUM) == (
        "class Solution {\npublic:\n"
        "    vector<int> twoSum(vector<int>& nums, int target) {\n        return {};\n    }\n};\n"
    )
    rotate = CPP.starter(ROTATE)
    assert "void rotate(vector<vector<int>>& matrix) {\n        \n    }" in rotate
    lru = CPP.starter(LRU)
    assert "    LRUCache(int capacity) {\n        \n    }\n" in lru
    assert "    int get(int key) {\n        return 0;\n    }\n" in lru
    assert " * Your LRUCache object will be instantiated and called as such:\n" in lru
    assert " * LRUCache* obj = new LRUCache(capacity);\n * int param_1 = obj->get(key);\n" in lru
    echo = CPP.starter(ECHO_CPP)
    assert " * Definition for singly-linked list.\n * struct ListNode {\n" in echo
    assert " * Definition for a binary tree node.\n" in echo
    assert "    ListNode* chain(ListNode* head) {\n        return nullptr;\n    }" in echo
    assert '    string text(string s) {\n        return "";\n    }' in echo


def test_c_starter_text() -> None:
    assert C.starter(TWO_SUM) == (
        "/**\n * Note: The returned array must be malloced, assume caller calls free().\n */\n"
        "int* twoSum(int* nums, int numsSize, int target, int* returnSize) {\n"
        "    *returnSize = 0;\n    return NULL;\n}\n"
    )
    assert C.starter(ROTATE) == (
        "void rotate(int** matrix, int matrixSize, int* matrixColSize) {\n    \n}\n"
    )
    lru = C.starter(LRU)
    assert lru.startswith("typedef struct {\n    \n} LRUCache;\n\n")
    assert "LRUCache* lRUCacheCreate(int capacity) {\n    return NULL;\n}\n" in lru
    assert "int lRUCacheGet(LRUCache* obj, int key) {\n    return 0;\n}\n" in lru
    assert "void lRUCachePut(LRUCache* obj, int key, int value) {\n    \n}\n" in lru
    assert "void lRUCacheFree(LRUCache* obj) {\n    \n}\n" in lru
    assert " * int param_1 = lRUCacheGet(obj, key);\n * lRUCachePut(obj, key, value);\n" in lru
    echo = C.starter(ECHO_C)
    assert "int** echoGrid(Echo* obj, int** g, int gSize, int* gColSize, int* retSize," in echo
    matrix = function("threeSum", params(("nums", "integer[]")), "list<list<integer>>")
    assert "*returnColumnSizes array" in C.starter(matrix)
    assert "int** threeSum(int* nums, int numsSize, int* returnSize, int** returnColumnSizes)" in (
        C.starter(matrix)
    )


# --- what C cannot express ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "reason"),
    [
        (function("f", params(("a", "integer[][][]")), "integer"), "at most two dimensions"),
        (function("f", params(("a", "string[][]")), "integer"), "2-D array of string"),
        (function("f", params(("a", "integer")), "list<list<ListNode>>"), "2-D array of ListNode"),
        (function("f", params(("a", "integer[]"), ("aSize", "integer")), "integer"), "'aSize'"),
        (design("Box", (), method("free", (), "void")), "boxFree"),
    ],
)
def test_c_says_what_it_cannot_express(spec: FunctionSpec, reason: str) -> None:
    problem = C.unsupported(spec)
    assert problem is not None and reason in problem
    assert CPP.unsupported(spec) is None


def test_c_takes_the_usual_signatures() -> None:
    for spec in (TWO_SUM, ROTATE, REMOVE_ELEMENT, LRU, ECHO_C):
        assert C.unsupported(spec) is None
