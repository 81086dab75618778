/**
 * Folds the judge's event stream into what the console shows: the phase, "Test i/n", the rows
 * that have arrived, the compiler's verdict and the final result.
 */
import type { JudgeEvent, JudgeResultData, TestResultData } from "../../api/events";

export type Phase = "idle" | "submitting" | "queued" | "compiling" | "running" | "finished" | "failed";

export interface TestRow {
  index: number; // 1-based
  name: string;
  isSample?: boolean;
  result: TestResultData | null; // null while the test runs
}

export interface JudgeProgress {
  phase: Phase;
  total: number | null;
  done: number;
  current: number | null;
  compile: { ok: boolean; output: string } | null;
  tests: TestRow[];
  result: JudgeResultData | null;
  error: string | null;
}

export const idleProgress: JudgeProgress = {
  phase: "idle",
  total: null,
  done: 0,
  current: null,
  compile: null,
  tests: [],
  result: null,
  error: null,
};

export type ProgressAction =
  | { type: "submit" }
  | { type: "accepted" } // the API answered 202
  | { type: "event"; event: JudgeEvent }
  | { type: "error"; message: string }
  | { type: "reset" };

function upsert(rows: TestRow[], row: TestRow): TestRow[] {
  const next = rows.filter((r) => r.index !== row.index);
  next.push(row);
  return next.sort((a, b) => a.index - b.index);
}

function applyFinished(state: JudgeProgress, result: JudgeResultData): JudgeProgress {
  const fromResult = result.tests.map((t, i) => ({ index: i + 1, name: t.name, result: t }));
  const tests = fromResult.length ? fromResult : state.tests.filter((r) => r.result !== null);
  const compile = result.verdict === "CE" ? { ok: false, output: result.compile_output } : state.compile;
  return {
    ...state,
    phase: "finished",
    current: null,
    tests,
    done: tests.length,
    total: state.total ?? tests.length,
    compile,
    result,
  };
}

export function applyEvent(state: JudgeProgress, event: JudgeEvent): JudgeProgress {
  const d = event.data;
  switch (d.kind) {
    case "queued":
    case "accepted":
      return { ...state, phase: "queued" };
    case "compiling":
      return { ...state, phase: "compiling" };
    case "compiled":
      return { ...state, compile: { ok: d.ok, output: d.output }, phase: d.ok ? "running" : state.phase };
    case "test_started":
      return {
        ...state,
        phase: "running",
        total: d.total,
        current: d.index,
        tests: upsert(state.tests, { index: d.index, name: d.name, isSample: d.is_sample, result: null }),
      };
    case "test_finished": {
      const tests = upsert(state.tests, { index: d.index, name: d.result.name, result: d.result });
      return { ...state, phase: "running", total: d.total, tests, done: tests.filter((t) => t.result).length };
    }
    case "finished":
      return applyFinished(state, d.result);
  }
}

export function progressReducer(state: JudgeProgress, action: ProgressAction): JudgeProgress {
  switch (action.type) {
    case "submit":
      return { ...idleProgress, phase: "submitting" };
    case "accepted":
      return state.phase === "submitting" ? { ...state, phase: "queued" } : state;
    case "event":
      return applyEvent(state, action.event);
    case "error":
      return { ...state, phase: "failed", error: action.message, current: null };
    case "reset":
      return idleProgress;
  }
}

export function isBusy(p: JudgeProgress): boolean {
  return p.phase === "submitting" || p.phase === "queued" || p.phase === "compiling" || p.phase === "running";
}

/** The one-line status: "Queued…", "Compiling…", "Test 7/42". */
export function progressLabel(p: JudgeProgress): string {
  switch (p.phase) {
    case "submitting":
      return "Sending…";
    case "queued":
      return "Queued…";
    case "compiling":
      return "Compiling…";
    case "running":
      return p.total ? `Test ${p.current ?? p.done}/${p.total}` : "Running…";
    case "finished":
      return "Finished";
    case "failed":
      return p.error ?? "Failed";
    case "idle":
      return "";
  }
}

/** 0..1 for the progress bar: compiling counts as the first 5%. */
export function progressFraction(p: JudgeProgress): number {
  if (p.phase === "finished") return 1;
  if (!p.total) return p.phase === "compiling" ? 0.03 : 0;
  return 0.05 + 0.95 * (p.done / p.total);
}
