import { compare } from "../analysis/compare.ts";
import type { AnalysisRequest, AnalysisResponse } from "./protocol.ts";

/**
 * Runs the engine off the main thread. The app's lib is DOM, not WebWorker (one tsconfig covers
 * src/), so the worker scope is described here by the little it uses.
 */
interface WorkerScope {
  addEventListener(type: "message", listener: (event: MessageEvent<AnalysisRequest>) => void): void;
  postMessage(message: AnalysisResponse): void;
}

const scope = globalThis as unknown as WorkerScope;

function handle(request: AnalysisRequest): AnalysisResponse {
  // TODO(html-in-worker): DOMParser does not exist in workers. Remove this guard once HTML input
  // lands, either by parsing on the main thread and sending text with offsets, or by bundling a
  // worker-safe parser (linkedom) and passing it as `parseHtml`.
  if (request.inputs.some((input) => input.format === "html")) {
    return {
      type: "error",
      id: request.id,
      error: {
        kind: "unsupported-input",
        message: "HTML pages can't be compared in the browser yet; paste the article text instead.",
      },
    };
  }
  try {
    return { type: "result", id: request.id, comparison: compare(request.inputs, request.options) };
  } catch (cause) {
    return {
      type: "error",
      id: request.id,
      error: {
        kind: "engine",
        message: `The analysis stopped with an internal error: ${cause instanceof Error ? cause.message : String(cause)}`,
      },
    };
  }
}

scope.addEventListener("message", (event) => {
  scope.postMessage(handle(event.data));
});
