import { lazy, Suspense, useEffect, useMemo } from "react";
import { recentId as recentIdOf } from "../features/input/model/recent.ts";
import { withCleanNames } from "../features/input/model/source-name.ts";
import type { SharedSource, SharedView } from "../share/link.ts";
import { assertNever } from "../lib/assert.ts";
import { BadLinkPage } from "./bad-link-page.tsx";
import { ComparisonPage } from "./comparison-page.tsx";
import { NewPage } from "./new-page.tsx";
import type { Route } from "./route.ts";
import { loadSeeds, type SeedComparison } from "./seeds.ts";
import type { AppServices } from "./services.ts";
import { StorageNotice } from "./storage-notice.tsx";
import { useRoute } from "./use-route.ts";
import { DEFAULT_VIEW, fromSharedView } from "./view-state.ts";

const NO_SEEDS: readonly SeedComparison[] = [];

/** Classroom mode loads with the first class link opened: most readers never need it. */
const ClassroomRoute = lazy(() =>
  import("./classroom-route.tsx").then((m) => ({ default: m.ClassroomRoute })),
);

/** An article from the bookmarklet: the code that reads and checks it loads when one arrives. */
const ArrivalRoute = lazy(() =>
  import("./arrival-route.tsx").then((m) => ({ default: m.ArrivalRoute })),
);

interface PageProps {
  readonly route: Route;
  readonly services: AppServices;
  readonly seeds: readonly SeedComparison[];
  readonly seedError: string | undefined;
  readonly navigate: (fragment: string) => void;
}

type CommonProps = Omit<PageProps, "route" | "seedError">;

/**
 * The user's reports: put at the top of the recent list as they are opened. A link or the recent
 * list may carry any name at all, so names are cleaned first (no direction overrides, nothing
 * invisible) and the cleaned names are what the page shows, analyses, links and remembers.
 */
function InputsPage({
  sources: given,
  view,
  ...common
}: CommonProps & {
  readonly sources: readonly SharedSource[];
  readonly view: SharedView | undefined;
}) {
  const sources = useMemo(() => withCleanNames(given), [given]);
  const base = useMemo(() => ({ kind: "inputs" as const, sources }), [sources]);
  const recentId = useMemo(() => recentIdOf(sources), [sources]);
  const { recent } = common.services;
  useEffect(() => {
    recent.remember(sources);
  }, [recent, sources]);
  const initialView = useMemo(() => fromSharedView(view), [view]);
  return (
    <ComparisonPage
      {...common}
      inputs={sources}
      base={base}
      initialView={initialView}
      home={false}
      recentId={recentId}
    />
  );
}

function Page({ route, services, seeds, seedError, navigate }: PageProps) {
  const common = { services, seeds, navigate };
  switch (route.kind) {
    case "home": {
      const first = seeds[0];
      if (!first) {
        return (
          <BadLinkPage
            title="Nothing to show yet"
            message={seedError ?? "No sample comparison is bundled with this build."}
            navigate={() => navigate("new")}
          />
        );
      }
      return <SeedPage {...common} seed={first} home view={undefined} />;
    }
    case "seed":
      return <SeedPage {...common} seed={route.seed} home={false} view={route.view} />;
    case "inputs":
      return <InputsPage {...common} sources={route.sources} view={route.view} />;
    case "recent": {
      const entry = services.recent.get(route.id);
      if (!entry) {
        return (
          <BadLinkPage
            title="This comparison is not on this device"
            message="It was kept in Recent comparisons in another browser, or it has been deleted. Its reports were too long to travel in a link."
            navigate={navigate}
          />
        );
      }
      return <InputsPage {...common} sources={entry.sources} view={undefined} />;
    }
    case "class":
      return (
        <Suspense fallback={<p className="p-6 text-sm text-muted">Opening the lesson…</p>}>
          <ClassroomRoute route={route} services={services} navigate={navigate} />
        </Suspense>
      );
    case "new":
      return <NewPage {...common} incoming={undefined} />;
    case "add":
      return (
        <Suspense fallback={<p className="p-6 text-sm text-muted">Adding the article…</p>}>
          <ArrivalRoute {...common} fragment={route.fragment} />
        </Suspense>
      );
    case "bad":
      return <BadLinkPage title={route.title} message={route.message} navigate={navigate} />;
    default:
      return assertNever(route);
  }
}

function SeedPage({
  seed,
  home,
  view,
  ...common
}: CommonProps & {
  readonly seed: SeedComparison;
  readonly home: boolean;
  readonly view: SharedView | undefined;
}) {
  const base = useMemo(() => ({ kind: "seed" as const, seed: seed.id }), [seed.id]);
  const initialView = useMemo(() => (view ? fromSharedView(view) : DEFAULT_VIEW), [view]);
  return (
    <ComparisonPage
      {...common}
      inputs={seed.inputs}
      base={base}
      title={seed.title}
      date={seed.date}
      about={seed.about}
      initialView={initialView}
      home={home}
      recentId={undefined}
    />
  );
}

/** Routes by the URL's fragment; the home page is the first shipped comparison. */
export function App({ services }: { readonly services: AppServices }) {
  const loaded = useMemo(() => loadSeeds(), []);
  const seeds = loaded.ok ? loaded.value : NO_SEEDS;
  const { route, visit, navigate } = useRoute(seeds);
  return (
    <>
      <StorageNotice local={services.local} />
      <Page
        key={visit}
        route={route}
        services={services}
        seeds={seeds}
        seedError={loaded.ok ? undefined : loaded.error}
        navigate={navigate}
      />
    </>
  );
}
