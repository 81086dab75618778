/**
 * Test cases of function ("LeetCode-style") problems: one JSON text per parameter (or, for design
 * problems, the operations and their arguments). Checked lightly in the browser, sent to the
 * judge as custom input (one line per field), kept per problem in local storage, and the judge's
 * per-case results read back (their names, the named input, the message and the captured stdout).
 */
import { browserStore, readJson, removeKey, writeJson, type KeyValueStore } from "./storage";

/** One case: a JSON text per field, in field order. */
export type FunctionCase = string[];

export const MAX_CASES = 20;

/** The labels of a case's fields: the parameters' names, or "operations" and "arguments". */
export function caseFieldNames(spec: { kind: "function" | "design"; params: readonly { name: string }[] }): string[] {
  return spec.kind === "design" ? ["operations", "arguments"] : spec.params.map((p) => p.name);
}

/** A field as one line: JSON allows no raw line break inside a string, so breaks are whitespace. */
function oneLine(text: string): string {
  return text.replace(/\r\n?|\n/g, " ").trim();
}

/** The custom input for a run: every case's fields, one per line, cases one after another. */
export function serializeCases(cases: readonly FunctionCase[]): string {
  return cases.map((c) => c.map((field) => `${oneLine(field)}\n`).join("")).join("");
}

export interface FieldError {
  caseIndex: number; // 0-based
  fieldIndex: number | null; // null: the case as a whole
  message: string;
}

function jsonProblem(text: string): string | null {
  if (!text.trim()) return "Enter a JSON value.";
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return `Not valid JSON: ${detail}`;
  }
}

/**
 * Client-side checks before a run: every field must be JSON; for a design problem the operations
 * and arguments must be two arrays of the same length. Types are left to the server.
 */
export function validateCases(cases: readonly FunctionCase[], kind: "function" | "design"): FieldError[] {
  const errors: FieldError[] = [];
  cases.forEach((fields, caseIndex) => {
    const before = errors.length;
    fields.forEach((text, fieldIndex) => {
      const message = jsonProblem(text);
      if (message) errors.push({ caseIndex, fieldIndex, message });
    });
    if (kind !== "design" || errors.length > before) return;
    const [ops, args] = fields.map((f) => JSON.parse(f) as unknown);
    if (!Array.isArray(ops) || !ops.every((o) => typeof o === "string")) {
      errors.push({ caseIndex, fieldIndex: 0, message: "Expected a list of operation names." });
    } else if (!Array.isArray(args)) {
      errors.push({ caseIndex, fieldIndex: 1, message: "Expected a list with one argument list per operation." });
    } else if (args.length !== ops.length) {
      errors.push({
        caseIndex,
        fieldIndex: 1,
        message: `${ops.length} operation${ops.length === 1 ? "" : "s"} but ${args.length} argument list${args.length === 1 ? "" : "s"}.`,
      });
    }
  });
  return errors;
}

/**
 * Where a judge's refusal points: "case 2: nums[1]: expected integer, got a string" is case 2's
 * `nums` field. Unknown shapes point nowhere (null).
 */
export function locateServerError(message: string, fieldNames: readonly string[]): FieldError | null {
  const m = /^\s*(?:invalid test case:\s*)?case\s+(\d+)\s*:\s*(.*)$/is.exec(message);
  if (!m) return null;
  const caseIndex = Number(m[1]) - 1;
  if (!Number.isInteger(caseIndex) || caseIndex < 0) return null;
  const rest = m[2] ?? "";
  const name = /^([A-Za-z_$][\w$]*)/.exec(rest)?.[1];
  const fieldIndex = name === undefined ? -1 : fieldNames.indexOf(name);
  return { caseIndex, fieldIndex: fieldIndex >= 0 ? fieldIndex : null, message };
}

const STDOUT_MARK = "\nstdout:\n";

/** A test's message is the error or diff text, optionally followed by "\nstdout:\n" and the stdout. */
export function splitMessage(text: string | null | undefined): { message: string; stdout: string | null } {
  if (!text) return { message: "", stdout: null };
  if (text.startsWith(STDOUT_MARK.slice(1))) return { message: "", stdout: text.slice(STDOUT_MARK.length - 1) };
  const at = text.indexOf(STDOUT_MARK);
  if (at < 0) return { message: text, stdout: null };
  return { message: text.slice(0, at), stdout: text.slice(at + STDOUT_MARK.length) };
}

/** The case a result belongs to: "custom" is the only case, "customN" the N-th; others are not cases. */
export function caseIndexOfTest(name: string): number | null {
  if (name === "custom") return 0;
  const m = /^custom(\d+)$/.exec(name);
  return m ? Number(m[1]) - 1 : null;
}

export interface NamedValue {
  name: string;
  value: string;
}

/** "nums = [2,7]\ntarget = 9" as named values; text in another shape is one unnamed value. */
export function parseNamedInput(text: string): NamedValue[] {
  const out: NamedValue[] = [];
  for (const line of text.split("\n")) {
    const m = /^([A-Za-z_$][\w$]*) = (.*)$/.exec(line);
    const last = out[out.length - 1];
    if (m) out.push({ name: m[1] ?? "", value: m[2] ?? "" });
    else if (last) last.value += `\n${line}`;
    else out.push({ name: "", value: line });
  }
  return out.length > 1 || out[0]?.name ? out : [{ name: "", value: text }];
}

/* ---------- persistence ---------- */

const PREFIX = "assay:cases:v1:";

export function casesKey(problem: string): string {
  return `${PREFIX}${encodeURIComponent(problem)}`;
}

interface StoredCases {
  cases: FunctionCase[];
  savedAtMs: number;
}

function isCases(value: unknown, width: number): value is FunctionCase[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((c) => Array.isArray(c) && c.length === width && c.every((f) => typeof f === "string"))
  );
}

/** Edited cases per problem; a stored set that no longer fits the signature is ignored. */
export class CaseStore {
  constructor(
    private readonly store: KeyValueStore | null = browserStore(),
    private readonly now: () => number = Date.now,
  ) {}

  load(problem: string, width: number): FunctionCase[] | null {
    const value = readJson(this.store, casesKey(problem));
    if (typeof value !== "object" || value === null) return null;
    const cases = (value as Partial<StoredCases>).cases;
    return isCases(cases, width) ? cases : null;
  }

  save(problem: string, cases: readonly FunctionCase[]): boolean {
    const stored: StoredCases = { cases: cases.map((c) => [...c]), savedAtMs: this.now() };
    return writeJson(this.store, casesKey(problem), stored);
  }

  clear(problem: string): void {
    removeKey(this.store, casesKey(problem));
  }
}

/** The examples as editable cases, padded or cut to the field count. */
export function exampleCases(cases: readonly (readonly string[])[], width: number): FunctionCase[] {
  const out = cases.map((c) => Array.from({ length: width }, (_, i) => c[i] ?? ""));
  return out.length ? out : [Array.from({ length: width }, () => "")];
}

export function sameCases(a: readonly FunctionCase[], b: readonly FunctionCase[]): boolean {
  return a.length === b.length && a.every((c, i) => c.length === b[i]?.length && c.every((f, j) => f === b[i]?.[j]));
}
