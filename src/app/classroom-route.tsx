import { useMemo } from "react";
import { withCleanNames } from "../features/input/model/source-name.ts";
import { ClassroomPage } from "./classroom-page.tsx";
import type { Route } from "./route.ts";
import type { AppServices } from "./services.ts";
import type { ShareBase } from "./share-state.ts";

interface ClassroomRouteProps {
  readonly route: Extract<Route, { kind: "class" }>;
  readonly services: AppServices;
  readonly navigate: (fragment: string) => void;
}

/** A class or handed-in link, on a shipped comparison or on reports the link carries. */
export function ClassroomRoute({ route, services, navigate }: ClassroomRouteProps) {
  const { comparison } = route;
  // A link may carry any name at all: cleaned as the reading page cleans them.
  const sources = useMemo(
    () => (comparison.kind === "inputs" ? withCleanNames(comparison.sources) : undefined),
    [comparison],
  );
  const base = useMemo<ShareBase>(
    () =>
      comparison.kind === "seed"
        ? { kind: "seed", seed: comparison.seed.id }
        : { kind: "inputs", sources: sources ?? [] },
    [comparison, sources],
  );
  const seed = comparison.kind === "seed" ? comparison.seed : undefined;
  return (
    <ClassroomPage
      services={services}
      navigate={navigate}
      inputs={seed ? seed.inputs : (sources ?? [])}
      base={base}
      title={seed?.title}
      date={seed?.date}
      about={seed?.about}
      lesson={route.lesson}
      work={route.work}
    />
  );
}
