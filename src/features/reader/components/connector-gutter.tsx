import { useLayoutEffect, useRef, useState } from "react";

export interface ConnectorLink {
  readonly key: string;
  /** Sentence in the left column. */
  readonly from: string;
  /** Sentence in the right column. */
  readonly to: string;
  readonly active: boolean;
}

interface Path {
  readonly key: string;
  readonly d: string;
  readonly active: boolean;
  readonly ends: readonly { readonly x: number; readonly y: number; readonly clipped: boolean }[];
}

/** Height of the sticky outlet bar at the top of each column; content under it is out of view. */
const STICKY_BAR_PX = 44;

/** The middle of a sentence's first line, relative to `top`, clamped to what its column shows. */
function anchorY(
  column: Element,
  sentence: Element,
  top: number,
): { y: number; clipped: boolean } | undefined {
  const line = sentence.getClientRects()[0];
  if (!line) return undefined;
  const view = column.getBoundingClientRect();
  const y = (line.top + line.bottom) / 2;
  const min = view.top + STICKY_BAR_PX;
  const max = view.bottom - 4;
  const clamped = Math.min(max, Math.max(min, y));
  return { y: clamped - top, clipped: clamped !== y };
}

/** The sentences of a column that overlap its visible box (they are in top-to-bottom order). */
function inView(column: Element, sentences: readonly Element[]): Element[] {
  const view = column.getBoundingClientRect();
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
  return sentences.slice(firstBelow(view.top, "bottom"), firstBelow(view.bottom, "top"));
}

interface ConnectorGutterProps {
  readonly leftId: string;
  readonly rightId: string;
  readonly links: readonly ConnectorLink[];
  /** Bumped when the layout of the columns may have changed without a resize. */
  readonly layoutVersion: string;
}

/**
 * The space between two columns, drawn with a curve per aligned pair, so reordered content can
 * be followed by eye. Curves follow each column's scroll; an end whose sentence is scrolled out
 * of view is pinned to the column's edge, pointing the way.
 */
export function ConnectorGutter({ leftId, rightId, links, layoutVersion }: ConnectorGutterProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [paths, setPaths] = useState<readonly Path[]>([]);
  const [width, setWidth] = useState(40);
  const linksRef = useRef(links);
  const scheduleRef = useRef<(() => void) | undefined>(undefined);

  useLayoutEffect(() => {
    // The reader's own ref is attached after this child's layout effect on mount: walk up instead.
    const svg = svgRef.current;
    const root = svg?.closest("[data-reader]");
    if (!root || !svg) return;
    const left = root.querySelector(`[data-column="${CSS.escape(leftId)}"]`);
    const right = root.querySelector(`[data-column="${CSS.escape(rightId)}"]`);
    if (!left || !right) return;

    // Sentence elements by id, in document order, found once per layout rather than once per link:
    // a long comparison has tens of thousands of links, and a selector query walks the page. The
    // live collections say cheaply when sentences were added (a column renders more paragraphs).
    const liveLeft = left.getElementsByClassName("sentence");
    const liveRight = right.getElementsByClassName("sentence");
    let leftSentences: Element[] = [];
    let rightSentences: Element[] = [];
    let byId = new Map<string, Element>();
    const reindex = () => {
      leftSentences = [...liveLeft];
      rightSentences = [...liveRight];
      byId = new Map(
        [...leftSentences, ...rightSentences].map((el) => [el.getAttribute("data-sentence-id") ?? "", el]),
      );
    };
    const stale = () =>
      liveLeft.length !== leftSentences.length ||
      liveRight.length !== rightSentences.length ||
      leftSentences[0]?.isConnected === false ||
      rightSentences[0]?.isConnected === false;
    reindex();

    let frame = 0;
    const measure = (): void => {
      frame = 0;
      if (stale()) reindex();
      const box = svg.getBoundingClientRect();
      const w = box.width;
      // Only links with an end in view can be drawn (both ends out of view draw nothing), and
      // sentences are in reading order, so the visible ones are found by binary search.
      let visible = new Set([...inView(left, leftSentences), ...inView(right, rightSentences)]);
      // A sentence element React replaced in place (same count) shows up here, where it matters.
      if ([...visible].some((el) => !el.isConnected)) {
        reindex();
        visible = new Set([...inView(left, leftSentences), ...inView(right, rightSentences)]);
      }
      const next: Path[] = [];
      for (const link of linksRef.current) {
        const a = byId.get(link.from);
        const b = byId.get(link.to);
        if (!a || !b || (!visible.has(a) && !visible.has(b))) continue;
        const ya = anchorY(left, a, box.top);
        const yb = anchorY(right, b, box.top);
        if (!ya || !yb || (ya.clipped && yb.clipped)) continue;
        const bend = w * 0.55;
        next.push({
          key: link.key,
          active: link.active,
          d: `M 0 ${ya.y} C ${bend} ${ya.y}, ${w - bend} ${yb.y}, ${w} ${yb.y}`,
          ends: [
            { x: 0, y: ya.y, clipped: ya.clipped },
            { x: w, y: yb.y, clipped: yb.clipped },
          ],
        });
      }
      next.sort((p, q) => Number(p.active) - Number(q.active)); // active on top
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
    return () => {
      cancelAnimationFrame(frame);
      scheduleRef.current = undefined;
      left.removeEventListener("scroll", schedule);
      right.removeEventListener("scroll", schedule);
      observer.disconnect();
    };
  }, [leftId, rightId, layoutVersion]);

  // New links (another sentence became active) are drawn at the next frame; the index stays.
  useLayoutEffect(() => {
    linksRef.current = links;
    scheduleRef.current?.();
  }, [links]);

  return (
    <div className="relative hidden h-full lg:block" aria-hidden="true" data-connector-gutter="">
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
