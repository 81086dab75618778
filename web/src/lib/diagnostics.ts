/**
 * Line numbers from compiler output (gcc/clang, javac, Go, Rust, Kotlin, Python tracebacks,
 * C#), so the editor can mark the lines a compile error points at.
 */

export type Severity = "error" | "warning";

export interface Diagnostic {
  line: number; // 1-based
  column: number | null; // 1-based
  severity: Severity;
  message: string;
}

interface Pattern {
  re: RegExp;
  line: number; // capture group indexes
  column?: number;
  severity?: number;
  message?: number;
}

const PATTERNS: Pattern[] = [
  // gcc, clang, Go, Kotlin, Swift:  main.cpp:5:3: error: expected ';'
  {
    re: /^[^\s:]*[\w.]+:(\d+):(\d+):\s*(fatal error|error|warning)?:?\s*(.*)$/,
    line: 1,
    column: 2,
    severity: 3,
    message: 4,
  },
  // javac:  Main.java:5: error: ';' expected
  { re: /^[^\s:]*[\w.]+:(\d+):\s*(error|warning):\s*(.*)$/, line: 1, severity: 2, message: 3 },
  // rustc:  --> main.rs:5:3
  { re: /^\s*-->\s*[^\s:]+:(\d+):(\d+)/, line: 1, column: 2 },
  // C# (mcs/dotnet):  Main.cs(5,3): error CS1002: ; expected
  { re: /^[^\s(]+\((\d+),(\d+)\):\s*(error|warning)\s*(.*)$/, line: 1, column: 2, severity: 3, message: 4 },
  // Python:  File "main.py", line 5
  { re: /^\s*File "[^"]*", line (\d+)/, line: 1 },
];

function severityOf(text: string | undefined): Severity {
  return text?.includes("warning") ? "warning" : "error";
}

function matchLine(text: string, previous: Diagnostic | undefined): Diagnostic | null {
  // notes point into system headers or repeat an error; they would mark unrelated lines
  if (/:\s*note:/.test(text) || /^\s*(In file included from|\/usr\/)/.test(text)) return null;
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    const line = Number(m[p.line]);
    if (!Number.isFinite(line) || line < 1) continue;
    const column = p.column !== undefined ? Number(m[p.column]) : null;
    const message = p.message !== undefined ? (m[p.message] ?? "").trim() : "";
    return {
      line,
      column: column !== null && Number.isFinite(column) ? column : null,
      severity: p.severity !== undefined ? severityOf(m[p.severity]) : (previous?.severity ?? "error"),
      message,
    };
  }
  return null;
}

/** Unique diagnostics in order of appearance; a rustc "-->" line takes the message above it. */
export function parseDiagnostics(output: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  let lastHeadline = "";
  for (const raw of output.split(/\r?\n/)) {
    const found = matchLine(raw, undefined);
    if (!found) {
      if (/^(error|warning)(\[\w+\])?:/.test(raw.trim())) lastHeadline = raw.trim();
      else if (/^\w*Error:/.test(raw.trim()) && out.length) {
        const prev = out[out.length - 1];
        if (prev && !prev.message) prev.message = raw.trim(); // Python: the message follows
      }
      continue;
    }
    if (!found.message && lastHeadline) {
      found.message = lastHeadline.replace(/^(error|warning)(\[\w+\])?:\s*/, "");
      found.severity = severityOf(lastHeadline);
    }
    const key = `${found.line}:${found.column ?? 0}:${found.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(found);
    }
  }
  return out;
}
