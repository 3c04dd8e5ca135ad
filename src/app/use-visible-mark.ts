import { useEffect } from "react";

/** The Performance API mark set when the first comparison of a page load is on screen. */
export const COMPARISON_VISIBLE_MARK = "parallax:comparison-visible";

/**
 * Marks the moment the first comparison is painted, so "time to a visible comparison" can be
 * read with `performance.getEntriesByName` (the browser tests print it). The mark is set in the
 * frame after React commits, when the browser paints what was committed.
 */
export function useVisibleMark(ready: boolean): void {
  useEffect(() => {
    if (!ready || performance.getEntriesByName(COMPARISON_VISIBLE_MARK).length > 0) return;
    const frame = requestAnimationFrame(() => {
      if (performance.getEntriesByName(COMPARISON_VISIBLE_MARK).length === 0) {
        performance.mark(COMPARISON_VISIBLE_MARK);
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [ready]);
}
