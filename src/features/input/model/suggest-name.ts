import { decodeHtmlText } from "../../../comparison/display-text.ts";

/**
 * An outlet name suggested from the page itself, where it names itself: the `og:site_name` or
 * `application-name` meta tag, the part of the `<title>` after its last separator
 * ("Headline | The Outlet"), or a copyright line ("© 2024 The Outlet"). Only the first 64K
 * characters are read. Generic on purpose: no outlet is known by name.
 */

const HEAD_CHARS = 65_536;
const MAX_NAME_CHARS = 60;

function tidy(text: string): string {
  return decodeHtmlText(text).replace(/\s+/g, " ").trim();
}

/** Plausible as a name: some letters, not a sentence. */
function plausible(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const clean = tidy(name).replace(/^[\s|:·–—-]+|[\s|:·–—,.-]+$/g, "");
  if (clean.length < 2 || clean.length > MAX_NAME_CHARS || !/\p{L}/u.test(clean)) return undefined;
  if (clean.split(" ").length > 6) return undefined;
  return clean;
}

/** `<meta property|name="key" content="…">`, in either attribute order. */
function metaContent(html: string, key: string): string | undefined {
  for (const tag of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = tag[0];
    const named = new RegExp(`\\b(?:property|name)\\s*=\\s*["']${key}["']`, "i").test(attrs);
    if (!named) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attrs);
    const value = content?.[1] ?? content?.[2];
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The last part of "Headline | Outlet", "Headline - Outlet", "Headline — Outlet". */
function titleSuffix(html: string): string | undefined {
  const title = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html)?.[1];
  if (!title) return undefined;
  const parts = tidy(title).split(/\s+[|·•–—-]\s+|\s*\|\s*/);
  if (parts.length < 2) return undefined;
  const last = parts.at(-1);
  // A site's name is a few words at the end of a title, not the second half of a headline.
  const words = last?.split(" ").length ?? 0;
  if (!last || words > 4 || last.length > 40 || /[.?!:]/.test(last)) return undefined;
  return plausible(last);
}

/** "© 2024 The Outlet", "Copyright © 2019–2024 The Outlet Ltd. All rights reserved." */
function copyrightHolder(text: string): string | undefined {
  // "Copyright" alone is an ordinary word: it counts only with a © or a year after it.
  const line =
    /(?:©|&copy;|\(c\)\s*(?=\d{4})|copyright\s*(?:©|&copy;|\(c\))|copyright\s+(?=\d{4}))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?([^\n<|]{2,80})/i.exec(
      text,
    );
  const holder = line?.[1]
    ?.split(/\.\s|\s*all rights reserved|\s*,\s*all|\s+\d{4}\b/i)[0]
    ?.replace(/\.$/, "");
  return plausible(holder);
}

/** The file's own name without its extension: what the command line shows. */
export function nameFromFileName(fileName: string): string | undefined {
  return plausible(fileName.replace(/\.[^.]+$/, ""));
}

export function suggestOutletName(text: string, html: boolean): string | undefined {
  const head = text.slice(0, HEAD_CHARS);
  if (html) {
    const fromPage =
      plausible(metaContent(head, "og:site_name")) ??
      plausible(metaContent(head, "application-name")) ??
      titleSuffix(head);
    if (fromPage) return fromPage;
  }
  // A copyright line sits at the foot of a page: look at the end too.
  const tail = text.length > HEAD_CHARS ? text.slice(-HEAD_CHARS) : "";
  return copyrightHolder(head) ?? (tail ? copyrightHolder(tail) : undefined);
}
