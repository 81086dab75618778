import type { components } from "./schema";

/**
 * The judge's live events as they arrive over `/api/submissions/{id}/events`.
 *
 * The schema types the envelope (`SubmissionEvent`) but leaves `data` open, so the payloads below
 * mirror `assay.core.events` by hand. Keep them in step with that module.
 */

export type Verdict = components["schemas"]["Verdict"];

export interface TestResultData {
  name: string;
  verdict: Verdict;
  cpu_time_s: number;
  wall_time_s: number;
  memory_kib: number;
  message: string;
  score: number | null;
  is_sample: boolean;
  input_text: string | null; // samples and custom input only
  expected_output: string | null;
  actual_output: string | null;
}

export interface JudgeResultData {
  verdict: Verdict;
  score: number | null;
  compile_output: string;
  max_cpu_time_s: number;
  max_memory_kib: number;
  tests: TestResultData[];
  message: string;
}

export type JudgeEventData =
  | { kind: "queued" }
  | { kind: "accepted" } // a worker took the job
  | { kind: "compiling" }
  | { kind: "compiled"; ok: boolean; output: string }
  // a hidden test's name is "Test N"; `is_sample` is absent from servers older than the field
  | { kind: "test_started"; index: number; total: number; name: string; is_sample?: boolean }
  | { kind: "test_finished"; index: number; total: number; result: TestResultData }
  | { kind: "finished"; result: JudgeResultData };

/** The envelope is the contract's `SubmissionEvent`; only its `data` is typed more tightly here. */
export type JudgeEvent = Omit<components["schemas"]["SubmissionEvent"], "data"> & { data: JudgeEventData };

const KINDS = new Set(["queued", "accepted", "compiling", "compiled", "test_started", "test_finished", "finished"]);

/** Validates the envelope; unknown kinds are dropped rather than crashing the page. */
export function parseJudgeEvent(raw: string): JudgeEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  const data = v.data as Record<string, unknown> | undefined;
  if (typeof v.seq !== "number" || typeof data !== "object" || typeof data.kind !== "string") return null;
  if (!KINDS.has(data.kind)) return null;
  return value as JudgeEvent;
}
