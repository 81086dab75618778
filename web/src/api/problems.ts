/** The catalogue: problem lists, one problem, tags, per-problem statistics. */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "./client";
import type { paths } from "./schema";
import { queryKeys } from "./queryKeys";

/** "function": LeetCode style (write a function); "contest": read stdin, write stdout. */
export type ProblemKind = "function" | "contest";
export const PROBLEM_KINDS: readonly ProblemKind[] = ["function", "contest"];

// `number` and `kind` are written by hand until the generated schema has them.
export type ProblemSummary = Schemas["ProblemSummary"] & { number?: number | null; kind?: ProblemKind };
export interface ProblemPage {
  items: ProblemSummary[];
  total: number;
  page: number;
  per_page: number;
}
/** A parameter of a function problem's function, method or constructor; `type` as in function.yaml. */
export interface FunctionParam {
  name: string;
  type: string;
}

export interface FunctionMethod {
  name: string;
  params: FunctionParam[];
  returns: string;
}

/**
 * A LeetCode-style problem's signature and sample cases (`null` for stdin/stdout problems).
 * "function": `params` are the function's and a case holds one JSON text per parameter.
 * "design": `name` is the class, `params` its constructor's, and a case is two JSON texts
 * (the operations and their arguments).
 */
export interface FunctionSpec {
  kind: "function" | "design";
  name: string;
  params: FunctionParam[];
  returns: string;
  methods: FunctionMethod[];
  cases: string[][];
  /** Languages available here that cannot take the signature, and why. */
  unsupported_languages?: { id: string; name: string; reason: string }[];
}

// Written by hand until the generated schema has the fields; absent from older servers.
export type ProblemDetail = Omit<Schemas["ProblemDetail"], "function"> & {
  function?: FunctionSpec | null;
  number?: number | null;
  kind?: ProblemKind;
  /** Markdown, shown one at a time. */
  hints?: string[];
  has_editorial?: boolean;
};
export type Language = Schemas["LanguagePublic"];
export type ProblemStats = Schemas["ProblemStats"];

export type SortKey = "number" | "title" | "difficulty" | "acceptance";
export type SortOrder = "asc" | "desc";
export type ProblemFilters = NonNullable<paths["/api/problems"]["get"]["parameters"]["query"]> & {
  kind?: ProblemKind;
  sort?: SortKey;
  order?: SortOrder;
};
export type SolveStatus = NonNullable<ProblemFilters["status"]>;

type Query = Record<string, string | number | boolean | null | undefined>;

/** `?a=1&b=x` from the defined, non-empty values (empty string when there are none). */
export function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * GET for the endpoints the generated schema does not know yet; errors become ApiErrors
 * exactly as with the typed client.
 */
export function getJson<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  return unwrap<T>(
    fetch(path + queryString(query), {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
      signal: signal ?? null,
    }).then(async (response) => {
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text for the error message
      }
      return response.ok ? { data: body as T, response } : { error: body, response };
    }),
  );
}

export function useProblems(filters: ProblemFilters) {
  return useQuery({
    queryKey: queryKeys.problems.list(filters),
    queryFn: ({ signal }) => getJson<ProblemPage>("/api/problems", filters, signal),
    placeholderData: keepPreviousData,
  });
}

/** A random problem matching the filters (paging and sorting are ignored); 404 when none does. */
export async function randomProblem(filters: ProblemFilters): Promise<string> {
  const { q, difficulty, tag, status, kind } = filters;
  const found = await getJson<{ slug: string }>("/api/problems/random", { q, difficulty, tag, status, kind });
  return found.slug;
}

export interface TopicSummary {
  tag: string;
  count: number;
  /** Problems of this topic the signed-in user solved (0 when signed out). */
  solved: number;
}

export interface TopicDetail {
  tag: string;
  /** In the suggested order. */
  problems: ProblemSummary[];
  solved: number;
  total: number;
}

export function useTopics() {
  return useQuery({
    queryKey: queryKeys.topics,
    queryFn: ({ signal }) => getJson<TopicSummary[]>("/api/topics", {}, signal),
  });
}

export function useTopic(tag: string) {
  return useQuery({
    enabled: tag !== "",
    queryKey: queryKeys.topic(tag),
    queryFn: ({ signal }) => getJson<TopicDetail>(`/api/topics/${encodeURIComponent(tag)}`, {}, signal),
  });
}

export interface Editorial {
  html: string;
}

/**
 * The editorial. Without `confirm` the server refuses (403, code `editorial_locked`) while the
 * user has not solved the problem; with it, it answers anyway. 401 signed out, 404 none.
 */
export function useEditorial(slug: string, confirm: boolean, enabled: boolean, attempt = 0) {
  return useQuery({
    enabled: enabled && slug !== "",
    queryKey: queryKeys.problem.editorial(slug, confirm, attempt),
    queryFn: ({ signal }) =>
      getJson<Editorial>(`/api/problems/${encodeURIComponent(slug)}/editorial`, { confirm }, signal),
    staleTime: 5 * 60_000,
    retry: false,
    meta: { silent: true },
  });
}

export function useProblem(slug: string, enabled = true) {
  return useQuery({
    enabled: enabled && slug !== "",
    queryKey: queryKeys.problem.detail(slug),
    queryFn: ({ signal }): Promise<ProblemDetail> =>
      unwrap(api.GET("/api/problems/{slug}", { params: { path: { slug } }, signal })),
    staleTime: 60_000,
  });
}

export function useTags() {
  return useQuery({
    queryKey: queryKeys.tags,
    queryFn: () => unwrap(api.GET("/api/tags")),
    staleTime: 5 * 60_000,
  });
}

/** Every language the judge knows, for showing names where only ids arrive. */
export function useLanguages() {
  return useQuery({
    queryKey: queryKeys.languages,
    queryFn: () => unwrap(api.GET("/api/languages")),
    staleTime: Infinity,
    meta: { silent: true },
  });
}

export function useLanguageName(): (id: string) => string {
  const langs = useLanguages();
  return (id) => langs.data?.find((l) => l.id === id)?.name ?? id;
}

export function useProblemStats(slug: string, enabled = true) {
  return useQuery({
    meta: { silent: true },
    queryKey: queryKeys.problem.stats(slug),
    queryFn: () => unwrap(api.GET("/api/problems/{slug}/stats", { params: { path: { slug } } })),
    enabled: enabled && slug !== "",
    staleTime: 30_000,
  });
}
