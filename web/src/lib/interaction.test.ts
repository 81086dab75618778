import { describe, expect, it } from "vitest";
import { parseInteraction } from "./interaction";

describe("an interactive sample's transcript", () => {
  it("tells the judge's lines from the program's", () => {
    expect(parseInteraction("<10\n>? 5\n<greater\n>! 7\n")).toEqual([
      { from: "judge", text: "10" },
      { from: "program", text: "? 5" },
      { from: "judge", text: "greater" },
      { from: "program", text: "! 7" },
    ]);
  });

  it("ignores lines of neither kind", () => {
    expect(parseInteraction("\n# comment\n<1\n")).toEqual([{ from: "judge", text: "1" }]);
  });
});
