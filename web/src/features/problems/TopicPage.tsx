/** One topic: its problems in the suggested order, with solved markers and the user's progress. */
import { Link, useNavigate, useParams } from "react-router";
import { useMe } from "../../api/auth";
import { ApiError } from "../../api/client";
import { useTopic } from "../../api/problems";
import { DifficultyBadge } from "../../components/Badges";
import { ChevronLeftIcon } from "../../components/Icons";
import { PageLoading } from "../../components/Layout";
import { ProgressBar } from "../../components/ProgressBar";
import { formatPercent } from "../../lib/format";
import { useTitle } from "../../lib/useTitle";
import { NotFound } from "../NotFoundPage";
import { numberedTitle } from "./catalogue";
import { KindBadge, StatusIcon } from "./parts";
import "./problems.css";

export default function TopicPage() {
  const { tag = "" } = useParams();
  useTitle(tag);
  const me = useMe();
  const navigate = useNavigate();
  const topic = useTopic(tag);
  if (topic.error instanceof ApiError && topic.error.status === 404) return <NotFound what="topic" />;
  if (topic.isPending) return <PageLoading />;
  const t = topic.data;
  if (!t) return <div className="page empty">The topic could not be loaded.</div>;
  return (
    <div className="page">
      <Link to="/topics" className="btn btn-ghost btn-sm back-link">
        <ChevronLeftIcon size={15} /> Topics
      </Link>
      <div className="list-head">
        <h1>{t.tag}</h1>
        <span className="muted">
          {t.total} problem{t.total === 1 ? "" : "s"}
        </span>
        <span className="spacer" />
        <Link to={`/problems?tag=${encodeURIComponent(t.tag)}`} className="btn btn-ghost btn-sm">
          Open in the problem list
        </Link>
      </div>
      {me.data && (
        <div className="card card-pad topic-progress" data-testid="topic-progress">
          <div className="row">
            <strong>
              {t.solved} / {t.total} solved
            </strong>
            <span className="spacer" />
            <span className="muted">{formatPercent(t.total ? t.solved / t.total : null, 0)}</span>
          </div>
          <ProgressBar solved={t.solved} total={t.total} />
        </div>
      )}
      <div className="card table-card">
        <table className="table striped problem-table">
          <thead>
            <tr>
              <th className="status-cell">
                <span className="visually-hidden">Status</span>
              </th>
              <th className="num-cell">Step</th>
              <th>Title</th>
              <th>Difficulty</th>
              <th className="num">Acceptance</th>
            </tr>
          </thead>
          <tbody>
            {t.problems.map((p, i) => (
              <tr
                key={p.slug}
                className={`clickable ${p.status === "solved" ? "row-solved" : ""}`}
                onClick={() => void navigate(`/problems/${p.slug}`)}
              >
                <td className="status-cell">
                  <StatusIcon status={p.status} />
                </td>
                <td className="num-cell muted">{i + 1}</td>
                <td>
                  <Link to={`/problems/${p.slug}`} className="problem-link" onClick={(e) => e.stopPropagation()}>
                    {numberedTitle(p)}
                  </Link>
                  <KindBadge kind={p.kind} />
                </td>
                <td>
                  <DifficultyBadge difficulty={p.difficulty} />
                </td>
                <td className="num">{formatPercent(p.acceptance_rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {t.problems.length === 0 && <div className="empty">No problems in this topic yet.</div>}
      </div>
    </div>
  );
}
