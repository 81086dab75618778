/**
 * Side-by-side comparison of expected and actual output: lines are aligned with a line diff,
 * and each changed pair gets a character diff so the exact differing characters can be marked.
 */
import { diffArrays, diffChars } from "diff";

export interface Segment {
  text: string;
  changed: boolean;
}

export interface DiffSide {
  lineNo: number; // 1-based
  segments: Segment[];
}

export type RowKind = "same" | "changed" | "removed" | "added";

export interface DiffRow {
  kind: RowKind;
  left: DiffSide | null; // expected
  right: DiffSide | null; // actual
}

export interface OutputDiff {
  rows: DiffRow[];
  identical: boolean;
  firstDifferentRow: number | null; // index into rows
  truncated: boolean;
}

export const MAX_DIFF_LINES = 2000;

export function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  if (lines[lines.length - 1] === "") lines.pop(); // the final newline ends a line, it is not one
  return lines;
}

function whole(text: string, changed: boolean): Segment[] {
  return [{ text, changed }];
}

function charSegments(left: string, right: string): [Segment[], Segment[]] {
  const l: Segment[] = [];
  const r: Segment[] = [];
  for (const part of diffChars(left, right)) {
    if (!part.added) l.push({ text: part.value, changed: part.removed });
    if (!part.removed) r.push({ text: part.value, changed: part.added });
  }
  return [l, r];
}

class RowBuilder {
  rows: DiffRow[] = [];
  private leftNo = 0;
  private rightNo = 0;

  same(line: string): void {
    this.rows.push({
      kind: "same",
      left: { lineNo: ++this.leftNo, segments: whole(line, false) },
      right: { lineNo: ++this.rightNo, segments: whole(line, false) },
    });
  }

  /** A block of removed lines followed by a block of added lines: pair them up. */
  block(removed: string[], added: string[]): void {
    const n = Math.max(removed.length, added.length);
    for (let i = 0; i < n; i++) {
      const a = removed[i];
      const b = added[i];
      if (a !== undefined && b !== undefined) {
        const [l, r] = charSegments(a, b);
        this.rows.push({
          kind: "changed",
          left: { lineNo: ++this.leftNo, segments: l },
          right: { lineNo: ++this.rightNo, segments: r },
        });
      } else if (a !== undefined) {
        this.rows.push({ kind: "removed", left: { lineNo: ++this.leftNo, segments: whole(a, true) }, right: null });
      } else if (b !== undefined) {
        this.rows.push({ kind: "added", left: null, right: { lineNo: ++this.rightNo, segments: whole(b, true) } });
      }
    }
  }
}

export function diffOutputs(expected: string, actual: string): OutputDiff {
  const exp = splitLines(expected);
  const act = splitLines(actual);
  const truncated = exp.length > MAX_DIFF_LINES || act.length > MAX_DIFF_LINES;
  const builder = new RowBuilder();
  let removed: string[] = [];
  let added: string[] = [];
  const flush = (): void => {
    if (removed.length || added.length) builder.block(removed, added);
    removed = [];
    added = [];
  };
  for (const change of diffArrays(exp.slice(0, MAX_DIFF_LINES), act.slice(0, MAX_DIFF_LINES))) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flush();
      change.value.forEach((line) => builder.same(line));
    }
  }
  flush();
  const first = builder.rows.findIndex((r) => r.kind !== "same");
  return {
    rows: builder.rows,
    identical: first === -1 && !truncated,
    firstDifferentRow: first === -1 ? null : first,
    truncated,
  };
}
