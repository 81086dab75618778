/** The editor card: language picker, font size, Vim toggle, reset, and the Monaco editor. */
import { Suspense, useState } from "react";
import type { Language } from "../../api/problems";
import { CodeIcon, ResetIcon } from "../../components/Icons";
import { CodeEditor, type CodeEditorHandle } from "../../components/editor";
import type { Diagnostic } from "../../lib/diagnostics";
import { isBoolean, isNumber, usePersistentState } from "../../lib/usePersistentState";

const FONT_SIZES = [12, 13, 14, 15, 16, 18, 20];

interface Props {
  slug: string;
  languages: readonly Language[];
  language: Language;
  initialCode: (lang: Language) => string;
  onLanguage: (id: string) => void;
  onChange: (code: string) => void;
  onReset: () => void;
  onRun: () => void;
  onSubmit: () => void;
  diagnostics: readonly Diagnostic[];
  handleRef: (h: CodeEditorHandle | null) => void;
  /** Languages that cannot take this (function) problem, with the reason: listed, not selectable. */
  unsupported?: readonly { id: string; name: string; reason: string }[];
}

export function EditorPanel(props: Props) {
  const [fontSize, setFontSize] = usePersistentState("assay:editor-font-size:v1", 14, isNumber);
  const [vim, setVim] = usePersistentState("assay:editor-vim:v1", false, isBoolean);
  const [confirmReset, setConfirmReset] = useState(false);
  const lang = props.language;
  return (
    <section className="ws-card" aria-label="Code">
      <div className="ws-card-head">
        <span className="ws-card-title">
          <CodeIcon size={15} /> Code
        </span>
        <label className="visually-hidden" htmlFor="language-select">
          Language
        </label>
        <select
          id="language-select"
          className="select select-sm"
          value={lang.id}
          onChange={(e) => props.onLanguage(e.target.value)}
          title={lang.version}
          data-testid="language-select"
        >
          {props.languages.map((l) => (
            <option key={l.id} value={l.id} disabled={!l.available}>
              {l.name}
              {l.available ? "" : " (unavailable)"}
            </option>
          ))}
          {(props.unsupported ?? []).map((l) => (
            <option key={l.id} value={l.id} disabled title={l.reason} data-testid={`unsupported-${l.id}`}>
              {l.name} (not for this problem: {l.reason})
            </option>
          ))}
        </select>
        <span className="spacer" />
        <label className="visually-hidden" htmlFor="font-size-select">
          Font size
        </label>
        <select
          id="font-size-select"
          className="select select-sm"
          value={fontSize}
          onChange={(e) => setFontSize(Number(e.target.value))}
          title="Font size"
        >
          {FONT_SIZES.map((s) => (
            <option key={s} value={s}>
              {s}px
            </option>
          ))}
        </select>
        <button
          className={`btn btn-sm ${vim ? "btn-toggle-on" : "btn-ghost"}`}
          aria-pressed={vim}
          onClick={() => setVim(!vim)}
          title="Vim key bindings"
        >
          Vim
        </button>
        {confirmReset ? (
          <span className="reset-confirm" role="group" aria-label="Reset to starter code?">
            <span className="muted">Reset code?</span>
            <button
              className="btn btn-sm btn-danger"
              onClick={() => {
                props.onReset();
                setConfirmReset(false);
              }}
              autoFocus
            >
              Reset
            </button>
            <button className="btn btn-sm btn-ghost" onClick={() => setConfirmReset(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button
            className="btn btn-ghost btn-icon btn-sm"
            onClick={() => setConfirmReset(true)}
            aria-label="Reset to starter code"
            title="Reset to starter code"
          >
            <ResetIcon size={15} />
          </button>
        )}
      </div>
      <div className="ws-card-body ws-editor">
        <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
          <CodeEditor
            path={`${props.slug}/${lang.id}`}
            language={lang.monaco_id}
            initialValue={props.initialCode(lang)}
            onChange={props.onChange}
            fontSize={fontSize}
            vim={vim}
            diagnostics={props.diagnostics}
            onRun={props.onRun}
            onSubmit={props.onSubmit}
            ariaLabel={`${lang.name} code editor`}
            handleRef={props.handleRef}
          />
        </Suspense>
      </div>
    </section>
  );
}
