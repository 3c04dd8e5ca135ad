import { AnalysisFailure } from "../worker/analysis-query.ts";

interface AnalysisErrorProps {
  readonly error: Error;
  readonly onRetry: () => void;
}

const HINTS: Readonly<Record<AnalysisFailure["kind"], string>> = {
  engine: "This is a bug in Parallax, not something you did.",
  "unsupported-input": "Try the article's plain text instead.",
  "worker-crashed": "Reloading the page usually helps.",
  timeout: "The texts may be very long; try shorter ones.",
  "invalid-reply": "Reloading the page usually helps.",
  cancelled: "Nothing was lost: try again to run it once more.",
};

/** The analysis could not finish: say so plainly and offer another go. */
export function AnalysisError({ error, onRetry }: AnalysisErrorProps) {
  const hint = error instanceof AnalysisFailure ? HINTS[error.kind] : undefined;
  return (
    <div className="flex h-full items-start justify-center px-5 py-16">
      <div role="alert" className="max-w-md rounded-xl border border-rule bg-panel p-6 shadow-sm">
        <h2 className="text-base font-semibold text-ink">These reports could not be compared</h2>
        <p className="mt-2 text-sm leading-relaxed text-ink">{error.message}</p>
        {hint ? <p className="mt-1 text-sm text-muted">{hint}</p> : null}
        <button
          type="button"
          onClick={onRetry}
          className="mt-4 rounded-md bg-ink px-3.5 py-1.5 text-sm font-semibold text-paper hover:opacity-90"
        >
          Try again
        </button>
      </div>
    </div>
  );
}
