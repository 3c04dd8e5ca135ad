import type { BudgetedStage, ComparisonMeta } from "../analysis/types.ts";

/**
 * How long the page lets one analysis run before it cuts the rest short: long enough for two
 * reports of a megabyte each on a slow laptop (about 10 s measured with `npm run bench`), short
 * enough that nobody waits on a tab that looks frozen.
 */
export const ANALYSIS_BUDGET_MS = 15_000;

/** The options every comparison page asks the worker for (and the query cache is keyed by). */
export const ANALYSIS_OPTIONS = { budgetMs: ANALYSIS_BUDGET_MS } as const;

/**
 * The client's own limit, for a worker that never answers at all: well past the budget, which
 * the engine checks only between steps, and past the reading of the largest accepted inputs.
 */
export const ANALYSIS_TIMEOUT_MS = 60_000;

const WHAT: Record<BudgetedStage, string> = {
  alignment: "not every sentence was compared",
  quotes: "quotations were not matched",
  variants: "name spellings were not compared",
  framing: "word choices were not marked",
  facts: "figures and dates were not compared",
};

/** One sentence saying what a budget left out, or undefined when the run was complete. */
export function budgetNote(meta: ComparisonMeta | undefined): string | undefined {
  if (!meta?.hitBudget) return undefined;
  const seconds = Math.round(ANALYSIS_BUDGET_MS / 1000);
  const missing = (meta.incomplete ?? []).map((stage) => WHAT[stage]);
  const list =
    missing.length > 1 ? `${missing.slice(0, -1).join(", ")} and ${missing.at(-1)}` : missing[0];
  return list
    ? `These texts are too long to analyse fully within ${seconds} seconds: ${list}. What is shown is correct but incomplete.`
    : `The analysis stopped early on these long texts; some marks may be missing.`;
}
