import { looksLikeHtml } from "../../../analysis/html.ts";
import type { Source } from "../../../analysis/types.ts";

/*
 * A source read as HTML keeps its offsets in the page's markup, so a sentence's span can hold an
 * inline tag (`<a href="…">`) or an entity (`&rsquo;`). Views still slice the original by those
 * offsets; these helpers only turn each slice into the words a reader sees. Offsets never move.
 */

/** Whether a source's text is a web page (the Comparison does not record the input's format). */
const htmlSources = new WeakMap<Source, boolean>();
export function isHtmlSource(source: Source): boolean {
  let html = htmlSources.get(source);
  if (html === undefined) {
    html = looksLikeHtml(source.text);
    htmlSources.set(source, html);
  }
  return html;
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
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, body: string) => {
    if (body[0] !== "#") return ENTITIES[body] ?? whole;
    const hex = body[1] === "x" || body[1] === "X";
    const code = hex ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code > 0 && code < 0x110000 && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : whole;
  });
}

const TAG = /<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?(?:-->|$)/g;

/** The words of a slice of markup inside one paragraph: tags dropped, entities decoded. */
export function stripInlineMarkup(raw: string): string {
  return decodeEntities(raw.replace(TAG, (tag) => (/^<br\b/i.test(tag) ? " " : "")));
}

const BLOCK_TAG =
  /^<\/?(?:p|div|li|ul|ol|h[1-6]|header|footer|nav|section|article|aside|main|table|tr|td|th|br|hr|blockquote|figure|figcaption|form|dl|dt|dd)\b/i;

/** A longer stretch of markup (removed page chrome) as lines of visible text. */
export function markupToLines(raw: string): string {
  const text = raw
    .replace(/<(script|style|template|noscript|svg)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, " ")
    .replace(/^[^<]*?>/, "") // the end of a tag cut by the start of the slice
    .replace(TAG, (tag) => (BLOCK_TAG.test(tag) ? "\n" : ""))
    .replace(/<[^>]*$/, ""); // a tag cut by the end of the slice
  return decodeEntities(text)
    .split("\n")
    .map((line) => line.replace(/[ \t\r\f\v]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** The printed words of `[start, end)` of a source. */
export function displaySlice(source: Source, start: number, end: number): string {
  const raw = source.text.slice(start, end);
  return isHtmlSource(source) ? stripInlineMarkup(raw) : raw;
}
