interface PanelErrorProps {
  readonly title: string;
  readonly error: Error;
  readonly onRetry: () => void;
}

/** The fallback of a panel's error boundary: what broke, in plain words, and a way to retry. */
export function PanelError({ title, error, onRetry }: PanelErrorProps) {
  return (
    <div role="alert" className="rounded-lg border border-rule bg-panel p-5 text-sm">
      <p className="font-semibold text-ink">{title}</p>
      <p className="mt-1 text-muted">{error.message}</p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-3 rounded-md border border-rule px-3 py-1.5 font-medium hover:bg-ink/5"
      >
        Try again
      </button>
    </div>
  );
}
