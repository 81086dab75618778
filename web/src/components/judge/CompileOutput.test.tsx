import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { CompileOutput } from "./CompileOutput";

describe("CompileOutput", () => {
  it("lists located errors and jumps to them", () => {
    const onJump = vi.fn();
    render(<CompileOutput output={"main.cpp:4:5: error: 'x' was not declared"} onJump={onJump} />);
    const d = screen.getByTestId("diagnostic");
    expect(d.textContent).toContain("Line 4:5");
    fireEvent.click(d);
    expect(onJump).toHaveBeenCalledWith(expect.objectContaining({ line: 4, column: 5 }));
  });
});
