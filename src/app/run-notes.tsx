import type { Comparison } from "../analysis/types.ts";
import { budgetNote } from "../worker/budget.ts";

/** Honest notes about the run: cut short by a budget, or nothing lined up at all. */
export function RunNotes({ comparison }: { readonly comparison: Comparison }) {
  const notes: string[] = [];
  const budget = budgetNote(comparison.meta);
  if (budget) notes.push(budget);
  if (comparison.sources.length > 1 && comparison.alignments.length === 0) {
    notes.push("No sentences were found to report the same thing across these sources.");
  }
  if (notes.length === 0) return null;
  return (
    <div
      role="status"
      className="border-b border-rule bg-panel px-5 py-2 text-[0.8125rem] text-muted sm:px-7"
    >
      {notes.join(" ")}
    </div>
  );
}
