import type { Span } from "../types.ts";

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

const DOUBLE_OPEN = new Map([
  ["“", "”"],
  ["„", "“"],
  ["«", "»"],
  ["‟", "”"],
]);
const DOUBLE_CLOSE = new Set(["”", "»", "“"]);
const SINGLE_OPEN = new Map([
  ["‘", "’"],
  ["‚", "‘"],
  ["‹", "›"],
]);
const SINGLE_CLOSE = new Set(["’", "›", "‘"]);

/*
 * The character tests run once per quotation mark and apostrophe of every paragraph (clean.ts and
 * quotes/find.ts both scan whole sources), so they test char codes and keep the Unicode-property
 * regexes for non-ASCII characters only. `c` is one UTF-16 code unit, NaN past the text's ends.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

const isLetterOrDigit = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c === c && LETTER_OR_DIGIT.test(text.charAt(i)); // NaN !== NaN: no character
};
const isDigit = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 48 && c <= 57;
  return c === c && DIGIT.test(text.charAt(i));
};
/** White space as the regex \s knows it. */
export const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
/** Dashes and slash, which may sit on either side of a mark. */
const isDashOrSlash = (c: number) =>
  c === 0x2014 || c === 0x2013 || c === 47 /* / */ || c === 45; /* - */
/** Nothing (a text end), white space, an opening bracket, a dash or slash. */
const isSpaceOrOpen = (c: number) =>
  c !== c ||
  isSpace(c) ||
  c === 40 /* ( */ ||
  c === 91 /* [ */ ||
  c === 123 /* { */ ||
  isDashOrSlash(c);
/** Nothing, white space, a closing bracket, punctuation, a dash or slash. */
const isSpaceOrClose = (c: number) =>
  c !== c ||
  isSpace(c) ||
  c === 41 /* ) */ ||
  c === 93 /* ] */ ||
  c === 125 /* } */ ||
  c === 46 /* . */ ||
  c === 44 /* , */ ||
  c === 59 /* ; */ ||
  c === 58 /* : */ ||
  c === 33 /* ! */ ||
  c === 63 /* ? */ ||
  isDashOrSlash(c);
/** A mark before a straight double quote that lets it open: " “ ‘ ' « „ */
const isOpeningNeighbour = (c: number) =>
  c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 0xab || c === 0x201e;

function classify(text: string, i: number): Mark | null {
  const c = text.charAt(i);
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i + 1);
  if (c === '"') {
    const open = isSpaceOrOpen(prev) || isOpeningNeighbour(prev);
    const close = !open || isSpaceOrClose(next);
    return {
      at: i,
      family: "double",
      canOpen: open && !isSpace(next),
      canClose: close && !isSpace(prev),
    };
  }
  if (c === "'" || c === "’") {
    if (isLetterOrDigit(text, i - 1) && isLetterOrDigit(text, i + 1)) return null; // apostrophe: Won't, Agency’s
    if (isSpace(prev) && isDigit(text, i + 1)) return null; // ’90s
    const open = c === "'" && isSpaceOrOpen(prev) && isLetterOrDigit(text, i + 1);
    const close = !isSpaceOrOpen(prev) && isSpaceOrClose(next);
    if (!open && !close) return null;
    return { at: i, family: "single", canOpen: open, canClose: close };
  }
  const dOpen = DOUBLE_OPEN.get(c);
  if (dOpen !== undefined || DOUBLE_CLOSE.has(c)) {
    const canOpen =
      dOpen !== undefined && !(c === "“" && !isSpaceOrOpen(prev) && isSpaceOrClose(next));
    return {
      at: i,
      family: "double",
      canOpen,
      canClose: DOUBLE_CLOSE.has(c),
      ...(canOpen && dOpen ? { expects: dOpen } : {}),
    };
  }
  const sOpen = SINGLE_OPEN.get(c);
  if (sOpen !== undefined || SINGLE_CLOSE.has(c)) {
    if (c === "‘" && isLetterOrDigit(text, i - 1) && isLetterOrDigit(text, i + 1)) return null;
    const canOpen = sOpen !== undefined && isSpaceOrOpen(prev) && !isSpace(next);
    return {
      at: i,
      family: "single",
      canOpen,
      canClose: SINGLE_CLOSE.has(c),
      ...(canOpen && sOpen ? { expects: sOpen } : {}),
    };
  }
  return null;
}

/** Where a quotation mark (or a backtick, for ``) may be: a native regex scan finds them fastest. */
const MARK_OR_BACKTICK = /[`"'“”„‟«»‘’‚‹›]/g;

/** Quotation spans in `text` within `paragraph`, in order, outermost only, never empty. */
export function findQuoteSpans(text: string, paragraph: Span): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  const open: Record<Family, Mark | undefined> = { double: undefined, single: undefined };
  // The paragraph alone (a slice shares the text's characters), so no scan runs past its end.
  const slice = text.slice(paragraph.start, paragraph.end);
  // Left to right over the marks: a pair `` or '' (both inside the paragraph) before a single
  // mark, as the alternation ``|''|["'“”„‟«»‘’‚‹›] would take them; a lone ` is no mark.
  MARK_OR_BACKTICK.lastIndex = 0;
  for (let m = MARK_OR_BACKTICK.exec(slice); m; m = MARK_OR_BACKTICK.exec(slice)) {
    const at = paragraph.start + m.index;
    const c = slice.charCodeAt(m.index);
    // Penn Treebank style ``…'' (common in corpora and older wire copy) as a two-character pair,
    // and ''…'', two apostrophes for each double mark (typewriter and some archive copy), which
    // opens where a straight double quote would: after a space or an opening bracket, before a word.
    if ((c === 96 || c === 39) && slice.charCodeAt(m.index + 1) === c) {
      const pending = open.double;
      const opensPair =
        c === 96 ||
        (isSpaceOrOpen(text.charCodeAt(at - 1)) && !isSpaceOrClose(text.charCodeAt(at + 2)));
      if (opensPair && !pending)
        open.double = { at, family: "double", canOpen: true, canClose: false, expects: "''" };
      else if (c === 39 && pending?.expects === "''") {
        open.double = undefined;
        push(found, text, pending.at, 2, at, 2);
      }
      MARK_OR_BACKTICK.lastIndex = m.index + 2;
      continue;
    }
    if (c === 96) continue;
    const mark = classify(text, at);
    if (!mark) continue;
    const pending = open[mark.family];
    const ch = text.charAt(at);
    const closesPending =
      pending &&
      mark.canClose &&
      (pending.expects === undefined || pending.expects === ch || ch === '"' || ch === "'");
    if (closesPending) {
      open[mark.family] = undefined;
      push(found, text, pending.at, 1, at, 1);
    } else if (mark.canOpen && !pending) open[mark.family] = mark;
  }
  // A quote still open at the paragraph end runs to it (multi-paragraph quotations).
  const double = open.double;
  if (double && paragraph.end - double.at > 20)
    push(found, text, double.at, double.expects === "''" ? 2 : 1, paragraph.end, 0);
  if (found.length < 2) return found;
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
function push(
  found: QuoteSpan[],
  text: string,
  openAt: number,
  openWidth: number,
  closeAt: number,
  closeWidth: number,
): void {
  let s = openAt + openWidth;
  let e = closeAt;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  // The writer's closing comma or full stop is not part of the words (an ellipsis is).
  for (;;) {
    if (e <= s) break;
    const c = text.charCodeAt(e - 1);
    if (
      isSpace(c) ||
      c === 44 /* , */ ||
      c === 59 /* ; */ ||
      c === 58 /* : */ ||
      (c === 46 /* . */ && text.charCodeAt(e - 2) !== 46)
    )
      e--;
    else break;
  }
  if (e - s < 2 || !LETTER.test(text.slice(s, e))) return;
  found.push({ inner: { start: s, end: e }, outer: { start: openAt, end: closeAt + closeWidth } });
}

const LETTER = /\p{L}/u;
