import { Readability } from "@mozilla/readability";
import { collapse, projectHtml, type HtmlText } from "../text/html.ts";
import type { ParseHtml, Span } from "../types.ts";

/**
 * The document Readability reads: DOM's `Document` in programs with the DOM lib (the app), untyped
 * in the engine's own (no DOM lib). `ParseHtml` (types.ts) is trusted to return one.
 */
type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/** Finds Readability's paragraphs, in order, in `text`; undefined when none can be placed. */
function locateArticle(html: string, text: string, parseHtml: ParseHtml): Span[] | undefined {
  let content: unknown;
  try {
    // Readability mutates the document it reads; this one is parsed for it alone.
    content = new Readability(parseHtml(html) as ReadabilityDocument).parse()?.content;
  } catch {
    return undefined; // a parser or Readability failure only costs the chrome/article split
  }
  if (typeof content !== "string") return undefined;
  // Projecting Readability's HTML with the same rules makes its paragraphs comparable with ours.
  const paragraphs = projectHtml(content)
    .text.split("\n")
    .map(collapse)
    .filter((p) => p.length > 0);
  // Compare with all whitespace runs (including separators) as one space; `at` maps back.
  let flat = "";
  const at: number[] = [];
  for (const m of text.matchAll(/\s+|\S+/g)) {
    const ws = /^\s/.test(m[0]);
    flat += ws ? " " : m[0];
    for (let k = 0; k < (ws ? 1 : m[0].length); k++) at.push(m.index + k);
  }
  const spans: Span[] = [];
  let cursor = 0;
  for (const p of paragraphs) {
    let start = flat.indexOf(p, cursor);
    let end = start + p.length;
    // Readability sometimes drops an inline bit (a share button, a caption) inside a long
    // paragraph; accept its first and last 32 characters close together instead.
    if (start < 0 && p.length >= 96) {
      start = flat.indexOf(p.slice(0, 32), cursor);
      const tail = start < 0 ? -1 : flat.indexOf(p.slice(-32), start + 32);
      end = tail < 0 || tail + 32 - start > p.length * 1.5 ? -1 : tail + 32;
      if (end < 0) start = -1;
    }
    if (start < 0) continue;
    spans.push({ start: at[start]!, end: at[end - 1]! + 1 });
    cursor = end;
  }
  return spans.length > 0 ? spans : undefined;
}

/**
 * Projects an HTML page to its visible text with a map back to the markup. With `parseHtml`,
 * also marks which paragraphs Mozilla Readability takes for the article. Never throws.
 */
export function htmlToText(html: string, parseHtml?: ParseHtml): HtmlText {
  const projection = projectHtml(html);
  const article = parseHtml ? locateArticle(html, projection.text, parseHtml) : undefined;
  return article ? { ...projection, article } : projection;
}
