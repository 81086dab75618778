/** Every topic (tag) with its problem count and, signed in, how many of them the user solved. */
import { Link } from "react-router";
import { useMe } from "../../api/auth";
import { useTopics } from "../../api/problems";
import { PageLoading } from "../../components/Layout";
import { ProgressBar } from "../../components/ProgressBar";
import { useTitle } from "../../lib/useTitle";
import { topicPath } from "./catalogue";
import "./problems.css";

export default function TopicsPage() {
  useTitle("Topics");
  const me = useMe();
  const topics = useTopics();
  if (topics.isPending) return <PageLoading />;
  const items = topics.data ?? [];
  const signedIn = Boolean(me.data);
  return (
    <div className="page">
      <div className="list-head">
        <h1>Topics</h1>
        {topics.data && <span className="muted">{items.length} topics</span>}
        <span className="spacer" />
        <Link to="/problems" className="btn btn-ghost btn-sm">
          All problems
        </Link>
      </div>
      {topics.isError && <div className="card empty">The topics could not be loaded.</div>}
      {topics.data && items.length === 0 && <div className="card empty">No topics yet.</div>}
      <ul className="topic-grid" data-testid="topics">
        {items.map((t) => (
          <li key={t.tag}>
            <Link to={topicPath(t.tag)} className="card topic-card">
              <div className="row">
                <span className="topic-name">{t.tag}</span>
                <span className="spacer" />
                <span className="muted">
                  {signedIn ? `${t.solved} / ${t.count}` : `${t.count} problem${t.count === 1 ? "" : "s"}`}
                </span>
              </div>
              {signedIn && (
                <ProgressBar solved={t.solved} total={t.count} label={`${t.tag}: ${t.solved} of ${t.count} solved`} />
              )}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
