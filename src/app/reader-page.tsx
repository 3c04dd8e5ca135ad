import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { analysisQueryOptions } from "../worker/analysis-query.ts";
import type { AnalysisClient } from "../worker/client.ts";
import { AnalysisError } from "./analysis-error.tsx";
import { AppHeader } from "./app-header.tsx";
import { ComparisonWorkspace } from "./comparison-workspace.tsx";
import { LoadingState } from "./loading-state.tsx";
import type { SeedComparison } from "./seeds.ts";
import { ShortcutsDialog } from "./shortcuts-dialog.tsx";
import { useShortcuts } from "./use-shortcuts.ts";

interface ReaderPageProps {
  readonly seed: SeedComparison;
  readonly client: AnalysisClient;
}

/** The home page: one comparison, analysed in the worker, read side by side. */
export function ReaderPage({ seed, client }: ReaderPageProps) {
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const query = useQuery(useMemo(() => analysisQueryOptions(client, seed.inputs), [client, seed]));
  const shortcuts = useMemo(() => ({ "?": () => setShortcutsOpen(true) }), []);
  useShortcuts(shortcuts);
  const names = seed.inputs.map((input) => input.name);

  return (
    <div className="flex min-h-dvh flex-col lg:h-dvh lg:min-h-0 lg:overflow-hidden">
      <a
        href="#reader"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-panel focus:px-3 focus:py-2 focus:text-sm focus:shadow"
      >
        Skip to the reading columns
      </a>
      <AppHeader
        title={seed.title}
        date={seed.date}
        about={seed.about}
        sourceNames={names}
        onShowShortcuts={() => setShortcutsOpen(true)}
      />
      {query.isPending ? (
        <main id="reader" aria-label="Reading columns" className="min-h-0 flex-1">
          <LoadingState sourceNames={names} />
        </main>
      ) : query.isError ? (
        <main id="reader" aria-label="Reading columns" className="min-h-0 flex-1">
          <AnalysisError error={query.error} onRetry={() => void query.refetch()} />
        </main>
      ) : (
        <ComparisonWorkspace comparison={query.data} />
      )}
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </div>
  );
}
