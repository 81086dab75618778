/** A user's profile: solved by difficulty, the submission calendar, languages, recent submissions. */
import { useMemo } from "react";
import { useParams } from "react-router";
import { ApiError } from "../../api/client";
import { useLanguageName } from "../../api/problems";
import { useProfile, type UserProfile } from "../../api/stats";
import { PageLoading } from "../../components/Layout";
import { SubmissionTable } from "../../components/SubmissionTable";
import { formatDate, formatPercent } from "../../lib/format";
import { capitalize } from "../../lib/verdicts";
import { useTitle } from "../../lib/useTitle";
import { NotFound } from "../NotFoundPage";
import { Heatmap } from "./Heatmap";
import { TopicProgressCard } from "./TopicProgress";
import { sortByDifficulty } from "./progress";
import "./profile.css";

function SolvedRing({ solved, total }: { solved: number; total: number }) {
  const r = 44;
  const c = 2 * Math.PI * r;
  const frac = total ? solved / total : 0;
  return (
    <svg className="ring" viewBox="0 0 110 110" role="img" aria-label={`${solved} of ${total} problems solved`}>
      <circle cx="55" cy="55" r={r} className="ring-track" />
      {frac > 0 && (
        <circle
          cx="55"
          cy="55"
          r={r}
          className="ring-fill"
          strokeDasharray={`${c * frac} ${c}`}
          transform="rotate(-90 55 55)"
        />
      )}
      <text x="55" y="53" textAnchor="middle" className="ring-num">
        {solved}
      </text>
      <text x="55" y="70" textAnchor="middle" className="ring-sub">
        / {total} solved
      </text>
    </svg>
  );
}

function Difficulty({ p }: { p: UserProfile }) {
  const rows = sortByDifficulty(p.progress.by_difficulty);
  const total = rows.reduce((s, r) => s + r.total, 0);
  return (
    <section className="card card-pad solved-card" aria-label="Solved problems">
      <SolvedRing solved={p.solved} total={total} />
      <div className="diff-bars">
        {rows.map((r) => (
          <div key={r.difficulty || "none"} className="diff-bar-row">
            <div className="row">
              <span className={r.difficulty ? `diff-${r.difficulty}` : "muted"}>
                {r.difficulty ? capitalize(r.difficulty) : "Other"}
              </span>
              <span className="spacer" />
              <strong>{r.solved}</strong>
              <span className="muted">/ {r.total}</span>
            </div>
            <div className="bar">
              <div
                className={`bar-fill fill-${r.difficulty || "none"}`}
                style={{ width: `${r.total ? (100 * r.solved) / r.total : 0}%` }}
              />
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}

function Languages({ p }: { p: UserProfile }) {
  const name = useLanguageName();
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const s of p.recent) m.set(s.language, (m.get(s.language) ?? 0) + 1);
    return [...m.entries()].sort((a, b) => b[1] - a[1]);
  }, [p.recent]);
  return (
    <section className="card card-pad" aria-label="Languages">
      <h2>Languages</h2>
      {counts.length === 0 && <p className="muted">No submissions yet.</p>}
      <ul className="lang-list">
        {counts.map(([lang, n]) => (
          <li key={lang}>
            <div className="row">
              <span>{name(lang)}</span>
              <span className="spacer" />
              <span className="muted">
                {n} of the last {p.recent.length}
              </span>
            </div>
            <div className="bar">
              <div className="bar-fill" style={{ width: `${(100 * n) / p.recent.length}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function ProfilePage() {
  const { username = "" } = useParams();
  const profile = useProfile(username);
  const name = useLanguageName();
  useTitle(username);
  if (profile.error instanceof ApiError && profile.error.status === 404) return <NotFound what="user" />;
  if (profile.isPending) return <PageLoading />;
  const p = profile.data;
  if (!p) return <div className="page empty">The profile could not be loaded.</div>;
  return (
    <div className="page profile">
      <header className="profile-head">
        <span className="avatar avatar-lg" aria-hidden="true">
          {p.user.username.slice(0, 1).toUpperCase()}
        </span>
        <div>
          <h1>{p.user.username}</h1>
          <div className="muted">
            Member since {formatDate(p.user.created_at)}
            {p.user.is_admin && " · administrator"}
          </div>
        </div>
        <span className="spacer" />
        <div className="profile-stats">
          <div>
            <strong>{p.submissions}</strong>
            <span className="muted">submissions</span>
          </div>
          <div>
            <strong>{formatPercent(p.submissions ? p.accepted / p.submissions : null, 0)}</strong>
            <span className="muted">accepted</span>
          </div>
        </div>
      </header>
      <div className="profile-grid">
        <Difficulty p={p} />
        <Languages p={p} />
      </div>
      <TopicProgressCard topics={p.progress.by_topic} />
      <section className="card card-pad" aria-label="Submission calendar">
        <h2>Activity</h2>
        <Heatmap days={p.calendar} />
      </section>
      <section className="card" aria-label="Recent submissions">
        <h2 className="card-title">Recent submissions</h2>
        {p.recent.length === 0 ? (
          <div className="empty">Nothing yet.</div>
        ) : (
          <SubmissionTable
            submissions={p.recent}
            columns={["problem", "verdict", "language", "runtime", "memory", "when"]}
            languageName={name}
          />
        )}
      </section>
    </div>
  );
}
