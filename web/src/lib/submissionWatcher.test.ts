import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { JudgeEvent, JudgeResultData } from "../api/events";
import { toSocketUrl, watchSubmission, type SocketLike, type WatchStatus } from "./submissionWatcher";

class FakeSocket implements SocketLike {
  static all: FakeSocket[] = [];
  onopen: ((ev: Event) => void) | null = null;
  onmessage: ((ev: MessageEvent) => void) | null = null;
  onclose: ((ev: CloseEvent) => void) | null = null;
  onerror: ((ev: Event) => void) | null = null;
  closedWith: number | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  open(): void {
    this.onopen?.(new Event("open"));
  }
  send(event: JudgeEvent): void {
    this.onmessage?.(new MessageEvent("message", { data: JSON.stringify(event) }));
  }
  drop(code = 1006): void {
    this.onclose?.(new CloseEvent("close", { code }));
  }
  close(code = 1000): void {
    this.closedWith = code;
    this.drop(code);
  }
}

const result: JudgeResultData = {
  verdict: "AC",
  score: null,
  compile_output: "",
  max_cpu_time_s: 0.01,
  max_memory_kib: 1024,
  tests: [],
  message: "",
};

const ev = (seq: number, data: JudgeEvent["data"]): JudgeEvent => ({ submission_id: "s1", seq, data });
const last = (): FakeSocket => {
  const s = FakeSocket.all[FakeSocket.all.length - 1];
  if (!s) throw new Error("no socket");
  return s;
};

function setup(poll = vi.fn(() => Promise.resolve<JudgeResultData | null>(null))) {
  const events: JudgeEvent[] = [];
  const statuses: WatchStatus[] = [];
  const watcher = watchSubmission({
    submissionId: "s1",
    eventsUrl: "ws://judge.test/api/submissions/s1/events",
    poll,
    onEvent: (e) => events.push(e),
    onStatus: (s) => statuses.push(s),
    createSocket: (url) => new FakeSocket(url),
    backoffMs: () => 100,
    maxReconnects: 2,
    openTimeoutMs: 1000,
  });
  return { events, statuses, watcher, poll };
}

beforeEach(() => {
  FakeSocket.all = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe("watchSubmission", () => {
  it("delivers events in order and stops after finished", () => {
    const { events, statuses } = setup();
    const s = last();
    s.open();
    s.send(ev(0, { kind: "queued", attempt: 1 }));
    s.send(ev(1, { kind: "compiling" }));
    s.send(ev(2, { kind: "finished", result }));
    expect(events.map((e) => e.data.kind)).toEqual(["queued", "compiling", "finished"]);
    expect(statuses).toEqual(["connecting", "live", "done"]);
    expect(s.closedWith).toBe(1000);
  });

  it("reconnects after a drop and skips replayed events", () => {
    const { events, statuses } = setup();
    last().open();
    last().send(ev(0, { kind: "queued", attempt: 1 }));
    last().send(ev(1, { kind: "compiling" }));
    last().drop();
    expect(statuses.at(-1)).toBe("reconnecting");
    vi.advanceTimersByTime(100);
    expect(FakeSocket.all).toHaveLength(2);
    last().open();
    last().send(ev(0, { kind: "queued", attempt: 1 }));
    last().send(ev(1, { kind: "compiling" }));
    last().send(ev(2, { kind: "compiled", ok: true, output: "" }));
    expect(events.map((e) => e.seq)).toEqual([0, 1, 2]);
  });

  it("falls back to long-polling after repeated failures", async () => {
    const poll = vi
      .fn<(signal: AbortSignal) => Promise<JudgeResultData | null>>()
      .mockResolvedValueOnce(null)
      .mockResolvedValueOnce(result);
    const { events, statuses } = setup(poll);
    last().drop();
    vi.advanceTimersByTime(100);
    last().drop();
    vi.advanceTimersByTime(100);
    last().drop(); // third consecutive failure > maxReconnects (2)
    expect(statuses).toContain("polling");
    await vi.runAllTimersAsync();
    expect(poll).toHaveBeenCalledTimes(2);
    expect(events).toEqual([ev(0, { kind: "finished", result })]);
    expect(statuses.at(-1)).toBe("done");
  });

  it("polls at once when the server refuses the socket", async () => {
    const poll = vi.fn(() => Promise.resolve<JudgeResultData | null>(result));
    const { events } = setup(poll);
    last().drop(4404);
    await vi.runAllTimersAsync();
    expect(FakeSocket.all).toHaveLength(1);
    expect(events[0]?.data.kind).toBe("finished");
  });

  it("gives up on a socket that never opens", () => {
    const { statuses } = setup();
    vi.advanceTimersByTime(1000);
    expect(last().closedWith).toBe(3000);
    expect(statuses).toContain("reconnecting");
  });

  it("continues the sequence after the socket when polling finishes", async () => {
    const poll = vi.fn(() => Promise.resolve<JudgeResultData | null>(result));
    const { events } = setup(poll);
    last().open();
    last().send(ev(0, { kind: "queued", attempt: 1 }));
    last().send(ev(1, { kind: "compiling" }));
    last().drop(4000);
    await vi.runAllTimersAsync();
    expect(events.map((e) => [e.seq, e.data.kind])).toEqual([
      [0, "queued"],
      [1, "compiling"],
      [2, "finished"],
    ]);
  });

  it("retries a failing poll and reports the error", async () => {
    const poll = vi
      .fn<(signal: AbortSignal) => Promise<JudgeResultData | null>>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValueOnce(result);
    const errors: Error[] = [];
    const watcher = watchSubmission({
      submissionId: "s1",
      eventsUrl: "ws://x/e",
      poll,
      onEvent: () => undefined,
      onError: (e) => errors.push(e),
      createSocket: () => {
        throw new Error("no WebSocket");
      },
      backoffMs: () => 10,
    });
    await vi.runAllTimersAsync();
    expect(errors.map((e) => e.message)).toEqual(["offline"]);
    expect(poll).toHaveBeenCalledTimes(2);
    watcher.close();
  });

  it("stops everything on close()", () => {
    const { events, watcher, statuses } = setup();
    last().open();
    watcher.close();
    expect(statuses.at(-1)).toBe("closed");
    last().send(ev(0, { kind: "queued", attempt: 1 }));
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual([]);
    expect(FakeSocket.all).toHaveLength(1);
  });

  it("takes a final event rebuilt by the server (seq -1)", () => {
    const { events, statuses } = setup();
    last().open();
    last().send(ev(0, { kind: "queued", attempt: 1 }));
    last().send(ev(-1, { kind: "finished", result }));
    expect(events.map((e) => e.data.kind)).toEqual(["queued", "finished"]);
    expect(statuses.at(-1)).toBe("done");
  });

  it("ignores malformed messages", () => {
    const { events } = setup();
    last().open();
    last().onmessage?.(new MessageEvent("message", { data: "garbage" }));
    last().onmessage?.(new MessageEvent("message", { data: '{"seq":0,"data":{"kind":"bogus"}}' }));
    expect(events).toEqual([]);
  });
});

describe("toSocketUrl", () => {
  it("maps a path onto the page's origin", () => {
    expect(toSocketUrl("/api/x", { protocol: "https:", host: "judge.example" } as Location)).toBe(
      "wss://judge.example/api/x",
    );
    expect(toSocketUrl("/api/x", { protocol: "http:", host: "127.0.0.1:8000" } as Location)).toBe(
      "ws://127.0.0.1:8000/api/x",
    );
    expect(toSocketUrl("ws://other/x")).toBe("ws://other/x");
  });
});
