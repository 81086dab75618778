/** Below the editor: the test input (samples, custom input) and the live results. */
import { useEffect, useMemo, useState } from "react";
import { parseInteraction } from "../../lib/interaction";
import { Link } from "react-router";
import { TerminalIcon } from "../../components/Icons";
import { CompileOutput } from "../../components/judge/CompileOutput";
import { OutputDiffView } from "../../components/judge/OutputDiffView";
import { ResultTable, isInspectable, type ResultRow } from "../../components/judge/ResultTable";
import { VerdictBanner } from "../../components/judge/VerdictBanner";
import type { WatchStatus } from "../../lib/submissionWatcher";
import { verdictLabel, verdictTone } from "../../lib/verdicts";
import { splitMessage } from "../../lib/functionCases";
import { CaseResults, FunctionTestcases } from "./FunctionConsole";
import { isBusy, progressFraction, progressLabel } from "./judgeProgress";
import { useConsole } from "./consoleContext";

function Testcases() {
  const props = useConsole();
  const samples = props.problem.samples;
  const [caseIdx, setCaseIdx] = useState<number>(samples.length ? 0 : -1);
  const sample = caseIdx >= 0 ? samples[caseIdx] : undefined;
  return (
    <div className="testcases">
      <div className="case-chips" role="tablist" aria-label="Test cases">
        {samples.map((s, i) => (
          <button
            key={s.name}
            role="tab"
            aria-selected={caseIdx === i}
            className={`chip ${caseIdx === i ? "chip-on" : ""}`}
            onClick={() => setCaseIdx(i)}
          >
            Case {i + 1}
          </button>
        ))}
        <button
          role="tab"
          aria-selected={caseIdx === -1}
          className={`chip ${caseIdx === -1 ? "chip-on" : ""}`}
          onClick={() => setCaseIdx(-1)}
          data-testid="custom-case"
        >
          Custom input
        </button>
      </div>
      {sample?.interaction ? (
        <div className="case-io">
          <div className="io-label">Interaction (the judge&apos;s lines, then yours)</div>
          <pre className="block interaction" data-testid="sample-interaction">
            {parseInteraction(sample.interaction).map((line, i) => (
              <div key={i} className={`interaction-${line.from}`}>
                <span className="interaction-who">{line.from === "judge" ? "judge >" : "you   <"}</span> {line.text}
              </div>
            ))}
          </pre>
        </div>
      ) : sample ? (
        <div className="case-io">
          <div className="io-label">Input</div>
          <pre className="block">{sample.input}</pre>
          <div className="io-label">Expected output</div>
          <pre className="block">{sample.output}</pre>
          <button
            className="btn btn-sm"
            onClick={() => {
              props.onCustomInput(sample.input);
              props.onUseCustom(true);
              setCaseIdx(-1);
            }}
          >
            Edit as custom input
          </button>
        </div>
      ) : (
        <div className="case-io">
          <label className="custom-toggle">
            <input type="checkbox" checked={props.useCustom} onChange={(e) => props.onUseCustom(e.target.checked)} />
            Run on this input instead of the samples
          </label>
          <label className="visually-hidden" htmlFor="custom-input">
            Custom input
          </label>
          <textarea
            id="custom-input"
            className="textarea custom-input"
            rows={6}
            spellCheck={false}
            value={props.customInput}
            onChange={(e) => {
              props.onCustomInput(e.target.value);
              if (!props.useCustom) props.onUseCustom(true);
            }}
            data-testid="custom-input"
          />
        </div>
      )}
    </div>
  );
}

function connectionNote(c: WatchStatus | null): string | null {
  if (c === "reconnecting") return "Connection lost, reconnecting…";
  if (c === "polling") return "Live updates unavailable; checking for the result…";
  return null;
}

/** The test to open when results are in: the first failing sample, else custom input's output. */
function firstInteresting(rows: readonly ResultRow[]): number | null {
  const open = rows.filter(isInspectable);
  const failed = open.find((r) => r.result && r.result.verdict !== "AC");
  const custom = open.find((r) => r.result?.name === "custom" || r.result?.expected_output == null);
  return (failed ?? custom)?.index ?? null;
}

function SelectedTest({ row, splitStdout }: { row: ResultRow; splitStdout: boolean }) {
  const r = row.result;
  if (!r) return null;
  const { message, stdout } = splitStdout ? splitMessage(r.message) : { message: r.message, stdout: null };
  if (r.expected_output != null && r.actual_output != null && r.name !== "custom") {
    return (
      <>
        <OutputDiffView input={r.input_text} expected={r.expected_output} actual={r.actual_output} message={message} />
        {stdout && (
          <section>
            <h3 className="io-label">Stdout</h3>
            <pre className="block io-block">{stdout}</pre>
          </section>
        )}
      </>
    );
  }
  return (
    <div className="output-diff">
      {r.input_text != null && (
        <section>
          <h3 className="io-label">Input</h3>
          <pre className="block io-block">{r.input_text || " "}</pre>
        </section>
      )}
      <section>
        <h3 className="io-label">Your output</h3>
        <pre className="block io-block" data-testid="custom-output">
          {r.actual_output ?? ""}
        </pre>
      </section>
      {r.expected_output != null && (
        <section>
          <h3 className="io-label">Expected output (reference solution)</h3>
          <pre className="block io-block" data-testid="custom-expected">
            {r.expected_output || " "}
          </pre>
        </section>
      )}
      {stdout && (
        <section>
          <h3 className="io-label">Stdout</h3>
          <pre className="block io-block">{stdout}</pre>
        </section>
      )}
      {message && <p className="diff-message">{message}</p>}
    </div>
  );
}

function Results() {
  const props = useConsole();
  const p = props.progress;
  const rows = p.tests;
  const [selected, setSelected] = useState<number | null>(null);
  const auto = useMemo(() => (p.phase === "finished" ? firstInteresting(rows) : null), [p.phase, rows]);
  useEffect(() => setSelected(auto), [auto]);
  const selectedRow = rows.find((r) => r.index === selected);
  if (p.phase === "idle") {
    return (
      <div className="empty console-empty">
        Run your code on the samples (<kbd className="kbd">Ctrl</kbd> + <kbd className="kbd">Enter</kbd>) or submit it (
        <kbd className="kbd">Ctrl</kbd> + <kbd className="kbd">Shift</kbd> + <kbd className="kbd">Enter</kbd>).
      </div>
    );
  }
  const note = connectionNote(props.connection);
  const compileFailed = p.compile && !p.compile.ok;
  const isFunction = Boolean(props.problem.function);
  const caseView = isFunction && props.kind === "run";
  const runTitle = caseView ? "Run on your cases" : props.ranCustom ? "Run on custom input" : "Run on the samples";
  return (
    <div className="results" data-testid="results">
      {isBusy(p) && (
        <div className="progress" role="status" aria-live="polite">
          <div className="progress-label">
            <span className="spinner" aria-hidden="true" />
            <span data-testid="progress-label">{progressLabel(p)}</span>
            <span className="muted">{props.kind === "submit" ? "Submitting" : "Running"}</span>
          </div>
          <div
            className="progress-bar"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(progressFraction(p) * 100)}
          >
            <div className="progress-fill" style={{ width: `${progressFraction(p) * 100}%` }} />
          </div>
          {note && <div className="muted progress-note">{note}</div>}
        </div>
      )}
      {p.phase === "failed" && (
        <div className="verdict-banner banner-danger" role="alert">
          <strong className="tone-danger">Could not {props.kind === "submit" ? "submit" : "run"}</strong>
          <div>{p.error}</div>
        </div>
      )}
      {p.result && (
        <VerdictBanner
          result={p.result}
          total={p.total}
          standing={props.kind === "submit" ? props.standing : null}
          title={props.kind === "submit" ? undefined : runTitle}
          extra={
            props.kind === "submit" && props.submissionId !== null ? (
              <Link to={`/submissions/${props.submissionId}`} className="btn btn-sm">
                Submission #{props.submissionId}
              </Link>
            ) : null
          }
        />
      )}
      {compileFailed && p.compile && <CompileOutput output={p.compile.output} onJump={props.onJump} />}
      {caseView && <CaseResults rows={rows} finished={p.phase === "finished"} ran={props.ranCases} />}
      {!caseView && selectedRow?.result && (
        <section className="selected-test" aria-label={`Test ${selectedRow.index}`}>
          <h3 className="selected-test-title">
            Test {selectedRow.index} · <span className="mono">{selectedRow.name}</span> ·{" "}
            <span className={`tone-${verdictTone(selectedRow.result.verdict)}`}>
              {verdictLabel(selectedRow.result.verdict)}
            </span>
          </h3>
          <SelectedTest row={selectedRow} splitStdout={isFunction} />
        </section>
      )}
      {!caseView && rows.length > 0 && (
        <ResultTable
          rows={rows}
          total={p.total}
          finished={p.phase === "finished"}
          selected={selected}
          onSelect={setSelected}
          caption="Test results"
        />
      )}
    </div>
  );
}

export function ConsolePanel() {
  const props = useConsole();
  return (
    <section className="ws-card" aria-label="Console">
      <div className="ws-card-head">
        <div className="tabs" role="tablist" aria-label="Console">
          <button
            role="tab"
            className="tab"
            aria-selected={props.tab === "testcase"}
            onClick={() => props.onTab("testcase")}
          >
            <TerminalIcon size={15} /> Testcase
          </button>
          <button
            role="tab"
            className="tab"
            aria-selected={props.tab === "result"}
            onClick={() => props.onTab("result")}
            data-testid="result-tab"
          >
            Result
            {isBusy(props.progress) && <span className="spinner tab-spinner" aria-hidden="true" />}
          </button>
        </div>
      </div>
      <div className="ws-card-body ws-scroll" role="tabpanel">
        {props.tab === "result" ? <Results /> : props.cases ? <FunctionTestcases state={props.cases} /> : <Testcases />}
      </div>
    </section>
  );
}
