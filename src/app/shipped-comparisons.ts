import type { QueryClient } from "@tanstack/react-query";
import shipped from "virtual:shipped-comparisons";
import { ENGINE_VERSION } from "../analysis/constants.ts";
import type { Comparison } from "../analysis/types.ts";
import { comparisonQueryKey } from "../worker/analysis-query.ts";
import { ANALYSIS_OPTIONS } from "../worker/budget.ts";
import { isComparison } from "../worker/protocol.ts";
import type { SeedComparison } from "./seeds.ts";

/**
 * Puts the build-time results of the shipped comparisons into the query cache, under the key
 * the comparison page asks for, so opening a seed needs no worker run. A result is used only if
 * it is this engine's and was made from exactly the seed's texts; otherwise the worker runs.
 */
export function primeShippedComparisons(
  queryClient: QueryClient,
  seeds: readonly SeedComparison[],
  results: Readonly<Record<string, unknown>> = shipped,
): number {
  let primed = 0;
  for (const seed of seeds) {
    const result = results[seed.id];
    if (!isComparison(result) || !madeFrom(result, seed)) continue;
    queryClient.setQueryData(comparisonQueryKey(seed.inputs, ANALYSIS_OPTIONS), result);
    primed++;
  }
  return primed;
}

function madeFrom(comparison: Comparison, seed: SeedComparison): boolean {
  return (
    comparison.meta?.engine === ENGINE_VERSION &&
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare -- `results` is unvalidated data (isComparison checks no meta): a missing flag must not pass
    comparison.meta.hitBudget === false &&
    comparison.sources.length === seed.inputs.length &&
    comparison.sources.every(
      (s, k) =>
        s.text === seed.inputs[k]?.text && s.name === seed.inputs[k].name && s.format === undefined,
    )
  );
}
