import { useLayoutEffect, useState } from "react";
import { LiveStore, type LiveState } from "../model/live-state.ts";

/**
 * Sentences read the live state (active, partners, differences, tab stop, open explanation)
 * from this store, each re-rendering only when its share changes. It starts with the first
 * render's state (the markup from a server render is complete) and follows every later one
 * before the browser paints.
 */
export function useLiveStore(state: LiveState): LiveStore {
  const [live] = useState(() => new LiveStore(state));
  useLayoutEffect(() => live.set(state), [live, state]);
  return live;
}
