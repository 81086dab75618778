import { describe, expect, it } from "vitest";
import { progressPercent } from "../../components/ProgressBar";
import { sortByDifficulty, sortTopics } from "./progress";

describe("profile progress", () => {
  it("orders difficulties easy, medium, hard, then the rest", () => {
    const rows = [{ difficulty: "" }, { difficulty: "hard" }, { difficulty: "Easy" }, { difficulty: "medium" }];
    expect(sortByDifficulty(rows).map((r) => r.difficulty)).toEqual(["Easy", "medium", "hard", ""]);
  });
  it("puts the topics with progress first", () => {
    const rows = [
      { tag: "graphs", solved: 0, total: 9 },
      { tag: "dp", solved: 1, total: 4 },
      { tag: "math", solved: 2, total: 2 },
      { tag: "arrays", solved: 0, total: 9 },
    ];
    expect(sortTopics(rows).map((r) => r.tag)).toEqual(["math", "dp", "arrays", "graphs"]);
  });
  it("bounds bar widths", () => {
    expect(progressPercent(0, 0)).toBe(0);
    expect(progressPercent(1, 4)).toBe(25);
    expect(progressPercent(5, 4)).toBe(100);
  });
});
