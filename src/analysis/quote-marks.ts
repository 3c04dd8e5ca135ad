import type { Span } from "./types.ts";

/**
 * Finds quotation spans in one paragraph from the quotation marks of many conventions:
 * straight "…" and '…', curly “…” and ‘…’, guillemets «…» and ‹…›, low-high „…“ and ‚…‘.
 * An apostrophe is never a quotation mark: a mark between two letters or before a digit
 * (Won't, Europe's, Agency’s, ’90s) is skipped. Quotes nested inside another quote are dropped;
 * the outer quote carries them.
 *
 * Hand-written because no maintained library pairs quotation marks across conventions with
 * apostrophe handling; the logic is a small stack machine over mark classes.
 */

export interface QuoteSpan {
  /** The quoted words, without marks. */
  readonly inner: Span;
  /** Including the marks (for the unclosed case, up to the paragraph end). */
  readonly outer: Span;
}

type Family = "double" | "single";
interface Mark {
  readonly at: number;
  readonly family: Family;
  readonly canOpen: boolean;
  readonly canClose: boolean;
  /** The closing mark this opener expects, when the convention fixes one. */
  readonly expects?: string;
}

const DOUBLE_OPEN = new Map([["“", "”"], ["„", "“"], ["«", "»"], ["‟", "”"]]);
const DOUBLE_CLOSE = new Set(["”", "»", "“"]);
const SINGLE_OPEN = new Map([["‘", "’"], ["‚", "‘"], ["‹", "›"]]);
const SINGLE_CLOSE = new Set(["’", "›", "‘"]);

const isLetterOrDigit = (c: string) => /[\p{L}\p{N}]/u.test(c);
const isSpaceOrOpen = (c: string) => c === "" || /[\s([{\u2014\u2013/-]/u.test(c);
const isSpaceOrClose = (c: string) => c === "" || /[\s)\]}.,;:!?\u2014\u2013/-]/u.test(c);

function classify(text: string, i: number): Mark | null {
  const c = text.charAt(i);
  const prev = text.charAt(i - 1);
  const next = text.charAt(i + 1);
  if (c === '"') {
    const open = isSpaceOrOpen(prev) || /["“‘'«„]/.test(prev);
    const close = !open || isSpaceOrClose(next);
    return { at: i, family: "double", canOpen: open && !/\s/.test(next), canClose: close && !/\s/.test(prev) };
  }
  if (c === "'" || c === "’") {
    if (isLetterOrDigit(prev) && isLetterOrDigit(next)) return null; // apostrophe: Won't, Agency’s
    if (/\s/.test(prev) && /\p{N}/u.test(next)) return null; // ’90s
    const open = c === "'" && isSpaceOrOpen(prev) && isLetterOrDigit(next);
    const close = !isSpaceOrOpen(prev) && isSpaceOrClose(next);
    if (!open && !close) return null;
    return { at: i, family: "single", canOpen: open, canClose: close };
  }
  const dOpen = DOUBLE_OPEN.get(c);
  if (dOpen !== undefined || DOUBLE_CLOSE.has(c)) {
    const canOpen = dOpen !== undefined && !(c === "“" && !isSpaceOrOpen(prev) && isSpaceOrClose(next));
    return { at: i, family: "double", canOpen, canClose: DOUBLE_CLOSE.has(c), ...(canOpen && dOpen ? { expects: dOpen } : {}) };
  }
  const sOpen = SINGLE_OPEN.get(c);
  if (sOpen !== undefined || SINGLE_CLOSE.has(c)) {
    if (c === "‘" && isLetterOrDigit(prev) && isLetterOrDigit(next)) return null;
    const canOpen = sOpen !== undefined && isSpaceOrOpen(prev) && !/\s/.test(next);
    return { at: i, family: "single", canOpen, canClose: SINGLE_CLOSE.has(c), ...(canOpen && sOpen ? { expects: sOpen } : {}) };
  }
  return null;
}

const MARK_CHARS = /``|''|["'“”„‟«»‘’‚‹›]/g;

/** Quotation spans in `text` within `paragraph`, in order, outermost only, never empty. */
export function findQuoteSpans(text: string, paragraph: Span): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  const open: Partial<Record<Family, Mark>> = {};
  const slice = text.slice(paragraph.start, paragraph.end);
  MARK_CHARS.lastIndex = 0;
  for (let m = MARK_CHARS.exec(slice); m; m = MARK_CHARS.exec(slice)) {
    const at = paragraph.start + m.index;
    // Penn Treebank style ``…'' (common in corpora and older wire copy) as a two-character pair.
    if (m[0].length === 2) {
      const pending = open.double;
      if (m[0] === "``" && !pending) open.double = { at, family: "double", canOpen: true, canClose: false, expects: "''" };
      else if (m[0] === "''" && pending?.expects === "''") {
        delete open.double;
        push(found, text, pending.at, 2, at, 2);
      }
      continue;
    }
    const mark = classify(text, at);
    if (!mark) continue;
    const pending = open[mark.family];
    const ch = text.charAt(at);
    const closesPending = pending && mark.canClose && (pending.expects === undefined || pending.expects === ch || ch === '"' || ch === "'");
    if (closesPending && pending) {
      delete open[mark.family];
      push(found, text, pending.at, 1, at, 1);
    } else if (mark.canOpen && !pending) open[mark.family] = mark;
  }
  // A quote still open at the paragraph end runs to it (multi-paragraph quotations).
  const double = open.double;
  if (double && paragraph.end - double.at > 20) push(found, text, double.at, double.expects === "''" ? 2 : 1, paragraph.end, 0);
  found.sort((a, b) => a.outer.start - b.outer.start || b.outer.end - a.outer.end);
  const outermost: QuoteSpan[] = [];
  for (const q of found) {
    const last = outermost[outermost.length - 1];
    if (last && q.outer.start < last.outer.end) continue;
    outermost.push(q);
  }
  return outermost;
}

/** Records the quote whose opening mark (of `openWidth` chars) is at `openAt` and closing mark at `closeAt`. */
function push(found: QuoteSpan[], text: string, openAt: number, openWidth: number, closeAt: number, closeWidth: number): void {
  let s = openAt + openWidth;
  let e = closeAt;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  // The writer's closing comma or full stop is not part of the words (an ellipsis is).
  while (e > s && (/[\s,;:]/.test(text.charAt(e - 1)) || (text.charAt(e - 1) === "." && text.charAt(e - 2) !== "."))) e--;
  if (e - s < 2 || !/\p{L}/u.test(text.slice(s, e))) return;
  found.push({ inner: { start: s, end: e }, outer: { start: openAt, end: closeAt + closeWidth } });
}
