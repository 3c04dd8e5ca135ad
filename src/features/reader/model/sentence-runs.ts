import type { Span } from "../../../analysis/types.ts";
import type { Mark } from "../../../comparison/marks.ts";
import type { SaidSpan } from "../../../comparison/who-said-what.ts";

/** A stretch of text with one unchanging set of marks over it. */
export interface TextPart extends Span {
  /** Marks covering this part, outermost (earliest, longest) first. */
  readonly marks: readonly Mark[];
  /** Inside a word-level difference of the active aligned pair. */
  readonly diff: boolean;
  /** Inside an attribution's cue or the words naming its speaker (lit while the sentence is). */
  readonly said: SaidSpan["role"] | undefined;
}

/**
 * A sentence cut for rendering: plain text runs, and clusters of marks that overlap each other.
 * A cluster is one interactive element, so overlapping marks never nest buttons; activating it
 * explains every mark inside.
 */
export type Run =
  | {
      readonly kind: "text";
      readonly start: number;
      readonly end: number;
      readonly parts: readonly TextPart[];
    }
  | {
      readonly kind: "cluster";
      readonly start: number;
      readonly end: number;
      readonly marks: readonly Mark[];
      readonly parts: readonly TextPart[];
    };

const byStartThenLongest = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;

function splitParts(
  span: Span,
  marks: readonly Mark[],
  diffRanges: readonly Span[],
  said: readonly SaidSpan[],
): readonly TextPart[] {
  const cuts = new Set<number>([span.start, span.end]);
  for (const m of marks) {
    cuts.add(Math.max(m.start, span.start));
    cuts.add(Math.min(m.end, span.end));
  }
  for (const d of [...diffRanges, ...said]) {
    if (d.start > span.start && d.start < span.end) cuts.add(d.start);
    if (d.end > span.start && d.end < span.end) cuts.add(d.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: TextPart[] = [];
  for (const [i, end] of points.entries()) {
    const start = points[i - 1];
    if (start === undefined || end <= start) continue;
    parts.push({
      start,
      end,
      marks: marks.filter((m) => m.start <= start && m.end >= end),
      diff: diffRanges.some((d) => d.start <= start && d.end >= end),
      // A cue that names its speaker ("according to officials") is lit as the cue.
      said: said
        .filter((d) => d.start <= start && d.end >= end)
        .reduce<SaidSpan["role"] | undefined>(
          (role, d) => (role === "cue" ? role : d.role),
          undefined,
        ),
    });
  }
  return parts;
}

/**
 * Cuts `sentence` into runs by the visible marks, the diff ranges and the attribution words that
 * touch it. Marks are
 * clipped to the sentence; the runs cover the sentence exactly, in order.
 */
export function sentenceRuns(
  sentence: Span,
  marks: readonly Mark[],
  diffRanges: readonly Span[] = [],
  said: readonly SaidSpan[] = [],
): readonly Run[] {
  const inside = marks
    .filter((m) => m.start < sentence.end && m.end > sentence.start)
    .toSorted(byStartThenLongest);

  const clusters: { start: number; end: number; marks: Mark[] }[] = [];
  for (const mark of inside) {
    const start = Math.max(mark.start, sentence.start);
    const end = Math.min(mark.end, sentence.end);
    const last = clusters.at(-1);
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      last.marks.push(mark);
    } else {
      clusters.push({ start, end, marks: [mark] });
    }
  }

  const runs: Run[] = [];
  let cursor = sentence.start;
  const pushText = (end: number): void => {
    if (end <= cursor) return;
    const span = { start: cursor, end };
    runs.push({ kind: "text", ...span, parts: splitParts(span, [], diffRanges, said) });
  };
  for (const cluster of clusters) {
    pushText(cluster.start);
    runs.push({
      kind: "cluster",
      start: cluster.start,
      end: cluster.end,
      marks: cluster.marks,
      parts: splitParts(cluster, cluster.marks, diffRanges, said),
    });
    cursor = cluster.end;
  }
  pushText(sentence.end);
  return runs;
}
