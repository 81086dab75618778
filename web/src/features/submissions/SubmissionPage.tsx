/** One submission: verdict, read-only code, per-test table; for accepted code a diff view. */
import { Suspense, useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { useMe } from "../../api/auth";
import { ApiError } from "../../api/client";
import { useLanguages, useProblemStats } from "../../api/problems";
import {
  toJudgeResult,
  useHistory,
  useSubmission,
  useVersionSource,
  type SubmissionDetail,
} from "../../api/submissions";
import { useRejudgeSubmission } from "../../api/admin";
import { PageLoading } from "../../components/Layout";
import { CodeDiff, ReadOnlyCode } from "../../components/editor";
import { CompileOutput } from "../../components/judge/CompileOutput";
import { OutputDiffView } from "../../components/judge/OutputDiffView";
import { ResultTable, isInspectable, type ResultRow } from "../../components/judge/ResultTable";
import { VerdictBanner } from "../../components/judge/VerdictBanner";
import { RefreshIcon } from "../../components/Icons";
import { useToast } from "../../components/toasts";
import { parseDiagnostics } from "../../lib/diagnostics";
import { formatDateTime } from "../../lib/format";
import { fromUpperBounds } from "../../lib/stats";
import { useTitle } from "../../lib/useTitle";
import { NotFound } from "../NotFoundPage";
import "./submission.css";

function CompareWithEarlier({ s, monaco }: { s: SubmissionDetail; monaco: string }) {
  const history = useHistory(s.problem);
  const versions = history.data?.languages.find((l) => l.language === s.language)?.versions ?? [];
  const mine = versions.find((v) => v.submission_id === s.id);
  const earlier = versions.filter((v) => mine && v.version < mine.version);
  const [against, setAgainst] = useState<number | null>(null);
  const chosen = against ?? earlier[earlier.length - 1]?.version ?? null;
  const other = useVersionSource(s.problem, s.language, chosen);
  if (!mine || !earlier.length) return null;
  return (
    <section className="card card-pad" aria-label="Compare with an earlier accepted version">
      <div className="row section-head">
        <h2>Changes since an earlier accepted version</h2>
        <span className="spacer" />
        <label className="visually-hidden" htmlFor="compare-version">
          Earlier version
        </label>
        <select
          id="compare-version"
          className="select"
          value={chosen ?? ""}
          onChange={(e) => setAgainst(Number(e.target.value))}
        >
          {earlier.map((v) => (
            <option key={v.version} value={v.version}>
              v{v.version} · #{v.submission_id} · {formatDateTime(v.created_at)}
            </option>
          ))}
        </select>
      </div>
      <div className="submission-diff">
        {other.data ? (
          <Suspense fallback={<div className="empty">Loading diff…</div>}>
            <CodeDiff
              original={other.data.source}
              modified={s.source ?? ""}
              language={monaco}
              originalLabel={`Version ${other.data.version}`}
              modifiedLabel={`Version ${mine.version} (this submission)`}
            />
          </Suspense>
        ) : (
          <div className="empty">Loading…</div>
        )}
      </div>
    </section>
  );
}

function Tests({ s }: { s: SubmissionDetail }) {
  const rows: ResultRow[] = useMemo(
    () => toJudgeResult(s).tests.map((t, i) => ({ index: s.tests[i]?.position ?? i + 1, name: t.name, result: t })),
    [s],
  );
  const firstFailed = rows.find((r) => isInspectable(r) && r.result?.verdict !== "AC")?.index ?? null;
  const [selected, setSelected] = useState<number | null>(firstFailed);
  const row = rows.find((r) => r.index === selected);
  if (!rows.length) return null;
  return (
    <section className="card" aria-label="Tests">
      <h2 className="card-title">Tests</h2>
      <ResultTable rows={rows} selected={selected} onSelect={setSelected} caption="Per-test results" />
      {row?.result?.expected_output != null && row.result.actual_output != null && (
        <div className="card-pad">
          <OutputDiffView
            input={row.result.input_text}
            expected={row.result.expected_output}
            actual={row.result.actual_output}
            message={row.result.message}
          />
        </div>
      )}
    </section>
  );
}

export default function SubmissionPage() {
  const id = Number(useParams().id);
  const sub = useSubmission(id);
  const me = useMe();
  const toast = useToast();
  const rejudge = useRejudgeSubmission();
  const s = sub.data;
  const languages = useLanguages();
  const stats = useProblemStats(s?.problem ?? "", s?.verdict === "AC");
  useTitle(s ? `Submission #${s.id} · ${s.problem_title}` : "Submission");
  if (!Number.isInteger(id) || (sub.error instanceof ApiError && sub.error.status === 404)) {
    return <NotFound what="submission" />;
  }
  if (sub.isPending) return <PageLoading />;
  if (!s) return <div className="page empty">The submission could not be loaded.</div>;
  const lang = languages.data?.find((l) => l.id === s.language);
  const dist = stats.data?.runtimes.find((r) => r.language === s.language);
  const standing = dist ? { language: lang?.name ?? s.language, buckets: fromUpperBounds(dist.buckets) } : null;
  const monaco = lang?.monaco_id ?? "plaintext";
  const finished = s.state === "finished";
  return (
    <div className="page submission-page">
      <div className="row crumbs">
        <Link to={`/problems/${s.problem}`}>{s.problem_title}</Link>
        <span className="muted">/</span>
        <span>Submission #{s.id}</span>
      </div>
      <div className="submission-meta muted">
        by <Link to={`/users/${encodeURIComponent(s.user)}`}>{s.user}</Link> · {lang?.name ?? s.language} ·{" "}
        {formatDateTime(s.created_at)}
        {s.attempt > 1 && ` · judged ${s.attempt} times`}
      </div>
      {finished ? (
        <VerdictBanner
          result={toJudgeResult(s)}
          standing={standing}
          extra={
            me.data?.is_admin ? (
              <button
                className="btn btn-sm"
                disabled={rejudge.isPending}
                onClick={() => rejudge.mutate(s.id, { onSuccess: () => toast.success("Queued for rejudging") })}
              >
                <RefreshIcon size={14} /> Rejudge
              </button>
            ) : null
          }
        />
      ) : (
        <div className="verdict-banner" role="status">
          <span className="spinner" /> {s.state === "queued" ? "Waiting in the queue…" : "Judging…"}
        </div>
      )}
      {s.verdict === "CE" && <CompileOutput output={s.compile_output} />}
      {s.source != null ? (
        <section className="card" aria-label="Code">
          <h2 className="card-title">Code</h2>
          <Suspense fallback={<div className="empty">Loading editor…</div>}>
            <ReadOnlyCode
              value={s.source}
              language={monaco}
              path={`submission/${s.id}`}
              diagnostics={s.verdict === "CE" ? parseDiagnostics(s.compile_output) : undefined}
            />
          </Suspense>
        </section>
      ) : (
        <p className="muted">The code is visible to its author and to administrators only.</p>
      )}
      <Tests s={s} />
      {s.verdict === "AC" && s.source != null && me.data?.username === s.user && (
        <CompareWithEarlier s={s} monaco={monaco} />
      )}
    </div>
  );
}
