/** Lazily loaded editor components: Monaco is only fetched by the pages that show code. */
import { lazy } from "react";

export const CodeEditor = lazy(() => import("./CodeEditor"));
export const CodeDiff = lazy(() => import("./CodeDiff"));
export const ReadOnlyCode = lazy(() => import("./ReadOnlyCode"));
export type { CodeDiffProps, CodeEditorHandle, CodeEditorProps, ReadOnlyCodeProps } from "./types";
