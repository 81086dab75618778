/** The code editor: Monaco with per-path models, markers for compile errors, Run/Submit keys, Vim. */
import Editor, { type OnMount } from "@monaco-editor/react";
import { initVimMode } from "monaco-vim";
import { useEffect, useRef, useState } from "react";
import { useTheme } from "../theme";
import { monaco, monacoTheme } from "./monacoSetup";
import type { CodeEditorProps } from "./types";
import "./editor.css";

type Editor = monaco.editor.IStandaloneCodeEditor;
const MARKER_OWNER = "assay-compile";

function toMarkers(diagnostics: CodeEditorProps["diagnostics"], model: monaco.editor.ITextModel) {
  return (diagnostics ?? [])
    .filter((d) => d.line <= model.getLineCount())
    .map((d) => {
      const startColumn = Math.max(1, d.column ?? (model.getLineFirstNonWhitespaceColumn(d.line) || 1));
      const word = d.column ? model.getWordAtPosition({ lineNumber: d.line, column: startColumn }) : null;
      return {
        severity: d.severity === "warning" ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Error,
        message: d.message || "compile error",
        startLineNumber: d.line,
        startColumn,
        endLineNumber: d.line,
        endColumn: word ? word.endColumn : model.getLineMaxColumn(d.line),
      };
    });
}

export default function CodeEditor(props: CodeEditorProps) {
  const { theme } = useTheme();
  const [editor, setEditor] = useState<Editor | null>(null);
  const vimStatus = useRef<HTMLDivElement>(null);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  // Keyboard commands are registered once; they read the latest callbacks from this ref.
  const latest = useRef(props);
  latest.current = props;

  const onMount: OnMount = (ed) => {
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => latest.current.onRun?.());
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter, () =>
      latest.current.onSubmit?.(),
    );
    decorations.current = ed.createDecorationsCollection();
    setEditor(ed);
    props.handleRef?.({
      focus: () => ed.focus(),
      getValue: () => ed.getValue(),
      replaceAll: (text) => {
        const model = ed.getModel();
        if (!model) return;
        ed.pushUndoStop();
        ed.executeEdits("assay-reset", [{ range: model.getFullModelRange(), text }]);
        ed.pushUndoStop();
      },
      revealLine: (line, column) => {
        ed.revealLineInCenter(line);
        ed.setPosition({ lineNumber: line, column: column ?? 1 });
        ed.focus();
      },
    });
  };

  const { handleRef } = props;
  useEffect(() => () => handleRef?.(null), [handleRef]);

  // Markers and line decorations for compile errors; re-applied when the model (path) changes.
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model) return;
    monaco.editor.setModelMarkers(model, MARKER_OWNER, toMarkers(props.diagnostics, model));
    decorations.current?.set(
      (props.diagnostics ?? [])
        .filter((d) => d.line <= model.getLineCount())
        .map((d) => ({
          range: new monaco.Range(d.line, 1, d.line, 1),
          options: {
            isWholeLine: true,
            className: d.severity === "warning" ? "line-warning" : "line-error",
            glyphMarginClassName: d.severity === "warning" ? "glyph-warning" : "glyph-error",
            glyphMarginHoverMessage: { value: d.message },
          },
        })),
    );
    return () => {
      monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
      decorations.current?.clear();
    };
  }, [editor, props.diagnostics, props.path]);

  useEffect(() => {
    if (!editor || !props.vim || !vimStatus.current) return;
    const vim = initVimMode(editor, vimStatus.current);
    return () => vim.dispose();
  }, [editor, props.vim]);

  return (
    <div className="code-editor" data-testid="code-editor" data-path={props.path}>
      <div className="code-editor-host">
        <Editor
          path={props.path}
          language={props.language}
          defaultValue={props.initialValue}
          theme={monacoTheme(theme)}
          onMount={onMount}
          onChange={(v) => props.onChange?.(v ?? "")}
          loading={<div className="editor-loading">Loading editor…</div>}
          options={{
            fontSize: props.fontSize ?? 14,
            fontFamily: "'JetBrains Mono', 'Fira Code', ui-monospace, Menlo, Consolas, monospace",
            minimap: { enabled: false },
            readOnly: props.readOnly ?? false,
            automaticLayout: true,
            scrollBeyondLastLine: false,
            tabSize: 4,
            glyphMargin: true,
            smoothScrolling: true,
            padding: { top: 10, bottom: 10 },
            renderLineHighlight: "all",
            fixedOverflowWidgets: true,
            ariaLabel: props.ariaLabel ?? "Code editor",
            scrollbar: { verticalScrollbarSize: 10, horizontalScrollbarSize: 10 },
          }}
        />
      </div>
      {props.vim && <div className="vim-status mono" ref={vimStatus} aria-live="polite" />}
    </div>
  );
}
