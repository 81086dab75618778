import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown, safeHref } from "./inlineMarkdown";

describe("parseInline", () => {
  it("reads code, strong, emphasis and math", () => {
    expect(parseInline("Use `a[i]`, **two _pointers_**, _once_ and $O(n \\log n)$.")).toEqual([
      { type: "text", text: "Use " },
      { type: "code", text: "a[i]" },
      { type: "text", text: ", " },
      {
        type: "strong",
        children: [
          { type: "text", text: "two " },
          { type: "em", children: [{ type: "text", text: "pointers" }] },
        ],
      },
      { type: "text", text: ", " },
      { type: "em", children: [{ type: "text", text: "once" }] },
      { type: "text", text: " and " },
      { type: "math", tex: "O(n \\log n)", display: false },
      { type: "text", text: "." },
    ]);
  });
  it("does not read markup inside code or math", () => {
    expect(parseInline("`**x**` $a*b*c$")).toEqual([
      { type: "code", text: "**x**" },
      { type: "text", text: " " },
      { type: "math", tex: "a*b*c", display: false },
    ]);
  });
  it("keeps snake_case words and lone stars as text", () => {
    expect(parseInline("max_sum_so_far * 2")).toEqual([{ type: "text", text: "max_sum_so_far * 2" }]);
  });
  it("keeps safe links only", () => {
    expect(parseInline("[docs](https://x.org/a)")).toEqual([
      { type: "link", href: "https://x.org/a", children: [{ type: "text", text: "docs" }] },
    ]);
    expect(parseInline("[click](javascript:void)")).toEqual([{ type: "text", text: "click" }]);
  });
  it("leaves HTML as text", () => {
    expect(parseInline("<img src=x onerror=alert(1)>")).toEqual([
      { type: "text", text: "<img src=x onerror=alert(1)>" },
    ]);
  });
});

describe("safeHref", () => {
  it("allows web addresses, site paths and anchors", () => {
    expect(safeHref("http://a")).toBe("http://a");
    expect(safeHref("/problems/x")).toBe("/problems/x");
    expect(safeHref("#top")).toBe("#top");
    expect(safeHref("//evil.example")).toBeNull();
    expect(safeHref("data:text/html,x")).toBeNull();
    expect(safeHref("JavaScript:x")).toBeNull();
  });
});

describe("parseMarkdown", () => {
  it("splits paragraphs, lists and fenced code", () => {
    const blocks = parseMarkdown("First line\nsecond line\n\n- one\n- two\n  wrapped\n\n```\nx = 1\n```\nEnd");
    expect(blocks).toEqual([
      {
        type: "paragraph",
        children: [{ type: "text", text: "First line" }, { type: "br" }, { type: "text", text: "second line" }],
      },
      { type: "list", items: [[{ type: "text", text: "one" }], [{ type: "text", text: "two wrapped" }]] },
      { type: "code", text: "x = 1" },
      { type: "paragraph", children: [{ type: "text", text: "End" }] },
    ]);
  });
  it("reads an empty text as nothing", () => {
    expect(parseMarkdown("")).toEqual([]);
    expect(parseMarkdown("\n\n")).toEqual([]);
  });
});
