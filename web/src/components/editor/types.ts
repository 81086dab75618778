/** Props of the editor components (kept apart so pages can import them without Monaco). */
import type { Diagnostic } from "../../lib/diagnostics";

export interface CodeEditorHandle {
  focus(): void;
  getValue(): string;
  /** Replaces the whole text as one undoable edit. */
  replaceAll(text: string): void;
  revealLine(line: number, column?: number | null): void;
}

export interface CodeEditorProps {
  /** One Monaco model per path, e.g. `two-sum/python3`: each keeps its own text and undo stack. */
  path: string;
  /** Monaco language id (`cpp`, `python`, `java`, …). */
  language: string;
  /** Text for a model that does not exist yet (the saved draft or the starter code). */
  initialValue: string;
  onChange?: (value: string) => void;
  fontSize?: number;
  vim?: boolean;
  readOnly?: boolean;
  /** Compile errors to mark; replaced whenever the array changes. */
  diagnostics?: readonly Diagnostic[];
  /** Ctrl/Cmd+Enter and Ctrl/Cmd+Shift+Enter inside the editor. */
  onRun?: () => void;
  onSubmit?: () => void;
  ariaLabel?: string;
  handleRef?: (handle: CodeEditorHandle | null) => void;
}

export interface CodeDiffProps {
  original: string;
  modified: string;
  language: string;
  originalLabel?: string;
  modifiedLabel?: string;
  fontSize?: number;
  sideBySide?: boolean;
}

export interface ReadOnlyCodeProps {
  value: string;
  language: string;
  path?: string;
  fontSize?: number;
  diagnostics?: readonly Diagnostic[];
}
