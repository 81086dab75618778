import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ProblemDetail } from "../../api/problems";
import { EditorialPanel, Hints, useExtrasState } from "./ProblemExtras";
import { NO_HINTS } from "./hints";

const problem: ProblemDetail = {
  slug: "two-sum",
  title: "Two Sum",
  difficulty: "easy",
  tags: [],
  hidden: false,
  attempts: 0,
  accepted: 0,
  acceptance_rate: null,
  solvers: 0,
  status: null,
  version: 1,
  statement_html: "",
  samples: [],
  time_limit_s: 1,
  memory_mib: 256,
  is_interactive: false,
  is_scoring: false,
  test_count: 3,
  languages: [],
  updated_at: "2025-01-01T00:00:00Z",
  number: 1,
  kind: "function",
  hints: ["Try a **hash map**.", "Store `target - x`. <b>not bold</b>"],
  has_editorial: true,
};

function wrap(children: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <QueryClientProvider client={client}>
      <MemoryRouter>{children}</MemoryRouter>
    </QueryClientProvider>
  );
}

function HintsHarness() {
  const s = useExtrasState();
  return <Hints hints={problem.hints} state={s.hints} onChange={s.setHints} />;
}

function EditorialHarness({ solved = false }: { solved?: boolean }) {
  const s = useExtrasState();
  return <EditorialPanel problem={problem} solved={solved} state={s} />;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

afterEach(() => vi.unstubAllGlobals());

describe("Hints", () => {
  it("reveals hints one at a time and renders their markdown as text", () => {
    render(wrap(<HintsHarness />));
    const first = screen.getByRole("button", { name: /Hint 1/ });
    const second = screen.getByRole("button", { name: /Hint 2/ });
    expect(second).toHaveProperty("disabled", true);
    expect(screen.queryByText("hash map")).toBeNull();
    fireEvent.click(first);
    expect(screen.getByText("hash map").tagName).toBe("STRONG");
    expect(second).toHaveProperty("disabled", false);
    fireEvent.click(second);
    expect(screen.getByText("target - x").tagName).toBe("CODE");
    expect(document.querySelector(".hints b")).toBeNull(); // HTML in a hint stays text
    expect(screen.getByText(/<b>not bold<\/b>/)).toBeTruthy();
    fireEvent.click(first); // folds again
    expect(screen.queryByText("hash map")).toBeNull();
  });
  it("renders nothing without hints", () => {
    const { container } = render(wrap(<Hints hints={[]} state={NO_HINTS} onChange={() => undefined} />));
    expect(container.textContent).toBe("");
  });
});

describe("EditorialPanel", () => {
  it("warns before spoiling an unsolved problem, then shows it when confirmed", async () => {
    const fetch = vi.fn((url: string) =>
      Promise.resolve(
        url.includes("confirm=true")
          ? json(200, { html: "<p>Use a map.</p>" })
          : json(403, { detail: "Solve it first", code: "editorial_locked" }),
      ),
    );
    vi.stubGlobal("fetch", fetch);
    render(wrap(<EditorialHarness />));
    expect(fetch).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Show editorial" }));
    await screen.findByText("You have not solved this problem yet: the editorial spoils it.");
    expect(fetch.mock.calls[0]?.[0]).toBe("/api/problems/two-sum/editorial?confirm=false");
    fireEvent.click(screen.getByRole("button", { name: "Show anyway" }));
    await screen.findByText("Use a map.");
    expect(fetch.mock.calls[1]?.[0]).toBe("/api/problems/two-sum/editorial?confirm=true");
  });
  it("opens directly once solved", async () => {
    const fetch = vi.fn(() => Promise.resolve(json(200, { html: "<p>Editorial text</p>" })));
    vi.stubGlobal("fetch", fetch);
    render(wrap(<EditorialHarness solved />));
    await screen.findByText("Editorial text");
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("button", { name: "Show editorial" })).toBeNull();
  });
  it("asks signed-out users to sign in", async () => {
    vi.stubGlobal("fetch", () => Promise.resolve(json(401, { detail: "Sign in" })));
    render(wrap(<EditorialHarness />));
    fireEvent.click(screen.getByRole("button", { name: "Show editorial" }));
    await screen.findByRole("link", { name: "Sign in" });
  });
});
