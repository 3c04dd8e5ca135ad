import { ARTICLE_LIMITS } from "../../../share/article.ts";
import { runBookmarklet } from "./bookmarklet-source.ts";

/**
 * The bookmarklet for Parallax served at `appAddress` (any fragment dropped): a `javascript:`
 * URL holding {@link runBookmarklet} whole, called with that address. The function's own source
 * is used (as built, so minified in production); it names nothing outside itself.
 */
export function bookmarkletUrl(appAddress: string): string {
  const hashAt = appAddress.indexOf("#");
  const app = hashAt < 0 ? appAddress : appAddress.slice(0, hashAt);
  const code = `(${runBookmarklet.toString()})(${JSON.stringify(app)},${ARTICLE_LIMITS.maxEncodedChars})`;
  // Percent-encoded whole: the browser decodes a javascript: URL before running it, so a bare
  // "%" in the code would otherwise be read as an escape.
  return `javascript:${encodeURIComponent(code)}`;
}
