import { describe, expect, it } from "vitest";
import { DRAFT_MAX_AGE_MS, DraftStore, draftKey, type Draft } from "./drafts";
import type { KeyValueStore } from "./storage";

/** A Map-backed store that can be told to reject writes, like a full localStorage. */
class MemoryStore implements KeyValueStore {
  data = new Map<string, string>();
  capacity = Infinity;
  get length(): number {
    return this.data.size;
  }
  key(i: number): string | null {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string): string | null {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    if (!this.data.has(k) && this.data.size >= this.capacity) throw new DOMException("full", "QuotaExceededError");
    this.data.set(k, v);
  }
  removeItem(k: string): void {
    this.data.delete(k);
  }
}

describe("DraftStore", () => {
  it("keeps one draft per (problem, language)", () => {
    const s = new DraftStore(new MemoryStore(), () => 1000);
    s.save("two-sum", "python3", "print(1)");
    s.save("two-sum", "cpp", "int main(){}");
    s.save("hello", "python3", "print(2)");
    expect(s.load("two-sum", "python3")).toEqual<Draft>({ code: "print(1)", savedAtMs: 1000 });
    expect(s.load("two-sum", "cpp")?.code).toBe("int main(){}");
    expect(s.load("hello", "python3")?.code).toBe("print(2)");
    expect(s.load("hello", "cpp")).toBeNull();
    expect(s.languagesWithDrafts("two-sum").sort()).toEqual(["cpp", "python3"]);
  });

  it("survives a new instance over the same storage (a reload)", () => {
    const mem = new MemoryStore();
    new DraftStore(mem).save("p", "java", "class Main {}");
    expect(new DraftStore(mem).load("p", "java")?.code).toBe("class Main {}");
  });

  it("clears a draft", () => {
    const s = new DraftStore(new MemoryStore());
    s.save("p", "go", "package main");
    s.clear("p", "go");
    expect(s.load("p", "go")).toBeNull();
  });

  it("escapes separators in keys so problems cannot collide", () => {
    expect(draftKey("a:b", "c")).not.toBe(draftKey("a", "b:c"));
  });

  it("ignores corrupt entries", () => {
    const mem = new MemoryStore();
    mem.setItem(draftKey("p", "c"), "{not json");
    mem.setItem(draftKey("p", "d"), JSON.stringify({ code: 5 }));
    const s = new DraftStore(mem);
    expect(s.load("p", "c")).toBeNull();
    expect(s.load("p", "d")).toBeNull();
  });

  it("prunes drafts older than the maximum age", () => {
    const mem = new MemoryStore();
    let now = 0;
    const s = new DraftStore(mem, () => now);
    s.save("old", "c", "x");
    now = DRAFT_MAX_AGE_MS + 10;
    s.save("new", "c", "y");
    expect(s.prune()).toBe(1);
    expect(s.load("old", "c")).toBeNull();
    expect(s.load("new", "c")?.code).toBe("y");
  });

  it("evicts the oldest drafts when the store is full", () => {
    const mem = new MemoryStore();
    mem.capacity = 3;
    let now = 0;
    const s = new DraftStore(mem, () => ++now);
    s.save("a", "c", "1");
    s.save("b", "c", "2");
    s.save("c", "c", "3");
    expect(s.save("d", "c", "4")).toBe(true);
    expect(s.load("d", "c")?.code).toBe("4");
    expect(s.load("a", "c")).toBeNull();
  });

  it("works without storage at all", () => {
    const s = new DraftStore(null);
    expect(s.save("p", "c", "x")).toBe(false);
    expect(s.load("p", "c")).toBeNull();
    expect(s.lastLanguage()).toBeNull();
  });

  it("remembers the last language", () => {
    const s = new DraftStore(new MemoryStore());
    expect(s.lastLanguage()).toBeNull();
    s.setLastLanguage("rust");
    expect(s.lastLanguage()).toBe("rust");
  });

  it("uses window.localStorage by default", () => {
    new DraftStore().save("p", "c", "x");
    expect(localStorage.getItem(draftKey("p", "c"))).toContain('"code":"x"');
  });
});
