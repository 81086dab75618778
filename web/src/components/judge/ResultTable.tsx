/** One row per test as results arrive: verdict colour, time and memory; samples can be opened. */
import type { TestResultData } from "../../api/events";
import { formatMemoryKib, formatTimeS } from "../../lib/format";
import { verdictLabel, verdictTone } from "../../lib/verdicts";
import { CheckIcon, XIcon } from "../Icons";
import "./judge.css";

export interface ResultRow {
  index: number; // 1-based
  name: string;
  isSample?: boolean; // from `test_started`, while the row has no result yet
  result: TestResultData | null; // null: running
}

interface Props {
  rows: readonly ResultRow[];
  total?: number | null; // tests not yet started are shown as pending
  finished?: boolean; // then tests never started were skipped (judging stops at a failure)
  selected?: number | null;
  onSelect?: (index: number) => void;
  caption?: string;
}

function VerdictCell({ row }: { row: ResultRow }) {
  if (!row.result) {
    return (
      <span className="result-running">
        <span className="spinner" aria-hidden="true" /> Running
      </span>
    );
  }
  const v = row.result.verdict;
  const tone = verdictTone(v);
  return (
    <span className={`result-verdict tone-${tone}`} title={verdictLabel(v)}>
      {v === "AC" ? <CheckIcon size={14} /> : <XIcon size={14} />}
      {verdictLabel(v)}
    </span>
  );
}

/** A sample (or the custom input) keeps its name; a hidden test is only "Test N". */
export function testLabel(row: ResultRow): string {
  const sample = row.result ? row.result.is_sample : row.isSample === true;
  return sample ? row.name : `Test ${row.index}`;
}

/** Whether a row has data worth opening (a sample or custom input with outputs). */
export function isInspectable(row: ResultRow): boolean {
  return row.result?.input_text != null || row.result?.actual_output != null;
}

export function ResultTable({ rows, total, finished = false, selected, onSelect, caption }: Props) {
  const pending = total ? Math.max(0, total - (rows[rows.length - 1]?.index ?? 0)) : 0;
  return (
    <table className="table result-table">
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          <th className="num">#</th>
          <th>Test</th>
          <th>Verdict</th>
          <th className="num">Time</th>
          <th className="num">Memory</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const open = onSelect && isInspectable(row);
          return (
            <tr
              key={row.index}
              data-testid={`test-row-${row.index}`}
              data-verdict={row.result?.verdict ?? "running"}
              className={`${open ? "clickable" : ""} ${selected === row.index ? "selected" : ""}`}
              onClick={open ? () => onSelect(row.index) : undefined}
              onKeyDown={open ? (e) => (e.key === "Enter" || e.key === " ") && onSelect(row.index) : undefined}
              tabIndex={open ? 0 : undefined}
              aria-selected={open ? selected === row.index : undefined}
            >
              <td className="num muted">{row.index}</td>
              <td>
                <span className="mono">{testLabel(row)}</span>
                {row.result?.is_sample && <span className="tag sample-tag">sample</span>}
              </td>
              <td>
                <VerdictCell row={row} />
              </td>
              <td className="num">{row.result ? formatTimeS(row.result.cpu_time_s) : ""}</td>
              <td className="num">{row.result ? formatMemoryKib(row.result.memory_kib) : ""}</td>
            </tr>
          );
        })}
        {pending > 0 && (
          <tr className="result-pending">
            <td colSpan={5} className="muted">
              {pending} more test{pending === 1 ? "" : "s"}{" "}
              {finished ? "not run: judging stops at the first failure" : "waiting"}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
