/** Submit and Run, submission lists and details, accepted-code history. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "./client";
import type { JudgeResultData, TestResultData } from "./events";
import type { paths } from "./schema";
import { queryKeys } from "./queryKeys";

export type SubmissionPublic = Schemas["SubmissionPublic"];
export type SubmissionDetail = Schemas["SubmissionDetail"];
export type TestResultPublic = Schemas["TestResultPublic"];
export type RunDetail = Schemas["RunDetail"];

export type MySubmissionFilters = NonNullable<paths["/api/submissions"]["get"]["parameters"]["query"]>;
export type AllSubmissionFilters = NonNullable<paths["/api/admin/submissions"]["get"]["parameters"]["query"]>;

export const LIST_REFRESH_MS = 2000;

/** A submission list refreshes while any of its rows is still queued or judging (a rejudge puts
 * many back in the queue at once), and stops once every row is final. */
export function whileJudging(query: { state: { data?: { items: { state: string }[] } } }): number | false {
  const items = query.state.data?.items ?? [];
  return items.some((item) => item.state !== "finished") ? LIST_REFRESH_MS : false;
}

/** The signed-in user's submissions (optionally of one problem). */
export function useMySubmissions(filters: MySubmissionFilters, enabled = true) {
  return useQuery({
    queryKey: queryKeys.submissions.mine(filters),
    queryFn: ({ signal }) => unwrap(api.GET("/api/submissions", { params: { query: filters }, signal })),
    placeholderData: keepPreviousData,
    enabled,
    refetchInterval: whileJudging,
  });
}

/** Everyone's submissions (administrators). */
export function useAllSubmissions(filters: AllSubmissionFilters, enabled = true) {
  return useQuery({
    queryKey: queryKeys.submissions.everyone(filters),
    queryFn: ({ signal }) => unwrap(api.GET("/api/admin/submissions", { params: { query: filters }, signal })),
    placeholderData: keepPreviousData,
    enabled,
    refetchInterval: whileJudging,
  });
}

export function useSubmission(id: number) {
  return useQuery({
    queryKey: queryKeys.submission(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/submissions/{submission_id}", { params: { path: { submission_id: id } }, signal })),
    refetchInterval: (q) => (q.state.data && q.state.data.state !== "finished" ? 2000 : false),
  });
}

export function useSubmit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas["SubmissionCreate"]) => unwrap(api.POST("/api/submissions", { body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.submissions.all }),
  });
}

export function useRun() {
  return useMutation({
    mutationFn: (body: Schemas["RunCreate"]) => unwrap(api.POST("/api/runs", { body })),
    // The workspace shows a refused Run itself, beside the cases or in the result panel.
    meta: { silent: true },
  });
}

/** Long-poll: the submission once final, or null when the server's wait ran out first. */
export async function pollSubmission(id: number, signal: AbortSignal): Promise<JudgeResultData | null> {
  const detail = await unwrap(
    api.GET("/api/submissions/{submission_id}", {
      params: { path: { submission_id: id }, query: { wait: 30 } },
      signal,
    }),
  );
  return detail.state === "finished" ? toJudgeResult(detail) : null;
}

export async function pollRun(id: number, signal: AbortSignal): Promise<JudgeResultData | null> {
  const run = await unwrap(
    api.GET("/api/runs/{run_id}", { params: { path: { run_id: id }, query: { wait: 30 } }, signal }),
  );
  return run.state === "finished" ? toJudgeResult(run) : null;
}

export function toTestResult(t: TestResultPublic): TestResultData {
  return {
    name: t.name,
    verdict: t.verdict,
    cpu_time_s: t.cpu_time_s,
    wall_time_s: t.wall_time_s,
    memory_kib: t.memory_kib,
    message: t.message,
    score: t.score,
    is_sample: t.is_sample,
    revealed: t.revealed,
    input_text: t.input ?? null,
    expected_output: t.expected_output ?? null,
    actual_output: t.actual_output ?? null,
  };
}

/** A stored submission or run in the shape of the judge's `finished` event. */
export function toJudgeResult(s: {
  verdict: TestResultData["verdict"] | null;
  compile_output: string;
  message: string;
  max_cpu_time_s: number | null;
  max_memory_kib: number | null;
  tests: TestResultPublic[];
  score?: number | null;
}): JudgeResultData {
  return {
    verdict: s.verdict ?? "JE",
    score: s.score ?? null,
    compile_output: s.compile_output,
    max_cpu_time_s: s.max_cpu_time_s ?? 0,
    max_memory_kib: s.max_memory_kib ?? 0,
    tests: s.tests.map(toTestResult),
    message: s.message,
  };
}

export function useHistory(slug: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.history.of(slug),
    queryFn: () => unwrap(api.GET("/api/problems/{slug}/history", { params: { path: { slug } } })),
    enabled,
  });
}

export function useVersionSource(slug: string, language: string, version: number | null) {
  return useQuery({
    queryKey: queryKeys.history.version(slug, language, version ?? -1),
    queryFn: () =>
      unwrap(
        api.GET("/api/problems/{slug}/history/{language}/{version}", {
          params: { path: { slug, language, version: version ?? 0 } },
        }),
      ),
    enabled: version !== null,
    staleTime: Infinity,
  });
}
