/** Monaco's diff editor, read-only, for comparing two accepted versions. */
import { DiffEditor } from "@monaco-editor/react";
import { useTheme } from "../theme";
import { monacoTheme } from "./monacoSetup";
import type { CodeDiffProps } from "./types";
import "./editor.css";

export default function CodeDiff(props: CodeDiffProps) {
  const { theme } = useTheme();
  return (
    <div className="code-diff" data-testid="code-diff">
      {(props.originalLabel ?? props.modifiedLabel) && (
        <div className="code-diff-labels">
          <span className="diff-label-old">{props.originalLabel}</span>
          <span aria-hidden="true">→</span>
          <span className="diff-label-new">{props.modifiedLabel}</span>
        </div>
      )}
      <div className="code-diff-host">
        <DiffEditor
          original={props.original}
          modified={props.modified}
          language={props.language}
          theme={monacoTheme(theme)}
          loading={<div className="editor-loading">Loading diff…</div>}
          options={{
            readOnly: true,
            originalEditable: false,
            renderSideBySide: props.sideBySide ?? true,
            minimap: { enabled: false },
            fontSize: props.fontSize ?? 13,
            scrollBeyondLastLine: false,
            automaticLayout: true,
            renderOverviewRuler: false,
            ignoreTrimWhitespace: false,
          }}
        />
      </div>
    </div>
  );
}
