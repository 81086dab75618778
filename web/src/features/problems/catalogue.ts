/**
 * The catalogue's state as the URL keeps it: search, filters, sort and page, read from and
 * written to the query string (defaults are left out so plain /problems stays plain).
 */
import {
  PROBLEM_KINDS,
  type ProblemFilters,
  type ProblemKind,
  type SolveStatus,
  type SortKey,
  type SortOrder,
} from "../../api/problems";

export const SORT_KEYS: readonly SortKey[] = ["number", "title", "difficulty", "acceptance"];
export const STATUSES: readonly SolveStatus[] = ["solved", "attempted", "unsolved"];
export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export const DEFAULT_SORT: SortKey = "number";
export const DEFAULT_ORDER: SortOrder = "asc";

export interface CatalogueState {
  q: string;
  difficulty: string;
  tag: string;
  status: SolveStatus | "";
  kind: ProblemKind | "";
  sort: SortKey;
  order: SortOrder;
  page: number;
}

export const EMPTY_STATE: CatalogueState = {
  q: "",
  difficulty: "",
  tag: "",
  status: "",
  kind: "",
  sort: DEFAULT_SORT,
  order: DEFAULT_ORDER,
  page: 1,
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

export function asStatus(value: string | null): SolveStatus | "" {
  return oneOf(STATUSES, value) ?? "";
}

export function asKind(value: string | null): ProblemKind | "" {
  return oneOf(PROBLEM_KINDS, value) ?? "";
}

/** The state a query string describes; unknown values fall back to the defaults. */
export function parseCatalogue(params: URLSearchParams): CatalogueState {
  const page = Math.floor(Number(params.get("page")));
  return {
    q: params.get("q") ?? "",
    difficulty: params.get("difficulty") ?? "",
    tag: params.get("tag") ?? "",
    status: asStatus(params.get("status")),
    kind: asKind(params.get("kind")),
    sort: oneOf(SORT_KEYS, params.get("sort")) ?? DEFAULT_SORT,
    order: oneOf<SortOrder>(["asc", "desc"], params.get("order")) ?? DEFAULT_ORDER,
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

const KEYS = ["q", "difficulty", "tag", "status", "kind", "sort", "order", "page"] as const;

/**
 * `base` (other parameters are kept) with the state written in; values equal to the defaults
 * are removed.
 */
export function writeCatalogue(state: CatalogueState, base = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const key of KEYS) {
    const value = String(state[key]);
    if (value === "" || value === String(EMPTY_STATE[key])) next.delete(key);
    else next.set(key, value);
  }
  return next;
}

/** Applies a change from the filter bar: any change but paging goes back to page 1. */
export function updateCatalogue(state: CatalogueState, changes: Partial<CatalogueState>): CatalogueState {
  return { ...state, ...changes, page: changes.page ?? 1 };
}

/** Clicking a column heading: the sorted column flips its order, another one starts ascending. */
export function toggleSort(
  state: Pick<CatalogueState, "sort" | "order">,
  key: SortKey,
): Pick<CatalogueState, "sort" | "order"> {
  if (state.sort === key) return { sort: key, order: state.order === "asc" ? "desc" : "asc" };
  return { sort: key, order: "asc" };
}

export function hasFilters(state: CatalogueState): boolean {
  return Boolean(state.q || state.difficulty || state.tag || state.status || state.kind);
}

/** The API query for a page of the list; status is only sent when someone is signed in. */
export function toQuery(state: CatalogueState, perPage: number, signedIn: boolean): ProblemFilters {
  const query: ProblemFilters = { page: state.page, per_page: perPage, sort: state.sort, order: state.order };
  if (state.q) query.q = state.q;
  if (state.difficulty) query.difficulty = state.difficulty;
  if (state.tag) query.tag = state.tag;
  if (state.kind) query.kind = state.kind;
  if (state.status && signedIn) query.status = state.status;
  return query;
}

/** "101. Two Sum", or the bare title when the problem has no number. */
export function numberedTitle(p: { title: string; number?: number | null }): string {
  return p.number != null ? `${p.number}. ${p.title}` : p.title;
}

export function topicPath(tag: string): string {
  return `/topics/${encodeURIComponent(tag)}`;
}
