import type { Progress } from "../analysis/compare.ts";
import type { Comparison, SourceInput } from "../analysis/types.ts";
import {
  isAnalysisResponse,
  type AnalysisError,
  type AnalysisOptions,
  type AnalysisRequest,
  type AnalysisResponse,
} from "./protocol.ts";
import { err, ok, type Result } from "../lib/result.ts";

/** The part of `Worker` the client uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: AnalysisRequest): void;
  addEventListener(type: "message", listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: "error" | "messageerror", listener: (event: Event) => void): void;
  terminate(): void;
}

/** Per-request hooks, not part of the analysis itself. */
export interface RunControl {
  /** Aborting stops the run: the worker is replaced, and the result is a "cancelled" error. */
  readonly signal?: AbortSignal;
  /** Called as each stage of the run starts. */
  readonly onProgress?: (progress: Progress) => void;
}

export interface AnalysisClient {
  /** Runs the engine in the worker. Never rejects: failures come back as `ok: false`. */
  compare(
    inputs: readonly SourceInput[],
    options?: AnalysisOptions,
    control?: RunControl,
  ): Promise<Result<Comparison, AnalysisError>>;
  /** Stops the worker and fails whatever is still pending. */
  dispose(): void;
}

export interface AnalysisClientOptions {
  /**
   * How long one request may take before it fails and the worker is replaced.
   * @default 30_000
   */
  readonly timeoutMs?: number;
}

interface Pending {
  readonly resolve: (result: Result<Comparison, AnalysisError>) => void;
  readonly timer: ReturnType<typeof setTimeout>;
  readonly onProgress: ((progress: Progress) => void) | undefined;
  /** What was sent, to send again if the worker is replaced while this request waits. */
  readonly request: AnalysisRequest;
  /** Detaches the abort listener once the request is settled. */
  readonly release: () => void;
}

const CANCELLED: AnalysisError = { kind: "cancelled", message: "The analysis was stopped." };

/**
 * A small promise RPC over one worker, keyed by request id. The worker starts on first use and
 * is replaced after a crash or a time-out, so one bad run does not poison the next.
 */
export function createAnalysisClient(
  createWorker: () => WorkerLike,
  { timeoutMs = 30_000 }: AnalysisClientOptions = {},
): AnalysisClient {
  const pending = new Map<number, Pending>();
  let worker: WorkerLike | undefined;
  let nextId = 1;

  function settle(id: number, result: Result<Comparison, AnalysisError>): void {
    const entry = pending.get(id);
    if (!entry) return; // a late reply to a request that already timed out
    clearTimeout(entry.timer);
    entry.release();
    pending.delete(id);
    entry.resolve(result);
  }

  function failAll(error: AnalysisError): void {
    for (const id of [...pending.keys()]) settle(id, err(error));
  }

  function restart(): void {
    worker?.terminate();
    worker = undefined;
  }

  function onMessage(event: MessageEvent<unknown>): void {
    const reply: unknown = event.data;
    if (!isAnalysisResponse(reply)) {
      const id =
        typeof reply === "object" && reply !== null ? (reply as { id?: unknown }).id : undefined;
      const error: AnalysisError = {
        kind: "invalid-reply",
        message: "The analysis returned something this page cannot read.",
      };
      if (typeof id === "number") settle(id, err(error));
      else failAll(error);
      return;
    }
    const response: AnalysisResponse = reply;
    if (response.type === "progress") pending.get(response.id)?.onProgress?.(response.progress);
    else
      settle(
        response.id,
        response.type === "result" ? ok(response.comparison) : err(response.error),
      );
  }

  function onCrash(): void {
    restart();
    failAll({ kind: "worker-crashed", message: "The analysis stopped unexpectedly." });
  }

  function ensureWorker(): WorkerLike {
    if (worker) return worker;
    const created = createWorker();
    created.addEventListener("message", onMessage);
    created.addEventListener("error", onCrash);
    created.addEventListener("messageerror", onCrash);
    worker = created;
    return created;
  }

  return {
    compare(inputs, options = {}, { signal, onProgress } = {}) {
      const id = nextId++;
      return new Promise((resolve) => {
        if (signal?.aborted) {
          resolve(err(CANCELLED));
          return;
        }
        const timer = setTimeout(() => {
          settle(
            id,
            err({ kind: "timeout", message: "The analysis took too long and was stopped." }),
          );
          restart();
        }, timeoutMs);
        // A run is synchronous inside the worker and cannot be interrupted, so stopping it means
        // replacing the worker; requests still waiting behind it go to the new one.
        const onAbort = () => {
          if (!pending.has(id)) return;
          settle(id, err(CANCELLED));
          restart();
          try {
            for (const entry of pending.values()) ensureWorker().postMessage(entry.request);
          } catch {
            onCrash();
          }
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        const release = () => signal?.removeEventListener("abort", onAbort);
        const request: AnalysisRequest = { type: "compare", id, inputs, options };
        pending.set(id, { resolve, timer, onProgress, request, release });
        try {
          ensureWorker().postMessage(request);
        } catch {
          onCrash();
        }
      });
    },
    dispose() {
      restart();
      failAll({ kind: "worker-crashed", message: "The analysis was closed." });
    },
  };
}

/** The browser's real worker. Vite bundles the worker because of this exact `new URL` form. */
export function createAnalysisWorker(): WorkerLike {
  return new Worker(new URL("./analysis.worker.ts", import.meta.url), {
    type: "module",
    name: "parallax-analysis",
  });
}
