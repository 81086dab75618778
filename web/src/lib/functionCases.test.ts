import { describe, expect, it } from "vitest";
import {
  CaseStore,
  caseFieldNames,
  caseIndexOfTest,
  casesKey,
  exampleCases,
  locateServerError,
  parseNamedInput,
  serializeCases,
  splitMessage,
  validateCases,
} from "./functionCases";

describe("serializeCases", () => {
  it("puts each field on its own line, cases one after another", () => {
    expect(
      serializeCases([
        ["[2,7,11,15]", "9"],
        ["[3,2,4]", "6"],
      ]),
    ).toBe("[2,7,11,15]\n9\n[3,2,4]\n6\n");
    expect(serializeCases([["[1]", "1"]])).toBe("[1]\n1\n");
  });

  it("turns line breaks inside a field into spaces and trims it", () => {
    expect(serializeCases([["[\n  1,\r\n  2\n]\n", "  9 "]])).toBe("[   1,   2 ]\n9\n");
  });

  it("serialises design cases as operations then arguments", () => {
    expect(serializeCases([['["LRUCache","put","get"]', "[[2],[1,1],[1]]"]])).toBe(
      '["LRUCache","put","get"]\n[[2],[1,1],[1]]\n',
    );
  });
});

describe("validateCases", () => {
  it("accepts JSON and points at fields that are not", () => {
    expect(validateCases([["[1,2]", "3"]], "function")).toEqual([]);
    const errors = validateCases(
      [
        ["[1,2]", "3"],
        ["[1,2", ""],
      ],
      "function",
    );
    expect(errors.map((e) => [e.caseIndex, e.fieldIndex])).toEqual([
      [1, 0],
      [1, 1],
    ]);
    expect(errors[0]?.message).toMatch(/^Not valid JSON/);
    expect(errors[1]?.message).toBe("Enter a JSON value.");
  });

  it("checks a design case's operations against its arguments", () => {
    expect(validateCases([['["A","f"]', "[[],[1]]"]], "design")).toEqual([]);
    expect(validateCases([['["A","f"]', "[[]]"]], "design")[0]?.message).toBe("2 operations but 1 argument list.");
    expect(validateCases([["[1]", "[[]]"]], "design")[0]?.fieldIndex).toBe(0);
  });
});

describe("splitMessage", () => {
  it("splits the message from the stdout on the first marker", () => {
    expect(splitMessage("ValueError: three at line 4\nstdout:\nhello\nstdout:\nagain")).toEqual({
      message: "ValueError: three at line 4",
      stdout: "hello\nstdout:\nagain",
    });
  });

  it("handles a message alone, stdout alone and nothing", () => {
    expect(splitMessage("expected [0,1], got [1,2]")).toEqual({ message: "expected [0,1], got [1,2]", stdout: null });
    expect(splitMessage("stdout:\nprinted")).toEqual({ message: "", stdout: "printed" });
    expect(splitMessage("")).toEqual({ message: "", stdout: null });
    expect(splitMessage(null)).toEqual({ message: "", stdout: null });
  });
});

describe("locateServerError", () => {
  it("reads the server's own message, with its prefix", () => {
    const message = "Invalid test case: case 2: nums: expected integer[], got a string";
    expect(locateServerError(message, ["nums", "target"])).toEqual({ caseIndex: 1, fieldIndex: 0, message });
  });

  it("finds the case and the parameter a refusal names", () => {
    expect(locateServerError("case 2: nums[1]: expected integer, got a string", ["nums", "target"])).toEqual({
      caseIndex: 1,
      fieldIndex: 0,
      message: "case 2: nums[1]: expected integer, got a string",
    });
    expect(locateServerError("case 1: expected 2 lines", ["nums", "target"])?.fieldIndex).toBeNull();
    expect(locateServerError("something else", ["nums"])).toBeNull();
  });
});

describe("results of a function run", () => {
  it("maps test names to cases", () => {
    expect(caseIndexOfTest("custom")).toBe(0);
    expect(caseIndexOfTest("custom3")).toBe(2);
    expect(caseIndexOfTest("sample-1")).toBeNull();
  });

  it("reads the named input", () => {
    expect(parseNamedInput("nums = [2,7,11,15]\ntarget = 9")).toEqual([
      { name: "nums", value: "[2,7,11,15]" },
      { name: "target", value: "9" },
    ]);
    expect(parseNamedInput("1 2\n3")).toEqual([{ name: "", value: "1 2\n3" }]);
  });
});

describe("cases of a problem", () => {
  it("names the fields after the parameters, or operations and arguments", () => {
    const params = [{ name: "nums" }, { name: "target" }];
    expect(caseFieldNames({ kind: "function", params })).toEqual(["nums", "target"]);
    expect(caseFieldNames({ kind: "design", params })).toEqual(["operations", "arguments"]);
  });

  it("keeps edits per problem and ignores sets that no longer fit", () => {
    const store = new CaseStore(localStorage, () => 5);
    expect(store.load("two-sum", 2)).toBeNull();
    store.save("two-sum", [["[1]", "2"]]);
    expect(store.load("two-sum", 2)).toEqual([["[1]", "2"]]);
    expect(store.load("two-sum", 3)).toBeNull();
    localStorage.setItem(casesKey("bad"), '{"cases":[[1,2]]}');
    expect(store.load("bad", 2)).toBeNull();
    store.clear("two-sum");
    expect(store.load("two-sum", 2)).toBeNull();
  });

  it("pads examples to the field count and never starts empty", () => {
    expect(exampleCases([["[1]"]], 2)).toEqual([["[1]", ""]]);
    expect(exampleCases([], 2)).toEqual([["", ""]]);
  });
});
