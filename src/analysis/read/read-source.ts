import { toOriginalSpan } from "../text/html.ts";
import { htmlToText } from "./html-article.ts";
import type { ParseHtml, SourceInput, Span } from "../types.ts";
import { cleanText } from "./clean.ts";
import type { Doc, DocSentence } from "./document.ts";
import { isClosingMarks, splitSentences } from "./segment.ts";

/**
 * One source read: its visible text (HTML projected, with the map back to the markup), page
 * chrome removed with reasons, and its sentences with their tokens. What is missing to make it a
 * Doc (each sentence's place in the comparison and its terms) needs every source at once.
 */
export interface ReadSource extends Omit<Doc, "sentences"> {
  readonly sentences: readonly Omit<DocSentence, "global" | "terms">[];
}

const SOURCE_IDS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Reads the `index`th input: read → clean → segment. */
export function readSource(
  input: SourceInput,
  index: number,
  parseHtml: ParseHtml | undefined,
): ReadSource {
  const id = SOURCE_IDS[index] ?? `S${index}`;
  let view = input.text;
  // A fresh plain span: callers spread the result, and must not copy their own object's fields.
  let toOriginal = (s: Span): Span => ({ start: s.start, end: s.end });
  let scope: Span[] = [{ start: 0, end: view.length }];
  let pageTitle: string | undefined;
  const removed = [];
  if (input.format === "html") {
    const h = htmlToText(input.text, parseHtml);
    view = h.text;
    pageTitle = h.title;
    toOriginal = (s) => toOriginalSpan(h, s.start, s.end);
    if (h.article && h.article.length > 0) {
      scope = withHeading(h.article, h.heading);
      let at = 0;
      for (const a of [...scope, { start: view.length, end: view.length }]) {
        if (a.start > at && view.slice(at, a.start).trim())
          removed.push({
            ...toOriginal({ start: at, end: a.start }),
            reason: "outside the article that Readability found on the page",
          });
        at = Math.max(at, a.end);
      }
    } else scope = [{ start: 0, end: view.length }];
  }
  const cleaned = cleanText(view, scope);
  for (const r of cleaned.removed) removed.push({ ...toOriginal(r), reason: r.reason });
  removed.sort((a, b) => a.start - b.start);

  const sentences: ReadSource["sentences"][number][] = [];
  cleaned.blocks.forEach((block, paragraph) => {
    const spans =
      block.role === "body"
        ? splitSentences(view, block)
        : [{ start: block.start, end: block.end }];
    // Each sentence takes its share of the paragraph's tokens (sentences never split a word).
    let t = 0;
    for (const s of spans) {
      // A paragraph of closing marks alone closes the quotation above it: not a sentence.
      if (isClosingMarks(view, s)) continue;
      while (t < block.tokens.length && (block.tokens[t]?.start ?? 0) < s.start) t++;
      const first = t;
      while (t < block.tokens.length && (block.tokens[t]?.end ?? 0) <= s.end) t++;
      sentences.push({
        id: `${id}.${sentences.length}`,
        start: s.start,
        end: s.end,
        paragraph,
        role: block.role,
        tokens: block.tokens.slice(first, t),
      });
    }
  });
  return {
    index,
    id,
    name: input.name,
    original: input.text,
    view,
    toOriginal,
    removed,
    sentences,
    title: cleaned.title,
    pageTitle,
    format: input.format === "html" ? "html" : undefined,
  };
}

/**
 * The article's paragraphs, led by the page's `<h1>` when it stands above them outside the
 * article: Readability drops a heading that repeats the `<title>`, which would leave the page
 * title ("Headline | Site") as the headline. Cleaning then judges the heading as any other
 * block above the body (a site's name in an `<h1>` is not on topic, so it stays out).
 */
function withHeading(article: readonly Span[], heading: Span | undefined): Span[] {
  const first = article[0];
  if (!heading || !first || heading.end > first.start) return [...article];
  return [heading, ...article];
}
