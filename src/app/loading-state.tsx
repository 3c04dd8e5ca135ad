import { useEffect, useState } from "react";
import type { Progress, Stage } from "../analysis/compare.ts";

/** How long a run may take before the page shows its steps (shorter runs just appear). */
export const PROGRESS_AFTER_MS = 500;

const STAGE_LABEL: Record<Stage, string> = {
  reading: "Reading the reports and setting page furniture aside",
  alignment: "Lining up sentences that report the same thing",
  quotes: "Finding quotations and who said them",
  variants: "Comparing how names are spelled",
  framing: "Marking word choices that frame the story",
  facts: "Checking the figures and dates each report gives",
  done: "Laying out the comparison",
};

/**
 * Placeholder columns while the worker reads the sources; shaped like what is coming. Past
 * PROGRESS_AFTER_MS it names the step under way, in a polite live region, so a long run is seen
 * (and heard) to be moving rather than frozen.
 */
export function LoadingState({
  sourceNames,
  progress,
}: {
  readonly sourceNames: readonly string[];
  readonly progress?: Progress | undefined;
}) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), PROGRESS_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);

  return (
    <div className="flex h-full flex-col" data-loading="">
      <div role="status" aria-live="polite" className="px-5 pt-5 text-sm text-muted sm:px-7">
        <p>Lining up {sourceNames.length} reports sentence by sentence…</p>
        {slow && progress ? (
          <div className="mt-3 max-w-md" data-progress={progress.stage}>
            <p className="text-ink">
              Step {progress.step + 1} of {progress.steps}: {STAGE_LABEL[progress.stage]}…
            </p>
            <progress
              className="mt-2 h-1.5 w-full accent-link"
              value={progress.step}
              max={progress.steps}
              aria-label="Analysis progress"
            />
          </div>
        ) : null}
      </div>
      <div className="grid flex-1 gap-8 px-5 py-6 sm:px-7 lg:auto-cols-fr lg:grid-flow-col lg:gap-14">
        {sourceNames.map((name, column) => (
          // Names may repeat (two files both called "article"): key by column.
          <div key={column} aria-hidden="true" className="max-w-[40rem]">
            <p className="mb-4 text-[0.8125rem] font-semibold text-ink">{name}</p>
            <div className="mb-6 h-6 w-4/5 animate-pulse rounded bg-ink/10" />
            {[92, 100, 85, 96, 70, 100, 88].map((w, k) => (
              <div
                key={k}
                className="mb-3 h-3.5 animate-pulse rounded bg-ink/[0.07]"
                style={{ width: `${w}%` }}
              />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
