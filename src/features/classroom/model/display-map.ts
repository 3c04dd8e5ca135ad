import type { Source, Span } from "../../../analysis/types.ts";
import { displaySlice } from "../../../comparison/display-text.ts";

/*
 * The reader prints a slice of a source through `displaySlice`: a web page's slice loses its
 * tags and has its entities decoded, and any slice loses bidi overrides. So a character on
 * screen is not at the same index as in the source. This maps each printed character back to
 * the raw characters it came from, by asking `displaySlice` itself how every prefix of the
 * slice prints: a raw position whose prefix prints as a prefix of the whole is a boundary
 * between printed characters (positions inside a tag or an entity are not). Nothing of the
 * reader's rules is copied here, so the map follows them as they change.
 */

export interface DisplayMap {
  /** The slice as printed. */
  readonly text: string;
  /** `starts[i]`: index in the raw slice where printed character `i` begins. Never decreasing. */
  readonly starts: readonly number[];
  /** `ends[i]`: index just past the raw characters printed character `i` came from. */
  readonly ends: readonly number[];
  /** Length of the raw slice. */
  readonly rawLength: number;
}

/**
 * The map of a raw slice of `rawLength` characters, given how any prefix of it prints.
 * Quadratic in the slice's length: meant for one sentence (hundreds of characters) at a time.
 */
export function displayMapOf(rawLength: number, printPrefix: (end: number) => string): DisplayMap {
  const text = printPrefix(rawLength);
  // printedBefore[r]: how many printed characters the raw prefix [0, r) yields, or -1 when r is
  // not a boundary (inside a tag or an entity).
  const printedBefore = new Int32Array(rawLength + 1).fill(-1);
  for (let r = 0; r <= rawLength; r++) {
    const prefix = r === rawLength ? text : printPrefix(r);
    if (text.startsWith(prefix)) printedBefore[r] = prefix.length;
  }
  const starts = new Array<number>(text.length).fill(-1);
  for (let r = 0; r <= rawLength; r++) {
    const d = printedBefore[r] ?? -1;
    // The last boundary before character d: tags before it are left out of it.
    if (d >= 0 && d < text.length) starts[d] = r;
  }
  const ends = new Array<number>(text.length).fill(-1);
  for (let d = 0; d < text.length; d++) {
    if (starts[d] === -1) starts[d] = d > 0 ? (ends[d - 1] ?? 0) : 0; // never met in practice
    // The first boundary after its start that has it printed: tags after it are left out.
    let r = (starts[d] ?? 0) + 1;
    while (r < rawLength && (printedBefore[r] ?? -1) < d + 1) r++;
    ends[d] = Math.min(r, rawLength);
  }
  return { text, starts, ends, rawLength };
}

/** Maps already made, per source object: a sentence's map is asked for on every repaint. */
const cache = new WeakMap<Source, Map<string, DisplayMap>>();

/** The map of `[start, end)` of a source, printed as the reader prints it. */
export function displayMap(source: Source, span: Span): DisplayMap {
  let maps = cache.get(source);
  if (!maps) {
    maps = new Map();
    cache.set(source, maps);
  }
  const key = `${span.start}:${span.end}`;
  let map = maps.get(key);
  if (!map) {
    map = displayMapOf(span.end - span.start, (r) =>
      displaySlice(source, span.start, span.start + r),
    );
    maps.set(key, map);
  }
  return map;
}

/** The raw range behind printed characters `[from, to)`. */
export function rawSpan(map: DisplayMap, from: number, to: number): Span {
  const n = map.text.length;
  const a = Math.max(0, Math.min(n, from));
  const b = Math.max(a, Math.min(n, to));
  const start = a < n ? (map.starts[a] ?? 0) : map.rawLength;
  const end = b > a ? (map.ends[b - 1] ?? start) : start;
  return { start, end };
}

/** First index in `values` (never decreasing) whose value passes `test`; `values.length` if none. */
function firstWhere(values: readonly number[], test: (value: number) => boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(values[mid] ?? 0)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The printed characters `[from, to)` that show raw range `span` (whole characters inside it). */
export function displaySpan(map: DisplayMap, span: Span): { from: number; to: number } {
  const from = firstWhere(map.starts, (s) => s >= span.start);
  const to = firstWhere(map.ends, (e) => e > span.end);
  return { from, to: Math.max(from, to) };
}
