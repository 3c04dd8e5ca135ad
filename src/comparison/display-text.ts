import type { Source } from "../analysis/types.ts";

/*
 * A source read as HTML keeps its offsets in the page's markup, so a sentence's span can hold an
 * inline tag (`<a href="…">`) or an entity (`&rsquo;`). Views still slice the original by those
 * offsets; these helpers only turn each slice into the words a reader sees. Offsets never move.
 */

/**
 * Whether the engine read a source as a web page. Its `format` says so; guessing from the text
 * would strip "<b>" from a plain-text report that only mentions a tag (a link can carry any
 * text as plain text), hiding characters the analysis read.
 */
export function isHtmlSource(source: Source): boolean {
  return source.format === "html";
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  laquo: "«",
  raquo: "»",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  middot: "·",
  bull: "•",
  copy: "©",
  reg: "®",
  trade: "™",
  deg: "°",
  euro: "€",
  pound: "£",
  shy: "",
  zwnj: "",
  zwj: "",
};

export function decodeEntities(text: string): string {
  return text.replace(
    /&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g,
    (whole, body: string) => {
      if (body[0] !== "#") return ENTITIES[body] ?? whole;
      const hex = body[1] === "x" || body[1] === "X";
      const code = hex ? parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code < 0x110000 && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    },
  );
}

/**
 * Left-to-right and right-to-left overrides (U+202D, U+202E). An override shows the letters
 * after it in reverse ("\u202Edias eh" reads "he said") while the analysis reads them as stored,
 * so the reader would see words the engine never compared: the views leave overrides out and
 * show the characters in their stored order. Embeddings and isolates stay: right-to-left
 * reports use them, and they never reverse a word. Each sentence is a bidi isolate as well
 * (`.sentence` in index.css), so nothing in one sentence can reorder another or the controls
 * around it.
 */
const OVERRIDES = /[\u202D\u202E]/g;

/**
 * An inline tag or a comment. A quoted attribute value may hold ">" (`onclick="if (a > b) …"`,
 * `title="a > b"`), and a tag whose quotes do not pair is still read as far as its next ">".
 * Every match stops at the next "<", so a pass is linear in the slice whatever it holds.
 * Exported so other views can print a slice exactly as the reader does.
 */
export const INLINE_TAG =
  /<\/?[A-Za-z](?:[^<>"']|"[^"<]*"|'[^'<]*')*>|<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?(?:-->|$)/g;

/**
 * Tags replaced by `replace`, in two passes: an attribute that holds markup of its own
 * (`href="data:text/html,<b>x</b>"`) loses the inner tags on the first, then reads as a tag on
 * the second, instead of being left on screen as words.
 */
export function replaceTags(raw: string, replace: (tag: string) => string): string {
  return raw.replace(INLINE_TAG, replace).replace(INLINE_TAG, replace);
}

/** The words of a slice of markup inside one paragraph: tags dropped, entities decoded. */
export function stripInlineMarkup(raw: string): string {
  return decodeEntities(replaceTags(raw, (tag) => (/^<br\b/i.test(tag) ? " " : "")));
}

const BLOCK_TAG =
  /^<\/?(?:p|div|li|ul|ol|h[1-6]|header|footer|nav|section|article|aside|main|table|tr|td|th|br|hr|blockquote|figure|figcaption|form|dl|dt|dd)\b/i;

/** A longer stretch of markup (removed page chrome) as lines of visible text. */
export function markupToLines(raw: string): string {
  const text = replaceTags(
    raw
      .replace(/<(script|style|template|noscript|svg)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, " ")
      .replace(/^[^<]*?>/, ""), // the end of a tag cut by the start of the slice
    (tag) => (BLOCK_TAG.test(tag) ? "\n" : ""),
  ).replace(/<[^>]*$/, ""); // a tag cut by the end of the slice
  return decodeEntities(text)
    .replace(OVERRIDES, "")
    .split("\n")
    .map((line) => line.replace(/[ \t\r\f\v]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** The words of a slice as the reader sees them: markup dropped for a web page, no overrides. */
export function visibleText(raw: string, html: boolean): string {
  return (html ? stripInlineMarkup(raw) : raw).replace(OVERRIDES, "");
}

/** The printed words of `[start, end)` of a source. */
export function displaySlice(source: Source, start: number, end: number): string {
  return visibleText(source.text.slice(start, end), isHtmlSource(source));
}
