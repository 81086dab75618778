/** Solvers ranked by problems solved. */
import { Link, useSearchParams } from "react-router";
import { useMe } from "../../api/auth";
import { useLeaderboard } from "../../api/stats";
import { TrophyIcon } from "../../components/Icons";
import { Pagination } from "../../components/Pagination";
import { formatRelative } from "../../lib/format";
import { useTitle } from "../../lib/useTitle";
import "./leaderboard.css";

export default function LeaderboardPage() {
  useTitle("Leaderboard");
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get("page")) || 1);
  const board = useLeaderboard(page);
  const me = useMe();
  const data = board.data;
  return (
    <div className="page leaderboard">
      <h1>
        <TrophyIcon size={20} /> Leaderboard
      </h1>
      <div className="card table-card">
        <table className="table">
          <thead>
            <tr>
              <th className="num rank-col">Rank</th>
              <th>User</th>
              <th className="num">Solved</th>
              <th className="num">Last solve</th>
            </tr>
          </thead>
          <tbody>
            {data?.items.map((e) => (
              <tr key={e.username} className={e.username === me.data?.username ? "me-row" : ""}>
                <td className="num rank-col">
                  <span className={`rank rank-${e.rank <= 3 ? e.rank : "n"}`}>{e.rank}</span>
                </td>
                <td>
                  <Link to={`/users/${encodeURIComponent(e.username)}`} className="lb-user">
                    <span className="avatar avatar-sm" aria-hidden="true">
                      {e.username.slice(0, 1).toUpperCase()}
                    </span>
                    {e.username}
                  </Link>
                </td>
                <td className="num">
                  <strong>{e.solved}</strong>
                </td>
                <td className="num muted">{e.last_solved_at ? formatRelative(e.last_solved_at) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {data && data.items.length === 0 && <div className="empty">Nobody has solved a problem yet. Be the first!</div>}
        {board.isPending && <div className="empty">Loading…</div>}
      </div>
      {data && (
        <Pagination
          page={data.page}
          perPage={data.per_page}
          total={data.total}
          onPage={(p) => setParams(new URLSearchParams({ page: String(p) }))}
        />
      )}
    </div>
  );
}
