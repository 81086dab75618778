import { describe, expect, it } from "vitest";
import { NO_HINTS, hintStatus, toggleHint, type HintState } from "./hints";

const statuses = (s: HintState, total: number) => Array.from({ length: total }, (_, i) => hintStatus(s, i));

describe("hints", () => {
  it("starts with only the first hint available", () => {
    expect(statuses(NO_HINTS, 3)).toEqual(["next", "locked", "locked"]);
  });
  it("reveals hints one at a time, in order", () => {
    let s = toggleHint(NO_HINTS, 2, 3); // locked: nothing happens
    expect(s).toBe(NO_HINTS);
    s = toggleHint(s, 0, 3);
    expect(statuses(s, 3)).toEqual(["open", "next", "locked"]);
    s = toggleHint(s, 1, 3);
    expect(statuses(s, 3)).toEqual(["open", "open", "next"]);
  });
  it("folds and unfolds revealed hints without hiding later ones", () => {
    let s = toggleHint(toggleHint(NO_HINTS, 0, 2), 1, 2);
    s = toggleHint(s, 0, 2);
    expect(statuses(s, 2)).toEqual(["closed", "open"]);
    s = toggleHint(s, 0, 2);
    expect(statuses(s, 2)).toEqual(["open", "open"]);
  });
  it("ignores indexes outside the hints", () => {
    const s = toggleHint(NO_HINTS, 0, 1);
    expect(toggleHint(s, 1, 1)).toBe(s);
    expect(toggleHint(s, -1, 1)).toBe(s);
  });
});
