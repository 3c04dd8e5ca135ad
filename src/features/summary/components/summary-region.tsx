import type { ReactNode } from "react";

/**
 * The summary's region and heading: in the page from the first paint (the `s` key moves focus
 * here), with the tables inside once their chunk has loaded.
 */
export function SummaryRegion({ children }: { readonly children: ReactNode }) {
  return (
    <section aria-labelledby="summary-heading" id="summary" tabIndex={-1} className="space-y-5">
      <h2
        id="summary-heading"
        className="text-xs font-semibold tracking-wider text-muted uppercase"
      >
        Summary
      </h2>
      {children}
    </section>
  );
}
