import { useCallback, useEffect, useRef, type RefObject } from "react";

/** After the last scroll event, how long the text must stay still before hover applies. */
const SCROLL_SETTLE_MS = 120;

/**
 * Hover that waits for scrolling to stop. Scrolling with the pointer over the text moves a new
 * sentence under it every frame; lighting each one up (and working out its word differences,
 * and lining up its partners) is wasted on text that is moving past. The last sentence under
 * the pointer lights up once the text is still.
 */
export function useScrollSettledHover(
  rootRef: RefObject<HTMLDivElement | null>,
  setHovered: (id: string | undefined) => void,
): (id: string | undefined) => void {
  const still = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const frame = useRef(0);
  useEffect(() => {
    const root = rootRef.current;
    let settling: ReturnType<typeof setTimeout> | undefined;
    // Marked on the reader while it scrolls, for reader.css: marks passing under the pointer
    // do not light up either.
    const settle = () => {
      const wait = still.current - performance.now();
      if (wait > 0) settling = setTimeout(settle, wait);
      else {
        settling = undefined;
        root?.removeAttribute("data-scrolling");
      }
    };
    const onScroll = () => {
      still.current = performance.now() + SCROLL_SETTLE_MS;
      if (settling === undefined) {
        root?.setAttribute("data-scrolling", "");
        settling = setTimeout(settle, SCROLL_SETTLE_MS);
      }
    };
    root?.addEventListener("scroll", onScroll, { capture: true, passive: true });
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      root?.removeEventListener("scroll", onScroll, { capture: true });
      window.removeEventListener("scroll", onScroll);
      clearTimeout(timer.current);
      clearTimeout(settling);
      cancelAnimationFrame(frame.current);
    };
  }, [rootRef]);
  return useCallback(
    (id: string | undefined) => {
      clearTimeout(timer.current);
      cancelAnimationFrame(frame.current);
      const apply = () => {
        const wait = still.current - performance.now();
        if (wait > 0) timer.current = setTimeout(apply, wait);
        else setHovered(id);
      };
      // Scrolling moves a sentence under a still pointer, and Chromium tells of the pointer
      // before it tells of the scroll: look at the clock in the frame's callbacks, after both.
      frame.current = requestAnimationFrame(apply);
    },
    [setHovered],
  );
}
