/**
 * Follows one submission's judge events: a WebSocket first, reconnecting with backoff when it
 * drops (the server replays the stream, so duplicates are skipped by `seq`), and long-polling
 * `GET …?wait=30` once the socket keeps failing. Ends after the `finished` event.
 */
import { parseJudgeEvent, type JudgeEvent, type JudgeResultData } from "../api/events";

export type WatchStatus = "connecting" | "live" | "reconnecting" | "polling" | "done" | "closed";

/** The part of `WebSocket` this module uses, so tests can pass a fake. */
export interface SocketLike {
  onopen: ((ev: Event) => void) | null;
  onmessage: ((ev: MessageEvent) => void) | null;
  onclose: ((ev: CloseEvent) => void) | null;
  onerror: ((ev: Event) => void) | null;
  close(code?: number, reason?: string): void;
}

/** Resolves with the final result, or null when the wait ended with the result still pending. */
export type PollFn = (signal: AbortSignal) => Promise<JudgeResultData | null>;

export interface WatchOptions {
  submissionId: string;
  eventsUrl: string; // absolute ws(s):// URL or a path on this origin
  poll: PollFn;
  onEvent: (event: JudgeEvent) => void;
  onStatus?: (status: WatchStatus) => void;
  onError?: (error: Error) => void;
  maxReconnects?: number; // consecutive socket failures before long-polling
  openTimeoutMs?: number;
  backoffMs?: (attempt: number) => number;
  createSocket?: (url: string) => SocketLike;
}

export interface Watcher {
  close(): void;
}

export const defaultBackoffMs = (attempt: number): number => Math.min(250 * 2 ** attempt, 4000);

/** Close codes in 4000–4999 are the server saying "no" (unknown id, not allowed): stop retrying. */
const isRefusal = (code: number): boolean => code >= 4000 && code < 5000;

export function toSocketUrl(pathOrUrl: string, location: Location = window.location): string {
  if (/^wss?:\/\//.test(pathOrUrl)) return pathOrUrl;
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}${pathOrUrl}`;
}

class SubmissionWatcher implements Watcher {
  private lastSeq = -1;
  private failures = 0;
  private socket: SocketLike | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private abort: AbortController | null = null;
  private finished = false;
  private closed = false;

  constructor(private readonly o: WatchOptions) {}

  start(): void {
    this.connect();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.teardown();
    if (!this.finished) this.o.onStatus?.("closed");
  }

  private teardown(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.abort?.abort();
    this.abort = null;
    const s = this.socket;
    this.socket = null;
    if (s) {
      s.onopen = s.onmessage = s.onclose = s.onerror = null;
      s.close(1000, "done");
    }
  }

  private connect(): void {
    if (this.closed) return;
    this.o.onStatus?.(this.failures === 0 ? "connecting" : "reconnecting");
    let socket: SocketLike;
    try {
      const create = this.o.createSocket ?? ((url: string) => new WebSocket(url));
      socket = create(toSocketUrl(this.o.eventsUrl));
    } catch {
      this.startPolling();
      return;
    }
    this.socket = socket;
    this.timer = setTimeout(() => socket.close(3000, "open timeout"), this.o.openTimeoutMs ?? 5000);
    socket.onopen = () => {
      this.clearTimer();
      this.o.onStatus?.("live");
    };
    socket.onmessage = (ev) => this.onMessage(ev);
    socket.onerror = () => undefined; // a close event always follows
    socket.onclose = (ev) => this.onClose(ev.code);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private onMessage(ev: MessageEvent): void {
    if (typeof ev.data !== "string") return;
    const event = parseJudgeEvent(ev.data);
    if (!event) return;
    this.failures = 0;
    this.deliver(event);
  }

  private deliver(event: JudgeEvent): void {
    // A final event rebuilt from the database carries seq -1: it is never a duplicate.
    if (this.closed || (event.seq <= this.lastSeq && event.data.kind !== "finished")) return;
    this.lastSeq = Math.max(this.lastSeq, event.seq);
    this.o.onEvent(event);
    if (event.data.kind === "finished") this.finish();
  }

  private finish(): void {
    this.finished = true;
    this.closed = true;
    this.teardown();
    this.o.onStatus?.("done");
  }

  private onClose(code: number): void {
    this.clearTimer();
    this.socket = null;
    if (this.closed) return;
    this.failures += 1;
    if (isRefusal(code) || this.failures > (this.o.maxReconnects ?? 3)) {
      this.startPolling();
      return;
    }
    this.o.onStatus?.("reconnecting");
    const delay = (this.o.backoffMs ?? defaultBackoffMs)(this.failures - 1);
    this.timer = setTimeout(() => this.connect(), delay);
  }

  private startPolling(): void {
    if (this.closed) return;
    this.o.onStatus?.("polling");
    void this.pollLoop();
  }

  private async pollLoop(): Promise<void> {
    let errors = 0;
    while (!this.closed) {
      this.abort = new AbortController();
      try {
        const result = await this.o.poll(this.abort.signal);
        errors = 0;
        if (result) {
          this.deliver({
            submission_id: this.o.submissionId,
            seq: Math.max(this.lastSeq + 1, 0),
            data: { kind: "finished", result },
          });
          return;
        }
      } catch (error) {
        if (this.isClosed()) return; // aborted by close()
        errors += 1;
        this.o.onError?.(error instanceof Error ? error : new Error(String(error)));
        await this.sleep((this.o.backoffMs ?? defaultBackoffMs)(errors + 1));
      }
    }
  }

  private isClosed(): boolean {
    return this.closed;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.timer = setTimeout(resolve, ms);
    });
  }
}

export function watchSubmission(options: WatchOptions): Watcher {
  const watcher = new SubmissionWatcher(options);
  watcher.start();
  return watcher;
}
