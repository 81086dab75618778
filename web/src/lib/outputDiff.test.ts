import { describe, expect, it } from "vitest";
import { diffOutputs, splitLines, type DiffSide } from "./outputDiff";

const text = (side: DiffSide | null): string => side?.segments.map((s) => s.text).join("") ?? "";
const changed = (side: DiffSide | null): string =>
  side?.segments
    .filter((s) => s.changed)
    .map((s) => s.text)
    .join("") ?? "";

describe("splitLines", () => {
  it("treats the final newline as a terminator", () => {
    expect(splitLines("a\nb\n")).toEqual(["a", "b"]);
    expect(splitLines("a\nb")).toEqual(["a", "b"]);
    expect(splitLines("")).toEqual([]);
    expect(splitLines("a\r\nb\r\n")).toEqual(["a", "b"]);
    expect(splitLines("\n")).toEqual([""]);
  });
});

describe("diffOutputs", () => {
  it("reports identical outputs", () => {
    const d = diffOutputs("1 2\n3\n", "1 2\n3");
    expect(d.identical).toBe(true);
    expect(d.firstDifferentRow).toBeNull();
    expect(d.rows.map((r) => r.kind)).toEqual(["same", "same"]);
  });

  it("pairs a changed line and marks the differing characters", () => {
    const d = diffOutputs("1\n42\n3\n", "1\n43\n3\n");
    expect(d.identical).toBe(false);
    expect(d.rows.map((r) => r.kind)).toEqual(["same", "changed", "same"]);
    expect(d.firstDifferentRow).toBe(1);
    const row = d.rows[1];
    expect(text(row?.left ?? null)).toBe("42");
    expect(text(row?.right ?? null)).toBe("43");
    expect(changed(row?.left ?? null)).toBe("2");
    expect(changed(row?.right ?? null)).toBe("3");
    expect(row?.left?.lineNo).toBe(2);
    expect(row?.right?.lineNo).toBe(2);
  });

  it("shows missing and extra lines on one side only", () => {
    const missing = diffOutputs("a\nb\nc\n", "a\nc\n");
    expect(missing.rows.map((r) => r.kind)).toEqual(["same", "removed", "same"]);
    expect(missing.rows[1]?.right).toBeNull();
    expect(missing.rows[2]?.left?.lineNo).toBe(3);
    expect(missing.rows[2]?.right?.lineNo).toBe(2);

    const extra = diffOutputs("a\n", "a\nz\n");
    expect(extra.rows.map((r) => r.kind)).toEqual(["same", "added"]);
    expect(text(extra.rows[1]?.right ?? null)).toBe("z");
  });

  it("handles empty actual output", () => {
    const d = diffOutputs("YES\n", "");
    expect(d.rows).toHaveLength(1);
    expect(d.rows[0]?.kind).toBe("removed");
  });

  it("marks whitespace-only differences", () => {
    const d = diffOutputs("1 2\n", "1 2 \n");
    expect(d.rows[0]?.kind).toBe("changed");
    expect(changed(d.rows[0]?.right ?? null)).toBe(" ");
  });

  it("truncates huge outputs", () => {
    const big = Array.from({ length: 2500 }, (_, i) => String(i)).join("\n");
    const d = diffOutputs(big, big);
    expect(d.truncated).toBe(true);
    expect(d.identical).toBe(false);
    expect(d.rows).toHaveLength(2000);
  });
});
