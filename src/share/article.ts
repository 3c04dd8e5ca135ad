import * as v from "valibot";
import { base64UrlToBytes } from "./base64url.ts";
import { inflateBounded } from "./bounded-inflate.ts";
import { SHARE_LIMITS as L } from "./limits.ts";
import { parseShallowJson } from "./safe-json.ts";
import { check } from "./schema.ts";
import { err, ok, type Result } from "../lib/result.ts";

/*
 * An article handed over by the bookmarklet (`features/input/bookmarklet/`), from a news page to
 * Parallax, in the URL fragment:
 *
 *   #add=<base64url of the raw-DEFLATE JSON { v: 1, name, title, url, text }>
 *
 * written with the browser's own `CompressionStream("deflate-raw")`, since the bookmarklet runs
 * inside somebody else's page and can load nothing. Everything in it comes from that page, so it
 * is read as hostile as a share link: the fragment's length is capped before anything else,
 * inflation is capped while it runs, nesting is refused before `JSON.parse`, and a strict schema
 * checks the result. It is one source, not a comparison; the form adds it to the comparison
 * being prepared, where it meets the same checks as a pasted report.
 */

/** The key that marks a fragment as a handed-over article. */
export const ARTICLE_KEY = "add";

/** Caps on a handed-over article, within a share link's. */
export const ARTICLE_LIMITS = {
  /**
   * Longest encoded article the bookmarklet puts in a link, in characters. Past it (about 140 KB
   * compressed, some 400 KB of prose) the bookmarklet copies the article to the clipboard
   * instead. Below `SHARE_LIMITS.maxFragmentChars`, which is checked here first.
   */
  maxEncodedChars: 190_000,
  /** Longest headline kept, in UTF-16 code units. */
  maxTitleChars: 1000,
  /** Longest page address kept. */
  maxUrlChars: 4096,
} as const;

/** What the bookmarklet took from the page. */
export interface HandedArticle {
  /** The outlet: the page's `og:site_name`, else its host name. */
  readonly name: string;
  /** The headline: `og:title`, else the first h1, else the document's title. May be empty. */
  readonly title: string;
  /** The page's address (its canonical link when it has one). */
  readonly url: string;
  /** The article's text as the page shows it: the reader's selection, else its paragraphs. */
  readonly text: string;
}

/** Why a handed-over article was refused, in a sentence for the reader. */
export interface ArticleError {
  readonly message: string;
}

const articleSchema = v.strictObject(
  {
    v: v.literal(1, "it was made by a different version of the bookmarklet"),
    name: v.pipe(
      v.string("its outlet name is not text"),
      v.maxLength(L.maxNameChars, `its outlet name is longer than ${L.maxNameChars} characters`),
    ),
    title: v.pipe(
      v.string("its headline is not text"),
      v.maxLength(ARTICLE_LIMITS.maxTitleChars, "its headline is too long"),
    ),
    url: v.pipe(
      v.string("its address is not text"),
      v.maxLength(ARTICLE_LIMITS.maxUrlChars, "its address is too long"),
    ),
    text: v.pipe(
      v.string("its text is not text"),
      v.maxLength(
        L.maxTextChars,
        `its text is longer than ${L.maxTextChars.toLocaleString("en")} characters`,
      ),
    ),
  },
  "it is not in the form the bookmarklet writes",
);

const refused = (reason: string): Result<never, ArticleError> =>
  err({ message: `The article could not be brought in: ${reason}.` });

/** True for a fragment (with or without '#') that hands over an article. */
export function isArticleFragment(fragment: string): boolean {
  return fragment.replace(/^#/, "").startsWith(`${ARTICLE_KEY}=`);
}

/** Reads `add=…` (with or without '#'). Never throws. */
export function decodeArticleFragment(fragment: string): Result<HandedArticle, ArticleError> {
  if (fragment.length > L.maxFragmentChars) {
    return refused("it is longer than a link Parallax opens; paste its text instead");
  }
  const body = fragment.replace(/^#/, "");
  if (!body.startsWith(`${ARTICLE_KEY}=`)) return refused("the link holds no article");
  const bytes = base64UrlToBytes(body.slice(ARTICLE_KEY.length + 1));
  if (!bytes || bytes.length === 0) return refused("the link is damaged");
  const inflation = inflateBounded(bytes, L.maxDecompressedBytes);
  if (inflation.end === "over-cap") return refused("it holds more text than a link may");
  if (inflation.end !== "complete") return refused("the link is cut off or damaged");
  let json: string;
  try {
    json = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(inflation.bytes);
  } catch {
    return refused("the link is damaged");
  }
  const parsed = parseShallowJson(json, 1);
  if (!parsed.ok) return refused("the link is damaged");
  const checked = check(articleSchema, parsed.value);
  if (!checked.ok) return refused(checked.error);
  const { name, title, url, text } = checked.value;
  return ok({ name, title, url, text });
}
