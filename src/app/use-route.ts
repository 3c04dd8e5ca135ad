import { useCallback, useEffect, useMemo, useState } from "react";
import { isInPageFragment, parseRoute, type Route } from "./route.ts";
import type { SeedComparison } from "./seeds.ts";

export interface RouteState {
  readonly route: Route;
  /** Changes on every navigation, so a page starts afresh even when its route looks the same. */
  readonly visit: number;
  /** Goes to a fragment ("" for the home page), adding a history entry. */
  readonly navigate: (fragment: string) => void;
}

function currentHash(): string {
  return typeof window === "undefined" ? "" : window.location.hash;
}

/**
 * The route from `location.hash`, following the back and forward buttons and hand-edited URLs.
 * View changes are written with `history.replaceState`, which fires no event, so the page that
 * wrote them is not rebuilt. Moving to an in-page target (the skip link) is not a navigation.
 */
export function useRoute(seeds: readonly SeedComparison[]): RouteState {
  const [state, setState] = useState(() => ({ hash: currentHash(), visit: 0 }));

  useEffect(() => {
    const onChange = (): void => {
      const hash = currentHash();
      if (isInPageFragment(hash)) return;
      setState((previous) =>
        previous.hash === hash ? previous : { hash, visit: previous.visit + 1 },
      );
    };
    window.addEventListener("hashchange", onChange);
    window.addEventListener("popstate", onChange);
    return () => {
      window.removeEventListener("hashchange", onChange);
      window.removeEventListener("popstate", onChange);
    };
  }, []);

  const navigate = useCallback((fragment: string) => {
    const { pathname, search } = window.location;
    const url = fragment ? `${pathname}${search}#${fragment}` : `${pathname}${search}`;
    window.history.pushState(null, "", url);
    window.scrollTo(0, 0);
    setState((previous) => ({ hash: currentHash(), visit: previous.visit + 1 }));
  }, []);

  // Decoding a long link inflates and validates it: once per navigation, not per render.
  const route = useMemo(() => parseRoute(state.hash, seeds), [state.hash, seeds]);
  return { route, visit: state.visit, navigate };
}
