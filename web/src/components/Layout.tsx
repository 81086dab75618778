/** The page frame: skip link, header, and the routed page (lazy pages suspend here). */
import { Suspense } from "react";
import { Outlet, useMatches } from "react-router";
import { Header } from "./Header";
import "./layout.css";

function isFullBleed(handle: unknown): boolean {
  return typeof handle === "object" && handle !== null && (handle as { fullBleed?: unknown }).fullBleed === true;
}

export function PageLoading() {
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <span className="spinner" /> Loading…
    </div>
  );
}

export function Layout() {
  const fullBleed = useMatches().some((m) => isFullBleed(m.handle));
  return (
    <div className={`app ${fullBleed ? "app-full" : ""}`}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
