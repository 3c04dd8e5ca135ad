import { lazy, Suspense, useEffect } from "react";
import type { SourceInput } from "../analysis/types.ts";
import type { AddIncoming } from "../features/input/model/draft.ts";
import { NewComparisonForm } from "../features/input/components/new-comparison-form.tsx";
import { RecentList } from "../features/input/components/recent-list.tsx";
import { SampleList } from "../features/input/components/sample-list.tsx";
import { AppHeader } from "./app-header.tsx";
import type { SeedComparison } from "./seeds.ts";
import type { AppServices } from "./services.ts";
import { fragmentForSeed, fragmentForSources } from "./share-state.ts";

/** With the page's later chunks: the bookmarklet's own source is not in the first script. */
const BookmarkletPanel = lazy(() =>
  import("../features/input/components/bookmarklet-panel.tsx").then((m) => ({
    default: m.BookmarkletPanel,
  })),
);

interface NewPageProps {
  readonly services: AppServices;
  readonly seeds: readonly SeedComparison[];
  readonly navigate: (fragment: string) => void;
  /** An article the bookmarklet brought in (`#add=…`). */
  readonly incoming: AddIncoming | undefined;
}

/** "New comparison": the form, with the samples and recent comparisons beside it. */
export function NewPage({ services, seeds, navigate, incoming }: NewPageProps) {
  useEffect(() => {
    document.title = "New comparison · Parallax";
  }, []);
  // The article is in the form (and saved with it) now: the address becomes the plain page's,
  // so a reload or a bookmark does not bring it in again, and the article's text leaves the
  // address bar and history entry.
  useEffect(() => {
    if (incoming) {
      const { pathname, search } = window.location;
      window.history.replaceState(null, "", `${pathname}${search}#new`);
    }
  }, [incoming]);

  const compare = (inputs: readonly SourceInput[]): void => {
    const id = services.recent.remember(inputs);
    navigate(fragmentForSources(inputs, id));
  };

  return (
    <div className="flex min-h-dvh flex-col" data-page="new">
      <AppHeader title="New comparison" onHome={() => navigate("")} />
      <div className="mx-auto grid w-full max-w-[90rem] flex-1 gap-8 px-4 py-6 sm:px-6 lg:grid-cols-[minmax(0,1fr)_19rem] lg:py-8">
        <main aria-labelledby="new-heading">
          <h2 id="new-heading" className="text-xl font-semibold text-ink">
            Compare your own reports
          </h2>
          <p className="mt-1.5 max-w-[46rem] text-sm leading-relaxed text-muted">
            Bring two to six reports of the same story: paste the text of each article, paste a
            whole page's HTML, or drop a saved page (.html) or a text file (.txt, .md). Parallax
            runs entirely in this browser; it fetches nothing and uploads nothing.
          </p>
          <div className="mt-6">
            <NewComparisonForm local={services.local} incoming={incoming} onCompare={compare} />
          </div>
        </main>
        <aside
          aria-label="Open a comparison"
          className="space-y-8 lg:border-l lg:border-rule lg:pl-6"
        >
          <Suspense fallback={null}>
            <BookmarkletPanel headingId="bookmarklet-heading" />
          </Suspense>
          <RecentList
            recent={services.recent}
            headingId="recent-heading"
            onOpen={(entry) => navigate(fragmentForSources(entry.sources, entry.id))}
          />
          <SampleList
            samples={seeds.map((s) => ({
              id: s.id,
              title: s.title,
              date: s.date,
              names: s.inputs.map((i) => i.name),
            }))}
            headingId="samples-heading"
            onOpen={(id) => navigate(fragmentForSeed(id, seeds[0]?.id))}
          />
        </aside>
      </div>
    </div>
  );
}
