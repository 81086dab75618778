/**
 * Code drafts in local storage, one per (problem, language), so a reload or a language switch
 * never loses work. Drafts older than `DRAFT_MAX_AGE_MS` are pruned; a full store evicts the
 * oldest drafts first and tries again.
 */
import { browserStore, readJson, removeKey, writeJson, type KeyValueStore } from "./storage";

const PREFIX = "assay:draft:v1:";
const LAST_LANGUAGE_KEY = "assay:last-language:v1";
export const DRAFT_MAX_AGE_MS = 90 * 24 * 3600 * 1000;

export interface Draft {
  code: string;
  savedAtMs: number;
}

export function draftKey(problem: string, language: string): string {
  return `${PREFIX}${encodeURIComponent(problem)}:${encodeURIComponent(language)}`;
}

function isDraft(value: unknown): value is Draft {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === "string" && typeof v.savedAtMs === "number";
}

export class DraftStore {
  constructor(
    private readonly store: KeyValueStore | null = browserStore(),
    private readonly now: () => number = Date.now,
  ) {}

  load(problem: string, language: string): Draft | null {
    const value = readJson(this.store, draftKey(problem, language));
    return isDraft(value) ? value : null;
  }

  save(problem: string, language: string, code: string): boolean {
    const draft: Draft = { code, savedAtMs: this.now() };
    const key = draftKey(problem, language);
    if (writeJson(this.store, key, draft)) return true;
    this.evictOldest(5);
    return writeJson(this.store, key, draft);
  }

  clear(problem: string, language: string): void {
    removeKey(this.store, draftKey(problem, language));
  }

  /** Languages that have a saved draft for this problem. */
  languagesWithDrafts(problem: string): string[] {
    const prefix = `${PREFIX}${encodeURIComponent(problem)}:`;
    return this.keys()
      .filter((k) => k.startsWith(prefix))
      .map((k) => decodeURIComponent(k.slice(prefix.length)));
  }

  /** Drops drafts not touched for `DRAFT_MAX_AGE_MS`; returns how many were dropped. */
  prune(): number {
    const cutoff = this.now() - DRAFT_MAX_AGE_MS;
    const stale = this.entries().filter(([, d]) => d.savedAtMs < cutoff);
    stale.forEach(([k]) => removeKey(this.store, k));
    return stale.length;
  }

  lastLanguage(): string | null {
    const value = readJson(this.store, LAST_LANGUAGE_KEY);
    return typeof value === "string" ? value : null;
  }

  setLastLanguage(language: string): void {
    writeJson(this.store, LAST_LANGUAGE_KEY, language);
  }

  private keys(): string[] {
    const out: string[] = [];
    if (!this.store) return out;
    for (let i = 0; i < this.store.length; i++) {
      const k = this.store.key(i);
      if (k?.startsWith(PREFIX)) out.push(k);
    }
    return out;
  }

  private entries(): [string, Draft][] {
    return this.keys().flatMap((k): [string, Draft][] => {
      const d = readJson(this.store, k);
      return isDraft(d) ? [[k, d]] : [];
    });
  }

  private evictOldest(count: number): void {
    this.entries()
      .sort((a, b) => a[1].savedAtMs - b[1].savedAtMs)
      .slice(0, count)
      .forEach(([k]) => removeKey(this.store, k));
  }
}
