import { fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { describe, expect, it, vi } from "vitest";
import type { Schemas } from "../api/client";
import { SubmissionTable } from "./SubmissionTable";

const submission = (over: Partial<Schemas["SubmissionPublic"]>): Schemas["SubmissionPublic"] =>
  ({
    id: 7,
    problem: "two-sum",
    problem_title: "Two Sum",
    user: "alice",
    language: "python3",
    state: "finished",
    verdict: "WA",
    max_cpu_time_s: 0.25,
    max_memory_kib: 2048,
    created_at: new Date().toISOString(),
    ...over,
  }) as Schemas["SubmissionPublic"];

function inRouter(table: React.ReactNode) {
  return (
    <MemoryRouter initialEntries={["/"]}>
      <Routes>
        <Route path="/" element={table} />
        <Route path="/submissions/:id" element={<p>submission page</p>} />
      </Routes>
    </MemoryRouter>
  );
}

describe("SubmissionTable", () => {
  it("shows the chosen columns in order, a running submission's state, and the actions cell", () => {
    const rejudge = vi.fn<(id: number) => void>();
    render(
      inRouter(
        <SubmissionTable
          submissions={[submission({}), submission({ id: 8, state: "judging", verdict: null })]}
          columns={["id", "problem", "verdict", "language"]}
          languageName={(id) => (id === "python3" ? "Python 3" : id)}
          actions={(s) => <button onClick={() => rejudge(s.id)}>again</button>}
        />,
      ),
    );
    const headings = screen.getAllByRole("columnheader").map((h) => h.textContent);
    expect(headings).toEqual(["#", "Problem", "Verdict", "Language", "Actions"]);
    const [, first, second] = screen.getAllByRole("row");
    if (!first || !second) throw new Error("two rows expected");
    expect(within(first).getByRole("link", { name: "Two Sum" }).getAttribute("href")).toBe("/problems/two-sum");
    expect(within(first).getByText("Python 3")).toBeTruthy();
    expect(within(second).getByText("judging…")).toBeTruthy();
    fireEvent.click(within(second).getByText("again"));
    expect(rejudge).toHaveBeenCalledWith(8);
  });

  it("opens the submission when its row is clicked", () => {
    render(
      inRouter(
        <SubmissionTable
          submissions={[submission({})]}
          columns={["language", "when"]}
          languageName={() => "Python 3"}
        />,
      ),
    );
    fireEvent.click(screen.getByText("Python 3"));
    expect(screen.getByText("submission page")).toBeTruthy();
  });
});
