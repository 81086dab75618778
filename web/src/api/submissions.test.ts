import { describe, expect, it } from "vitest";
import { LIST_REFRESH_MS, whileJudging } from "./submissions";

const list = (...states: string[]) => ({ state: { data: { items: states.map((state) => ({ state })) } } });

describe("submission lists refresh while something is being judged", () => {
  it("refreshes while a row is queued or judging", () => {
    expect(whileJudging(list("finished", "queued"))).toBe(LIST_REFRESH_MS);
    expect(whileJudging(list("judging"))).toBe(LIST_REFRESH_MS);
  });

  it("stops when every row is final or nothing is loaded", () => {
    expect(whileJudging(list("finished", "finished"))).toBe(false);
    expect(whileJudging({ state: {} })).toBe(false);
  });
});
