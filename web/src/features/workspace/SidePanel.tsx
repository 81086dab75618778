/** The left side of the workspace: statement, my submissions for this problem, accepted history. */
import { Suspense, useEffect, useState } from "react";
import { Link } from "react-router";
import { useMe } from "../../api/auth";
import type { ProblemDetail } from "../../api/problems";
import { useHistory, useMySubmissions, useVersionSource } from "../../api/submissions";
import { BookOpenIcon, FileTextIcon, HistoryIcon, ListIcon } from "../../components/Icons";
import { SubmissionTable } from "../../components/SubmissionTable";
import { CodeDiff } from "../../components/editor";
import { formatDateTime, formatRelative } from "../../lib/format";
import { EditorialPanel, Hints, useExtrasState } from "./ProblemExtras";
import { Statement } from "./Statement";

export type SideTab = "description" | "editorial" | "submissions" | "history";

function SignInHint({ what }: { what: string }) {
  return (
    <div className="empty">
      <Link to="/login">Sign in</Link> to see {what}.
    </div>
  );
}

function MySubmissions({ problem }: { problem: ProblemDetail }) {
  const me = useMe();
  const subs = useMySubmissions({ page: 1, per_page: 50, problem: problem.slug }, Boolean(me.data));
  if (!me.data) return <SignInHint what="your submissions" />;
  if (subs.isPending) return <div className="empty">Loading…</div>;
  const items = subs.data?.items ?? [];
  if (!items.length) return <div className="empty">No submissions yet. Submit with Ctrl + Shift + Enter.</div>;
  const name = (id: string) => problem.languages.find((l) => l.id === id)?.name ?? id;
  return (
    <SubmissionTable
      submissions={items}
      columns={["verdict", "language", "runtime", "memory", "when"]}
      languageName={name}
      className="table my-subs"
      testId="my-submissions"
    />
  );
}

function VersionDiff(props: { slug: string; language: string; monaco: string; from: number; to: number }) {
  const a = useVersionSource(props.slug, props.language, props.from);
  const b = useVersionSource(props.slug, props.language, props.to);
  if (!a.data || !b.data) return <div className="empty">Loading versions…</div>;
  return (
    <div className="history-diff">
      <Suspense fallback={<div className="empty">Loading diff…</div>}>
        <CodeDiff
          original={a.data.source}
          modified={b.data.source}
          language={props.monaco}
          originalLabel={`Version ${props.from}`}
          modifiedLabel={`Version ${props.to}`}
        />
      </Suspense>
    </div>
  );
}

function AcceptedHistory({ problem }: { problem: ProblemDetail }) {
  const me = useMe();
  const history = useHistory(problem.slug, Boolean(me.data));
  const langs = history.data?.languages.filter((l) => l.versions.length) ?? [];
  const [langId, setLangId] = useState<string | null>(null);
  const lang = langs.find((l) => l.language === langId) ?? langs[0];
  const versions = lang?.versions ?? [];
  const latest = versions[versions.length - 1]?.version ?? 0;
  const [from, setFrom] = useState(0);
  const [to, setTo] = useState(0);
  useEffect(() => {
    setTo(latest);
    setFrom(Math.max(1, latest - 1));
  }, [latest, lang?.language]);
  if (!me.data) return <SignInHint what="your accepted versions" />;
  if (history.isPending) return <div className="empty">Loading…</div>;
  if (!lang)
    return <div className="empty">No accepted solutions yet. Each accepted submission is kept here as a version.</div>;
  const meta = problem.languages.find((l) => l.id === lang.language);
  return (
    <div className="history" data-testid="history">
      <div className="row history-controls">
        {langs.length > 1 && (
          <select
            className="select select-sm"
            aria-label="Language"
            value={lang.language}
            onChange={(e) => setLangId(e.target.value)}
          >
            {langs.map((l) => (
              <option key={l.language} value={l.language}>
                {problem.languages.find((x) => x.id === l.language)?.name ?? l.language}
              </option>
            ))}
          </select>
        )}
        <span className="muted">
          {versions.length} accepted version{versions.length === 1 ? "" : "s"}
        </span>
      </div>
      <ol className="version-list">
        {[...versions].reverse().map((v) => (
          <li key={v.version}>
            <span className="version-no">v{v.version}</span>
            <Link to={`/submissions/${v.submission_id}`}>#{v.submission_id}</Link>
            <span className="muted" title={formatDateTime(v.created_at)}>
              {formatRelative(v.created_at)}
            </span>
            <span className="muted">{v.size_bytes} bytes</span>
          </li>
        ))}
      </ol>
      {versions.length > 1 && (
        <>
          <div className="row history-controls">
            <span>Compare</span>
            <select
              className="select select-sm"
              aria-label="Older version"
              value={from}
              onChange={(e) => setFrom(Number(e.target.value))}
            >
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  v{v.version}
                </option>
              ))}
            </select>
            <span>with</span>
            <select
              className="select select-sm"
              aria-label="Newer version"
              value={to}
              onChange={(e) => setTo(Number(e.target.value))}
            >
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  v{v.version}
                </option>
              ))}
            </select>
          </div>
          {from > 0 && to > 0 && (
            <VersionDiff
              slug={problem.slug}
              language={lang.language}
              monaco={meta?.monaco_id ?? "plaintext"}
              from={from}
              to={to}
            />
          )}
        </>
      )}
    </div>
  );
}

export function SidePanel({
  problem,
  tab,
  onTab,
  accepted = false,
}: {
  problem: ProblemDetail;
  tab: SideTab;
  onTab: (t: SideTab) => void;
  /** An accepted submission finished in this workspace. */
  accepted?: boolean;
}) {
  const extras = useExtrasState();
  // stays true after the next run starts, until the refreshed problem says "solved" itself
  const [acceptedHere, setAcceptedHere] = useState(false);
  useEffect(() => {
    if (accepted) setAcceptedHere(true);
  }, [accepted]);
  const solved = accepted || acceptedHere || problem.status === "solved";
  const tabs: { id: SideTab; label: string; icon: React.ReactNode }[] = [
    { id: "description", label: "Description", icon: <FileTextIcon size={15} /> },
    ...(problem.has_editorial
      ? [{ id: "editorial" as const, label: "Editorial", icon: <BookOpenIcon size={15} /> }]
      : []),
    { id: "submissions", label: "Submissions", icon: <ListIcon size={15} /> },
    { id: "history", label: "Accepted history", icon: <HistoryIcon size={15} /> },
  ];
  return (
    <section className="ws-card" aria-label="Problem">
      <div className="ws-card-head">
        <div className="tabs" role="tablist" aria-label="Problem">
          {tabs.map((t) => (
            <button
              key={t.id}
              role="tab"
              id={`side-tab-${t.id}`}
              className="tab"
              aria-selected={tab === t.id}
              aria-controls="side-panel"
              onClick={() => onTab(t.id)}
            >
              {t.icon} {t.label}
            </button>
          ))}
        </div>
      </div>
      <div className="ws-card-body ws-scroll" id="side-panel" role="tabpanel" aria-labelledby={`side-tab-${tab}`}>
        {tab === "description" && (
          <>
            <Statement problem={problem} />
            <Hints hints={problem.hints} state={extras.hints} onChange={extras.setHints} />
          </>
        )}
        {tab === "editorial" && <EditorialPanel problem={problem} solved={solved} state={extras} />}
        {tab === "submissions" && <MySubmissions problem={problem} />}
        {tab === "history" && <AcceptedHistory problem={problem} />}
      </div>
    </section>
  );
}
