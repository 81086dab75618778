/** A read-only Monaco view of submitted code, sized to its content up to a maximum height. */
import CodeEditor from "./CodeEditor";
import type { ReadOnlyCodeProps } from "./types";

export default function ReadOnlyCode({ value, language, path, fontSize, diagnostics }: ReadOnlyCodeProps) {
  const lines = value.split("\n").length;
  const height = Math.min(640, Math.max(120, lines * 20 + 24));
  return (
    <div className="readonly-code" style={{ height }}>
      <CodeEditor
        path={path ?? `readonly/${language}/${value.length}`}
        language={language}
        initialValue={value}
        readOnly
        fontSize={fontSize ?? 13}
        diagnostics={diagnostics}
        ariaLabel="Submitted code"
      />
    </div>
  );
}
