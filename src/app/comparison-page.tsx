import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { SourceInput } from "../analysis/types.ts";
import { PrepareClass } from "../features/classroom/components/prepare-class.tsx";
import { ExportMenu } from "../features/export/components/export-menu.tsx";
import type { Visibility } from "../comparison/layers.ts";
import { tidy } from "../comparison/wording.ts";
import { SHARE_LIMITS, shareUrl, type SharedLesson } from "../share/link.ts";
import { analysisQueryOptions } from "../worker/analysis-query.ts";
import { AnalysisError } from "./analysis-error.tsx";
import { AppHeader, HEADER_BUTTON, HEADER_PRIMARY } from "./app-header.tsx";
import { ComparisonWorkspace } from "./comparison-workspace.tsx";
import { LibraryMenu } from "./library-menu.tsx";
import { LoadingState } from "./loading-state.tsx";
import type { SeedComparison } from "./seeds.ts";
import type { AppServices } from "./services.ts";
import { ShareButton } from "./share-button.tsx";
import {
  fragmentForSeed,
  fragmentForSources,
  isLinkable,
  pageFragment,
  withView,
  type ShareBase,
} from "./share-state.ts";
import { ShortcutsDialog } from "./shortcuts-dialog.tsx";
import { useShortcuts } from "../ui/use-shortcuts.ts";
import { useViewUrl } from "./use-view-url.ts";
import { toSharedView, type ViewState } from "./view-state.ts";
import type { Progress } from "../analysis/compare.ts";
import { ANALYSIS_OPTIONS } from "../worker/budget.ts";
import { useVisibleMark } from "./use-visible-mark.ts";
import { SkipLink } from "../ui/skip-link.tsx";

export interface ComparisonPageProps {
  readonly services: AppServices;
  readonly seeds: readonly SeedComparison[];
  readonly navigate: (fragment: string) => void;
  readonly inputs: readonly SourceInput[];
  /** What a link to this page carries besides the view. */
  readonly base: ShareBase;
  /** A sample's own title; the user's reports take their first headline. */
  readonly title?: string | undefined;
  readonly date?: string | undefined;
  readonly about?: string | undefined;
  readonly initialView: ViewState;
  /** The home page: its default view keeps an address without a fragment. */
  readonly home: boolean;
  /** The recent-list id of the user's reports; undefined for a sample. */
  readonly recentId: string | undefined;
}

/** One comparison, analysed in the worker and read side by side, its view kept in the address. */
export function ComparisonPage({
  services,
  seeds,
  navigate,
  inputs,
  base,
  title,
  date,
  about,
  initialView,
  home,
  recentId,
}: ComparisonPageProps) {
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [visibility, setVisibility] = useState<Visibility>(initialView.visibility);
  const [selected, setSelected] = useState(initialView.selected);
  // Class links open the classroom page (app.tsx), so this page is always in reading mode.
  const mode = initialView.mode;
  const [progress, setProgress] = useState<Progress>();
  const query = useQuery(
    useMemo(
      () => analysisQueryOptions(services.client, inputs, ANALYSIS_OPTIONS, setProgress),
      [services.client, inputs],
    ),
  );
  useVisibleMark(query.data !== undefined);
  const shortcuts = useMemo(() => ({ "?": () => setShortcutsOpen(true) }), []);
  useShortcuts(shortcuts);

  const names = inputs.map((input) => input.name);
  // As the columns print it: a headline in a link may hide a direction override (see `tidy`).
  const rawHeadline = query.data?.sources.find((source) => source.title)?.title;
  const headline = rawHeadline === undefined ? undefined : tidy(rawHeadline);
  const shownTitle = title ?? headline ?? `Comparing ${names.join(", ")}`;

  useEffect(() => {
    document.title = `${shownTitle} · Parallax`;
  }, [shownTitle]);
  useEffect(() => {
    if (recentId && headline) services.recent.retitle(recentId, headline);
  }, [services.recent, recentId, headline]);

  const linkable = useMemo(() => isLinkable(base), [base]);
  const sharedView = useMemo(
    () => toSharedView({ visibility, selected, mode }),
    [visibility, selected, mode],
  );
  const fragmentOf = useCallback(
    () => pageFragment(base, sharedView, { home, linkable, recentId }),
    [base, sharedView, home, linkable, recentId],
  );
  useViewUrl(fragmentOf);
  // Made when asked for (Share, Export), not on every change of view.
  const makeClassLink = useCallback(
    (lesson: SharedLesson) =>
      linkable
        ? shareUrl(`${window.location.origin}${window.location.pathname}`, {
            ...base,
            view: { mode: "class" },
            lesson,
          })
        : undefined,
    [linkable, base],
  );
  const makeLink = useCallback(
    () =>
      linkable
        ? shareUrl(
            `${window.location.origin}${window.location.pathname}`,
            withView(base, sharedView),
          )
        : undefined,
    [linkable, base, sharedView],
  );

  const homeSeedId = seeds[0]?.id;
  const actions = (
    <>
      <a href="#new" className={HEADER_PRIMARY}>
        New<span className="max-sm:sr-only">&nbsp;comparison</span>
      </a>
      <LibraryMenu
        seeds={seeds}
        recent={services.recent}
        currentSeedId={base.kind === "seed" ? base.seed : undefined}
        currentRecentId={recentId}
        onOpenSeed={(id) => navigate(fragmentForSeed(id, homeSeedId))}
        onOpenRecent={(entry) => navigate(fragmentForSources(entry.sources, entry.id))}
        buttonClassName={HEADER_BUTTON}
      />
      <ShareButton makeUrl={makeLink} seed={base.kind === "seed"} buttonClassName={HEADER_BUTTON} />
      <PrepareClass
        comparison={query.data}
        title={shownTitle}
        inputs={inputs}
        local={services.local}
        makeClassUrl={makeClassLink}
        warnChars={SHARE_LIMITS.warnFragmentChars}
        buttonClassName={HEADER_BUTTON}
      />
      {query.data ? (
        <ExportMenu
          comparison={query.data}
          title={shownTitle}
          about={about}
          makeLink={() => {
            const link = makeLink();
            // A link too long to paste anywhere would swamp the report's first lines.
            return link && link.length <= SHARE_LIMITS.warnFragmentChars ? link : undefined;
          }}
          buttonClassName={HEADER_BUTTON}
        />
      ) : null}
    </>
  );

  return (
    <div
      className="flex min-h-dvh flex-col lg:h-dvh lg:min-h-0 lg:overflow-hidden"
      data-page="comparison"
    >
      <SkipLink targetId="reader">Skip to the reading columns</SkipLink>
      <AppHeader
        title={shownTitle}
        date={date}
        about={about}
        sourceNames={names}
        onHome={() => navigate("")}
        actions={actions}
        onShowShortcuts={() => setShortcutsOpen(true)}
      />
      {query.isPending ? (
        <main id="reader" aria-label="Reading columns" className="min-h-0 flex-1">
          <LoadingState sourceNames={names} progress={progress} />
        </main>
      ) : query.isError ? (
        <main id="reader" aria-label="Reading columns" className="min-h-0 flex-1">
          <AnalysisError error={query.error} onRetry={() => void query.refetch()} />
        </main>
      ) : (
        <ComparisonWorkspace
          comparison={query.data}
          visibility={visibility}
          setVisibility={setVisibility}
          initialSelected={initialView.selected}
          onSelect={setSelected}
        />
      )}
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </div>
  );
}
