import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Language } from "../../api/problems";
import { draftKey } from "../../lib/drafts";
import { FUNCTION_DEFAULT_ORDER, pickLanguage, useLanguageDrafts } from "./useLanguageDrafts";

const lang = (id: string, available = true): Language => ({
  id,
  name: id.toUpperCase(),
  monaco_id: id,
  version: "1",
  available,
  starter_code: `// starter ${id}`,
});

describe("pickLanguage", () => {
  const langs = [lang("c"), lang("cpp"), lang("python3"), lang("rust", false)];
  it("prefers the remembered language, then C++, Python, Java", () => {
    expect(pickLanguage(langs, "python3")?.id).toBe("python3");
    expect(pickLanguage(langs, null)?.id).toBe("cpp");
    expect(pickLanguage(langs, "go")?.id).toBe("cpp");
    expect(pickLanguage([lang("c"), lang("go")], null)?.id).toBe("c");
  });
  it("starts function problems in Python 3 unless a language was chosen", () => {
    expect(pickLanguage(langs, null, FUNCTION_DEFAULT_ORDER)?.id).toBe("python3");
    expect(pickLanguage(langs, "c", FUNCTION_DEFAULT_ORDER)?.id).toBe("c");
    expect(pickLanguage([lang("cpp"), lang("python3", false)], null, FUNCTION_DEFAULT_ORDER)?.id).toBe("cpp");
  });
  it("never picks an unavailable language while another exists", () => {
    expect(pickLanguage(langs, "rust")?.id).toBe("cpp");
    expect(pickLanguage([lang("rust", false)], null)?.id).toBe("rust");
    expect(pickLanguage([], null)).toBeNull();
  });
});

describe("useLanguageDrafts", () => {
  const langs = [lang("cpp"), lang("python3")];

  it("starts from the starter code, saves drafts per language and remembers the language", () => {
    const { result, unmount } = renderHook(() => useLanguageDrafts("sumtwo", langs));
    const cpp = result.current.language;
    expect(cpp?.id).toBe("cpp");
    expect(result.current.initialCode(langs[0] as Language)).toBe("// starter cpp");
    act(() => result.current.onCodeChange("int main() { return 1; }"));
    act(() => result.current.selectLanguage("python3")); // flushes the pending cpp draft
    expect(result.current.language?.id).toBe("python3");
    expect(localStorage.getItem(draftKey("sumtwo", "cpp"))).toContain("return 1;");
    act(() => result.current.onCodeChange("print(1)"));
    unmount(); // flushes too

    const again = renderHook(() => useLanguageDrafts("sumtwo", langs));
    expect(again.result.current.language?.id).toBe("python3");
    expect(again.result.current.initialCode(langs[1] as Language)).toBe("print(1)");
    expect(again.result.current.initialCode(langs[0] as Language)).toBe("int main() { return 1; }");
    act(() => again.result.current.resetDraft());
    expect(again.result.current.initialCode(langs[1] as Language)).toBe("// starter python3");
  });
});
