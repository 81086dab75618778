import { describe, expect, it } from "vitest";
import {
  EMPTY_STATE,
  hasFilters,
  numberedTitle,
  parseCatalogue,
  toQuery,
  toggleSort,
  topicPath,
  updateCatalogue,
  writeCatalogue,
} from "./catalogue";

const parse = (qs: string) => parseCatalogue(new URLSearchParams(qs));

describe("parseCatalogue", () => {
  it("reads every filter, the sort and the page", () => {
    expect(
      parse("q=sum&difficulty=easy&tag=graphs&status=solved&kind=function&sort=acceptance&order=desc&page=3"),
    ).toEqual({
      q: "sum",
      difficulty: "easy",
      tag: "graphs",
      status: "solved",
      kind: "function",
      sort: "acceptance",
      order: "desc",
      page: 3,
    });
  });
  it("falls back to the defaults for missing or unknown values", () => {
    expect(parse("")).toEqual(EMPTY_STATE);
    expect(parse("status=won&kind=quiz&sort=votes&order=up&page=-2")).toEqual(EMPTY_STATE);
    expect(parse("page=abc").page).toBe(1);
    expect(parse("page=2.7").page).toBe(2);
  });
});

describe("writeCatalogue", () => {
  it("leaves defaults out of the URL", () => {
    expect(writeCatalogue(EMPTY_STATE).toString()).toBe("");
    expect(writeCatalogue({ ...EMPTY_STATE, sort: "number", order: "asc", page: 1 }).toString()).toBe("");
  });
  it("round-trips through parseCatalogue", () => {
    const state = {
      ...EMPTY_STATE,
      q: "two sum",
      tag: "hash table",
      kind: "contest" as const,
      sort: "title" as const,
      order: "desc" as const,
      page: 2,
    };
    expect(parseCatalogue(writeCatalogue(state))).toEqual(state);
  });
  it("keeps unrelated parameters and drops cleared ones", () => {
    const base = new URLSearchParams("utm=x&tag=dp&difficulty=hard");
    const next = writeCatalogue({ ...parseCatalogue(base), tag: "" }, base);
    expect(next.get("utm")).toBe("x");
    expect(next.has("tag")).toBe(false);
    expect(next.get("difficulty")).toBe("hard");
  });
});

describe("updateCatalogue", () => {
  it("goes back to page 1 on any change but paging", () => {
    const state = { ...EMPTY_STATE, page: 4 };
    expect(updateCatalogue(state, { difficulty: "easy" }).page).toBe(1);
    expect(updateCatalogue(state, toggleSort(state, "title")).page).toBe(1);
    expect(updateCatalogue(state, { page: 5 }).page).toBe(5);
  });
});

describe("toggleSort", () => {
  it("flips the order of the sorted column", () => {
    expect(toggleSort({ sort: "title", order: "asc" }, "title")).toEqual({ sort: "title", order: "desc" });
    expect(toggleSort({ sort: "title", order: "desc" }, "title")).toEqual({ sort: "title", order: "asc" });
  });
  it("starts another column ascending", () => {
    expect(toggleSort({ sort: "title", order: "desc" }, "acceptance")).toEqual({ sort: "acceptance", order: "asc" });
    expect(toggleSort(EMPTY_STATE, "number")).toEqual({ sort: "number", order: "desc" });
  });
});

describe("toQuery", () => {
  it("sends the set filters, the sort and the page", () => {
    const state = parse("q=a&tag=dp&kind=function&sort=difficulty&order=desc&page=2");
    expect(toQuery(state, 25, true)).toEqual({
      page: 2,
      per_page: 25,
      q: "a",
      tag: "dp",
      kind: "function",
      sort: "difficulty",
      order: "desc",
    });
  });
  it("sends the status only when signed in", () => {
    const state = parse("status=unsolved");
    expect(toQuery(state, 25, true).status).toBe("unsolved");
    expect(toQuery(state, 25, false).status).toBeUndefined();
  });
});

describe("helpers", () => {
  it("tells whether any filter is set (sort and page are not filters)", () => {
    expect(hasFilters(parse("sort=title&page=3"))).toBe(false);
    expect(hasFilters(parse("kind=contest"))).toBe(true);
  });
  it("numbers titles LeetCode-style", () => {
    expect(numberedTitle({ title: "Two Sum", number: 101 })).toBe("101. Two Sum");
    expect(numberedTitle({ title: "Two Sum", number: null })).toBe("Two Sum");
    expect(numberedTitle({ title: "Two Sum" })).toBe("Two Sum");
  });
  it("escapes tags in topic paths", () => {
    expect(topicPath("hash table")).toBe("/topics/hash%20table");
    expect(topicPath("a/b")).toBe("/topics/a%2Fb");
  });
});
