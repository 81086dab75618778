/** 404: for unknown addresses and for problems, submissions or users that do not exist. */
import { Link } from "react-router";
import { useTitle } from "../lib/useTitle";

export function NotFound({ what = "page" }: { what?: string }) {
  useTitle("Not found");
  return (
    <div className="page not-found">
      <div className="nf-code" aria-hidden="true">
        404
      </div>
      <h1>This {what} does not exist</h1>
      <p className="muted">It may have been moved, hidden or deleted, or the address has a typo.</p>
      <Link to="/problems" className="btn btn-primary">
        Back to problems
      </Link>
    </div>
  );
}

export default function NotFoundPage() {
  return <NotFound />;
}
