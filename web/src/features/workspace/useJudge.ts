/**
 * Run and Submit for the workspace: post the code, then follow the judge's events (WebSocket with
 * long-poll fallback) into a `JudgeProgress`. Starting a new one abandons the previous stream.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { errorMessage } from "../../api/client";
import { pollRun, pollSubmission, useRun, useSubmit } from "../../api/submissions";
import { watchSubmission, type WatchStatus, type Watcher } from "../../lib/submissionWatcher";
import { idleProgress, isBusy, progressReducer } from "./judgeProgress";
import { queryKeys } from "../../api/queryKeys";

export type JudgeKind = "run" | "submit";

interface Judging {
  kind: JudgeKind;
  id: number;
}

const JUDGING_KEY = "assay:judging:";

/** The submission being judged on `problem` in this tab, kept across reloads until it finishes. */
export function judgingOn(problem: string): Judging | null {
  try {
    const raw = sessionStorage.getItem(JUDGING_KEY + problem);
    if (raw === null) return null;
    const value = JSON.parse(raw) as Partial<Judging>;
    if ((value.kind === "run" || value.kind === "submit") && Number.isInteger(value.id)) {
      return { kind: value.kind, id: value.id as number };
    }
  } catch {
    // unreadable or unavailable storage: nothing to resume
  }
  return null;
}

function rememberJudging(problem: string, judging: Judging): void {
  try {
    sessionStorage.setItem(JUDGING_KEY + problem, JSON.stringify(judging));
  } catch {
    // storage full or disabled: a reload simply will not reattach
  }
}

export function forgetJudging(problem: string): void {
  try {
    sessionStorage.removeItem(JUDGING_KEY + problem);
  } catch {
    // as above
  }
}

export interface JudgeRequest {
  problem: string;
  language: string;
  source: string;
  custom_input?: string | null;
}

export function useJudge(problem?: string) {
  const [progress, dispatch] = useReducer(progressReducer, idleProgress);
  const [kind, setKind] = useState<JudgeKind | null>(null);
  const [id, setId] = useState<number | null>(null);
  const [connection, setConnection] = useState<WatchStatus | null>(null);
  const watcher = useRef<Watcher | null>(null);
  const qc = useQueryClient();
  const submit = useSubmit();
  const run = useRun();

  useEffect(() => () => watcher.current?.close(), []);

  const onFinished = useCallback(
    (k: JudgeKind, problem: string) => {
      if (k !== "submit") return;
      for (const key of [
        queryKeys.submissions.all,
        queryKeys.history.of(problem),
        queryKeys.problem.detail(problem),
        queryKeys.problems.all,
        queryKeys.problem.stats(problem),
      ]) {
        void qc.invalidateQueries({ queryKey: key });
      }
    },
    [qc],
  );

  /** Follows submission `submissionId`'s events (a fresh one, or one resumed after a reload). */
  const follow = useCallback(
    (k: JudgeKind, submissionId: number, problemSlug: string) => {
      watcher.current?.close();
      setKind(k);
      setId(submissionId);
      rememberJudging(problemSlug, { kind: k, id: submissionId });
      const base = k === "submit" ? "/api/submissions" : "/api/runs";
      watcher.current = watchSubmission({
        submissionId: String(submissionId),
        eventsUrl: `${base}/${submissionId}/events`,
        poll: (signal) => (k === "submit" ? pollSubmission(submissionId, signal) : pollRun(submissionId, signal)),
        onEvent: (event) => {
          dispatch({ type: "event", event });
          if (event.data.kind === "finished") {
            forgetJudging(problemSlug);
            onFinished(k, problemSlug);
          }
        },
        onStatus: setConnection,
      });
    },
    [onFinished],
  );

  /** Resolves to the error when the request itself was refused (e.g. HTTP 422), else null. */
  const start = useCallback(
    async (k: JudgeKind, req: JudgeRequest): Promise<unknown> => {
      watcher.current?.close();
      setKind(k);
      setId(null);
      dispatch({ type: "submit" });
      try {
        const accepted =
          k === "submit"
            ? await submit.mutateAsync({ problem: req.problem, language: req.language, source: req.source })
            : await run.mutateAsync(req);
        dispatch({ type: "accepted" });
        follow(k, accepted.id, req.problem);
        return null;
      } catch (error) {
        dispatch({ type: "error", message: errorMessage(error) });
        return error;
      }
    },
    [submit, run, follow],
  );

  // After a reload mid-judging: reattach to the submission still being judged on this problem.
  useEffect(() => {
    if (!problem) return;
    const pending = judgingOn(problem);
    if (pending === null) return;
    dispatch({ type: "submit" });
    dispatch({ type: "accepted" });
    follow(pending.kind, pending.id, problem);
  }, [problem, follow]);

  return { progress, kind, id, connection, start, busy: isBusy(progress) };
}
