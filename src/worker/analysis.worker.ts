import { compare, type CompareOptions } from "../analysis/compare.ts";
import type { ParseHtml } from "../analysis/types.ts";
import { loadHtmlParser, needsHtmlParser } from "./html-parser.ts";
import type { AnalysisRequest, AnalysisResponse } from "./protocol.ts";
import { loadVectors } from "./vectors.ts";

/**
 * Runs the engine off the main thread. The app's lib is DOM, not WebWorker (one tsconfig covers
 * src/), so the worker scope is described here by the little it uses.
 */
interface WorkerScope {
  addEventListener(type: "message", listener: (event: MessageEvent<AnalysisRequest>) => void): void;
  postMessage(message: AnalysisResponse): void;
}

const scope = globalThis as unknown as WorkerScope;

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

async function handle(request: AnalysisRequest): Promise<AnalysisResponse> {
  let parseHtml: ParseHtml | undefined;
  if (needsHtmlParser(request.inputs)) {
    try {
      parseHtml = await loadHtmlParser();
    } catch (cause) {
      return {
        type: "error",
        id: request.id,
        error: {
          kind: "unsupported-input",
          message: `The HTML reader could not be loaded (${describe(cause)}).`,
        },
      };
    }
  }
  const vectors = await loadVectors();
  try {
    const { budgetMs, ...rest } = request.options;
    const options: CompareOptions = {
      ...rest,
      ...(parseHtml ? { parseHtml } : {}),
      ...(vectors ? { vectors } : {}),
      ...(budgetMs !== undefined ? { budget: { now: () => performance.now(), ms: budgetMs } } : {}),
      onProgress: (progress) => scope.postMessage({ type: "progress", id: request.id, progress }),
    };
    return { type: "result", id: request.id, comparison: compare(request.inputs, options) };
  } catch (cause) {
    return {
      type: "error",
      id: request.id,
      error: {
        kind: "engine",
        message: `The analysis stopped with an internal error: ${describe(cause)}`,
      },
    };
  }
}

scope.addEventListener("message", (event) => {
  void handle(event.data).then((response) => scope.postMessage(response));
});
