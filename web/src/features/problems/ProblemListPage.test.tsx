import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryRouter, Route, Routes, useLocation, useParams } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ProblemPage } from "../../api/problems";
import { ToastProvider } from "../../components/toasts";
import ProblemListPage from "./ProblemListPage";

const page: ProblemPage = {
  items: [
    {
      slug: "two-sum",
      title: "Two Sum",
      number: 101,
      kind: "function",
      difficulty: "easy",
      tags: ["hash table"],
      hidden: false,
      attempts: 4,
      accepted: 2,
      acceptance_rate: 0.5,
      solvers: 2,
      status: null,
    },
  ],
  total: 1,
  page: 1,
  per_page: 25,
};

function Where() {
  const loc = useLocation();
  return <output data-testid="where">{loc.pathname + loc.search}</output>;
}

function Opened() {
  return <p>opened {useParams().slug}</p>;
}

function renderAt(url: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <ToastProvider>
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route path="/problems" element={<ProblemListPage />} />
            <Route path="/problems/:slug" element={<Opened />} />
          </Routes>
          <Where />
        </MemoryRouter>
      </QueryClientProvider>
    </ToastProvider>,
  );
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

afterEach(() => vi.unstubAllGlobals());

describe("ProblemListPage", () => {
  it("shows numbers, sorts by column in the URL and links tags to topics", async () => {
    const fetch = vi.fn((url: string) => Promise.resolve(json(200, url.startsWith("/api/problems") ? page : [])));
    vi.stubGlobal("fetch", fetch);
    renderAt("/problems?difficulty=easy");
    await screen.findByRole("link", { name: "Two Sum" });
    expect(screen.getByRole("cell", { name: "101" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "hash table" }).getAttribute("href")).toBe("/topics/hash%20table");
    expect(fetch.mock.calls[0]?.[0]).toBe("/api/problems?page=1&per_page=25&sort=number&order=asc&difficulty=easy");

    fireEvent.click(screen.getByTestId("sort-title"));
    await waitFor(() => expect(screen.getByTestId("where").textContent).toBe("/problems?difficulty=easy&sort=title"));
    fireEvent.click(screen.getByTestId("sort-title"));
    await waitFor(() =>
      expect(screen.getByTestId("where").textContent).toBe("/problems?difficulty=easy&sort=title&order=desc"),
    );
    expect(screen.getByRole("columnheader", { name: /Title/ }).getAttribute("aria-sort")).toBe("descending");

    fireEvent.change(screen.getByLabelText("Kind"), { target: { value: "contest" } });
    await waitFor(() => expect(screen.getByTestId("where").textContent).toContain("kind=contest"));
  });

  it("picks a random problem with the current filters", async () => {
    const fetch = vi.fn((url: string) =>
      Promise.resolve(json(200, url.startsWith("/api/problems/random") ? { slug: "lucky" } : page)),
    );
    vi.stubGlobal("fetch", fetch);
    renderAt("/problems?tag=dp&kind=function&sort=title");
    fireEvent.click(await screen.findByTestId("pick-one"));
    await screen.findByText("opened lucky");
    expect(fetch.mock.calls.map((c) => c[0])).toContain("/api/problems/random?tag=dp&kind=function");
  });

  it("says so when nothing matches", async () => {
    vi.stubGlobal("fetch", (url: string) =>
      Promise.resolve(url.startsWith("/api/problems/random") ? json(404, { detail: "none" }) : json(200, page)),
    );
    renderAt("/problems");
    fireEvent.click(await screen.findByTestId("pick-one"));
    await screen.findByText("No problem matches these filters.");
  });
});
