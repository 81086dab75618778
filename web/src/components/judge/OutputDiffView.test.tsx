import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { OutputDiffView } from "./OutputDiffView";

describe("OutputDiffView", () => {
  it("shows input, expected and actual side by side with the differing characters marked", () => {
    const { container } = render(
      <OutputDiffView input={"2\n1 2\n3 4\n"} expected={"3\n7\n"} actual={"3\n8\n"} message="wrong on line 2" />,
    );
    expect(screen.getByText("Input")).toBeTruthy();
    expect(screen.getByTestId("diff-expected").textContent).toContain("7");
    expect(screen.getByTestId("diff-actual").textContent).toContain("8");
    const marks = [...container.querySelectorAll("mark")].map((m) => [m.className, m.textContent]);
    expect(marks).toEqual([
      ["diff-mark diff-mark-left", "7"],
      ["diff-mark diff-mark-right", "8"],
    ]);
    expect(screen.getByText(/differs from line 2/)).toBeTruthy();
    expect(screen.getByText("wrong on line 2")).toBeTruthy();
  });

  it("says when there is no output at all", () => {
    render(<OutputDiffView expected={"42\n"} actual="" />);
    expect(screen.getByText("(no output)")).toBeTruthy();
    expect(document.querySelectorAll(".diff-left-changed")).toHaveLength(1);
  });
});
