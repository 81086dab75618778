/** The catalogue: search and filters kept in the URL, status, difficulty and acceptance columns. */
import { useEffect, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useMe } from "../../api/auth";
import { useProblems, useTags, type ProblemSummary, type SolveStatus } from "../../api/problems";
import { DifficultyBadge } from "../../components/Badges";
import { CheckCircleIcon, EyeOffIcon, SearchIcon } from "../../components/Icons";
import { Pagination } from "../../components/Pagination";
import { formatPercent } from "../../lib/format";
import { useDebounced } from "../../lib/useDebounced";
import { useTitle } from "../../lib/useTitle";
import "./problems.css";

const PER_PAGE = 25;
const STATUSES: readonly SolveStatus[] = ["solved", "attempted", "unsolved"];

function StatusIcon({ status }: { status: ProblemSummary["status"] }) {
  if (status === "solved")
    return (
      <span className="status-solved" title="Solved" aria-label="Solved">
        <CheckCircleIcon size={17} />
      </span>
    );
  if (status === "attempted") return <span className="status-attempted" title="Attempted" aria-label="Attempted" />;
  return <span className="visually-hidden">Not attempted</span>;
}

function useFilters() {
  const [params, setParams] = useSearchParams();
  const get = (k: string) => params.get(k) ?? "";
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!("page" in changes)) next.delete("page");
    setParams(next, { replace: true });
  };
  return { get, set, page: Math.max(1, Number(params.get("page")) || 1), params };
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

function ProblemRow({ p }: { p: ProblemSummary }) {
  const navigate = useNavigate();
  return (
    <tr className="clickable" onClick={() => void navigate(`/problems/${p.slug}`)}>
      <td className="status-cell">
        <StatusIcon status={p.status} />
      </td>
      <td>
        <Link to={`/problems/${p.slug}`} className="problem-link" onClick={(e) => e.stopPropagation()}>
          {p.title}
        </Link>
        {p.hidden && (
          <span className="badge hidden-badge" title="Hidden from users">
            <EyeOffIcon size={12} /> hidden
          </span>
        )}
        <div className="problem-tags">
          {p.tags.map((t) => (
            <span key={t} className="tag">
              {t}
            </span>
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

export default function ProblemListPage() {
  useTitle("Problems");
  const f = useFilters();
  const me = useMe();
  const tags = useTags();
  const filters = {
    page: f.page,
    per_page: PER_PAGE,
    q: f.get("q") || undefined,
    difficulty: f.get("difficulty") || undefined,
    tag: f.get("tag") || undefined,
    status: STATUSES.find((s) => s === f.get("status")),
  };
  const problems = useProblems(filters);
  const data = problems.data;
  const anyFilter = Boolean(filters.q ?? filters.difficulty ?? filters.tag ?? filters.status);

  return (
    <div className="page">
      <div className="list-head">
        <h1>Problems</h1>
        {data && <span className="muted">{data.total} problems</span>}
      </div>
      <div className="filters" role="search">
        <SearchBox value={f.get("q")} onChange={(q) => f.set({ q })} />
        <select
          className="select"
          aria-label="Difficulty"
          value={f.get("difficulty")}
          onChange={(e) => f.set({ difficulty: e.target.value })}
        >
          <option value="">All difficulties</option>
          <option value="easy">Easy</option>
          <option value="medium">Medium</option>
          <option value="hard">Hard</option>
        </select>
        <select
          className="select"
          aria-label="Tag"
          value={f.get("tag")}
          onChange={(e) => f.set({ tag: e.target.value })}
        >
          <option value="">All tags</option>
          {tags.data?.map((t) => (
            <option key={t.tag} value={t.tag}>
              {t.tag} ({t.count})
            </option>
          ))}
        </select>
        {me.data && (
          <select
            className="select"
            aria-label="Status"
            value={f.get("status")}
            onChange={(e) => f.set({ status: e.target.value })}
          >
            <option value="">Any status</option>
            <option value="solved">Solved</option>
            <option value="attempted">Attempted</option>
            <option value="unsolved">Unsolved</option>
          </select>
        )}
        {anyFilter && (
          <button className="btn btn-ghost" onClick={() => f.set({ q: "", difficulty: "", tag: "", status: "" })}>
            Clear
          </button>
        )}
      </div>
      <div className="card table-card">
        <table className="table striped problem-table" aria-busy={problems.isFetching}>
          <thead>
            <tr>
              <th className="status-cell">
                <span className="visually-hidden">Status</span>
              </th>
              <th>Title</th>
              <th>Difficulty</th>
              <th className="num">Acceptance</th>
              <th className="num">Solvers</th>
            </tr>
          </thead>
          <tbody>
            {problems.isPending &&
              Array.from({ length: 8 }, (_, i) => (
                <tr key={i}>
                  <td colSpan={5}>
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
        <Pagination
          page={data.page}
          perPage={data.per_page}
          total={data.total}
          onPage={(p) => f.set({ page: String(p) })}
        />
      )}
    </div>
  );
}
