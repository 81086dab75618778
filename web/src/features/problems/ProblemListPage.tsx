/**
 * The catalogue: search, filters, sort and page kept in the URL; number, status, difficulty and
 * acceptance columns; "Pick one" opens a random problem matching the filters.
 */
import { useEffect, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useMe } from "../../api/auth";
import { ApiError, errorMessage } from "../../api/client";
import { randomProblem, useProblems, useTags, type ProblemSummary, type SortKey } from "../../api/problems";
import { DifficultyBadge } from "../../components/Badges";
import { EyeOffIcon, SearchIcon } from "../../components/Icons";
import { Pagination } from "../../components/Pagination";
import { useToast } from "../../components/toasts";
import { formatPercent } from "../../lib/format";
import { useDebounced } from "../../lib/useDebounced";
import { useTitle } from "../../lib/useTitle";
import {
  EMPTY_STATE,
  asKind,
  asStatus,
  hasFilters,
  parseCatalogue,
  toQuery,
  toggleSort,
  topicPath,
  updateCatalogue,
  writeCatalogue,
  type CatalogueState,
} from "./catalogue";
import { KindBadge, StatusIcon } from "./parts";
import "./problems.css";

const PER_PAGE = 25;

function useCatalogue() {
  const [params, setParams] = useSearchParams();
  const state = parseCatalogue(params);
  const set = (changes: Partial<CatalogueState>) =>
    setParams(writeCatalogue(updateCatalogue(state, changes), params), { replace: true });
  return { state, set };
}

function SearchBox({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const [text, setText] = useState(value);
  const settled = useDebounced(text, 250);
  useEffect(() => {
    if (settled !== value) onChange(settled);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the settled text drives it
  }, [settled]);
  useEffect(() => setText(value), [value]);
  return (
    <label className="search">
      <SearchIcon className="search-icon" />
      <span className="visually-hidden">Search problems</span>
      <input
        className="input search-input"
        type="search"
        placeholder="Search problems"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
    </label>
  );
}

/** A column heading that sorts by its column; `aria-sort` tells which way. */
function SortHeader({
  label,
  column,
  state,
  onSort,
  className,
}: {
  label: string;
  column: SortKey;
  state: CatalogueState;
  onSort: (column: SortKey) => void;
  className?: string;
}) {
  const active = state.sort === column;
  const ariaSort = active ? (state.order === "asc" ? "ascending" : "descending") : "none";
  return (
    <th className={className} aria-sort={ariaSort}>
      <button
        type="button"
        className={`sort-button ${active ? "sort-active" : ""}`}
        onClick={() => onSort(column)}
        title={`Sort by ${label.toLowerCase()}`}
        data-testid={`sort-${column}`}
      >
        {label}
        <span className="sort-arrow" aria-hidden="true">
          {active ? (state.order === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </button>
    </th>
  );
}

function ProblemRow({ p }: { p: ProblemSummary }) {
  const navigate = useNavigate();
  return (
    <tr className="clickable" onClick={() => void navigate(`/problems/${p.slug}`)}>
      <td className="status-cell">
        <StatusIcon status={p.status} />
      </td>
      <td className="num-cell muted">{p.number ?? "—"}</td>
      <td>
        <Link to={`/problems/${p.slug}`} className="problem-link" onClick={(e) => e.stopPropagation()}>
          {p.title}
        </Link>
        <KindBadge kind={p.kind} />
        {p.hidden && (
          <span className="badge hidden-badge" title="Hidden from users">
            <EyeOffIcon size={12} /> hidden
          </span>
        )}
        <div className="problem-tags">
          {p.tags.map((t) => (
            <Link key={t} to={topicPath(t)} className="tag tag-link" onClick={(e) => e.stopPropagation()}>
              {t}
            </Link>
          ))}
        </div>
      </td>
      <td>
        <DifficultyBadge difficulty={p.difficulty} />
      </td>
      <td className="num">{formatPercent(p.acceptance_rate)}</td>
      <td className="num muted">{p.solvers}</td>
    </tr>
  );
}

function PickOne({ state, signedIn }: { state: CatalogueState; signedIn: boolean }) {
  const navigate = useNavigate();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const pick = async () => {
    setBusy(true);
    try {
      const slug = await randomProblem(toQuery(state, PER_PAGE, signedIn));
      void navigate(`/problems/${slug}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        toast.show("info", "Nothing to pick", "No problem matches these filters.");
      } else {
        toast.error("Could not pick a problem", errorMessage(error));
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      className="btn"
      onClick={() => void pick()}
      disabled={busy}
      title="Open a random problem that matches the filters"
      data-testid="pick-one"
    >
      {busy ? <span className="spinner" aria-hidden="true" /> : <span aria-hidden="true">⚄</span>}
      Pick one
    </button>
  );
}

export default function ProblemListPage() {
  useTitle("Problems");
  const { state, set } = useCatalogue();
  const me = useMe();
  const signedIn = Boolean(me.data);
  const tags = useTags();
  const problems = useProblems(toQuery(state, PER_PAGE, signedIn));
  const data = problems.data;
  const anyFilter = hasFilters(state);
  const sort = (column: SortKey) => set(toggleSort(state, column));

  return (
    <div className="page">
      <div className="list-head">
        <h1>Problems</h1>
        {data && <span className="muted">{data.total} problems</span>}
        <span className="spacer" />
        <Link to="/topics" className="btn btn-ghost btn-sm">
          Browse topics
        </Link>
      </div>
      <div className="filters" role="search">
        <SearchBox value={state.q} onChange={(q) => set({ q })} />
        <select
          className="select"
          aria-label="Difficulty"
          value={state.difficulty}
          onChange={(e) => set({ difficulty: e.target.value })}
        >
          <option value="">All difficulties</option>
          <option value="easy">Easy</option>
          <option value="medium">Medium</option>
          <option value="hard">Hard</option>
        </select>
        <select className="select" aria-label="Tag" value={state.tag} onChange={(e) => set({ tag: e.target.value })}>
          <option value="">All tags</option>
          {tags.data?.map((t) => (
            <option key={t.tag} value={t.tag}>
              {t.tag} ({t.count})
            </option>
          ))}
          {state.tag && !tags.data?.some((t) => t.tag === state.tag) && <option value={state.tag}>{state.tag}</option>}
        </select>
        <select
          className="select"
          aria-label="Kind"
          value={state.kind}
          onChange={(e) => set({ kind: asKind(e.target.value) })}
        >
          <option value="">Any style</option>
          <option value="function">Function</option>
          <option value="contest">Contest style</option>
        </select>
        {signedIn && (
          <select
            className="select"
            aria-label="Status"
            value={state.status}
            onChange={(e) => set({ status: asStatus(e.target.value) })}
          >
            <option value="">Any status</option>
            <option value="solved">Solved</option>
            <option value="attempted">Attempted</option>
            <option value="unsolved">Unsolved</option>
          </select>
        )}
        {anyFilter && (
          <button
            className="btn btn-ghost"
            onClick={() => set({ q: "", difficulty: "", tag: "", status: "", kind: "", page: EMPTY_STATE.page })}
          >
            Clear
          </button>
        )}
        <span className="spacer" />
        <PickOne state={state} signedIn={signedIn} />
      </div>
      <div className="card table-card">
        <table className="table striped problem-table" aria-busy={problems.isFetching}>
          <thead>
            <tr>
              <th className="status-cell">
                <span className="visually-hidden">Status</span>
              </th>
              <SortHeader label="#" column="number" state={state} onSort={sort} className="num-cell" />
              <SortHeader label="Title" column="title" state={state} onSort={sort} />
              <SortHeader label="Difficulty" column="difficulty" state={state} onSort={sort} />
              <SortHeader label="Acceptance" column="acceptance" state={state} onSort={sort} className="num" />
              <th className="num">Solvers</th>
            </tr>
          </thead>
          <tbody>
            {problems.isPending &&
              Array.from({ length: 8 }, (_, i) => (
                <tr key={i}>
                  <td colSpan={6}>
                    <div className="skeleton" style={{ width: `${40 + ((i * 37) % 50)}%` }} />
                  </td>
                </tr>
              ))}
            {data?.items.map((p) => (
              <ProblemRow key={p.slug} p={p} />
            ))}
          </tbody>
        </table>
        {data && data.items.length === 0 && (
          <div className="empty">{anyFilter ? "No problems match these filters." : "No problems yet."}</div>
        )}
        {problems.isError && <div className="empty">The problem list could not be loaded.</div>}
      </div>
      {data && (
        <Pagination page={data.page} perPage={data.per_page} total={data.total} onPage={(page) => set({ page })} />
      )}
    </div>
  );
}
