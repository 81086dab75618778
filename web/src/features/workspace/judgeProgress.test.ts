import { describe, expect, it } from "vitest";
import type { JudgeEvent, TestResultData } from "../../api/events";
import {
  idleProgress,
  isBusy,
  progressFraction,
  progressLabel,
  progressReducer,
  type JudgeProgress,
} from "./judgeProgress";

const test = (name: string, verdict: TestResultData["verdict"] = "AC"): TestResultData => ({
  name,
  verdict,
  cpu_time_s: 0.01,
  wall_time_s: 0.02,
  memory_kib: 2048,
  message: "",
  score: null,
  is_sample: name.startsWith("sample"),
  input_text: null,
  expected_output: null,
  actual_output: null,
  revealed: false,
});

let seq = 0;
const e = (data: JudgeEvent["data"]) => ({ type: "event" as const, event: { submission_id: "s", seq: seq++, data } });

function run(...actions: Parameters<typeof progressReducer>[1][]): JudgeProgress {
  return actions.reduce(progressReducer, idleProgress);
}

describe("progressReducer", () => {
  it("walks through the phases of an accepted submission", () => {
    let p = run({ type: "submit" });
    expect(progressLabel(p)).toBe("Sending…");
    expect(isBusy(p)).toBe(true);
    p = progressReducer(p, { type: "accepted" });
    expect(p.phase).toBe("queued");
    p = progressReducer(p, e({ kind: "compiling" }));
    expect(progressLabel(p)).toBe("Compiling…");
    p = progressReducer(p, e({ kind: "compiled", ok: true, output: "" }));
    p = progressReducer(p, e({ kind: "test_started", index: 1, total: 3, name: "sample-1", is_sample: true }));
    expect(progressLabel(p)).toBe("Test 1/3");
    expect(p.tests).toEqual([{ index: 1, name: "sample-1", isSample: true, result: null }]);
    p = progressReducer(p, e({ kind: "test_finished", index: 1, total: 3, result: test("sample-1") }));
    p = progressReducer(p, e({ kind: "test_started", index: 2, total: 3, name: "t2", is_sample: false }));
    expect(progressLabel(p)).toBe("Test 2/3");
    expect(p.done).toBe(1);
    expect(progressFraction(p)).toBeCloseTo(0.05 + 0.95 / 3);
    p = progressReducer(p, e({ kind: "test_finished", index: 2, total: 3, result: test("t2", "WA") }));
    p = progressReducer(
      p,
      e({
        kind: "finished",
        result: {
          verdict: "WA",
          score: null,
          compile_output: "",
          max_cpu_time_s: 0.01,
          max_memory_kib: 2048,
          tests: [test("sample-1"), test("t2", "WA")],
          message: "",
        },
      }),
    );
    expect(p.phase).toBe("finished");
    expect(isBusy(p)).toBe(false);
    expect(p.tests.map((t) => t.result?.verdict)).toEqual(["AC", "WA"]);
    expect(progressFraction(p)).toBe(1);
    expect(p.total).toBe(3);
  });

  it("keeps the compiler output for a compile error", () => {
    const p = run(
      { type: "submit" },
      e({ kind: "compiling" }),
      e({ kind: "compiled", ok: false, output: "main.cpp:1:1: error: x" }),
      e({
        kind: "finished",
        result: {
          verdict: "CE",
          score: null,
          compile_output: "main.cpp:1:1: error: x",
          max_cpu_time_s: 0,
          max_memory_kib: 0,
          tests: [],
          message: "",
        },
      }),
    );
    expect(p.compile).toEqual({ ok: false, output: "main.cpp:1:1: error: x" });
    expect(p.result?.verdict).toBe("CE");
    expect(p.tests).toEqual([]);
  });

  it("records an error and resets", () => {
    const p = run({ type: "submit" }, { type: "error", message: "Too many requests" });
    expect(p.phase).toBe("failed");
    expect(progressLabel(p)).toBe("Too many requests");
    expect(progressReducer(p, { type: "reset" })).toBe(idleProgress);
  });

  it("keeps rows sorted when events arrive out of order", () => {
    const p = run(
      e({ kind: "test_finished", index: 2, total: 2, result: test("b") }),
      e({ kind: "test_finished", index: 1, total: 2, result: test("a") }),
    );
    expect(p.tests.map((t) => t.name)).toEqual(["a", "b"]);
  });
});
