import type { Source } from "../analysis/types.ts";
import type { Span } from "../analysis/types.ts";
import { projectHtml, WORD_PATTERN, type HtmlText } from "./engine-text.ts";

/*
 * A source read as HTML keeps its offsets in the page's markup, so a sentence's span can hold an
 * inline tag (`<a href="…">`) or an entity (`&rsquo;`). Views still slice by those offsets, but
 * never read markup themselves: they print the engine's own projection of the page (the text it
 * segmented, tokenised and compared), so what a reader sees is exactly the characters the engine
 * analysed. Offsets never move.
 */

/**
 * Whether the engine read a source as a web page. Its `format` says so; guessing from the text
 * would strip "<b>" from a plain-text report that only mentions a tag (a link can carry any
 * text as plain text), hiding characters the analysis read.
 */
export function isHtmlSource(source: Source): boolean {
  return source.format === "html";
}

/**
 * The engine's projection of each web page, computed once per source. It is the text
 * `compare()` read: the reading stage runs this same projection, and Readability's pass after it
 * only picks paragraphs, never changing the text or its offset map.
 */
const projections = new WeakMap<Source, Omit<HtmlText, "article">>();

function projectionOf(source: Source): Omit<HtmlText, "article"> {
  let projection = projections.get(source);
  if (!projection) {
    projection = projectHtml(source.text);
    projections.set(source, projection);
  }
  return projection;
}

/** The first index of `starts` at or after `offset` (`starts` is non-decreasing). */
function firstAtOrAfter(starts: Int32Array, offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((starts[mid] ?? offset) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The projected characters that come from `[start, end)` of the page: those whose markup begins
 * inside it. Adjacent slices therefore share no character and lose none, however a mark or a
 * word difference cuts a sentence.
 */
function projectedSlice(source: Source, start: number, end: number): string {
  const { text, starts } = projectionOf(source);
  return text.slice(firstAtOrAfter(starts, start), firstAtOrAfter(starts, end));
}

/**
 * Left-to-right and right-to-left overrides (U+202D, U+202E). An override shows the letters
 * after it in reverse ("\u202Edias eh" reads "he said") while the analysis reads them as stored,
 * so the reader would see words the engine never compared: the views leave overrides out and
 * show the characters in their stored order. This is the one place where the screen departs from
 * the engine's characters, and it only removes. Embeddings and isolates stay: right-to-left
 * reports use them, and they never reverse a word. Each sentence is a bidi isolate as well
 * (`.sentence` in the CSS), so nothing in one sentence can reorder another or the controls
 * around it.
 */
const OVERRIDES = /[\u202D\u202E]/g;

/** The printed words of `[start, end)` of a source: a web page's as the engine read them. */
export function displaySlice(source: Source, start: number, end: number): string {
  const text = isHtmlSource(source)
    ? projectedSlice(source, start, end)
    : source.text.slice(start, end);
  return text.replace(OVERRIDES, "");
}

/** A word of a source as the engine tokenises it, at its offsets in the source. */
export interface SourceWord extends Span {
  /** The word as printed. */
  readonly text: string;
}

/**
 * The words of `[start, end)` by the engine's own definition (`WORD_PATTERN`, the specification
 * its tokenizer is held to), read from the printed text and mapped back to source offsets: so
 * `Iran&rsquo;s` in a page and `Iran’s` in a text file are the same word, and a link's tag in
 * the middle of a sentence is no word at all.
 */
export function sourceWords(source: Source, start: number, end: number): SourceWord[] {
  const html = isHtmlSource(source);
  const projection = html ? projectionOf(source) : undefined;
  const from = projection ? firstAtOrAfter(projection.starts, start) : start;
  const to = projection ? firstAtOrAfter(projection.starts, end) : end;
  const text = (projection?.text ?? source.text).slice(from, to);
  const words: SourceWord[] = [];
  for (const match of text.matchAll(WORD_PATTERN)) {
    const first = from + match.index;
    const last = first + match[0].length - 1;
    words.push({
      // `first` and `last` index the projection, whose maps have one entry per character.
      start: projection ? (projection.starts[first] ?? start) : first,
      end: projection ? (projection.ends[last] ?? end) : last + 1,
      text: match[0],
    });
  }
  return words;
}

/**
 * A longer stretch (removed page chrome) as lines of visible text: the engine's block breaks
 * become line breaks, and blank lines go.
 */
export function displayLines(source: Source, start: number, end: number): string {
  const text = displaySlice(source, start, end);
  if (!isHtmlSource(source)) return text.trim();
  return text
    .split("\n")
    .map((line) => line.replace(/[ \t\r\f\v]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** Text that may hold entities (a meta tag's content, a page title), decoded as the engine does. */
export function decodeHtmlText(text: string): string {
  return projectHtml(text).text;
}
