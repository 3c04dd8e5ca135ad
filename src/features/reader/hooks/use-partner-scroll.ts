import { useEffect, type RefObject } from "react";
import { prefersReducedMotion } from "../../../ui/use-media-query.ts";
import type { ComparisonIndex } from "../model/comparison-index.ts";

/** Room kept under a column's sticky outlet bar. */
const TOP_INSET_PX = 52;

function sentenceElement(root: HTMLElement, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-sentence-id="${CSS.escape(id)}"]`);
}

/** Whether the first line of `el` shows inside its scrolling column. */
function inView(el: HTMLElement, column: HTMLElement): boolean {
  const line = el.getClientRects()[0];
  if (!line) return true;
  const view = column.getBoundingClientRect();
  return line.top >= view.top + TOP_INSET_PX && line.bottom <= view.bottom - 8;
}

/**
 * On wide screens each column scrolls on its own. When a sentence becomes active, scroll every
 * other column whose partner is out of view so the partner lines up with it. Waits `delayMs`
 * so sweeping the pointer across the text does not set the columns racing.
 */
export function usePartnerScroll(
  rootRef: RefObject<HTMLElement | null>,
  index: ComparisonIndex,
  activeId: string | undefined,
  enabled: boolean,
  delayMs: number,
): void {
  useEffect(() => {
    const root = rootRef.current;
    if (!enabled || !root || activeId === undefined) return;
    const timer = setTimeout(() => {
      const active = sentenceElement(root, activeId);
      const activeLine = active?.getClientRects()[0];
      if (!active || !activeLine) return;
      const done = new Set<string>();
      for (const partnerId of index.partners(activeId)) {
        const sourceId = index.sentence(partnerId)?.source.id;
        if (sourceId === undefined || done.has(sourceId)) continue;
        done.add(sourceId); // the first partner in each column leads
        const partner = sentenceElement(root, partnerId);
        const column = partner?.closest<HTMLElement>("[data-column]");
        const partnerLine = partner?.getClientRects()[0];
        if (!partner || !column || !partnerLine || inView(partner, column)) continue;
        const view = column.getBoundingClientRect();
        const targetTop = Math.max(
          view.top + TOP_INSET_PX,
          Math.min(activeLine.top, view.bottom - 80),
        );
        column.scrollBy({
          top: partnerLine.top - targetTop,
          behavior: prefersReducedMotion() ? "auto" : "smooth",
        });
      }
    }, delayMs);
    return () => clearTimeout(timer);
  }, [rootRef, index, activeId, enabled, delayMs]);
}
