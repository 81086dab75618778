/** A small histogram of accepted solutions' runtimes with the bucket holding "you" highlighted. */
import { bucketIndex, type Bucket } from "../../lib/stats";

interface Props {
  buckets: readonly Bucket[];
  mine: number;
  format: (value: number) => string;
  label: string;
}

const W = 240;
const H = 44;

export function DistributionChart({ buckets, mine, format, label }: Props) {
  if (!buckets.length) return null;
  const max = Math.max(...buckets.map((b) => b.count));
  const total = buckets.reduce((s, b) => s + b.count, 0);
  const mineAt = bucketIndex(buckets, mine);
  const bw = W / buckets.length;
  return (
    <svg
      className="dist-chart"
      viewBox={`0 0 ${W} ${H + 14}`}
      role="img"
      aria-label={`${label}: distribution of ${total} accepted solutions; yours is ${format(mine)}`}
      data-testid="distribution-chart"
    >
      {buckets.map((b, i) => {
        const h = b.count ? Math.max(2, (b.count / max) * H) : 0;
        return (
          <rect
            key={i}
            x={i * bw + 1}
            y={H - h}
            width={Math.max(1, bw - 2)}
            height={h}
            rx={1.5}
            className={i === mineAt ? "dist-bar dist-bar-mine" : "dist-bar"}
          >
            <title>{`${format(b.from)} – ${format(b.to)}: ${b.count}`}</title>
          </rect>
        );
      })}
      <line x1={0} x2={W} y1={H + 0.5} y2={H + 0.5} className="dist-axis" />
      <text x={0} y={H + 12} className="dist-tick">
        {format(buckets[0]?.from ?? 0)}
      </text>
      <text x={W} y={H + 12} textAnchor="end" className="dist-tick">
        {format(buckets[buckets.length - 1]?.to ?? 0)}
      </text>
    </svg>
  );
}
