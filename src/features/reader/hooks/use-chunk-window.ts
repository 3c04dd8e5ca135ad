import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from "react";
import type { ColumnChunk } from "../model/column-chunks.ts";

/** Rendered beyond what a column shows, above and below; nearer than this, the window moves. */
const OVERSCAN_PX = 1000;
/** When the window moves it takes this much more each way, so it moves seldom. */
const SLACK_PX = 1500;
/** Rendered at first, before anything is measured: a tall screen and some. */
const INITIAL_PX = 3000;
/** Height per character until a chunk is measured (17 px type, 1.75 leading, two columns). */
const DEFAULT_PX_PER_CHAR = 1;

/** Chunks measured before the height per character is settled for the rest. */
const SETTLE_AFTER = 3;

/**
 * Heights of chunks as last rendered, and an estimate for the others from the height per
 * character of the first ones measured. A chunk's measured height is kept after it leaves the
 * page, so the space left for it is exact and nothing moves when it goes. The estimate is
 * settled once, not refined with every chunk measured: refining it would resize every space
 * left above the view at once, and the text in view would jump.
 */
class HeightBook {
  private readonly measured = new Map<number, { height: number; chars: number }>();
  private heightSum = 0;
  private charSum = 0;
  private perChar: number | undefined;
  /** Moves whenever the estimate for chunks not measured changes. */
  estimate = 0;

  record(k: number, height: number, chars: number): void {
    const old = this.measured.get(k);
    if (old) {
      this.heightSum -= old.height;
      this.charSum -= old.chars;
    }
    this.measured.set(k, { height, chars });
    this.heightSum += height;
    this.charSum += chars;
    if (this.perChar === undefined && this.measured.size >= SETTLE_AFTER && this.charSum > 0) {
      this.perChar = this.heightSum / this.charSum;
      this.estimate++;
    }
  }

  clear(): void {
    this.measured.clear();
    this.heightSum = 0;
    this.charSum = 0;
    this.perChar = undefined;
    this.estimate++;
  }

  height(k: number, chars: number): number {
    const known = this.measured.get(k);
    if (known) return known.height;
    const perChar =
      this.perChar ?? (this.charSum > 0 ? this.heightSum / this.charSum : DEFAULT_PX_PER_CHAR);
    return Math.max(24, Math.round(chars * perChar));
  }
}

interface Range {
  /** First chunk rendered… */
  readonly first: number;
  /** …and the one after the last. */
  readonly last: number;
}

export interface ChunkWindow {
  /** Chunk indices to render, ascending: the window around the view, and the pinned ones. */
  readonly rendered: readonly number[];
  /** Everything is rendered ("Show them all now"). */
  readonly all: boolean;
  readonly showAll: () => void;
  /** Space to leave for a chunk that is not rendered. */
  readonly height: (k: number) => number;
  /** Ref for the element holding the chunks. */
  readonly containerRef: RefObject<HTMLDivElement | null>;
  /** Ref callback for a rendered chunk's element (carrying `data-chunk`): measures it. */
  readonly observe: (el: HTMLElement | null) => (() => void) | undefined;
}

/**
 * Which chunks of a long column to render: those within OVERSCAN_PX of what the column shows,
 * plus `pinned` ones (the focused, active or revealed sentence, a partner being lined up:
 * they must be in the page wherever they are). The rest are left out, their space kept. Works
 * for a column that scrolls on its own and for one in a scrolling page. Moves are transitions:
 * React renders new chunks between frames instead of holding one up.
 */
export function useChunkWindow(
  chunks: readonly ColumnChunk[],
  pinned: ReadonlySet<number>,
  showRemoved: boolean,
  /** Bumped when what is drawn changes height (layers, removed text): measurements are stale. */
  layoutVersion: unknown,
): ChunkWindow {
  // Heights belong to one comparison's chunks.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `chunks` is the reset key: a new comparison starts a new book
  const book = useMemo(() => new HeightBook(), [chunks]);
  const charsOf = useCallback(
    (k: number): number => {
      const chunk = chunks[k];
      return chunk ? chunk.chars + (showRemoved ? chunk.removedChars : 0) : 0;
    },
    [chunks, showRemoved],
  );
  const height = useCallback((k: number) => book.height(k, charsOf(k)), [book, charsOf]);

  const [range, setRange] = useState<Range>(() => {
    let y = 0;
    let last = 0;
    while (last < chunks.length && y < INITIAL_PX) y += height(last++);
    return { first: 0, last };
  });
  const [all, setAll] = useState(false);
  // Rendered again when the estimate settles, so that the space left for chunks not measured
  // follows it at once, while the reader is still near the top, not at some later scroll.
  const [, setEstimate] = useState(0);
  const rangeRef = useRef(range);
  const containerRef = useRef<HTMLDivElement | null>(null);
  const elements = useRef(new Set<HTMLElement>());
  const observer = useRef<ResizeObserver | undefined>(undefined);
  const schedule = useRef<() => void>(() => {});
  const width = useRef(0);

  /** Chunks overlapping [top, bottom) of the container, by the heights known now. */
  const span = useCallback(
    (top: number, bottom: number): Range | undefined => {
      let y = 0;
      let first = -1;
      let last = -1;
      for (let k = 0; k < chunks.length && y < bottom; k++) {
        const next = y + height(k);
        if (next > top) {
          if (first < 0) first = k;
          last = k + 1;
        }
        y = next;
      }
      return first < 0 ? undefined : { first, last };
    },
    [chunks, height],
  );

  const record = useCallback(
    (el: HTMLElement, h: number) => {
      const k = Number(el.dataset["chunk"]);
      if (Number.isInteger(k) && h > 0) book.record(k, h, charsOf(k));
    },
    [book, charsOf],
  );
  // The observer outlives renders; it records with the latest book and character counts.
  const latest = useRef({ book, record, setEstimate });
  useLayoutEffect(() => {
    latest.current = { book, record, setEstimate };
  }, [book, record]);

  /** Moves the window when the view comes near its edge. */
  const update = useCallback(
    (urgent: boolean) => {
      const container = containerRef.current;
      const column = container?.closest<HTMLElement>("[data-column]");
      if (!container || !column) return;
      const box = container.getBoundingClientRect();
      // A column scrolling on its own shows its own box; a stacked one, whatever the window shows.
      const scrolls = getComputedStyle(column).overflowY !== "visible";
      const clip = scrolls ? column.getBoundingClientRect() : undefined;
      const viewTop = Math.max(0, clip?.top ?? 0) - box.top;
      const viewBottom = Math.min(window.innerHeight, clip?.bottom ?? Infinity) - box.top;
      const need = span(viewTop - OVERSCAN_PX, viewBottom + OVERSCAN_PX);
      const current = rangeRef.current;
      if (!need || (current.first <= need.first && current.last >= need.last)) return;
      const next = span(viewTop - OVERSCAN_PX - SLACK_PX, viewBottom + OVERSCAN_PX + SLACK_PX);
      if (!next) return;
      rangeRef.current = next;
      if (urgent) setRange(next);
      else startTransition(() => setRange(next));
    },
    [span],
  );

  /** One ResizeObserver for the container (its width) and every rendered chunk (its height). */
  const getObserver = useCallback((): ResizeObserver => {
    observer.current ??= new ResizeObserver((entries) => {
      const { book: heights, record: recordNow, setEstimate: rerender } = latest.current;
      for (const entry of entries) {
        const target = entry.target as HTMLElement;
        const box = entry.borderBoxSize[0];
        if (target === containerRef.current) {
          // New width, new line breaks: every height known is stale.
          const w = box?.inlineSize ?? target.offsetWidth;
          if (width.current > 0 && Math.abs(w - width.current) > 0.5) {
            heights.clear();
            for (const chunk of elements.current) recordNow(chunk, chunk.offsetHeight);
          }
          width.current = w;
        } else {
          recordNow(target, box?.blockSize ?? target.offsetHeight);
        }
      }
      rerender(heights.estimate);
      schedule.current();
    });
    return observer.current;
  }, []);

  // Chunk refs are attached before the container's: the container is observed from an effect.
  const observe = useCallback(
    (el: HTMLElement | null) => {
      if (!el) return undefined;
      const ro = getObserver();
      elements.current.add(el);
      ro.observe(el);
      return () => {
        elements.current.delete(el);
        ro.unobserve(el);
      };
    },
    [getObserver],
  );
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const ro = getObserver();
    ro.observe(container);
    return () => ro.unobserve(container);
  }, [getObserver]);

  // Layers or removed text switched: what is rendered is measured afresh, the rest estimated.
  const firstLayout = useRef(true);
  useLayoutEffect(() => {
    if (firstLayout.current) {
      firstLayout.current = false;
      return;
    }
    book.clear();
    for (const el of elements.current) record(el, el.offsetHeight);
    setEstimate(book.estimate);
  }, [book, record, layoutVersion]);

  useLayoutEffect(() => {
    if (all) return undefined;
    let frame = 0;
    const run = (): void => {
      frame = 0;
      update(false);
    };
    schedule.current = () => {
      if (!frame) frame = requestAnimationFrame(run);
    };
    const onScroll = (): void => schedule.current();
    // Scroll events do not bubble, but a capturing listener on the window hears every scroller.
    window.addEventListener("scroll", onScroll, { capture: true, passive: true });
    window.addEventListener("resize", onScroll, { passive: true });
    update(true);
    return () => {
      cancelAnimationFrame(frame);
      schedule.current = () => {};
      window.removeEventListener("scroll", onScroll, { capture: true });
      window.removeEventListener("resize", onScroll);
    };
  }, [all, update]);

  useEffect(() => () => observer.current?.disconnect(), []);

  const rendered = useMemo(() => {
    if (all) return chunks.map((c) => c.index);
    const set = new Set(pinned);
    for (let k = range.first; k < Math.min(range.last, chunks.length); k++) set.add(k);
    return [...set].filter((k) => k < chunks.length).sort((a, b) => a - b);
  }, [all, chunks, pinned, range]);

  const showAll = useCallback(() => startTransition(() => setAll(true)), []);
  return { rendered, all, showAll, height, containerRef, observe };
}
