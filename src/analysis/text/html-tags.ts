/*
 * The HTML tags the reader knows, and a sniff for "is this HTML?". A module of its own, with no
 * imports, so the page can sniff pasted text without loading the HTML reader (and Readability).
 */

// Block boundaries become "\n\n"; cells only need a space so their words do not fuse.
export const BLOCK = words(
  "address article aside blockquote body caption center dd details dialog dir div dl dt " +
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li " +
    "main menu nav ol option p pre section summary table tbody tfoot thead tr ul",
);
export const CELL = words("td th");
// Raw text and RCDATA: their content is not markup, so "</p>" inside a script string is no tag.
export const RAW = words("script style xmp iframe noembed noframes textarea title");
// Containers whose content is never reading text; nested with a simple depth counter.
export const DROP = words("noscript template svg math select object video audio canvas");
export const INLINE = words(
  "a abbr b bdi bdo br button cite code data dfn em font head i img input kbd label link mark " +
    "meta picture q s samp small source span strong sub sup time u var wbr",
);
const HTML_TAGS = new Set([...BLOCK, ...CELL, ...RAW, ...DROP, ...INLINE]);

/**
 * Cheap sniff of the first 64K characters: a doctype or `<html>`, a fragment that opens with a
 * known tag, or markup dense enough that it is not prose mentioning a `<tag>` or two.
 */
export function looksLikeHtml(input: string): boolean {
  const head = input.slice(0, 65536);
  const lead = head.replace(/^[\uFEFF\s]+/, "");
  if (/^<(?:!doctype\s+html|html[\s>]|\?xml|!--)/i.test(lead)) return true;
  let known = 0;
  let closing = 0;
  let withAttributes = 0;
  let opensWithTag = false;
  for (const m of head.matchAll(/<(\/?)([a-z][a-z0-9]*)(\s[^<>]*)?\/?>/gi)) {
    if (!HTML_TAGS.has(m[2]!.toLowerCase())) continue;
    if (known++ === 0) opensWithTag = m.index === head.length - lead.length;
    if (m[1]) closing++;
    if (m[3] && /^\s+[a-z-]+\s*=\s*["']/i.test(m[3])) withAttributes++;
  }
  const fragment = opensWithTag && (closing > 0 || known >= 3);
  return fragment || withAttributes >= 2 || (known >= 6 && closing >= 2);
}

function words(list: string): Set<string> {
  return new Set(list.split(" "));
}
