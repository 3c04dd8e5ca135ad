import { useSyncExternalStore } from "react";
import type { RecentComparison, RecentStore } from "../model/recent.ts";

/** The recent comparisons, re-rendering when the list changes. */
export function useRecent(recent: RecentStore): readonly RecentComparison[] {
  return useSyncExternalStore(recent.subscribe, recent.list, recent.list);
}
