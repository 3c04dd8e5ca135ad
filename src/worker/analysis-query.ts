import { queryOptions } from "@tanstack/react-query";
import type { Progress } from "../analysis/compare.ts";
import type { SourceInput } from "../analysis/types.ts";
import type { AnalysisClient } from "./client.ts";
import { contentHash } from "./content-hash.ts";
import type { AnalysisError, AnalysisOptions } from "./protocol.ts";

/** Thrown inside the query function so TanStack Query records the failure; carries the reason. */
export class AnalysisFailure extends Error {
  readonly kind: AnalysisError["kind"];
  constructor(error: AnalysisError) {
    super(error.message);
    this.name = "AnalysisFailure";
    this.kind = error.kind;
  }
}

/** The cache key of the comparison of `inputs` with `options`. */
export function comparisonQueryKey(inputs: readonly SourceInput[], options: AnalysisOptions) {
  return ["comparison", contentHash(inputs, options)] as const;
}

/**
 * The comparison of `inputs` as cached derived data. The key is a content hash, so the same
 * texts and options are analysed once per page life; the engine is deterministic, so a cached
 * result never goes stale and a failed run is not worth retrying.
 */
export function analysisQueryOptions(
  client: AnalysisClient,
  inputs: readonly SourceInput[],
  options: AnalysisOptions = {},
  onProgress?: (progress: Progress) => void,
) {
  return queryOptions({
    queryKey: comparisonQueryKey(inputs, options),
    // Consuming the signal lets TanStack Query cancel a run nobody waits for any more (the
    // inputs changed, the page closed), which stops the worker instead of letting it finish.
    queryFn: async ({ signal }) => {
      const result = await client.compare(inputs, options, {
        signal,
        ...(onProgress ? { onProgress } : {}),
      });
      if (!result.ok) throw new AnalysisFailure(result.error);
      return result.value;
    },
    staleTime: Infinity,
    retry: false,
  });
}
