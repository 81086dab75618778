/** Compiler output with the lines that carry a location made clickable (jump to the line). */
import { useMemo } from "react";
import { parseDiagnostics, type Diagnostic } from "../../lib/diagnostics";
import "./judge.css";

interface Props {
  output: string;
  onJump?: (d: Diagnostic) => void;
}

export function CompileOutput({ output, onJump }: Props) {
  const diagnostics = useMemo(() => parseDiagnostics(output), [output]);
  return (
    <div className="compile-output" data-testid="compile-output">
      {diagnostics.length > 0 && (
        <ul className="diag-list">
          {diagnostics.map((d) => (
            <li key={`${d.line}:${d.column ?? 0}:${d.message}`}>
              <button
                className={`diag diag-${d.severity}`}
                onClick={onJump ? () => onJump(d) : undefined}
                disabled={!onJump}
                data-testid="diagnostic"
              >
                <span className="diag-loc">
                  Line {d.line}
                  {d.column !== null ? `:${d.column}` : ""}
                </span>
                <span className="diag-msg">{d.message || d.severity}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <pre className="block compile-text">{output || "The compiler gave no output."}</pre>
    </div>
  );
}
