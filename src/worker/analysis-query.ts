import { queryOptions } from "@tanstack/react-query";
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

/**
 * The comparison of `inputs` as cached derived data. The key is a content hash, so the same
 * texts and options are analysed once per page life; the engine is deterministic, so a cached
 * result never goes stale and a failed run is not worth retrying.
 */
export function analysisQueryOptions(
  client: AnalysisClient,
  inputs: readonly SourceInput[],
  options: AnalysisOptions = {},
) {
  return queryOptions({
    queryKey: ["comparison", contentHash(inputs, options)] as const,
    queryFn: async () => {
      const result = await client.compare(inputs, options);
      if (!result.ok) throw new AnalysisFailure(result.error);
      return result.value;
    },
    staleTime: Infinity,
    retry: false,
  });
}
