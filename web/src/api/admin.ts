/** Administration: import a package, hide/show a problem, rejudge. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, CSRF_COOKIE, CSRF_HEADER, api, readCookie, toApiError, unwrap, type Schemas } from "./client";
import { queryKeys } from "./queryKeys";

export type ProblemImported = Schemas["ProblemImported"];

/**
 * Uploads a zip with progress (fetch cannot report upload progress, so this uses XHR).
 * Resolves with the imported problem; rejects with the API's validation message.
 */
export function uploadPackage(file: File, onProgress?: (fraction: number) => void): Promise<ProblemImported> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/admin/problems");
    const token = readCookie(CSRF_COOKIE);
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(e.loaded / e.total);
    xhr.onerror = () => reject(new ApiError(0, "Cannot reach the server.", "Network error", "network"));
    xhr.onload = () => {
      const body: unknown = xhr.response;
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as ProblemImported);
      else {
        const headers = new Headers();
        const retry = xhr.getResponseHeader("Retry-After");
        if (retry) headers.set("Retry-After", retry);
        reject(toApiError(new Response(null, { status: xhr.status, statusText: xhr.statusText, headers }), body));
      }
    };
    const form = new FormData();
    form.append("file", file);
    xhr.send(form);
  });
}

export function useImportPackage() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress?: (f: number) => void }) =>
      uploadPackage(file, onProgress),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.problems.all });
      void qc.invalidateQueries({ queryKey: queryKeys.tags });
    },
    meta: { silent: true },
  });
}

export function useSetHidden() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ slug, hidden }: { slug: string; hidden: boolean }) =>
      unwrap(api.PATCH("/api/admin/problems/{slug}", { params: { path: { slug } }, body: { hidden } })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.problems.all });
      void qc.invalidateQueries({ queryKey: queryKeys.problem.all });
    },
  });
}

export function useRejudgeProblem() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (slug: string) =>
      unwrap(api.POST("/api/admin/problems/{slug}/rejudge", { params: { path: { slug } } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.submissions.all }),
  });
}

export function useRejudgeSubmission() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      unwrap(api.POST("/api/admin/submissions/{submission_id}/rejudge", { params: { path: { submission_id: id } } })),
    onSuccess: (_data, id) => {
      void qc.invalidateQueries({ queryKey: queryKeys.submission(id) });
      void qc.invalidateQueries({ queryKey: queryKeys.submissions.all });
    },
  });
}
