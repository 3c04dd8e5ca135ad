import type { Comparison, SourceInput } from "../analysis/types.ts";
import type { CompareOptions, Progress } from "../analysis/compare.ts";

/**
 * The worker protocol: plain objects only, so every message survives structured cloning.
 * Requests and responses are unions discriminated on `type`, matched by `id`.
 */

/**
 * The engine's options minus what cannot cross a thread (the HTML parser, the clock, the progress
 * callback) or should not (the word vectors, 3 MB the worker loads once); the worker supplies
 * those itself, with the budget given here in milliseconds.
 */
export type AnalysisOptions = Omit<
  CompareOptions,
  "parseHtml" | "budget" | "onProgress" | "vectors"
> & {
  readonly budgetMs?: number;
};

export interface CompareRequest {
  readonly type: "compare";
  /** Unique per client; the reply carries it back. */
  readonly id: number;
  readonly inputs: readonly SourceInput[];
  readonly options: AnalysisOptions;
}

export type AnalysisRequest = CompareRequest;

export type AnalysisErrorKind =
  /** The engine threw: a bug in the engine, never the reader's fault. */
  | "engine"
  /** The input is of a kind the worker cannot read yet. */
  | "unsupported-input"
  /** The worker script failed to load or crashed. */
  | "worker-crashed"
  /** No reply within the client's time budget. */
  | "timeout"
  /** The page no longer wanted the result (the inputs changed) and stopped the run. */
  | "cancelled"
  /** A reply arrived that does not match the protocol. */
  | "invalid-reply";

export interface AnalysisError {
  readonly kind: AnalysisErrorKind;
  /** One sentence a reader can understand. */
  readonly message: string;
}

export interface CompareResult {
  readonly type: "result";
  readonly id: number;
  readonly comparison: Comparison;
}

export interface CompareFailure {
  readonly type: "error";
  readonly id: number;
  readonly error: AnalysisError;
}

/** Sent as each stage of a run starts; the run's final reply still follows. */
export interface CompareProgress {
  readonly type: "progress";
  readonly id: number;
  readonly progress: Progress;
}

export type AnalysisResponse = CompareResult | CompareFailure | CompareProgress;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** A cheap structural check of a Comparison: enough to render without crashing on a bad reply. */
export function isComparison(value: unknown): value is Comparison {
  return (
    isRecord(value) &&
    value["schema"] === "comparison/1" &&
    Array.isArray(value["sources"]) &&
    Array.isArray(value["alignments"]) &&
    Array.isArray(value["quotes"]) &&
    Array.isArray(value["variants"]) &&
    Array.isArray(value["framing"])
  );
}

/** Worker replies are untrusted until this says otherwise. */
export function isAnalysisResponse(value: unknown): value is AnalysisResponse {
  if (!isRecord(value) || typeof value["id"] !== "number") return false;
  if (value["type"] === "result") return isComparison(value["comparison"]);
  if (value["type"] === "progress") {
    const progress = value["progress"];
    return (
      isRecord(progress) &&
      typeof progress["stage"] === "string" &&
      typeof progress["step"] === "number" &&
      typeof progress["steps"] === "number"
    );
  }
  if (value["type"] === "error") {
    const error = value["error"];
    return (
      isRecord(error) && typeof error["kind"] === "string" && typeof error["message"] === "string"
    );
  }
  return false;
}
