import { useEffect, useState, type RefObject } from "react";
import { prefersReducedMotion } from "../../../ui/use-media-query.ts";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";

/** Room kept under a column's sticky outlet bar. */
const TOP_INSET_PX = 52;
const NONE: readonly string[] = [];

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

/** The partner that leads in each other column: the first one, in reading order. */
function leadPartners(index: ComparisonIndex, activeId: string): string[] {
  const leads = new Map<string, string>();
  for (const partnerId of index.partners(activeId)) {
    const sourceId = index.sentence(partnerId)?.source.id;
    if (sourceId !== undefined && !leads.has(sourceId)) leads.set(sourceId, partnerId);
  }
  return [...leads.values()];
}

/**
 * On wide screens each column scrolls on its own. When a sentence becomes active, scroll every
 * other column whose partner is out of view so the partner lines up with it. Waits `delayMs`
 * so sweeping the pointer across the text does not set the columns racing.
 *
 * In a long column the partner may sit in paragraphs not rendered: the hook then returns the
 * partners to render (the caller keeps them in the page) and scrolls once they are there. Only
 * then: rendering far paragraphs for every sentence the pointer crosses would be wasted.
 */
export function usePartnerScroll(
  rootRef: RefObject<HTMLElement | null>,
  index: ComparisonIndex,
  activeId: string | undefined,
  enabled: boolean,
  delayMs: number,
): readonly string[] {
  const [waiting, setWaiting] = useState<{ activeId: string; ids: readonly string[] }>();
  const rendering = waiting !== undefined && waiting.activeId === activeId;

  useEffect(() => {
    const root = rootRef.current;
    if (!enabled || !root || activeId === undefined) return;
    const timer = setTimeout(
      () => {
        const leads = leadPartners(index, activeId);
        if (!rendering && leads.some((id) => !sentenceElement(root, id))) {
          setWaiting({ activeId, ids: leads });
          return;
        }
        const active = sentenceElement(root, activeId);
        const activeLine = active?.getClientRects()[0];
        if (!active || !activeLine) return;
        for (const partnerId of leads) {
          const partner = sentenceElement(root, partnerId);
          const column = partner?.closest<HTMLElement>("[data-column]");
          const partnerLine = partner?.getClientRects()[0];
          if (!partner || !column || !partnerLine || inView(partner, column)) continue;
          const view = column.getBoundingClientRect();
          const targetTop = Math.max(
            view.top + TOP_INSET_PX,
            Math.min(activeLine.top, view.bottom - 80),
          );
          const distance = partnerLine.top - targetTop;
          // Pages away in a long column: jump. Paragraphs rendered on the way would change the
          // distance while a smooth scroll is under way.
          const far = partner.closest("[data-chunks]") && Math.abs(distance) > 2 * view.height;
          column.scrollBy({
            top: distance,
            behavior: prefersReducedMotion() || far ? "auto" : "smooth",
          });
        }
      },
      rendering ? 0 : delayMs,
    );
    return () => clearTimeout(timer);
  }, [rootRef, index, activeId, enabled, delayMs, rendering]);

  return rendering ? waiting.ids : NONE;
}
