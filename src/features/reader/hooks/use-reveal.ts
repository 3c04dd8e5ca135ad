import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from "react";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { prefersReducedMotion } from "../../../ui/use-media-query.ts";
import type { GoToTarget } from "../components/explanation-dialog.tsx";

export function sentenceEl(root: HTMLElement | null, id: string): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`[data-sentence-id="${CSS.escape(id)}"]`) ?? null;
}

/**
 * Whether scrolling `el` into view should jump rather than glide: it sits in a long column's
 * chunks more than two screens away. Paragraphs rendered on the way would change the distance
 * while a smooth scroll is under way, and gliding past pages of text shows nothing anyway.
 */
function farInLongColumn(el: HTMLElement): boolean {
  if (!el.closest("[data-chunks]")) return false;
  const rect = el.getBoundingClientRect();
  return rect.bottom < -window.innerHeight || rect.top > 2 * window.innerHeight;
}

/** Whether any of `el` shows in the window and in the column that scrolls it. */
function visible(el: HTMLElement): boolean {
  const rect = el.getBoundingClientRect();
  const column = el.closest<HTMLElement>("[data-column]")?.getBoundingClientRect();
  const top = Math.max(0, column?.top ?? 0);
  const bottom = Math.min(window.innerHeight, column?.bottom ?? window.innerHeight);
  return rect.bottom > top && rect.top < bottom;
}

/** How long a glide may take before the watch below starts anyway (no `scrollend` came). */
const SETTLE_FALLBACK_MS = 1500;
/** Frames after a jump during which paragraphs rendered around the target may still move it. */
const SETTLE_FRAMES = 12;

/**
 * In a long column the paragraphs around a target are rendered as it comes into view, and their
 * real heights replace estimates: the target can be pushed out of view after the jump (or after
 * the glide) that brought it. For a few frames after it lands, while it keeps the focus, put it
 * back in view without gliding.
 */
function settleInView(el: HTMLElement, afterGlide: boolean): void {
  let frames = 0;
  const watch = (): void => {
    const active = document.activeElement;
    if (!el.isConnected || !active || !el.contains(active)) return;
    if (!visible(el)) el.scrollIntoView({ block: "center", behavior: "auto" });
    if (++frames < SETTLE_FRAMES) requestAnimationFrame(watch);
  };
  if (!afterGlide) {
    requestAnimationFrame(watch);
    return;
  }
  const start = (): void => {
    window.removeEventListener("scrollend", start, true);
    clearTimeout(timer);
    requestAnimationFrame(watch);
  };
  // `scrollend` does not bubble; a capturing listener on the window hears every scroller's.
  window.addEventListener("scrollend", start, true);
  const timer = setTimeout(start, SETTLE_FALLBACK_MS);
}

/** Scrolls to `then` a sentence or a mark in it; `revealId` is the sentence of the last jump. */
export interface Reveal {
  /**
   * The sentence of the last jump, kept in the page: in a long column it may be in paragraphs
   * not rendered yet, so the column keeps it rendered.
   */
  readonly revealId: string | undefined;
  /** Scrolls to and focuses the target, now or once it is rendered; then `then` with the element. */
  readonly reveal: (target: GoToTarget, instant: boolean, then?: (el: HTMLElement) => void) => void;
}

/**
 * Jumps to a sentence, or the mark cluster at a span in it, and focuses it. A jump to a sentence
 * not rendered yet (far down a long column) waits for the render that brings it, then jumps
 * without gliding.
 */
export function useReveal(
  rootRef: RefObject<HTMLElement | null>,
  index: ComparisonIndex,
  onFocused: (sentenceId: string) => void,
): Reveal {
  const [revealId, setRevealId] = useState<string | undefined>();
  const pendingReveal = useRef<
    { target: GoToTarget; then: ((el: HTMLElement) => void) | undefined } | undefined
  >(undefined);

  /** Scrolls to and focuses a sentence, or the mark cluster at `span` in it; returns that element. */
  const show = useCallback(
    (sentence: HTMLElement, target: GoToTarget, instant: boolean): HTMLElement => {
      const span = target.span;
      const cluster = span
        ? [...sentence.querySelectorAll<HTMLElement>(".mark-cluster")].find(
            (el) =>
              Number(el.dataset["start"]) <= span.start && Number(el.dataset["end"]) > span.start,
          )
        : undefined;
      const el = cluster ?? sentence;
      const glide = !(instant || prefersReducedMotion() || farInLongColumn(el));
      el.scrollIntoView({ block: "center", behavior: glide ? "smooth" : "auto" });
      if (el.closest("[data-chunks]")) settleInView(el, glide);
      el.focus({ preventScroll: true });
      onFocused(target.sentenceId);
      return el;
    },
    [onFocused],
  );

  const reveal = useCallback(
    (target: GoToTarget, instant: boolean, then?: (el: HTMLElement) => void): void => {
      setRevealId(target.sentenceId);
      const sentence = sentenceEl(rootRef.current, target.sentenceId);
      if (sentence) {
        const el = show(sentence, target, instant);
        then?.(el);
      } else if (index.sentence(target.sentenceId)) {
        pendingReveal.current = { target, then };
      }
    },
    [rootRef, index, show],
  );
  // After each commit: a pending jump's sentence may have just been rendered. Far away: jump.
  useLayoutEffect(() => {
    const pending = pendingReveal.current;
    const sentence = pending && sentenceEl(rootRef.current, pending.target.sentenceId);
    if (!pending || !sentence) return;
    pendingReveal.current = undefined;
    const el = show(sentence, pending.target, true);
    pending.then?.(el);
  });
  return { revealId, reveal };
}
