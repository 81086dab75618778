/** The catalogue: problem lists, one problem, tags, per-problem statistics. */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "./client";
import type { paths } from "./schema";

export type ProblemSummary = Schemas["ProblemSummary"];
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
}

// Written by hand until the generated schema has the field; absent from older servers.
export type ProblemDetail = Omit<Schemas["ProblemDetail"], "function"> & { function?: FunctionSpec | null };
export type Language = Schemas["LanguagePublic"];
export type ProblemStats = Schemas["ProblemStats"];

export type ProblemFilters = NonNullable<paths["/api/problems"]["get"]["parameters"]["query"]>;
export type SolveStatus = NonNullable<ProblemFilters["status"]>;

export function useProblems(filters: ProblemFilters) {
  return useQuery({
    queryKey: ["problems", filters],
    queryFn: ({ signal }) => unwrap(api.GET("/api/problems", { params: { query: filters }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useProblem(slug: string, enabled = true) {
  return useQuery({
    enabled: enabled && slug !== "",
    queryKey: ["problem", slug],
    queryFn: ({ signal }): Promise<ProblemDetail> =>
      unwrap(api.GET("/api/problems/{slug}", { params: { path: { slug } }, signal })),
    staleTime: 60_000,
  });
}

export function useTags() {
  return useQuery({
    queryKey: ["tags"],
    queryFn: () => unwrap(api.GET("/api/tags")),
    staleTime: 5 * 60_000,
  });
}

/** Every language the judge knows, for showing names where only ids arrive. */
export function useLanguages() {
  return useQuery({
    queryKey: ["languages"],
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
    queryKey: ["problem-stats", slug],
    queryFn: () => unwrap(api.GET("/api/problems/{slug}/stats", { params: { path: { slug } } })),
    enabled: enabled && slug !== "",
    staleTime: 30_000,
  });
}
