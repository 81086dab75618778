/** The profile's progress by topic: one solved / total bar per tag, linking to the topic page. */
import { useState } from "react";
import { Link } from "react-router";
import type { TopicProgress } from "../../api/stats";
import { ProgressBar } from "../../components/ProgressBar";
import { topicPath } from "../problems/catalogue";
import { sortTopics } from "./progress";

const FOLDED = 8;

export function TopicProgressCard({ topics }: { topics: TopicProgress[] }) {
  const [all, setAll] = useState(false);
  const rows = sortTopics(topics);
  const shown = all ? rows : rows.slice(0, FOLDED);
  return (
    <section className="card card-pad" aria-label="Progress by topic" data-testid="topic-progress">
      <h2>Topics</h2>
      {rows.length === 0 && <p className="muted">No topics yet.</p>}
      <ul className="topic-progress-list">
        {shown.map((t) => (
          <li key={t.tag}>
            <div className="row">
              <Link to={topicPath(t.tag)}>{t.tag}</Link>
              <span className="spacer" />
              <strong>{t.solved}</strong>
              <span className="muted">/ {t.total}</span>
            </div>
            <ProgressBar solved={t.solved} total={t.total} label={`${t.tag}: ${t.solved} of ${t.total} solved`} />
          </li>
        ))}
      </ul>
      {rows.length > FOLDED && (
        <button className="btn btn-ghost btn-sm topic-more" onClick={() => setAll(!all)}>
          {all ? "Show fewer" : `Show all ${rows.length} topics`}
        </button>
      )}
    </section>
  );
}
