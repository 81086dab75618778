/**
 * Monaco from the bundle, never a CDN: `loader.config({ monaco })` hands the bundled instance to
 * @monaco-editor/react, and the workers come from Vite's `?worker` imports. Also defines the two
 * editor themes that match the site's colours.
 */
import { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor";
import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker?worker";
import JsonWorker from "monaco-editor/esm/vs/language/json/json.worker?worker";
import TsWorker from "monaco-editor/esm/vs/language/typescript/ts.worker?worker";

// Monaco looks its worker factory up on the global scope; there is no other hook.
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    if (label === "json") return new JsonWorker();
    if (label === "typescript" || label === "javascript") return new TsWorker();
    return new EditorWorker();
  },
};

loader.config({ monaco });

monaco.editor.defineTheme("assay-light", {
  base: "vs",
  inherit: true,
  rules: [],
  colors: {
    "editor.background": "#ffffff",
    "editorLineNumber.foreground": "#a0a7b4",
    "editorLineNumber.activeForeground": "#3c434d",
    "editor.lineHighlightBackground": "#f5f7fa",
    "editorGutter.background": "#ffffff",
  },
});

monaco.editor.defineTheme("assay-dark", {
  base: "vs-dark",
  inherit: true,
  rules: [],
  colors: {
    "editor.background": "#1b1e24",
    "editorLineNumber.foreground": "#5b6270",
    "editorLineNumber.activeForeground": "#c5cad3",
    "editor.lineHighlightBackground": "#22262d",
    "editorGutter.background": "#1b1e24",
  },
});

export function monacoTheme(theme: "light" | "dark"): string {
  return theme === "dark" ? "assay-dark" : "assay-light";
}

export { monaco };
