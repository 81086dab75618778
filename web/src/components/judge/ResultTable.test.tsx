import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { TestResultData } from "../../api/events";
import { ResultTable, type ResultRow } from "./ResultTable";

const result = (over: Partial<TestResultData>): TestResultData => ({
  name: "t",
  verdict: "AC",
  cpu_time_s: 0.012,
  wall_time_s: 0.02,
  memory_kib: 3 * 1024,
  message: "",
  score: null,
  is_sample: false,
  input_text: null,
  expected_output: null,
  actual_output: null,
  revealed: false,
  ...over,
});

const rows: ResultRow[] = [
  {
    index: 1,
    name: "sample-1",
    result: result({ name: "sample-1", is_sample: true, input_text: "1 2", expected_output: "3", actual_output: "3" }),
  },
  {
    index: 2,
    name: "sample-2",
    result: result({
      name: "sample-2",
      verdict: "WA",
      is_sample: true,
      input_text: "2 2",
      expected_output: "4",
      actual_output: "5",
    }),
  },
  { index: 3, name: "secret-1", result: result({ name: "secret-1", verdict: "TLE", cpu_time_s: 1.5 }) },
  { index: 4, name: "secret-2", result: null },
];

describe("ResultTable", () => {
  it("shows verdict, time and memory per row, and a running row", () => {
    render(<ResultTable rows={rows} total={6} />);
    const r1 = screen.getByTestId("test-row-1");
    expect(within(r1).getByText("Accepted")).toBeTruthy();
    expect(within(r1).getByText("12 ms")).toBeTruthy();
    expect(within(r1).getByText("3.0 MB")).toBeTruthy();
    expect(within(r1).getByText("sample")).toBeTruthy();
    expect(screen.getByTestId("test-row-2").dataset.verdict).toBe("WA");
    expect(within(screen.getByTestId("test-row-2")).getByText("Wrong Answer").className).toContain("tone-danger");
    expect(within(screen.getByTestId("test-row-3")).getByText("1.50 s")).toBeTruthy();
    expect(within(screen.getByTestId("test-row-4")).getByText("Running")).toBeTruthy();
    expect(screen.getByText("2 more tests waiting")).toBeTruthy();
  });

  it("lets samples be opened with the mouse and the keyboard, hidden tests not", () => {
    const onSelect = vi.fn();
    render(<ResultTable rows={rows} selected={2} onSelect={onSelect} />);
    fireEvent.click(screen.getByTestId("test-row-1"));
    fireEvent.keyDown(screen.getByTestId("test-row-2"), { key: "Enter" });
    fireEvent.click(screen.getByTestId("test-row-3"));
    expect(onSelect.mock.calls).toEqual([[1], [2]]);
    expect(screen.getByTestId("test-row-2").getAttribute("aria-selected")).toBe("true");
    expect(screen.getByTestId("test-row-3").getAttribute("tabindex")).toBeNull();
  });

  it("names hidden tests by position only and shows no checker message", () => {
    const leaky: ResultRow[] = [
      { index: 1, name: "sample-1", isSample: true, result: null },
      {
        index: 2,
        name: "secret/07_max_n",
        result: result({ name: "secret/07_max_n", verdict: "WA", message: "LEAK:1_0_0" }),
      },
      { index: 3, name: "secret/08", result: null },
    ];
    const { container } = render(<ResultTable rows={leaky} />);
    expect(within(screen.getByTestId("test-row-1")).getByText("sample-1")).toBeTruthy();
    expect(within(screen.getByTestId("test-row-2")).getByText("Test 2")).toBeTruthy();
    expect(within(screen.getByTestId("test-row-3")).getByText("Test 3")).toBeTruthy();
    expect(within(screen.getByTestId("test-row-2")).getByText("Wrong Answer").getAttribute("title")).toBe(
      "Wrong Answer",
    );
    expect(container.innerHTML).not.toContain("secret");
    expect(container.innerHTML).not.toContain("LEAK");
  });
});
