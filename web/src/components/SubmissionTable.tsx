import type { ReactNode } from "react";
import { Link, useNavigate } from "react-router";
import type { Schemas } from "../api/client";
import { formatDateTime, formatMemoryKib, formatRelative, formatTimeS } from "../lib/format";
import { VerdictText } from "./Badges";

type Submission = Schemas["SubmissionPublic"];

/** The columns a submission list can show, in the order they are given. */
export type SubmissionColumn = "id" | "problem" | "user" | "verdict" | "language" | "runtime" | "memory" | "when";

const HEADINGS: Record<SubmissionColumn, [string, boolean]> = {
  id: ["#", false],
  problem: ["Problem", false],
  user: ["User", false],
  verdict: ["Verdict", false],
  language: ["Language", false],
  runtime: ["Runtime", true],
  memory: ["Memory", true],
  when: ["When", true],
};

interface TableProps {
  submissions: Submission[];
  columns: readonly SubmissionColumn[];
  languageName?: (id: string) => string;
  /** A last cell per row (e.g. an administrator's rejudge button), under `actionsHeading`. */
  actions?: (submission: Submission) => ReactNode;
  actionsHeading?: string;
  className?: string;
  testId?: string;
}

/** One table for every list of submissions: the profile, the workspace's tab, the admin page. */
export function SubmissionTable({
  submissions,
  columns,
  languageName = (id) => id,
  actions,
  actionsHeading = "Actions",
  className = "table",
  testId,
}: TableProps) {
  return (
    <table className={className} data-testid={testId}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} className={HEADINGS[column][1] ? "num" : undefined}>
              {HEADINGS[column][0]}
            </th>
          ))}
          {actions && <th className="num">{actionsHeading}</th>}
        </tr>
      </thead>
      <tbody>
        {submissions.map((s) => (
          <SubmissionRow key={s.id} submission={s} columns={columns} languageName={languageName} actions={actions} />
        ))}
      </tbody>
    </table>
  );
}

interface RowProps {
  submission: Submission;
  columns: readonly SubmissionColumn[];
  languageName: (id: string) => string;
  actions?: (submission: Submission) => ReactNode;
}

/** A row opens the submission; links inside it (problem, verdict) keep their own target. */
export function SubmissionRow({ submission: s, columns, languageName, actions }: RowProps) {
  const navigate = useNavigate();
  return (
    <tr className="clickable" onClick={() => void navigate(`/submissions/${s.id}`)}>
      {columns.map((column) => (
        <Cell key={column} column={column} submission={s} languageName={languageName} />
      ))}
      {actions && <td className="num">{actions(s)}</td>}
    </tr>
  );
}

function Cell({
  column,
  submission: s,
  languageName,
}: {
  column: SubmissionColumn;
  submission: Submission;
  languageName: (id: string) => string;
}) {
  const stop = (e: React.MouseEvent) => e.stopPropagation();
  switch (column) {
    case "id":
      return <td className="muted">{s.id}</td>;
    case "problem":
      return (
        <td>
          <Link to={`/problems/${s.problem}`} onClick={stop}>
            {s.problem_title}
          </Link>
        </td>
      );
    case "user":
      return <td>{s.user}</td>;
    case "verdict":
      return (
        <td>
          <Link to={`/submissions/${s.id}`} className="plain-link" onClick={stop}>
            {s.state === "finished" ? <VerdictText verdict={s.verdict} /> : <span className="muted">{s.state}…</span>}
          </Link>
        </td>
      );
    case "language":
      return <td>{languageName(s.language)}</td>;
    case "runtime":
      return <td className="num">{formatTimeS(s.max_cpu_time_s)}</td>;
    case "memory":
      return <td className="num">{formatMemoryKib(s.max_memory_kib)}</td>;
    case "when":
      return (
        <td className="num muted" title={formatDateTime(s.created_at)}>
          {formatRelative(s.created_at)}
        </td>
      );
  }
}
