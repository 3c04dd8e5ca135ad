import { afterEach, describe, expect, it, vi } from "vitest";
import { threeSources, twoSources } from "../comparison/__fixtures__/two-sources.ts";
import { createAnalysisClient } from "./client.ts";
import { contentHash } from "./content-hash.ts";
import type { AnalysisRequest } from "./protocol.ts";

/** A stand-in worker: `reply` decides what each request gets back. */
function fakeWorker(reply: (request: AnalysisRequest) => unknown) {
  const listeners: Record<string, ((event: never) => void)[]> = {};
  const worker = {
    terminated: false,
    postMessage(message: AnalysisRequest) {
      const data = reply(message);
      if (data !== undefined)
        queueMicrotask(() => listeners["message"]?.forEach((l) => l({ data } as never)));
    },
    addEventListener(type: string, listener: (event: never) => void) {
      (listeners[type] ??= []).push(listener);
    },
    terminate() {
      worker.terminated = true;
    },
    crash() {
      listeners["error"]?.forEach((l) => l({} as never));
    },
  };
  return worker;
}

const inputs = [
  { name: "A", text: "One." },
  { name: "B", text: "Two." },
];

afterEach(() => vi.useRealTimers());

describe("analysis client", () => {
  it("matches replies to requests by id, however the worker orders them", async () => {
    // Each request gets its own comparison, and the worker answers the later one first: a client
    // that settled requests in order, or by the wrong id, would hand each caller the other's.
    const answers = new Map([
      ["One.", twoSources],
      ["Three.", threeSources],
    ]);
    const held: (() => void)[] = [];
    const listeners: ((event: never) => void)[] = [];
    const worker = {
      postMessage(r: AnalysisRequest) {
        const comparison = answers.get(r.inputs[0]!.text);
        held.push(() =>
          listeners.forEach((l) => l({ data: { type: "result", id: r.id, comparison } } as never)),
        );
        if (held.length === 2) queueMicrotask(() => held.toReversed().forEach((send) => send()));
      },
      addEventListener(type: string, l: (event: never) => void) {
        if (type === "message") listeners.push(l);
      },
      terminate() {},
    };
    const client = createAnalysisClient(() => worker);
    const [a, b] = await Promise.all([
      client.compare(inputs),
      client.compare([{ name: "C", text: "Three." }, ...inputs]),
    ]);
    expect(a).toEqual({ ok: true, value: twoSources });
    expect(b).toEqual({ ok: true, value: threeSources });
  });

  it("passes engine errors through as values", async () => {
    const error = { kind: "engine", message: "boom" };
    const client = createAnalysisClient(() =>
      fakeWorker((r) => ({ type: "error", id: r.id, error })),
    );
    expect(await client.compare(inputs)).toEqual({ ok: false, error });
  });

  it("rejects replies that break the protocol", async () => {
    const client = createAnalysisClient(() =>
      fakeWorker((r) => ({
        type: "result",
        id: r.id,
        comparison: { schema: "other" },
      })),
    );
    const result = await client.compare(inputs);
    expect(!result.ok && result.error.kind).toBe("invalid-reply");
  });

  it("fails pending requests when the worker crashes, and starts a new one", async () => {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const client = createAnalysisClient(() => {
      const worker = fakeWorker(() => undefined);
      workers.push(worker);
      return worker;
    });
    const pending = client.compare(inputs);
    workers[0]?.crash();
    const result = await pending;
    expect(!result.ok && result.error.kind).toBe("worker-crashed");
    expect(workers[0]?.terminated).toBe(true);
    void client.compare(inputs);
    expect(workers).toHaveLength(2);
    client.dispose();
  });

  it("times out and replaces a stuck worker", async () => {
    vi.useFakeTimers();
    const worker = fakeWorker(() => undefined);
    const client = createAnalysisClient(() => worker, { timeoutMs: 1000 });
    const pending = client.compare(inputs);
    vi.advanceTimersByTime(1001);
    const result = await pending;
    expect(!result.ok && result.error.kind).toBe("timeout");
    expect(worker.terminated).toBe(true);
  });
});

describe("analysis client: progress and cancelling", () => {
  it("passes progress messages to the request's callback, then resolves", async () => {
    const progress = { stage: "alignment", step: 1, steps: 6 };
    const listeners: ((event: never) => void)[] = [];
    const worker = {
      postMessage(r: AnalysisRequest) {
        queueMicrotask(() => {
          for (const l of listeners) l({ data: { type: "progress", id: r.id, progress } } as never);
          for (const l of listeners)
            l({ data: { type: "result", id: r.id, comparison: twoSources } } as never);
        });
      },
      addEventListener(type: string, l: (event: never) => void) {
        if (type === "message") listeners.push(l);
      },
      terminate() {},
    };
    const seen: unknown[] = [];
    const client = createAnalysisClient(() => worker);
    const result = await client.compare(inputs, {}, { onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([progress]);
    expect(result.ok).toBe(true);
  });

  it("stops a run when its signal aborts, and sends the requests waiting behind it to a new worker", async () => {
    const workers: (ReturnType<typeof fakeWorker> & { sent: number[] })[] = [];
    const client = createAnalysisClient(() => {
      const sent: number[] = [];
      const worker = Object.assign(
        fakeWorker((r) => {
          sent.push(r.id);
          // The first worker is busy forever; its replacement answers.
          return workers.length > 1
            ? { type: "result", id: r.id, comparison: twoSources }
            : undefined;
        }),
        { sent },
      );
      workers.push(worker);
      return worker;
    });
    const controller = new AbortController();
    const first = client.compare(inputs, {}, { signal: controller.signal });
    const second = client.compare(inputs);
    controller.abort();
    expect(await first).toEqual({
      ok: false,
      error: { kind: "cancelled", message: "The analysis was stopped." },
    });
    expect(workers[0]?.terminated).toBe(true);
    expect((await second).ok).toBe(true);
    expect(workers[1]?.sent).toEqual([2]);
  });

  it("does not start a run whose signal is already aborted", async () => {
    let created = 0;
    const client = createAnalysisClient(() => {
      created++;
      return fakeWorker(() => undefined);
    });
    const result = await client.compare(inputs, {}, { signal: AbortSignal.abort() });
    expect(!result.ok && result.error.kind).toBe("cancelled");
    expect(created).toBe(0);
  });
});

describe("content hash", () => {
  it("is stable, and changes with any text, name or option", () => {
    const base = contentHash(inputs, {});
    expect(contentHash([...inputs], {})).toBe(base);
    expect(contentHash([{ name: "A", text: "One!" }, inputs[1]!], {})).not.toBe(base);
    expect(contentHash([{ name: "C", text: "One." }, inputs[1]!], {})).not.toBe(base);
    expect(contentHash(inputs, { budgetMs: 5 })).not.toBe(base);
  });

  it("ignores option key order", () => {
    expect(contentHash(inputs, { a: 1, b: 2 } as never)).toBe(
      contentHash(inputs, { b: 2, a: 1 } as never),
    );
  });
});
