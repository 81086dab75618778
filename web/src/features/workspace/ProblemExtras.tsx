/**
 * Help beyond the statement: the hints (revealed one at a time, under the statement) and the
 * editorial (its own tab; it warns before spoiling a problem the user has not solved).
 */
import { Fragment, useEffect, useRef, useState, type ReactNode } from "react";
import { Link } from "react-router";
import { ApiError, errorMessage } from "../../api/client";
import { useEditorial, type ProblemDetail } from "../../api/problems";
import { AlertIcon, ChevronRightIcon, LightbulbIcon } from "../../components/Icons";
import { parseMarkdown, type Inline } from "../../lib/inlineMarkdown";
import { typesetMath } from "../../lib/math";
import { NO_HINTS, hintStatus, toggleHint, type HintState } from "./hints";
import "./extras.css";

export const EDITORIAL_LOCKED = "editorial_locked";

/** What the side panel keeps while its tabs come and go. */
export interface ExtrasState {
  hints: HintState;
  setHints: (next: HintState) => void;
  /** The user asked for the editorial ("Show editorial"). */
  editorialWanted: boolean;
  setEditorialWanted: (v: boolean) => void;
  /** The user accepted the spoiler warning ("Show anyway"). */
  editorialConfirmed: boolean;
  setEditorialConfirmed: (v: boolean) => void;
}

export function useExtrasState(): ExtrasState {
  const [hints, setHints] = useState<HintState>(NO_HINTS);
  const [editorialWanted, setEditorialWanted] = useState(false);
  const [editorialConfirmed, setEditorialConfirmed] = useState(false);
  return { hints, setHints, editorialWanted, setEditorialWanted, editorialConfirmed, setEditorialConfirmed };
}

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((n, i) => {
    switch (n.type) {
      case "text":
        return <Fragment key={i}>{n.text}</Fragment>;
      case "code":
        return <code key={i}>{n.text}</code>;
      case "math":
        // typeset by KaTeX after rendering (typesetMath), as in statements
        return n.display ? (
          <span key={i} className="math math-display">
            {n.tex}
          </span>
        ) : (
          <span key={i} className="math inline">
            {n.tex}
          </span>
        );
      case "strong":
        return <strong key={i}>{renderInline(n.children)}</strong>;
      case "em":
        return <em key={i}>{renderInline(n.children)}</em>;
      case "link":
        return n.href.startsWith("http") ? (
          <a key={i} href={n.href} target="_blank" rel="noopener noreferrer">
            {renderInline(n.children)}
          </a>
        ) : (
          <a key={i} href={n.href}>
            {renderInline(n.children)}
          </a>
        );
      case "br":
        return <br key={i} />;
    }
  });
}

/** Markdown rendered as React elements (no HTML from the text is ever interpreted), math typeset. */
export function Markdown({ source }: { source: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) typesetMath(ref.current);
  }, [source]);
  return (
    <div className="markdown" ref={ref}>
      {parseMarkdown(source).map((b, i) => {
        if (b.type === "code")
          return (
            <pre key={i}>
              <code>{b.text}</code>
            </pre>
          );
        if (b.type === "list")
          return (
            <ul key={i}>
              {b.items.map((item, j) => (
                <li key={j}>{renderInline(item)}</li>
              ))}
            </ul>
          );
        return <p key={i}>{renderInline(b.children)}</p>;
      })}
    </div>
  );
}

export function Hints({
  hints,
  state,
  onChange,
}: {
  hints: string[];
  state: HintState;
  onChange: (s: HintState) => void;
}) {
  if (!hints.length) return null;
  return (
    <section className="hints" aria-label="Hints" data-testid="hints">
      {hints.map((hint, i) => {
        const status = hintStatus(state, i);
        const open = status === "open";
        const id = `hint-body-${i}`;
        return (
          <div key={i} className={`hint hint-${status}`}>
            <button
              type="button"
              className="hint-head"
              aria-expanded={open}
              aria-controls={open ? id : undefined}
              disabled={status === "locked"}
              title={status === "locked" ? `Open hint ${i} first` : undefined}
              onClick={() => onChange(toggleHint(state, i, hints.length))}
            >
              <LightbulbIcon size={15} />
              <span>Hint {i + 1}</span>
              <span className="spacer" />
              {status === "locked" && <span className="muted hint-note">after hint {i}</span>}
              <ChevronRightIcon size={14} className="hint-chevron" />
            </button>
            {open && (
              <div className="hint-body statement-body" id={id}>
                <Markdown source={hint} />
              </div>
            )}
          </div>
        );
      })}
    </section>
  );
}

function EditorialBody({ html }: { html: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) typesetMath(ref.current);
  }, [html]);
  // sanitised by the server, like the statement
  return <div className="statement-body" ref={ref} dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * The editorial tab. "Show editorial" asks without confirming; a user who has not solved the
 * problem is warned (403 `editorial_locked`) and may confirm with "Show anyway". Once the problem
 * is solved (an accepted submission) it loads straight away.
 */
export function EditorialPanel({
  problem,
  solved,
  state,
}: {
  problem: ProblemDetail;
  solved: boolean;
  state: ExtrasState;
}) {
  const wanted = state.editorialWanted || solved;
  const editorial = useEditorial(problem.slug, state.editorialConfirmed, wanted, solved ? 1 : 0);
  const error = editorial.error;
  let body: ReactNode;
  if (!problem.has_editorial) {
    body = <div className="empty">This problem has no editorial yet.</div>;
  } else if (!wanted) {
    body = (
      <div className="editorial-gate">
        <p className="muted">The editorial explains the intended solution.</p>
        <button className="btn btn-primary" onClick={() => state.setEditorialWanted(true)} data-testid="show-editorial">
          Show editorial
        </button>
      </div>
    );
  } else if (editorial.data) {
    body = <EditorialBody html={editorial.data.html} />;
  } else if (error instanceof ApiError && error.status === 403 && error.code === EDITORIAL_LOCKED) {
    body = (
      <div className="editorial-warning" role="alert" data-testid="editorial-warning">
        <AlertIcon size={18} />
        <div>
          <p>
            <strong>You have not solved this problem yet: the editorial spoils it.</strong>
          </p>
          <button className="btn" onClick={() => state.setEditorialConfirmed(true)} data-testid="show-editorial-anyway">
            Show anyway
          </button>
        </div>
      </div>
    );
  } else if (error instanceof ApiError && error.status === 401) {
    body = (
      <div className="empty">
        <Link to={`/login?next=${encodeURIComponent(`/problems/${problem.slug}?tab=editorial`)}`}>Sign in</Link> to read
        the editorial.
      </div>
    );
  } else if (error instanceof ApiError && error.status === 404) {
    body = <div className="empty">This problem has no editorial yet.</div>;
  } else if (error) {
    body = (
      <div className="empty">
        <p>The editorial could not be loaded: {errorMessage(error)}</p>
        <button className="btn btn-sm" onClick={() => void editorial.refetch()}>
          Try again
        </button>
      </div>
    );
  } else {
    body = <div className="empty">Loading the editorial…</div>;
  }
  return (
    <article className="statement editorial" data-testid="editorial">
      <h1 className="statement-title">Editorial</h1>
      {body}
    </article>
  );
}
