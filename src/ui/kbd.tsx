import type { ReactNode } from "react";

/** A key cap. */
export function Kbd({ children }: { readonly children: ReactNode }) {
  return (
    <kbd className="inline-flex min-w-[1.6em] items-center justify-center rounded border border-b-2 border-rule bg-panel px-1.5 py-0.5 font-sans text-[0.75rem] font-semibold text-ink">
      {children}
    </kbd>
  );
}
