import {
  lazy,
  Suspense,
  useCallback,
  useMemo,
  useRef,
  type Dispatch,
  type SetStateAction,
} from "react";
import {
  useReaderShortcuts,
  useVisibilityToggles,
} from "../features/reader/hooks/use-visibility-toggles.ts";
import type { Comparison } from "../analysis/types.ts";
import { LayerLegend } from "../features/reader/components/layer-legend.tsx";
import { ReaderView, type ReaderHandle } from "../features/reader/components/reader-view.tsx";
import { indexComparison } from "../comparison/comparison-index.ts";
import type { Visibility } from "../comparison/layers.ts";
import { countLayers } from "../features/reader/model/legend-counts.ts";
import { buildMarks } from "../comparison/marks.ts";
import type { Place } from "../comparison/summary.ts";
import { ErrorBoundary } from "../ui/error-boundary.tsx";
import { PanelError } from "../ui/panel-error.tsx";
import { useMediaQuery, WIDE_QUERY } from "../ui/use-media-query.ts";
import { RunNotes } from "./run-notes.tsx";
import { useShortcuts, type ShortcutMap } from "../ui/use-shortcuts.ts";
import { SummaryRegion } from "../features/summary/components/summary-region.tsx";

/**
 * The summary's tables (who said what, facts, framing words, …) are a chunk of their own, fetched
 * as soon as a comparison is shown: they sit below the layers, and the page's first JavaScript
 * stays within its budget.
 */
const loadSummary = () =>
  import("../features/summary/components/summary-panel.tsx").then((m) => ({
    default: m.SummaryPanel,
  }));
const SummaryPanel = lazy(loadSummary);

interface ComparisonWorkspaceProps {
  readonly comparison: Comparison;
  /** What is switched on; the page owns it so a link can carry it. */
  readonly visibility: Visibility;
  readonly setVisibility: Dispatch<SetStateAction<Visibility>>;
  /** A sentence or mark to bring back on first render. */
  readonly initialSelected: string | undefined;
  readonly onSelect: (id: string) => void;
}

/**
 * One Comparison on screen: the legend, the reading columns and the summary, wired to the
 * keyboard. On wide screens the columns and a side panel scroll on their own; on narrow ones
 * everything stacks in one page.
 */
export function ComparisonWorkspace({
  comparison,
  visibility,
  setVisibility,
  initialSelected,
  onSelect,
}: ComparisonWorkspaceProps) {
  const index = useMemo(() => indexComparison(comparison), [comparison]);
  const marks = useMemo(() => buildMarks(index), [index]);
  const counts = useMemo(() => countLayers(index, marks), [index, marks]);
  const wide = useMediaQuery(WIDE_QUERY);
  const readerRef = useRef<ReaderHandle>(null);

  const toggles = useVisibilityToggles(setVisibility);
  const readerKeys = useReaderShortcuts(readerRef, toggles);
  const navigate = useCallback((place: Place) => {
    readerRef.current?.goTo({ sentenceId: place.sentenceId, span: place.span });
  }, []);

  const shortcuts = useMemo<ShortcutMap>(
    () => ({
      ...readerKeys,
      // The summary belongs to the page, not the reader: S scrolls to it and focuses it.
      s: () => {
        const summary = document.getElementById("summary");
        summary?.scrollIntoView({ block: "start" });
        summary?.focus({ preventScroll: true });
      },
    }),
    [readerKeys],
  );
  useShortcuts(shortcuts);

  const legend = (
    <LayerLegend
      visibility={visibility}
      counts={counts}
      onToggleLayer={toggles.toggleLayer}
      onToggleCategory={toggles.toggleCategory}
      onToggleRemoved={toggles.toggleRemoved}
      compact={!wide}
    />
  );
  const reader = (
    <ErrorBoundary
      fallback={(error, reset) => (
        <PanelError title="The reading view failed" error={error} onRetry={reset} />
      )}
    >
      <ReaderView
        ref={readerRef}
        index={index}
        marks={marks}
        visibility={visibility}
        wide={wide}
        initialSelected={initialSelected}
        onSelect={onSelect}
      />
    </ErrorBoundary>
  );
  const summary = (
    <ErrorBoundary
      fallback={(error, reset) => (
        <PanelError title="The summary failed" error={error} onRetry={reset} />
      )}
    >
      <SummaryRegion>
        <Suspense fallback={<p className="text-xs text-muted">Loading the summary…</p>}>
          <SummaryPanel index={index} onNavigate={navigate} />
        </Suspense>
      </SummaryRegion>
    </ErrorBoundary>
  );

  if (wide) {
    return (
      <div className="flex min-h-0 flex-1">
        <main
          id="reader"
          aria-label="Reading columns"
          className="relative flex min-w-0 flex-1 flex-col"
        >
          <RunNotes comparison={comparison} />
          <div className="min-h-0 flex-1">{reader}</div>
        </main>
        <aside
          aria-label="Layers and summary"
          className="relative w-[22rem] shrink-0 space-y-6 overflow-y-auto border-l border-rule bg-panel/60 px-5 py-5 xl:w-[24rem]"
        >
          {legend}
          {summary}
        </aside>
      </div>
    );
  }
  return (
    <>
      <div className="border-b border-rule bg-panel/60">{legend}</div>
      <main id="reader" aria-label="Reading columns">
        <RunNotes comparison={comparison} />
        {reader}
      </main>
      <aside
        aria-label="Summary"
        className="border-t-4 border-double border-rule bg-panel/60 px-5 py-6"
      >
        {summary}
      </aside>
    </>
  );
}
