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

export type JudgeKind = "run" | "submit";

export interface JudgeRequest {
  problem: string;
  language: string;
  source: string;
  custom_input?: string | null;
}

export function useJudge() {
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
        ["submissions"],
        ["history", problem],
        ["problem", problem],
        ["problems"],
        ["problem-stats", problem],
      ]) {
        void qc.invalidateQueries({ queryKey: key });
      }
    },
    [qc],
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
        setId(accepted.id);
        dispatch({ type: "accepted" });
        const base = k === "submit" ? "/api/submissions" : "/api/runs";
        watcher.current = watchSubmission({
          submissionId: String(accepted.id),
          eventsUrl: `${base}/${accepted.id}/events`,
          poll: (signal) => (k === "submit" ? pollSubmission(accepted.id, signal) : pollRun(accepted.id, signal)),
          onEvent: (event) => {
            dispatch({ type: "event", event });
            if (event.data.kind === "finished") onFinished(k, req.problem);
          },
          onStatus: setConnection,
        });
        return null;
      } catch (error) {
        dispatch({ type: "error", message: errorMessage(error) });
        return error;
      }
    },
    [submit, run, onFinished],
  );

  return { progress, kind, id, connection, start, busy: isBusy(progress) };
}
