/** Verdict and difficulty badges. */
import { capitalize, difficultyTone, verdictLabel, verdictTone } from "../lib/verdicts";

export function VerdictBadge({ verdict, short = false }: { verdict: string | null | undefined; short?: boolean }) {
  return (
    <span className={`badge tone-${verdictTone(verdict)}`} title={verdictLabel(verdict)}>
      {short && verdict ? verdict : verdictLabel(verdict)}
    </span>
  );
}

export function VerdictText({ verdict }: { verdict: string | null | undefined }) {
  return <span className={`verdict-text tone-${verdictTone(verdict)}`}>{verdictLabel(verdict)}</span>;
}

export function DifficultyBadge({ difficulty }: { difficulty: string | null | undefined }) {
  if (!difficulty) return <span className="muted">—</span>;
  const tone = difficultyTone(difficulty);
  const cls = tone === "neutral" ? "muted" : `diff-${difficulty.toLowerCase()}`;
  return <span className={`difficulty ${cls}`}>{capitalize(difficulty)}</span>;
}
