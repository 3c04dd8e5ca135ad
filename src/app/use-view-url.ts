import { useEffect } from "react";

/** Wait before rewriting the address: a burst of toggles writes once. */
const WRITE_DELAY_MS = 200;

/**
 * Keeps the address bar on `fragmentOf()` (without '#'; "" for none) with
 * `history.replaceState`, so reloading or copying the address reopens the current view without
 * piling up history entries or firing a navigation. The fragment is computed after the delay:
 * encoding long reports compresses them, which is not work for every render.
 */
export function useViewUrl(fragmentOf: () => string): void {
  useEffect(() => {
    const timer = setTimeout(() => {
      const fragment = fragmentOf();
      const { hash, pathname, search } = window.location;
      if (hash.replace(/^#/, "") === fragment) return;
      const url = fragment ? `${pathname}${search}#${fragment}` : `${pathname}${search}`;
      window.history.replaceState(window.history.state, "", url);
    }, WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [fragmentOf]);
}
