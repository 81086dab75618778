/** A thin "solved / total" bar; `tone` picks the fill colour (a difficulty, or success). */
import "./progress.css";

export function progressPercent(solved: number, total: number): number {
  if (total <= 0 || solved <= 0) return 0;
  return Math.min(100, (100 * solved) / total);
}

export function ProgressBar({
  solved,
  total,
  tone = "success",
  label,
}: {
  solved: number;
  total: number;
  tone?: string;
  label?: string;
}) {
  const pct = progressPercent(solved, total);
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label ?? `${solved} of ${total} solved`}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={Math.min(solved, total)}
    >
      <div className={`progress-fill progress-${tone}`} style={{ width: `${pct}%` }} />
    </div>
  );
}
