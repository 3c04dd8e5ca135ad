import type { ReactNode } from "react";

/** A titled block of the summary panel. */
export function SummarySection({
  id,
  title,
  hint,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly hint?: string;
  readonly children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="border-t border-rule pt-5">
      <h3 id={id} className="font-sans text-sm font-semibold text-ink">
        {title}
      </h3>
      {hint ? <p className="mt-0.5 text-xs leading-snug text-muted">{hint}</p> : null}
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** Source columns side by side when they fit, stacked when they do not. */
export function PerSourceGrid({ children }: { readonly children: ReactNode }) {
  return (
    <div className="grid grid-cols-[repeat(auto-fit,minmax(8.5rem,1fr))] gap-x-4 gap-y-4">
      {children}
    </div>
  );
}

export function SourceLabel({ name }: { readonly name: string }) {
  return (
    <p className="mb-1.5 text-xs font-semibold text-muted">
      <bdi>{name}</bdi>
    </p>
  );
}

export function Nothing({ children }: { readonly children: ReactNode }) {
  return <p className="text-xs text-muted italic">{children}</p>;
}
