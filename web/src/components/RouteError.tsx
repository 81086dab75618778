/** Shown when a page crashes while rendering: a way back instead of a blank screen. */
import { Link, isRouteErrorResponse, useRouteError } from "react-router";
import { useTitle } from "../lib/useTitle";

export function RouteError() {
  const error = useRouteError();
  useTitle("Something went wrong");
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <div className="page not-found" role="alert">
      <h1>Something went wrong on this page</h1>
      <p className="muted">{detail}</p>
      <div className="row" style={{ justifyContent: "center" }}>
        <button className="btn" onClick={() => window.location.reload()}>
          Reload
        </button>
        <Link to="/problems" className="btn btn-primary">
          Back to problems
        </Link>
      </div>
    </div>
  );
}
