import { describe, expect, it } from "vitest";
import { ApiError, readCookie, toApiError } from "./client";
import { parseJudgeEvent } from "./events";

describe("toApiError", () => {
  it("reads problem+json documents", () => {
    const res = new Response(null, { status: 429, headers: { "Retry-After": "12" } });
    const e = toApiError(res, {
      title: "Too Many Requests",
      status: 429,
      detail: "You submitted 10 times in a minute; wait 12 s.",
      code: "rate_limited",
      errors: [],
    });
    expect(e).toBeInstanceOf(ApiError);
    expect(e.message).toBe("You submitted 10 times in a minute; wait 12 s.");
    expect(e.code).toBe("rate_limited");
    expect(e.retryAfterS).toBe(12);
  });

  it("keeps field errors", () => {
    const e = toApiError(new Response(null, { status: 422 }), {
      title: "Unprocessable Content",
      detail: "The request is invalid: body.password: too short",
      errors: [{ field: "body.password", message: "too short" }],
    });
    expect(e.fieldErrors).toEqual([{ field: "body.password", message: "too short" }]);
  });

  it("reads a detail nested as {message}", () => {
    const e = toApiError(new Response(null, { status: 422 }), {
      detail: { message: "case 2: nums[1]: expected integer, got a string" },
    });
    expect(e.message).toBe("case 2: nums[1]: expected integer, got a string");
    expect(e.status).toBe(422);
  });

  it("falls back to text or the status", () => {
    expect(toApiError(new Response(null, { status: 502, statusText: "Bad Gateway" }), "upstream down").message).toBe(
      "upstream down",
    );
    expect(toApiError(new Response(null, { status: 500, statusText: "Oops" }), undefined).message).toBe("Oops");
  });
});

describe("readCookie", () => {
  it("finds one cookie among many", () => {
    expect(readCookie("assay_csrf", "a=1; assay_csrf=tok%3Den; b=2")).toBe("tok=en");
    expect(readCookie("nope", "a=1")).toBeNull();
  });
});

describe("parseJudgeEvent", () => {
  it("accepts the envelope and rejects junk", () => {
    expect(parseJudgeEvent('{"submission_id":"1","seq":0,"data":{"kind":"accepted"}}')?.data.kind).toBe("accepted");
    expect(parseJudgeEvent("[]")).toBeNull();
    expect(parseJudgeEvent('{"seq":"0","data":{"kind":"queued"}}')).toBeNull();
  });
});
