import { useCallback, useEffect, useRef, type RefObject } from "react";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { passageRanges } from "../dom/selection.ts";
import { TAG_KINDS } from "../model/tag-kinds.ts";
import type { Passage, StudentTag } from "../model/types.ts";

/*
 * The student's tags are drawn over the reader's text with the CSS Custom Highlight API: the
 * reader's DOM is left exactly as it renders it (no forked components, nothing for React to
 * fight over), and each kind is styled by `::highlight(cls-<kind>)` in classroom.css. Ranges are
 * rebuilt whenever the reader's text nodes change. A browser without the API still lists every
 * tag in the panel; only the drawing on the text is missing.
 */

const PASSAGE = "cls-passage";
/** How long a passage shown from a question or a list stays lit. */
const FLASH_MS = 2600;

const supported = (): boolean => typeof CSS !== "undefined" && "highlights" in CSS;

/** `mine`: after the check, all tags in one style so Parallax's marks stay readable beside them. */
export type TagStyle = "by-kind" | "mine";

export function useTagHighlights(
  rootRef: RefObject<HTMLElement | null>,
  index: ComparisonIndex,
  tags: readonly StudentTag[],
  style: TagStyle,
): { readonly flash: (passage: Passage) => void } {
  const flashed = useRef<{ passage: Passage; until: number } | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const paint = useCallback(() => {
    const root = rootRef.current;
    if (!root || !supported()) return;
    const names = [...TAG_KINDS.map((k) => `cls-${k.id}`), "cls-mine", PASSAGE];
    const groups = new Map<string, Range[]>(names.map((name) => [name, []]));
    for (const tag of tags) {
      const name = style === "mine" ? "cls-mine" : `cls-${tag.kind}`;
      groups.get(name)?.push(...passageRanges(root, index, tag));
    }
    const lit = flashed.current;
    if (lit && lit.until > Date.now())
      groups.get(PASSAGE)?.push(...passageRanges(root, index, lit.passage));
    for (const [name, ranges] of groups) {
      if (ranges.length > 0) CSS.highlights.set(name, new Highlight(...ranges));
      else CSS.highlights.delete(name);
    }
  }, [rootRef, index, tags, style]);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return undefined;
    paint();
    // The reader re-renders text (hover, focus, layers): ranges on replaced nodes collapse.
    let frame = 0;
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(paint);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [rootRef, paint]);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (!supported()) return;
      for (const name of [...TAG_KINDS.map((k) => `cls-${k.id}`), "cls-mine", PASSAGE]) {
        CSS.highlights.delete(name);
      }
    },
    [],
  );

  const flash = useCallback(
    (passage: Passage) => {
      flashed.current = { passage, until: Date.now() + FLASH_MS };
      paint();
      clearTimeout(timer.current);
      timer.current = setTimeout(paint, FLASH_MS + 20);
    },
    [paint],
  );
  return { flash };
}
