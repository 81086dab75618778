/**
 * The workspace's language and code: the last language used (across problems) when this problem
 * offers it, each (problem, language) draft kept in local storage, starter code otherwise.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Language } from "../../api/problems";
import { DraftStore } from "../../lib/drafts";

const SAVE_DELAY_MS = 400;

/** Without a remembered choice, the most widely used languages come first. */
const DEFAULT_ORDER = ["cpp", "python3", "java"];
/** Function (LeetCode-style) problems start in Python, as such sites do. */
export const FUNCTION_DEFAULT_ORDER = ["python3", "cpp", "java"];

export function pickLanguage(
  languages: readonly Language[],
  preferred: string | null,
  order: readonly string[] = DEFAULT_ORDER,
): Language | null {
  const usable = languages.filter((l) => l.available);
  for (const id of [preferred, ...order]) {
    const found = usable.find((l) => l.id === id);
    if (found) return found;
  }
  return usable[0] ?? languages[0] ?? null;
}

export function useLanguageDrafts(slug: string, languages: readonly Language[], order?: readonly string[]) {
  const store = useMemo(() => new DraftStore(), []);
  const [chosen, setChosen] = useState<string | null>(() => store.lastLanguage());
  const language = pickLanguage(languages, chosen, order);
  const pending = useRef<{ lang: string; code: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const p = pending.current;
    pending.current = null;
    if (p) store.save(slug, p.lang, p.code);
  }, [store, slug]);

  useEffect(() => {
    store.prune();
    window.addEventListener("beforeunload", flush);
    return () => {
      window.removeEventListener("beforeunload", flush);
      flush();
    };
  }, [store, flush]);

  const initialCode = useCallback(
    (lang: Language) => store.load(slug, lang.id)?.code ?? lang.starter_code,
    [store, slug],
  );

  const onCodeChange = useCallback(
    (code: string) => {
      if (!language) return;
      pending.current = { lang: language.id, code };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [language, flush],
  );

  const selectLanguage = useCallback(
    (id: string) => {
      flush();
      setChosen(id);
      store.setLastLanguage(id);
    },
    [flush, store],
  );

  const resetDraft = useCallback(() => {
    if (!language) return;
    pending.current = null;
    store.clear(slug, language.id);
  }, [language, slug, store]);

  return { language, initialCode, onCodeChange, selectLanguage, resetDraft, flush };
}
