/** The problem statement: sanitised HTML from the API, math typeset by KaTeX, then the samples. */
import { useEffect, useRef } from "react";
import { Link } from "react-router";
import type { ProblemDetail } from "../../api/problems";
import { DifficultyBadge } from "../../components/Badges";
import { EyeOffIcon } from "../../components/Icons";
import { formatPercent, formatTimeS } from "../../lib/format";
import { typesetMath } from "../../lib/math";
import { numberedTitle, topicPath } from "../problems/catalogue";
import { CopyButton } from "./CopyButton";

function Samples({ samples }: { samples: ProblemDetail["samples"] }) {
  if (!samples.length) return null;
  return (
    <section className="samples" aria-label="Samples">
      {samples.map((s, i) => (
        <div key={s.name} className="sample">
          <h3>Example {i + 1}</h3>
          <div className="sample-io">
            <div>
              <div className="sample-label">
                Input <CopyButton text={s.input} label={`Copy input of example ${i + 1}`} />
              </div>
              <pre className="block">{s.input}</pre>
            </div>
            <div>
              <div className="sample-label">
                Output <CopyButton text={s.output} label={`Copy output of example ${i + 1}`} />
              </div>
              <pre className="block">{s.output}</pre>
            </div>
          </div>
        </div>
      ))}
    </section>
  );
}

export function Statement({ problem }: { problem: ProblemDetail }) {
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (body.current) typesetMath(body.current);
  }, [problem.statement_html]);
  return (
    <article className="statement" data-testid="statement">
      <h1 className="statement-title">{numberedTitle(problem)}</h1>
      <div className="statement-meta">
        <DifficultyBadge difficulty={problem.difficulty} />
        {problem.hidden && (
          <span className="badge">
            <EyeOffIcon size={12} /> hidden
          </span>
        )}
        <span className="meta-item" title="Time limit per test">
          Time {problem.time_limit_s ? formatTimeS(problem.time_limit_s) : "auto"}
        </span>
        <span className="meta-item" title="Memory limit">
          Memory {problem.memory_mib} MB
        </span>
        {problem.acceptance_rate !== null && (
          <span className="meta-item" title={`${problem.accepted} of ${problem.attempts} submissions accepted`}>
            Acceptance {formatPercent(problem.acceptance_rate)}
          </span>
        )}
        {problem.is_interactive && <span className="badge tone-info">interactive</span>}
        {problem.is_scoring && <span className="badge tone-info">scoring</span>}
      </div>
      <div className="statement-body" ref={body} dangerouslySetInnerHTML={{ __html: problem.statement_html }} />
      <Samples samples={problem.samples} />
      {problem.tags.length > 0 && (
        <div className="statement-tags">
          {problem.tags.map((t) => (
            <Link key={t} to={topicPath(t)} className="tag tag-link">
              {t}
            </Link>
          ))}
        </div>
      )}
    </article>
  );
}
