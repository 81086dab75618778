import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { TestResultData } from "../../api/events";
import type { ProblemDetail } from "../../api/problems";
import { ConsolePanel } from "./ConsolePanel";
import { ConsoleContext, type ConsoleState } from "./consoleContext";
import { idleProgress, type JudgeProgress } from "./judgeProgress";

const problem = (fn: ProblemDetail["function"]): ProblemDetail => ({
  slug: "two-sum",
  title: "Two Sum",
  difficulty: "easy",
  tags: [],
  hidden: false,
  attempts: 0,
  accepted: 0,
  acceptance_rate: null,
  solvers: 0,
  status: null,
  version: 1,
  statement_html: "",
  samples: [{ name: "1", input: "1 2\n", output: "3\n" }],
  time_limit_s: 1,
  memory_mib: 256,
  is_interactive: false,
  is_scoring: false,
  test_count: 3,
  languages: [],
  updated_at: "2025-01-01T00:00:00Z",
  function: fn,
  number: null,
  kind: fn ? "function" : "contest",
  hints: [],
  has_editorial: false,
});

const test = (name: string, verdict: TestResultData["verdict"]): TestResultData => ({
  name,
  verdict,
  cpu_time_s: 0.01,
  wall_time_s: 0.01,
  memory_kib: 1024,
  message: verdict === "AC" ? "" : "expected [0,1], got [1,0]",
  score: null,
  is_sample: false,
  input_text: "nums = [2,7]\ntarget = 9",
  expected_output: "[0,1]",
  actual_output: verdict === "AC" ? "[0,1]" : "[1,0]",
  revealed: false,
});

const finished = (tests: TestResultData[]): JudgeProgress => ({
  ...idleProgress,
  phase: "finished",
  total: tests.length,
  done: tests.length,
  tests: tests.map((t, i) => ({ index: i + 1, name: t.name, result: t })),
  result: {
    verdict: "WA",
    score: null,
    compile_output: "",
    max_cpu_time_s: 0.01,
    max_memory_kib: 1024,
    tests,
    message: "",
  },
});

const base = {
  onTab: () => undefined,
  customInput: "",
  onCustomInput: () => undefined,
  useCustom: false,
  onUseCustom: () => undefined,
  kind: "run" as const,
  ranCustom: true,
  submissionId: null,
  connection: null,
  standing: null,
  onJump: () => undefined,
  cases: null,
  ranCases: null,
};

function inConsole(state: ConsoleState) {
  return (
    <ConsoleContext.Provider value={state}>
      <ConsolePanel />
    </ConsoleContext.Provider>
  );
}

describe("ConsolePanel", () => {
  it("shows a function run's results as case tabs", () => {
    const fn = { kind: "function" as const, name: "f", params: [], returns: "integer[]", methods: [], cases: [] };
    const progress = finished([test("custom1", "AC"), test("custom2", "WA")]);
    render(inConsole({ ...base, problem: problem(fn), tab: "result", progress: progress }));
    expect(screen.getByText("Run on your cases")).toBeTruthy();
    expect(screen.getByTestId("case-result-tab-2").getAttribute("aria-selected")).toBe("true");
    expect(screen.getByTestId("case-output").textContent).toBe("[1,0]");
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("keeps the samples and the test table for stdin/stdout problems", () => {
    const progress = finished([test("1", "AC")]);
    const { unmount } = render(inConsole({ ...base, problem: problem(null), tab: "result", progress: progress }));
    expect(screen.getByRole("table")).toBeTruthy();
    expect(screen.queryByTestId("case-result-tab-1")).toBeNull();
    unmount();
    render(inConsole({ ...base, problem: problem(null), tab: "testcase", progress: idleProgress }));
    expect(screen.getByTestId("custom-case")).toBeTruthy();
  });
});
