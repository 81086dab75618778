import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import type { TestResultData } from "../../api/events";
import type { FunctionSpec } from "../../api/problems";
import { casesKey, type FunctionCase } from "../../lib/functionCases";
import { CaseResults, FunctionTestcases } from "./FunctionConsole";
import { useFunctionCases } from "./useFunctionCases";

const spec: FunctionSpec = {
  kind: "function",
  name: "twoSum",
  params: [
    { name: "nums", type: "integer[]" },
    { name: "target", type: "integer" },
  ],
  returns: "integer[]",
  methods: [],
  cases: [
    ["[2,7,11,15]", "9"],
    ["[3,2,4]", "6"],
  ],
};

let sent: FunctionCase[] | null = null;

function Harness() {
  const state = useFunctionCases("two-sum", spec);
  const [refusal, setRefusal] = useState("");
  return (
    <>
      <FunctionTestcases state={state} />
      <button onClick={() => (sent = state.prepare())}>check</button>
      <input aria-label="refusal" value={refusal} onChange={(e) => setRefusal(e.target.value)} />
      <button onClick={() => state.refuse(refusal)}>refuse</button>
    </>
  );
}

const field = (name: string) => screen.getByTestId<HTMLTextAreaElement>(`case-field-${name}`);

describe("FunctionTestcases", () => {
  it("shows a tab per example with a field per parameter, and adds, removes and resets cases", () => {
    render(<Harness />);
    expect(screen.getByTestId("case-tab-2")).toBeTruthy();
    expect(field("nums").value).toBe("[2,7,11,15]");
    fireEvent.click(screen.getByTestId("case-tab-2"));
    expect(field("target").value).toBe("6");

    fireEvent.click(screen.getByTestId("add-case")); // a copy of case 2, selected
    expect(screen.getByTestId("case-tab-3").getAttribute("aria-selected")).toBe("true");
    fireEvent.change(field("nums"), { target: { value: "[1,1]" } });
    expect(localStorage.getItem(casesKey("two-sum"))).toContain("[1,1]");

    fireEvent.click(screen.getByLabelText("Remove case 1"));
    expect(screen.queryByTestId("case-tab-3")).toBeNull();
    expect(field("nums").value).toBe("[1,1]");

    fireEvent.click(screen.getByTestId("reset-cases"));
    expect(field("nums").value).toBe("[2,7,11,15]");
    expect(localStorage.getItem(casesKey("two-sum"))).toBeNull();
  });

  it("refuses to send a field that is not JSON and says why", () => {
    render(<Harness />);
    fireEvent.click(screen.getByTestId("case-tab-2"));
    fireEvent.change(field("nums"), { target: { value: "[3,2," } });
    fireEvent.click(screen.getByTestId("case-tab-1"));
    act(() => screen.getByText("check").click());
    expect(sent).toBeNull();
    expect(screen.getByTestId("case-tab-2").getAttribute("aria-selected")).toBe("true");
    expect(screen.getByTestId("case-field-error").textContent).toMatch(/Not valid JSON/);
    fireEvent.change(field("nums"), { target: { value: "[3,2]" } });
    expect(screen.queryByTestId("case-field-error")).toBeNull();
    act(() => screen.getByText("check").click());
    expect(sent).toEqual([
      ["[2,7,11,15]", "9"],
      ["[3,2]", "6"],
    ]);
  });

  it("shows the judge's refusal on the case it names", () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText("refusal"), {
      target: { value: "case 2: nums[1]: expected integer, got a string" },
    });
    fireEvent.click(screen.getByText("refuse"));
    expect(screen.getByTestId("case-server-error").textContent).toContain("expected integer");
    expect(screen.getByTestId("case-tab-2").getAttribute("aria-selected")).toBe("true");
    expect(field("nums").getAttribute("aria-invalid")).toBe("true");
  });
});

const result = (over: Partial<TestResultData>): TestResultData => ({
  name: "custom1",
  verdict: "AC",
  cpu_time_s: 0.01,
  wall_time_s: 0.02,
  memory_kib: 2048,
  message: "",
  score: null,
  is_sample: false,
  input_text: null,
  expected_output: null,
  actual_output: null,
  revealed: false,
  ...over,
});

describe("CaseResults", () => {
  it("opens the first failing case with its input, output, expected, stdout and error", () => {
    const rows = [
      {
        index: 1,
        name: "custom1",
        result: result({ input_text: "nums = [2,7]\ntarget = 9", actual_output: "[0,1]", expected_output: "[0,1]" }),
      },
      {
        index: 2,
        name: "custom2",
        result: result({
          name: "custom2",
          verdict: "RE",
          input_text: "nums = [3]\ntarget = 6",
          expected_output: "[0,0]",
          message: "ValueError: three at line 4\nstdout:\ndebug 3",
        }),
      },
    ];
    render(<CaseResults rows={rows} finished ran={null} />);
    expect(screen.getByTestId("case-result-tab-2").getAttribute("aria-selected")).toBe("true");
    expect(screen.getByTestId("case-result").getAttribute("data-verdict")).toBe("RE");
    expect(screen.getByTestId("case-message").textContent).toBe("ValueError: three at line 4");
    expect(screen.getByTestId("case-stdout").textContent).toBe("debug 3");
    expect(screen.getByTestId("case-expected").textContent).toBe("[0,0]");
    expect(screen.getByText("nums =")).toBeTruthy();
    fireEvent.click(screen.getByTestId("case-result-tab-1"));
    expect(screen.getByTestId("case-output").textContent).toBe("[0,1]");
    expect(screen.queryByTestId("case-stdout")).toBeNull();
    expect(screen.getByTestId("case-result-tab-1").textContent).toContain("Case 1");
  });
});
