import type { ParseHtml } from "../analysis/types.ts";
import type { SourceInput } from "../analysis/types.ts";

/**
 * Workers have no DOMParser, and Readability needs a DOM to find the article in a page. linkedom
 * is a small DOM that runs anywhere (Vite replaces its optional `canvas` require with the bundled
 * shim). It is imported on first use only, as its own chunk, so plain-text comparisons never
 * download it.
 */
let parser: Promise<ParseHtml> | undefined;

export function needsHtmlParser(inputs: readonly SourceInput[]): boolean {
  return inputs.some((input) => input.format === "html");
}

export function loadHtmlParser(): Promise<ParseHtml> {
  parser ??= import("linkedom").then(({ DOMParser }) => {
    const dom = new DOMParser();
    return (html: string) => dom.parseFromString(html, "text/html");
  });
  // A failed download must not stick: the next HTML comparison tries again.
  parser.catch(() => {
    parser = undefined;
  });
  return parser;
}
