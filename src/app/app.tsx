import { useMemo } from "react";
import type { AnalysisClient } from "../worker/client.ts";
import { ReaderPage } from "./reader-page.tsx";
import { loadSeeds } from "./seeds.ts";

/** Opens on the first shipped comparison; there is nothing to set up. */
export function App({ client }: { readonly client: AnalysisClient }) {
  const seeds = useMemo(() => loadSeeds(), []);
  if (!seeds.ok) {
    return (
      <main className="mx-auto max-w-md px-5 py-20">
        <h1 className="text-lg font-semibold text-ink">Parallax</h1>
        <p role="alert" className="mt-2 text-sm text-muted">
          {seeds.error}
        </p>
      </main>
    );
  }
  const [first] = seeds.value;
  return first ? <ReaderPage seed={first} client={client} /> : null;
}
