/**
 * Input, expected output and actual output side by side; expected and actual are aligned line by
 * line with the differing characters marked. Narrow containers put the input above the pair.
 */
import { useMemo } from "react";
import { diffOutputs, type DiffSide } from "../../lib/outputDiff";
import "./judge.css";

interface Props {
  input?: string | null;
  expected: string;
  actual: string;
  message?: string;
}

function Line({ side, kind }: { side: DiffSide | null; kind: "left" | "right" }) {
  if (!side) return <div className="diff-line diff-empty" aria-hidden="true" />;
  return (
    <div className={`diff-line ${side.segments.some((s) => s.changed) ? `diff-${kind}-changed` : ""}`}>
      <span className="diff-lineno">{side.lineNo}</span>
      <span className="diff-text">
        {side.segments.map((s, i) =>
          s.changed ? (
            <mark key={i} className={`diff-mark diff-mark-${kind}`}>
              {s.text === "" ? " " : s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </span>
    </div>
  );
}

export function OutputDiffView({ input, expected, actual, message }: Props) {
  const diff = useMemo(() => diffOutputs(expected, actual), [expected, actual]);
  const hasInput = input != null;
  return (
    <div className="output-diff" data-testid="output-diff">
      <div className={`io-grid ${hasInput ? "io-grid-3" : ""}`}>
        {hasInput && (
          <section className="io-col io-input">
            <h3 className="io-label">Input</h3>
            <pre className="block diff-pane">{input || " "}</pre>
          </section>
        )}
        <section className="io-col">
          <h3 className="io-label">Expected output</h3>
          <div className="diff-pane block" data-testid="diff-expected">
            {diff.rows.map((r, i) => (
              <Line key={i} side={r.left} kind="left" />
            ))}
            {!diff.rows.length && <span className="muted">(empty)</span>}
          </div>
        </section>
        <section className="io-col">
          <h3 className="io-label">
            Your output
            {diff.firstDifferentRow !== null && (
              <span className="diff-hint"> · differs from line {diff.firstDifferentRow + 1}</span>
            )}
          </h3>
          <div className="diff-pane block" data-testid="diff-actual">
            {diff.rows.map((r, i) => (
              <Line key={i} side={r.right} kind="right" />
            ))}
            {!actual && <span className="muted">(no output)</span>}
          </div>
        </section>
      </div>
      {diff.truncated && <p className="muted">Only the first lines are compared.</p>}
      {message && <p className="diff-message">{message}</p>}
    </div>
  );
}
