import type { Span } from "../analysis/types.ts";

/** Something with a span in one source. */
interface Placed extends Span {
  readonly source: string;
}

interface Entry {
  /** Position in the original list. */
  readonly k: number;
  readonly start: number;
  readonly end: number;
}

interface SourceSpans {
  /** By start. */
  readonly entries: readonly Entry[];
  /** The largest end among the first x + 1 entries: it only grows, so it can be searched. */
  readonly maxEnd: readonly number[];
}

/**
 * Spans of many sources, asked which of them overlap a span: the first question a long
 * comparison asks thousands of times (which quote in B sits where A's quote was matched, which
 * name variant lies under a speaker's name). Scanning every item per question grew with the
 * square of the comparison: 5 s of the main thread on 2 × 1 MB. Spans may overlap each other.
 */
export class SpanIndex {
  private readonly bySource = new Map<string, SourceSpans>();

  constructor(items: readonly Placed[]) {
    const groups = new Map<string, Entry[]>();
    items.forEach((item, k) => {
      const entry = { k, start: item.start, end: item.end };
      const list = groups.get(item.source);
      if (list) list.push(entry);
      else groups.set(item.source, [entry]);
    });
    groups.forEach((entries, source) => {
      entries.sort((x, y) => x.start - y.start || x.k - y.k);
      const maxEnd: number[] = [];
      let most = -Infinity;
      for (const entry of entries) maxEnd.push((most = Math.max(most, entry.end)));
      this.bySource.set(source, { entries, maxEnd });
    });
  }

  /** Positions in the original list of the items of `source` overlapping `span`, ascending. */
  overlapping(source: string, span: Span): number[] {
    const s = this.bySource.get(source);
    if (!s) return [];
    const { entries, maxEnd } = s;
    // Items that could reach past span.start begin at the first whose running maximum end does.
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((maxEnd[mid] ?? Infinity) > span.start) hi = mid;
      else lo = mid + 1;
    }
    const found: number[] = [];
    for (let x = lo; x < entries.length; x++) {
      const entry = entries[x];
      if (!entry || entry.start >= span.end) break;
      if (entry.end > span.start) found.push(entry.k);
    }
    return found.sort((a, b) => a - b);
  }
}
