import { describe, expect, it } from "vitest";
import { parseDiagnostics } from "./diagnostics";

describe("parseDiagnostics", () => {
  it("reads gcc/clang errors and warnings with columns", () => {
    const out = [
      "main.cpp: In function 'int main()':",
      "main.cpp:5:13: error: expected ';' before 'return'",
      "    5 |   int x = 1",
      "main.cpp:3:7: warning: unused variable 'y' [-Wunused-variable]",
      "/usr/include/c++/12/bits/stl_vector.h:1123:7: note: candidate",
    ].join("\n");
    expect(parseDiagnostics(out)).toEqual([
      { line: 5, column: 13, severity: "error", message: "expected ';' before 'return'" },
      { line: 3, column: 7, severity: "warning", message: "unused variable 'y' [-Wunused-variable]" },
    ]);
  });

  it("reads javac", () => {
    const d = parseDiagnostics("Main.java:7: error: ';' expected\n        int x = 1\n                 ^\n1 error");
    expect(d).toEqual([{ line: 7, column: null, severity: "error", message: "';' expected" }]);
  });

  it("reads Go", () => {
    const d = parseDiagnostics("# command-line-arguments\n./main.go:9:2: undefined: fmt.Printn");
    expect(d[0]).toMatchObject({ line: 9, column: 2, message: "undefined: fmt.Printn" });
  });

  it("reads rustc, taking the message from the headline", () => {
    const d = parseDiagnostics("error[E0425]: cannot find value `y` in this scope\n --> main.rs:3:20\n  |");
    expect(d).toEqual([{ line: 3, column: 20, severity: "error", message: "cannot find value `y` in this scope" }]);
  });

  it("reads Python syntax errors", () => {
    const out = "  File \"solution.py\", line 4\n    print(x\n         ^\nSyntaxError: '(' was never closed";
    expect(parseDiagnostics(out)).toEqual([
      { line: 4, column: null, severity: "error", message: "SyntaxError: '(' was never closed" },
    ]);
  });

  it("reads C# compilers", () => {
    const d = parseDiagnostics("Main.cs(5,3): error CS1002: ; expected");
    expect(d[0]).toMatchObject({ line: 5, column: 3, severity: "error" });
  });

  it("ignores text without locations and drops duplicates", () => {
    expect(parseDiagnostics("compilation terminated.\n")).toEqual([]);
    expect(parseDiagnostics("a.c:1:1: error: x\na.c:1:1: error: x")).toHaveLength(1);
  });
});
