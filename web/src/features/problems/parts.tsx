/** Small pieces shared by the catalogue and the topic pages. */
import type { ProblemKind, ProblemSummary } from "../../api/problems";
import { CheckCircleIcon } from "../../components/Icons";

export function StatusIcon({ status }: { status: ProblemSummary["status"] }) {
  if (status === "solved")
    return (
      <span className="status-solved" title="Solved" aria-label="Solved">
        <CheckCircleIcon size={17} />
      </span>
    );
  if (status === "attempted") return <span className="status-attempted" title="Attempted" aria-label="Attempted" />;
  return <span className="visually-hidden">Not attempted</span>;
}

/** Marks function (LeetCode-style) problems; contest-style ones, the classic kind, go unmarked. */
export function KindBadge({ kind }: { kind: ProblemKind | undefined }) {
  if (kind !== "function") return null;
  return (
    <span className="badge kind-badge" title="Write a function; no input parsing">
      function
    </span>
  );
}
