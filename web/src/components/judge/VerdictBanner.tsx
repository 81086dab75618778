/** The final verdict: big and coloured, tests passed, runtime (with its standing) and memory. */
import type { ReactNode } from "react";
import type { JudgeResultData } from "../../api/events";
import { formatMemoryKib, formatPercent, formatTimeS } from "../../lib/format";
import { beatsFromBuckets, type Bucket } from "../../lib/stats";
import { verdictLabel, verdictTone } from "../../lib/verdicts";
import { DistributionChart } from "./DistributionChart";
import "./judge.css";

export interface RuntimeStanding {
  language: string; // display name
  buckets: readonly Bucket[];
}

interface Props {
  result: JudgeResultData;
  total?: number | null;
  standing?: RuntimeStanding | null; // accepted runtimes in this language
  title?: string; // "Run" or "Submission #12"
  extra?: ReactNode;
}

function firstFailure(result: JudgeResultData): string | null {
  const i = result.tests.findIndex((t) => t.verdict !== "AC");
  return i === -1 ? null : `on test ${i + 1}`;
}

function Standing({ standing, runtime }: { standing: RuntimeStanding; runtime: number }) {
  const beats = beatsFromBuckets(standing.buckets, runtime);
  if (beats === null) {
    return <span className="metric-beats">The first accepted {standing.language} solution</span>;
  }
  return (
    <span className="metric-beats">
      Beats <strong>{formatPercent(beats)}</strong> of {standing.language} solutions
    </span>
  );
}

export function VerdictBanner({ result, total, standing, title, extra }: Props) {
  const tone = verdictTone(result.verdict);
  const passed = result.tests.filter((t) => t.verdict === "AC").length;
  const count = Math.max(total ?? 0, result.tests.length);
  const accepted = result.verdict === "AC";
  const ran = result.verdict !== "CE" && result.verdict !== "JE";
  const others = standing ? standing.buckets.reduce((s, b) => s + b.count, 0) - 1 : 0;
  return (
    <section className={`verdict-banner banner-${tone}`} aria-live="polite" data-testid="verdict-banner">
      <div className="banner-top">
        <h2 className={`banner-verdict tone-${tone}`} data-verdict={result.verdict}>
          {verdictLabel(result.verdict)}
        </h2>
        {!accepted && ran && firstFailure(result) && <span className="banner-where">{firstFailure(result)}</span>}
        {count > 0 && ran && (
          <span className="muted">
            {passed} / {count} tests passed
          </span>
        )}
        {!accepted && ran && (
          <span className="muted banner-inline-metrics">
            {formatTimeS(result.max_cpu_time_s)} · {formatMemoryKib(result.max_memory_kib)}
          </span>
        )}
        <span className="spacer" />
        {title && <span className="banner-kind muted">{title}</span>}
        {extra}
      </div>
      {accepted && (
        <div className="metrics">
          <div className="metric">
            <div className="metric-head">
              <span className="metric-label">Runtime</span>
              <span className="metric-value">{formatTimeS(result.max_cpu_time_s)}</span>
              {standing && <Standing standing={standing} runtime={result.max_cpu_time_s} />}
            </div>
            {standing && others > 0 && (
              <DistributionChart
                buckets={standing.buckets}
                mine={result.max_cpu_time_s}
                format={formatTimeS}
                label="Runtime"
              />
            )}
          </div>
          <div className="metric">
            <div className="metric-head">
              <span className="metric-label">Memory</span>
              <span className="metric-value">{formatMemoryKib(result.max_memory_kib)}</span>
            </div>
          </div>
        </div>
      )}
      {result.message && result.verdict === "JE" && <p className="muted">{result.message}</p>}
    </section>
  );
}
