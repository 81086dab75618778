import { afterEach, describe, expect, it } from "vitest";
import { forgetJudging, judgingOn } from "./useJudge";

describe("the submission being judged, kept across a reload", () => {
  afterEach(() => sessionStorage.clear());

  it("is found for its problem only", () => {
    sessionStorage.setItem("assay:judging:sumtwo", JSON.stringify({ kind: "submit", id: 42 }));
    expect(judgingOn("sumtwo")).toEqual({ kind: "submit", id: 42 });
    expect(judgingOn("other")).toBeNull();
  });

  it("ignores what it cannot read", () => {
    sessionStorage.setItem("assay:judging:a", "{not json");
    sessionStorage.setItem("assay:judging:b", JSON.stringify({ kind: "delete", id: 1 }));
    sessionStorage.setItem("assay:judging:c", JSON.stringify({ kind: "run", id: "7" }));
    expect([judgingOn("a"), judgingOn("b"), judgingOn("c")]).toEqual([null, null, null]);
  });

  it("is forgotten when it finishes", () => {
    sessionStorage.setItem("assay:judging:sumtwo", JSON.stringify({ kind: "run", id: 3 }));
    forgetJudging("sumtwo");
    expect(judgingOn("sumtwo")).toBeNull();
  });
});
