/**
 * The console of a function (LeetCode-style) problem: the editable cases, one tab each with a
 * field per parameter, and a run's results, one tab per case.
 */
import { useEffect, useMemo, useState } from "react";
import type { TestResultData } from "../../api/events";
import { CheckIcon, PlusIcon, ResetIcon, XIcon } from "../../components/Icons";
import type { ResultRow } from "../../components/judge/ResultTable";
import { formatMemoryKib, formatTimeS } from "../../lib/format";
import {
  MAX_CASES,
  caseIndexOfTest,
  parseNamedInput,
  splitMessage,
  type FunctionCase,
  type NamedValue,
} from "../../lib/functionCases";
import { verdictLabel, verdictTone } from "../../lib/verdicts";
import type { FunctionCasesState } from "./useFunctionCases";

function fieldRows(text: string): number {
  return Math.min(8, Math.max(1, text.split("\n").length));
}

export function FunctionTestcases({ state }: { state: FunctionCasesState }) {
  const { cases, fields, active, errors, serverError, serverLocation } = state;
  const current = cases[active] ?? [];
  const badCases = new Set(errors.map((e) => e.caseIndex));
  if (serverLocation) badCases.add(serverLocation.caseIndex);
  return (
    <div className="testcases fn-cases" data-testid="function-cases">
      <div className="case-bar">
        <div className="case-chips" role="tablist" aria-label="Test cases">
          {cases.map((_, i) => (
            <span key={i} className={`case-tab ${active === i ? "case-tab-on" : ""}`}>
              <button
                role="tab"
                aria-selected={active === i}
                className={`chip ${active === i ? "chip-on" : ""} ${badCases.has(i) ? "chip-invalid" : ""}`}
                onClick={() => state.setActive(i)}
                data-testid={`case-tab-${i + 1}`}
              >
                Case {i + 1}
              </button>
              {cases.length > 1 && (
                <button
                  className="case-remove"
                  onClick={() => state.removeCase(i)}
                  aria-label={`Remove case ${i + 1}`}
                  title={`Remove case ${i + 1}`}
                >
                  <XIcon size={11} />
                </button>
              )}
            </span>
          ))}
          <button
            className="chip chip-add"
            onClick={state.addCase}
            disabled={cases.length >= MAX_CASES}
            aria-label="Add a case"
            title={cases.length >= MAX_CASES ? `At most ${MAX_CASES} cases` : "Add a case (a copy of this one)"}
            data-testid="add-case"
          >
            <PlusIcon size={14} />
          </button>
        </div>
        <button
          className="btn btn-ghost btn-sm"
          onClick={state.reset}
          disabled={state.isExamples}
          title="Replace the cases with the problem's examples"
          data-testid="reset-cases"
        >
          <ResetIcon size={13} /> Reset to examples
        </button>
      </div>
      {serverError && (
        <div className="case-alert" role="alert" data-testid="case-server-error">
          {serverError}
        </div>
      )}
      <div className="fn-fields" role="tabpanel" aria-label={`Case ${active + 1}`}>
        {fields.map((name, j) => {
          const id = `case-field-${j}`;
          const text = current[j] ?? "";
          const error = errors.find((e) => e.caseIndex === active && e.fieldIndex === j);
          const serverBad = serverLocation?.caseIndex === active && serverLocation.fieldIndex === j;
          const invalid = Boolean(error) || serverBad;
          return (
            <div className="fn-field" key={`${j}:${name}`}>
              <label className="fn-label" htmlFor={id}>
                <span className="mono">{name}</span> =
              </label>
              <textarea
                id={id}
                className="textarea fn-input"
                rows={fieldRows(text)}
                spellCheck={false}
                autoCapitalize="off"
                autoComplete="off"
                value={text}
                aria-invalid={invalid || undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(e) => state.setField(active, j, e.target.value)}
                data-testid={`case-field-${name}`}
              />
              {error && (
                <div className="field-error" id={`${id}-error`} data-testid="case-field-error">
                  {error.message}
                </div>
              )}
            </div>
          );
        })}
        {errors.some((e) => e.caseIndex === active && e.fieldIndex === null) && (
          <div className="field-error">
            {errors.find((e) => e.caseIndex === active && e.fieldIndex === null)?.message}
          </div>
        )}
      </div>
    </div>
  );
}

/* ---------- results ---------- */

/** The cases sent with the run, to show when a result carries no input of its own. */
export interface RanCases {
  fields: string[];
  cases: FunctionCase[];
}

export function caseLabel(row: { name: string; index: number }): string {
  const i = caseIndexOfTest(row.name);
  return i === null ? row.name || `Test ${row.index}` : `Case ${i + 1}`;
}

function pickCase(rows: readonly ResultRow[], finished: boolean): number | null {
  if (!rows.length) return null;
  const failed = finished ? rows.find((r) => r.result && r.result.verdict !== "AC") : undefined;
  return (failed ?? rows[0])?.index ?? null;
}

function Values({ values }: { values: readonly NamedValue[] }) {
  return (
    <>
      {values.map((v, i) => (
        <div className="fn-value" key={i}>
          {v.name && <div className="fn-value-name mono">{v.name} =</div>}
          <pre className="block io-block">{v.value || " "}</pre>
        </div>
      ))}
    </>
  );
}

function inputOf(row: ResultRow, ran: RanCases | null): NamedValue[] {
  const text = row.result?.input_text;
  if (text) return parseNamedInput(text);
  const i = caseIndexOfTest(row.name);
  const c = i === null ? undefined : ran?.cases[i];
  return c ? c.map((value, j) => ({ name: ran?.fields[j] ?? "", value })) : [];
}

function CaseResult({ row, ran }: { row: ResultRow; ran: RanCases | null }) {
  const r: TestResultData | null = row.result;
  const input = inputOf(row, ran);
  if (!r) {
    return (
      <div className="fn-result">
        <div className="result-running">
          <span className="spinner" aria-hidden="true" /> Running
        </div>
        {input.length > 0 && (
          <section>
            <h3 className="io-label">Input</h3>
            <Values values={input} />
          </section>
        )}
      </div>
    );
  }
  const { message, stdout } = splitMessage(r.message);
  const tone = verdictTone(r.verdict);
  return (
    <div className="fn-result" data-testid="case-result" data-verdict={r.verdict}>
      <div className="fn-result-head">
        <strong className={`tone-${tone}`}>{verdictLabel(r.verdict)}</strong>
        <span className="muted">
          {formatTimeS(r.cpu_time_s)} · {formatMemoryKib(r.memory_kib)}
        </span>
      </div>
      {message && r.verdict !== "AC" && (
        <pre
          className={`block io-block fn-message ${r.verdict === "WA" ? "" : "fn-message-error"}`}
          data-testid="case-message"
        >
          {message}
        </pre>
      )}
      {input.length > 0 && (
        <section>
          <h3 className="io-label">Input</h3>
          <Values values={input} />
        </section>
      )}
      {stdout !== null && stdout !== "" && (
        <section>
          <h3 className="io-label">Stdout</h3>
          <pre className="block io-block" data-testid="case-stdout">
            {stdout}
          </pre>
        </section>
      )}
      <section>
        <h3 className="io-label">Output</h3>
        <pre className={`block io-block ${r.verdict === "WA" ? "fn-output-wrong" : ""}`} data-testid="case-output">
          {r.actual_output ?? " "}
        </pre>
      </section>
      {r.expected_output != null && (
        <section>
          <h3 className="io-label">Expected</h3>
          <pre className="block io-block" data-testid="case-expected">
            {r.expected_output || " "}
          </pre>
        </section>
      )}
      {message && r.verdict === "AC" && <p className="diff-message">{message}</p>}
    </div>
  );
}

export function CaseResults({
  rows,
  finished,
  ran,
}: {
  rows: readonly ResultRow[];
  finished: boolean;
  ran: RanCases | null;
}) {
  const auto = useMemo(() => pickCase(rows, finished), [rows, finished]);
  const [selected, setSelected] = useState<number | null>(null);
  useEffect(() => {
    if (finished) setSelected(auto);
  }, [finished, auto]);
  const row = rows.find((r) => r.index === selected) ?? rows.find((r) => r.index === auto);
  if (!rows.length) return null;
  return (
    <div className="fn-results">
      <div className="case-chips" role="tablist" aria-label="Case results">
        {rows.map((r) => {
          const v = r.result?.verdict;
          return (
            <button
              key={r.index}
              role="tab"
              aria-selected={row?.index === r.index}
              className={`chip chip-result ${row?.index === r.index ? "chip-on" : ""}`}
              onClick={() => setSelected(r.index)}
              data-testid={`case-result-tab-${r.index}`}
              data-verdict={v ?? "running"}
            >
              {v === undefined ? (
                <span className="spinner" aria-hidden="true" />
              ) : (
                <span className={`tone-${verdictTone(v)}`} aria-hidden="true">
                  {v === "AC" ? <CheckIcon size={13} /> : <XIcon size={13} />}
                </span>
              )}
              {caseLabel(r)}
              <span className="visually-hidden">: {v ? verdictLabel(v) : "running"}</span>
            </button>
          );
        })}
      </div>
      {row && <CaseResult row={row} ran={ran} />}
    </div>
  );
}
