import { useLayoutEffect, useMemo, useRef, useState } from "react";

export interface ConnectorLink {
  readonly key: string;
  /** Sentence in the left column, and its place in that column's reading order. */
  readonly from: string;
  readonly fromOrder: number;
  /** Sentence in the right column, and its place. */
  readonly to: string;
  readonly toOrder: number;
}

interface Path {
  readonly key: string;
  readonly d: string;
  readonly active: boolean;
  readonly ends: readonly { readonly x: number; readonly y: number; readonly clipped: boolean }[];
}

/** Height of the sticky outlet bar at the top of each column; content under it is out of view. */
const STICKY_BAR_PX = 44;

interface End {
  readonly y: number;
  readonly clipped: boolean;
}

/** The middle of a sentence's first line, relative to `top`, clamped to what its column shows. */
function anchorY(view: DOMRect, sentence: Element, top: number): End | undefined {
  const line = sentence.getClientRects()[0];
  if (!line) return undefined;
  const y = (line.top + line.bottom) / 2;
  const min = view.top + STICKY_BAR_PX;
  const max = view.bottom - 4;
  const clamped = Math.min(max, Math.max(min, y));
  return { y: clamped - top, clipped: clamped !== y };
}

/**
 * The sentences of a column that overlap its visible box. `sentences` is the column's live list,
 * in top-to-bottom order, so a binary search finds them; only those are read.
 */
function inView(view: DOMRect, sentences: HTMLCollectionOf<Element>): Element[] {
  const firstBelow = (y: number, edge: "top" | "bottom"): number => {
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const rect = sentences[mid]?.getBoundingClientRect();
      if (rect && rect[edge] < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const out: Element[] = [];
  for (let k = firstBelow(view.top, "bottom"), end = firstBelow(view.bottom, "top"); k < end; k++) {
    const el = sentences[k];
    if (el) out.push(el);
  }
  return out;
}

/** Links by each sentence they join. */
function linksBySentence(links: readonly ConnectorLink[]): Map<string, ConnectorLink[]> {
  const map = new Map<string, ConnectorLink[]>();
  for (const link of links) {
    for (const id of [link.from, link.to]) {
      const list = map.get(id);
      if (list) list.push(link);
      else map.set(id, [link]);
    }
  }
  return map;
}

interface ConnectorGutterProps {
  readonly leftId: string;
  readonly rightId: string;
  /** Every aligned pair between the two columns; depends on the comparison only. */
  readonly links: readonly ConnectorLink[];
  /** The active sentence, if any, and its partners: a link between two of them is active. */
  readonly activeIds: ReadonlySet<string>;
  /** A sentence's place in its column's reading order. */
  readonly orderOf: (sentenceId: string) => number | undefined;
  /** Bumped when the layout of the columns may have changed without a resize. */
  readonly layoutVersion: string;
}

/**
 * The space between two columns, drawn with a curve per aligned pair, so reordered content can
 * be followed by eye. Curves follow each column's scroll; an end whose sentence is scrolled out
 * of view is pinned to the column's edge, pointing the way.
 */
export function ConnectorGutter({
  leftId,
  rightId,
  links,
  activeIds,
  orderOf,
  layoutVersion,
}: ConnectorGutterProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [paths, setPaths] = useState<readonly Path[]>([]);
  const [width, setWidth] = useState(40);
  const bySentence = useMemo(() => linksBySentence(links), [links]);
  const linksRef = useRef(bySentence);
  const activeRef = useRef(activeIds);
  const orderRef = useRef(orderOf);
  const scheduleRef = useRef<(() => void) | undefined>(undefined);

  useLayoutEffect(() => {
    // The reader's own ref is attached after this child's layout effect on mount: walk up instead.
    const svg = svgRef.current;
    const root = svg?.closest("[data-reader]");
    if (!root || !svg) return;
    const left = root.querySelector(`[data-column="${CSS.escape(leftId)}"]`);
    const right = root.querySelector(`[data-column="${CSS.escape(rightId)}"]`);
    if (!left || !right) return;

    // The columns' sentences, live: a long column renders and drops paragraphs as it scrolls.
    const liveLeft = left.getElementsByClassName("sentence");
    const liveRight = right.getElementsByClassName("sentence");

    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const box = svg.getBoundingClientRect();
      const w = box.width;
      const viewLeft = left.getBoundingClientRect();
      const viewRight = right.getBoundingClientRect();
      // Only links with an end in view can be drawn (both ends out of view draw nothing): they
      // are found from the sentences in view, not by going through every link.
      const shownLeft = inView(viewLeft, liveLeft);
      const shownRight = inView(viewRight, liveRight);
      const ends = new Map<string, End | undefined>();
      /**
       * Where a link meets a column: a sentence in view, at its first line (read once a frame
       * however many links it has); any other, at the column's top or bottom edge, whichever
       * way it lies from what the column shows (by reading order: it may not be rendered).
       */
      const end = (column: Element, id: string, order: number, shown: readonly Element[]) => {
        if (ends.has(id)) return ends.get(id);
        const view = column === left ? viewLeft : viewRight;
        const el = shown.find((e) => e.getAttribute("data-sentence-id") === id);
        const first = orderRef.current(shown[0]?.getAttribute("data-sentence-id") ?? "");
        let at: End | undefined;
        if (el) at = anchorY(view, el, box.top);
        else if (first !== undefined) {
          const y = order < first ? view.top + STICKY_BAR_PX : view.bottom - 4;
          at = { y: y - box.top, clipped: true };
        } else {
          // Nothing of that column in view (a long gap): its rendered sentence, if any.
          const any = document.getElementById(`s-${id}`);
          at = any && column.contains(any) ? anchorY(view, any, box.top) : undefined;
        }
        ends.set(id, at);
        return at;
      };
      const active = activeRef.current;
      const seen = new Set<string>();
      // Curves by their shape: partners out of view meet the column's edge at one point, and
      // drawing the same dashed curve ten times over costs ten times the painting, for nothing.
      const byShape = new Map<string, Path>();
      for (const el of [...shownLeft, ...shownRight]) {
        for (const link of linksRef.current.get(el.getAttribute("data-sentence-id") ?? "") ?? []) {
          if (seen.has(link.key)) continue;
          seen.add(link.key);
          const ya = end(left, link.from, link.fromOrder, shownLeft);
          const yb = end(right, link.to, link.toOrder, shownRight);
          if (!ya || !yb || (ya.clipped && yb.clipped)) continue;
          const bend = w * 0.55;
          const isActive = active.has(link.from) && active.has(link.to);
          const y0 = Math.round(ya.y * 2) / 2;
          const y1 = Math.round(yb.y * 2) / 2;
          const d = `M 0 ${y0} C ${bend} ${y0}, ${w - bend} ${y1}, ${w} ${y1}`;
          const same = byShape.get(d);
          if (same && (same.active || !isActive)) continue;
          byShape.set(d, {
            key: same?.key ?? link.key,
            active: isActive,
            d,
            ends: [
              { x: 0, y: y0, clipped: ya.clipped },
              { x: w, y: y1, clipped: yb.clipped },
            ],
          });
        }
      }
      // Active on top.
      const next = [...byShape.values()].sort((p, q) => Number(p.active) - Number(q.active));
      setWidth(w);
      setPaths(next);
    };
    const schedule = (): void => {
      if (!frame) frame = requestAnimationFrame(measure);
    };

    measure();
    scheduleRef.current = schedule;
    left.addEventListener("scroll", schedule, { passive: true });
    right.addEventListener("scroll", schedule, { passive: true });
    const observer = new ResizeObserver(schedule);
    observer.observe(left);
    observer.observe(right);
    observer.observe(svg);
    // Paragraphs rendered or dropped change the text's height, and can move it without a scroll.
    for (const text of [left, right].map((c) => c.querySelector("[data-reading-text]")))
      if (text) observer.observe(text);
    return () => {
      cancelAnimationFrame(frame);
      scheduleRef.current = undefined;
      left.removeEventListener("scroll", schedule);
      right.removeEventListener("scroll", schedule);
      observer.disconnect();
    };
  }, [leftId, rightId, layoutVersion]);

  // Another sentence became active: drawn at the next frame.
  useLayoutEffect(() => {
    linksRef.current = bySentence;
    activeRef.current = activeIds;
    orderRef.current = orderOf;
    scheduleRef.current?.();
  }, [bySentence, activeIds, orderOf]);

  return (
    <div
      // A layer of its own: the curves change with every frame of scrolling, and repainting them
      // must not repaint the text around them (measured: two thirds of a frame's raster work).
      className="relative hidden h-full will-change-transform lg:block"
      aria-hidden="true"
      data-connector-gutter=""
    >
      <svg ref={svgRef} className="absolute inset-0 h-full w-full overflow-hidden" width={width}>
        {paths.map((path) => (
          <g key={path.key} data-connector={path.active ? "active" : "idle"}>
            <path
              d={path.d}
              fill="none"
              stroke={path.active ? "var(--active-line)" : "var(--link-line)"}
              strokeWidth={path.active ? 2 : 1.25}
              strokeDasharray={path.ends.some((e) => e.clipped) ? "3 3" : undefined}
            />
            {path.ends.map((end) => (
              <circle
                key={end.x}
                cx={end.x}
                cy={end.y}
                r={path.active ? 3 : 2}
                fill={path.active ? "var(--active-line)" : "var(--link-line)"}
              />
            ))}
          </g>
        ))}
      </svg>
    </div>
  );
}
