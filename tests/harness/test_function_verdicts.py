"""Verdicts of function problems in every language, end to end through the real sandbox: the
starter code, a crash, a loop, a memory bomb, an early exit, a flood of stdout, and programs that
try to forge the result channel (none may be accepted). The catalogue is
../shared/FUNCTION_PROBLEMS.md §8; the protocol is docs/function-problems.md.

Each language has one correct Two Sum with two holes: `@HEAD` (top-level declarations) and `@HOOK`
(the first statement of the function). A case fills them. Test 3 is the only one with two numbers,
so `len(nums) == 2` picks it; hostile programs act in the first call. Tests 1 and 2 being accepted
in the crash and loop cases show that each template is right.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from function_packages import write_package

from assay.core.events import Finished
from assay.core.types import JudgeResult, Verdict
from assay.harness import starter_code
from assay.judge.environment import make_environment
from assay.judge.function_judge import LEAKED_STATE_NOTE
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.judge.types import JudgeOptions, Source
from assay.problems.loader import load_problem
from assay.problems.model import Problem

pytestmark = [pytest.mark.sandbox, pytest.mark.slow]

TWO_SUM = """function_format_version: 1
name: twoSum
params: [{name: nums, type: "integer[]"}, {name: target, type: integer}]
return: {type: "integer[]"}
compare: {mode: unordered}
"""
SAMPLES = [([[2, 7, 11, 15], 9], [0, 1]), ([[3, 2, 4], 6], [1, 2])]
SECRET = [([[3, 3], 6], [0, 1]), ([[1, 5, 9, -4], 5], [2, 3]), ([[0, 4, 3, 0], 0], [0, 3])]

# Printed to stdout (a) or written to fd 3 (b): what a naive judge would take for results.
FAKE_LINES = ['{"t":0,"v":[0,1]}', '{"end":5}', "All tests passed"]
FORGED = '{"t":0,"v":[0,1]}\n{"t":1,"v":[1,2]}\n{"end":5}\n'


def literal(text: str) -> str:
    """A double-quoted string literal, the same in C, C++, Java, JavaScript, Go, Rust, Python."""
    return json.dumps(text)


# --- the programs -----------------------------------------------------------------------------

PYTHON = """import os, sys
@HEAD
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        @HOOK
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
"""
CPP = """#include <fcntl.h>
#include <unistd.h>
@HEAD
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        @HOOK
        unordered_map<int, int> seen;
        for (int i = 0; i < (int)nums.size(); i++) {
            auto it = seen.find(target - nums[i]);
            if (it != seen.end()) return {it->second, i};
            seen[nums[i]] = i;
        }
        return {};
    }
};
"""
C = """#include <fcntl.h>
#include <unistd.h>
@HEAD
int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    @HOOK
    for (int i = 0; i < numsSize; i++) {
        for (int j = 0; j < i; j++) {
            if (nums[i] + nums[j] == target) {
                int* out = malloc(2 * sizeof(int));
                out[0] = j;
                out[1] = i;
                *returnSize = 2;
                return out;
            }
        }
    }
    *returnSize = 0;
    return NULL;
}
"""
JAVA = """import java.io.*;
@HEAD
class Solution {
    public int[] twoSum(int[] nums, int target) {
        @HOOK
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Integer j = seen.get(target - nums[i]);
            if (j != null) return new int[] {j, i};
            seen.put(nums[i], i);
        }
        return new int[0];
    }
}
"""
JAVASCRIPT = """const fs = require("fs");
@HEAD
var twoSum = function(nums, target) {
    @HOOK
    const seen = new Map();
    for (let i = 0; i < nums.length; i++) {
        if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
        seen.set(nums[i], i);
    }
    return [];
};
"""
GO = """@HEAD
func twoSum(nums []int, target int) []int {
	@HOOK
	seen := map[int]int{}
	for i, x := range nums {
		if j, ok := seen[target-x]; ok {
			return []int{j, i}
		}
		seen[x] = i
	}
	return nil
}
"""
RUST = """@HEAD
impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        @HOOK
        let mut seen = std::collections::HashMap::new();
        for (i, &x) in nums.iter().enumerate() {
            if let Some(&j) = seen.get(&(target - x)) {
                return vec![j, i as i32];
            }
            seen.insert(x, i as i32);
        }
        vec![]
    }
}
"""

TEMPLATES = {
    "python3": PYTHON,
    "cpp": CPP,
    "java": JAVA,
    "javascript": JAVASCRIPT,
    "go": GO,
    "rust": RUST,
    "c": C,
}
LANGUAGES = list(TEMPLATES)

_PRINT = {
    "python3": "print({}, flush=True);",
    "cpp": "cout << {} << endl;",
    "c": "puts({});",
    "java": "System.out.println({});",
    "javascript": "console.log({});",
    "go": "fmt.Println({});",
    "rust": 'println!("{{}}", {});',
}
_PRINT_FAKE = {
    language: " ".join(pattern.format(literal(line)) for line in FAKE_LINES) + " "
    for language, pattern in _PRINT.items()
}
_EXIT = {
    "python3": "os._exit(0)",
    "cpp": "exit(0);",
    "c": "exit(0);",
    "java": "System.exit(0);",
    "javascript": "process.exit(0);",
    "go": "os.Exit(0)",
    "rust": "std::process::exit(0);",
}

# case -> language -> (head, hook). Go rejects unused imports: a head imports what its hook uses.
PROGRAMS: dict[str, dict[str, tuple[str, str]]] = {
    "exception": {
        "python3": ("", 'if len(nums) == 2: raise ValueError("boom")'),
        "cpp": ("", 'if (nums.size() == 2) throw runtime_error("boom");'),
        "java": ("", 'if (nums.length == 2) throw new IllegalStateException("boom");'),
        "javascript": ("", 'if (nums.length === 2) throw new Error("boom");'),
        "go": ("", 'if len(nums) == 2 { panic("boom") }'),
        "rust": ("", 'if nums.len() == 2 { panic!("boom"); }'),
        # C has no exceptions: an out-of-bounds write far past the array.
        "c": ("", "if (numsSize == 2) nums[1 << 28] = 1;"),
    },
    "loop": {  # volatile: GCC may drop a side-effect-free loop (-ffinite-loops)
        "python3": ("", "while len(nums) == 2: pass"),
        "cpp": ("", "volatile int spin = 1; while (nums.size() == 2 && spin) {}"),
        "java": ("", "while (nums.length == 2) {}"),
        "javascript": ("", "while (nums.length === 2) {}"),
        "go": ("", "for len(nums) == 2 {}"),
        "rust": ("", "while nums.len() == 2 {}"),
        "c": ("", "volatile int spin = 1; while (numsSize == 2 && spin) {}"),
    },
    "bomb": {  # 2 GiB in 64 MiB blocks, every page written, kept reachable
        "python3": ("hog = []", "for _ in range(32): hog.append(b'x' * (64 << 20))"),
        "cpp": (
            "vector<string> hog;",
            "for (int k = 0; k < 32; k++) hog.emplace_back(64 << 20, char('a' + k));",
        ),
        "java": (
            "",
            "List<long[]> hog = new ArrayList<>(); for (int k = 0; k < 256; k++)"
            " { long[] a = new long[1 << 20]; Arrays.fill(a, k + 1); hog.add(a); }",
        ),
        "javascript": (
            "const hog = [];",
            "for (let k = 0; k < 32; k++) hog.push(Buffer.alloc(64 << 20, k + 1));",
        ),
        "go": (
            "var hog [][]byte",
            "for k := 0; k < 32; k++ { b := make([]byte, 64<<20); for i := range b"
            " { b[i] = byte(k + 1) }; hog = append(hog, b) }",
        ),
        "rust": (
            "",
            "let mut hog: Vec<Vec<u8>> = Vec::new(); for k in 0..32u8 { hog.push(vec![k + 1;"
            " 64 << 20]); unsafe { std::ptr::read_volatile(&hog[k as usize][0]) }; }",
        ),
        "c": (
            "char* hog[32];",
            "for (int k = 0; k < 32; k++) { hog[k] = malloc(64 << 20);"
            " memset(hog[k], k + 1, 64 << 20); }",
        ),
    },
    # V8's heap limit (--max-old-space-size) comes before the cgroup's: the driver aborts
    "bomb-heap": {
        "javascript": (
            "",
            "const hog = []; for (;;) hog.push(new Array(1 << 20).fill(hog.length));",
        ),
    },
    "exit": {language: ("", hook) for language, hook in _EXIT.items()}
    | {"go": ('import "os"', _EXIT["go"])},
    "exit-sys": {"python3": ("", "sys.exit(0)")},  # SystemExit: the driver must not end cleanly
    # (a) fake records and a success line on stdout, then exit 0
    "fake-stdout": {
        language: ("", _PRINT_FAKE[language] + _EXIT[language]) for language in LANGUAGES
    }
    | {"go": ('import ("fmt"; "os")', _PRINT_FAKE["go"] + _EXIT["go"])},
    # (b) the public samples' answers and an end written straight to fd 3, then exit 0
    "forged": {
        "python3": ("", f"os.write(3, {literal(FORGED)}.encode()); os._exit(0)"),
        "cpp": ("", f"write(3, {literal(FORGED)}, {len(FORGED)}); _exit(0);"),
        "c": ("", f"write(3, {literal(FORGED)}, {len(FORGED)}); _exit(0);"),
        "java": (
            "",
            'try (FileOutputStream f = new FileOutputStream("/dev/fd/3"))'
            f" {{ f.write({literal(FORGED)}.getBytes()); }} catch (IOException e) {{}}"
            " Runtime.getRuntime().halt(0);",
        ),
        "javascript": ("", f"fs.writeSync(3, {literal(FORGED)}); process.exit(0);"),
        "go": (
            'import ("os"; "syscall")',
            f"syscall.Write(3, []byte({literal(FORGED)})); os.Exit(0)",
        ),
        "rust": (
            "use std::io::Write; use std::os::unix::io::FromRawFd;",
            "let mut f = unsafe { std::fs::File::from_raw_fd(3) };"
            f" f.write_all(b{literal(FORGED)}).unwrap();"
            " std::process::exit(0);",
        ),
    },
    # (c) the channel taken away in the first call (/dev/null over fd 3), then right answers
    "closed": {
        "python3": ("", 'os.dup2(os.open("/dev/null", os.O_WRONLY), 3)'),
        "cpp": ("", 'dup2(open("/dev/null", O_WRONLY), 3);'),
        "c": ("", 'dup2(open("/dev/null", O_WRONLY), 3);'),
        # The JVM cannot dup2: swap the driver's channel stream for /dev/null by reflection.
        "java": (
            "",
            'try { java.lang.reflect.Field f = Class.forName("AssayRunner")'
            '.getDeclaredField("channel"); f.setAccessible(true);'
            ' f.set(null, new FileOutputStream("/dev/null")); }'
            " catch (Exception e) { throw new RuntimeException(e); }",
        ),
        # Node cannot dup2 either: close fd 3 and open /dev/null, which takes the lowest fd.
        "javascript": ("", 'fs.closeSync(3); fs.openSync("/dev/null", "w");'),
        "go": (
            'import "syscall"',
            'if fd, err := syscall.Open("/dev/null", syscall.O_WRONLY, 0); err == nil'
            " { syscall.Dup2(fd, 3) }",
        ),
        "rust": (
            'use std::os::unix::io::AsRawFd; extern "C" { fn dup2(old: i32, new: i32) -> i32; }',
            'let null = std::fs::OpenOptions::new().write(true).open("/dev/null").unwrap();'
            " unsafe { dup2(null.as_raw_fd(), 3) };",
        ),
    },
    # (d) an endless stream of bytes on fd 3
    "flood": {
        "python3": ("", 'while True: os.write(3, b"x" * 65536)'),
        "cpp": (
            "",
            "static char b[65536]; memset(b, 'x', sizeof b); for (;;) write(3, b, sizeof b);",
        ),
        "c": (
            "",
            "static char b[65536]; memset(b, 'x', sizeof b); for (;;) write(3, b, sizeof b);",
        ),
        "java": (
            "",
            'try (FileOutputStream f = new FileOutputStream("/dev/fd/3"))'
            " { byte[] b = new byte[65536]; Arrays.fill(b, (byte) 'x'); while (true) f.write(b); }"
            " catch (IOException e) {}",
        ),
        "javascript": ('const junk = Buffer.alloc(65536, "x");', "for (;;) fs.writeSync(3, junk);"),
        "go": (
            'import ("strings"; "syscall")',
            'junk := []byte(strings.Repeat("x", 65536)); for { syscall.Write(3, junk) }',
        ),
        "rust": (
            "use std::io::Write; use std::os::unix::io::FromRawFd;",
            "let mut f = unsafe { std::fs::File::from_raw_fd(3) };"
            " loop { let _ = f.write(&[b'x'; 65536]); }",
        ),
    },
    # 10 MiB on stdout in the first call (the cap is 8 MiB)
    "ole": {
        "python3": ("", 'sys.stdout.write("x" * (10 << 20)); sys.stdout.flush()'),
        "cpp": ("", "cout << string(10 << 20, 'x') << flush;"),
        "c": ("", "for (int k = 0; k < (10 << 20); k++) putchar('x'); fflush(stdout);"),
        "java": ("", 'System.out.print("x".repeat(10 << 20)); System.out.flush();'),
        "javascript": ("", 'process.stdout.write("x".repeat(10 << 20));'),
        "go": ('import ("fmt"; "strings")', 'fmt.Print(strings.Repeat("x", 10<<20))'),
        "rust": (
            "use std::io::Write;",
            'print!("{}", "x".repeat(10 << 20)); std::io::stdout().flush().unwrap();',
        ),
    },
}


def program(case: str, language: str) -> str:
    head, hook = PROGRAMS[case][language]
    return TEMPLATES[language].replace("@HEAD", head).replace("@HOOK", hook)


def hook_line(source: str, marker: str) -> int:
    return next(n for n, text in enumerate(source.splitlines(), 1) if marker in text)


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def env(sandbox_cache_dir: Path) -> JudgeEnvironment:
    return make_environment(1, cache_dir=sandbox_cache_dir)


@pytest.fixture(scope="module")
def two_sum(tmp_path_factory: pytest.TempPathFactory) -> Problem:
    root = tmp_path_factory.mktemp("verdicts") / "twosum"
    return load_problem(write_package(root, TWO_SUM, SAMPLES, SECRET))


def _judge(env: JudgeEnvironment, problem: Problem, language: str, code: str) -> JudgeResult:
    events = list(judge(problem, Source(code, language), JudgeOptions(), env))
    finished = events[-1]
    assert isinstance(finished, Finished)
    return finished.result


def _verdicts(result: JudgeResult) -> list[Verdict]:
    return [test.verdict for test in result.tests]


def _show(result: JudgeResult) -> str:
    tests = [(t.name, t.verdict.value, t.message[:300]) for t in result.tests]
    return f"{result.verdict.value} {tests} {result.compile_output[:2000]}"


# --- the tests --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_starter_code_compiles_and_gets_a_wrong_answer(
    env: JudgeEnvironment, two_sum: Problem, language: str
) -> None:
    assert two_sum.function is not None
    result = _judge(env, two_sum, language, starter_code(two_sum.function, language))
    assert result.verdict == Verdict.WA, _show(result)
    assert _verdicts(result) == [Verdict.WA]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_crash_on_test_3_is_a_runtime_error_at_the_users_line(
    env: JudgeEnvironment, two_sum: Problem, language: str
) -> None:
    code = program("exception", language)
    result = _judge(env, two_sum, language, code)
    assert _verdicts(result) == [Verdict.AC, Verdict.AC, Verdict.RE], _show(result)
    message = result.tests[2].message
    if language == "c":
        assert "SIGSEGV" in message, message
    elif language == "cpp":  # a C++ exception carries no line
        assert message.startswith("std::runtime_error: boom"), message
    else:
        assert "boom" in message, message
        assert f"line {hook_line(code, 'boom')}" in message, message


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_infinite_loop_on_test_3_is_a_time_limit(
    env: JudgeEnvironment, two_sum: Problem, language: str
) -> None:
    result = _judge(env, two_sum, language, program("loop", language))
    assert _verdicts(result) == [Verdict.AC, Verdict.AC, Verdict.TLE], _show(result)


def _spend_on_test_3(how: str) -> str:
    """Python Two Sum that spends 1.4 s on test 3 (the limit is 1 s), then answers right."""
    hook = f"t0 = time.{how}()\n        while len(nums) == 2 and time.{how}() - t0 < 1.4: pass"
    if how == "sleep":
        hook = "if len(nums) == 2: time.sleep(1.4)"
    return PYTHON.replace("@HEAD", "import time").replace("@HOOK", hook)


def test_a_test_that_ends_past_the_cpu_limit_is_a_time_limit(
    env: JudgeEnvironment, two_sum: Problem
) -> None:
    """The right answer after 1.4 s of CPU on a 1 s limit: TLE, as in a stdin/stdout run (the
    judge's wall budget, 1.5 x limit + 1 s, would have let it through)."""
    result = _judge(env, two_sum, "python3", _spend_on_test_3("process_time"))
    assert _verdicts(result) == [Verdict.AC, Verdict.AC, Verdict.TLE], _show(result)
    # The message says which limit, in figures: a starved machine reads differently.
    assert "during test 3 (CPU time 1." in result.tests[2].message, result.tests[2].message


def test_a_test_that_sleeps_is_timed_on_cpu_and_wall_apart(
    env: JudgeEnvironment, two_sum: Problem
) -> None:
    """Sleeping 1.4 s spends no CPU: accepted, inside the wall budget, and the test's CPU time is
    the box's (cgroup) CPU, not the judge's clock."""
    result = _judge(env, two_sum, "python3", _spend_on_test_3("sleep"))
    assert result.verdict == Verdict.AC, _show(result)
    slept = result.tests[2]
    # Wall time per test is the judge's clock between two records, each noted when it is read:
    # the record before may be read a little late (1.398 s was seen), so not 1.4 exactly.
    assert slept.wall_time_s >= 1.3, slept
    assert slept.cpu_time_s < 0.7, slept


@pytest.mark.parametrize(
    ("case", "language"),
    [("bomb", language) for language in LANGUAGES] + [("bomb-heap", "javascript")],
)
def test_a_memory_bomb_is_a_memory_limit(
    env: JudgeEnvironment, two_sum: Problem, case: str, language: str
) -> None:
    result = _judge(env, two_sum, language, program(case, language))
    assert _verdicts(result) == [Verdict.MLE], _show(result)


@pytest.mark.parametrize(
    ("case", "language"), [("exit", language) for language in LANGUAGES] + [("exit-sys", "python3")]
)
def test_an_early_exit_is_a_runtime_error(
    env: JudgeEnvironment, two_sum: Problem, case: str, language: str
) -> None:
    result = _judge(env, two_sum, language, program(case, language))
    assert _verdicts(result) == [Verdict.RE], _show(result)


# What each attack comes to (the attack ran, rather than failing some other way).
HOSTILE = {
    "fake-stdout": (Verdict.RE, "your code exited during test 1"),
    "forged": (Verdict.WA, "result channel corrupted"),
    "closed": (Verdict.RE, "your code exited during test 1"),
    "flood": (Verdict.WA, "result channel corrupted"),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_program_is_never_accepted(
    env: JudgeEnvironment, two_sum: Problem, case: str, language: str
) -> None:
    result = _judge(env, two_sum, language, program(case, language))
    assert result.verdict not in (Verdict.AC, Verdict.JE, Verdict.CE), _show(result)
    verdict, reason = HOSTILE[case]
    assert result.verdict == verdict and result.tests[-1].message.startswith(reason), _show(result)
    # A forged channel says nothing about state kept between tests.
    assert all(LEAKED_STATE_NOTE not in test.message for test in result.tests), _show(result)


@pytest.mark.parametrize("language", LANGUAGES)
def test_ten_mebibytes_of_stdout_is_an_output_limit(
    env: JudgeEnvironment, two_sum: Problem, language: str
) -> None:
    result = _judge(env, two_sum, language, program("ole", language))
    assert _verdicts(result) == [Verdict.OLE], _show(result)
