/** Placeholder columns while the worker reads the sources; shaped like what is coming. */
export function LoadingState({ sourceNames }: { readonly sourceNames: readonly string[] }) {
  return (
    <div role="status" aria-live="polite" className="flex h-full flex-col" data-loading="">
      <p className="px-5 pt-5 text-sm text-muted sm:px-7">
        Lining up {sourceNames.length} reports sentence by sentence…
      </p>
      <div className="grid flex-1 gap-8 px-5 py-6 sm:px-7 lg:grid-flow-col lg:auto-cols-fr lg:gap-14">
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
