/**
 * The typed API client (openapi-fetch over the generated `schema.d.ts`), with the CSRF header on
 * state-changing requests and `application/problem+json` errors turned into `ApiError`.
 */
import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema";

export type Schemas = components["schemas"];
export type ProblemDetails = Schemas["ProblemDetails"];

export const CSRF_COOKIE = "assay_csrf";
export const CSRF_HEADER = "X-CSRF-Token";

/** An error the API answered with; `message` is its `detail`, written for a person. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly title: string,
    readonly code: string,
    readonly fieldErrors: { field: string; message: string }[] = [],
    readonly retryAfterS: number | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function readCookie(name: string, cookie: string = document.cookie): string | null {
  for (const part of cookie.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return null;
}

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (SAFE.has(request.method)) return undefined;
    const token = readCookie(CSRF_COOKIE);
    if (token) request.headers.set(CSRF_HEADER, token);
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: "", credentials: "same-origin" });
api.use(csrfMiddleware);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

/** Builds an ApiError from any error body: problem+json, FastAPI's `{detail}`, or text. */
export function toApiError(response: Response, body: unknown): ApiError {
  const retry = Number(response.headers.get("Retry-After"));
  const retryAfterS = Number.isFinite(retry) && retry > 0 ? retry : null;
  const fallback = response.statusText || `Request failed (${response.status})`;
  if (isRecord(body)) {
    // `detail` is a string in problem documents; some answers nest it as `{message}`
    const nested = isRecord(body.detail) && typeof body.detail.message === "string" ? body.detail.message : null;
    const detail = typeof body.detail === "string" ? body.detail : nested;
    const title = typeof body.title === "string" ? body.title : fallback;
    const code = typeof body.code === "string" ? body.code : "error";
    const errors = Array.isArray(body.errors)
      ? body.errors.filter(isRecord).map((e) => ({ field: String(e.field), message: String(e.message) }))
      : [];
    return new ApiError(response.status, detail ?? title, title, code, errors, retryAfterS);
  }
  const text = typeof body === "string" && body.trim() ? body.trim().slice(0, 300) : fallback;
  return new ApiError(response.status, text, fallback, "error", [], retryAfterS);
}

interface Outcome<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits an openapi-fetch call and returns its data, or throws an ApiError. */
export async function unwrap<T>(call: Promise<Outcome<T>>): Promise<T> {
  let outcome: Outcome<T>;
  try {
    outcome = await call;
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "Cannot reach the server. Check your connection and try again.", "Network error", "network");
  }
  const { data, error, response } = outcome;
  if (!response.ok) throw toApiError(response, error);
  return data as T;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
