/** Administration: import a package zip, hide/show problems, rejudge problems and submissions. */
import { useState } from "react";
import { Link } from "react-router";
import { useRejudgeProblem, useRejudgeSubmission, useSetHidden } from "../../api/admin";
import { useMe } from "../../api/auth";
import { useProblems } from "../../api/problems";
import { useAllSubmissions } from "../../api/submissions";
import { DifficultyBadge } from "../../components/Badges";
import { EyeIcon, EyeOffIcon, RefreshIcon, ShieldIcon } from "../../components/Icons";
import { PageLoading } from "../../components/Layout";
import { SubmissionTable } from "../../components/SubmissionTable";
import { Pagination } from "../../components/Pagination";
import { useToast } from "../../components/toasts";
import { formatPercent } from "../../lib/format";
import { useTitle } from "../../lib/useTitle";
import { ImportPanel } from "./ImportPanel";
import "./admin.css";

function ProblemsTable() {
  const [page, setPage] = useState(1);
  const problems = useProblems({ page, per_page: 50 });
  const setHidden = useSetHidden();
  const rejudge = useRejudgeProblem();
  const toast = useToast();
  const [confirm, setConfirm] = useState<string | null>(null);
  const data = problems.data;
  return (
    <section className="card" aria-label="Problems">
      <h2 className="card-title">Problems {data && <span className="muted">({data.total})</span>}</h2>
      <table className="table" data-testid="admin-problems">
        <thead>
          <tr>
            <th>Title</th>
            <th>Slug</th>
            <th>Difficulty</th>
            <th className="num">Acceptance</th>
            <th>Visibility</th>
            <th className="num">Actions</th>
          </tr>
        </thead>
        <tbody>
          {data?.items.map((p) => (
            <tr key={p.slug} className={p.hidden ? "row-hidden" : ""}>
              <td>
                <Link to={`/problems/${p.slug}`}>{p.title}</Link>
              </td>
              <td className="mono muted">{p.slug}</td>
              <td>
                <DifficultyBadge difficulty={p.difficulty} />
              </td>
              <td className="num">{formatPercent(p.acceptance_rate)}</td>
              <td>
                <button
                  className="btn btn-sm"
                  disabled={setHidden.isPending}
                  onClick={() => setHidden.mutate({ slug: p.slug, hidden: !p.hidden })}
                  aria-label={`${p.hidden ? "Show" : "Hide"} ${p.title}`}
                >
                  {p.hidden ? <EyeOffIcon size={14} /> : <EyeIcon size={14} />}
                  {p.hidden ? "Hidden" : "Visible"}
                </button>
              </td>
              <td className="num">
                {confirm === p.slug ? (
                  <span className="row confirm-inline">
                    <span className="muted">Rejudge all?</span>
                    <button
                      className="btn btn-sm btn-danger"
                      onClick={() =>
                        rejudge.mutate(p.slug, {
                          onSuccess: (r) => toast.success("Rejudge queued", `${r.count} submissions of ${p.title}`),
                          onSettled: () => setConfirm(null),
                        })
                      }
                    >
                      Yes
                    </button>
                    <button className="btn btn-sm btn-ghost" onClick={() => setConfirm(null)}>
                      No
                    </button>
                  </span>
                ) : (
                  <button className="btn btn-sm" onClick={() => setConfirm(p.slug)} aria-label={`Rejudge ${p.title}`}>
                    <RefreshIcon size={14} /> Rejudge
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data && <Pagination page={data.page} perPage={data.per_page} total={data.total} onPage={setPage} />}
    </section>
  );
}

function RecentSubmissions() {
  const subs = useAllSubmissions({ page: 1, per_page: 15 });
  const rejudge = useRejudgeSubmission();
  const toast = useToast();
  return (
    <section className="card" aria-label="Recent submissions">
      <h2 className="card-title">Recent submissions</h2>
      <SubmissionTable
        submissions={subs.data?.items ?? []}
        columns={["id", "problem", "user", "verdict", "when"]}
        actions={(s) => (
          <button
            className="btn btn-sm"
            onClick={(e) => {
              e.stopPropagation();
              rejudge.mutate(s.id, { onSuccess: () => toast.success(`Submission #${s.id} queued again`) });
            }}
            aria-label={`Rejudge submission ${s.id}`}
          >
            <RefreshIcon size={14} />
          </button>
        )}
      />
      {subs.data?.items.length === 0 && <div className="empty">No submissions yet.</div>}
    </section>
  );
}

export default function AdminPage() {
  useTitle("Admin");
  const me = useMe();
  if (me.isPending) return <PageLoading />;
  if (!me.data?.is_admin) {
    return (
      <div className="page empty">
        <ShieldIcon size={32} />
        <h1>Administrators only</h1>
        <p>{me.data ? "Your account cannot administer this site." : <Link to="/login?next=/admin">Sign in</Link>}</p>
      </div>
    );
  }
  return (
    <div className="page admin">
      <h1>Administration</h1>
      <ImportPanel />
      <ProblemsTable />
      <RecentSubmissions />
    </div>
  );
}
