import { assertNever } from "../../../lib/assert.ts";
import type { HandedArticle } from "../../../share/article.ts";
import { MAX_SOURCES, sourceLabel, newKey, type AddIncoming, type Draft } from "./draft.ts";
import { cleanSourceName } from "./source-name.ts";

/** What became of an article the bookmarklet brought in. */
export type ArticleArrival =
  /** It is the source at `position` now. */
  | { readonly kind: "added"; readonly position: number; readonly article: HandedArticle }
  /** The same text is already the source at `position` (a second click on the same page). */
  | { readonly kind: "already"; readonly position: number; readonly article: HandedArticle }
  /** Every place is taken; the form is unchanged. */
  | { readonly kind: "full"; readonly article: HandedArticle };

/** The article as one report: its headline on top (where the engine aligns headlines), then its text. */
export function articleText(article: HandedArticle): string {
  const title = article.title.trim();
  const body = article.text.trim();
  return title === "" || body.startsWith(title) ? body : `${title}\n\n${body}`;
}

const normalise = (text: string): string => text.replace(/\s+/g, " ").trim();

/**
 * Puts a handed-over article into the comparison being prepared: into the first source nobody
 * has typed anything in (name or text), else a new source, up to six. Nothing the user typed is
 * replaced. Pure and idempotent: the same article twice is one source.
 */
export function addArticle(
  draft: Draft,
  article: HandedArticle,
): { readonly draft: Draft; readonly arrival: ArticleArrival } {
  const text = articleText(article);
  const same = draft.sources.findIndex((s) => normalise(s.text) === normalise(text));
  if (same >= 0) return { draft, arrival: { kind: "already", position: same, article } };
  const source = {
    key: newKey(),
    name: cleanSourceName(article.name),
    // The page's own name for its outlet: suggestions from the text must not replace it.
    nameEdited: true,
    text,
    file: undefined,
  };
  const empty = draft.sources.findIndex((s) => s.text.trim() === "" && s.name.trim() === "");
  if (empty >= 0) {
    const sources = draft.sources.map((s, k) => (k === empty ? source : s));
    return { draft: { sources }, arrival: { kind: "added", position: empty, article } };
  }
  if (draft.sources.length >= MAX_SOURCES) return { draft, arrival: { kind: "full", article } };
  return {
    draft: { sources: [...draft.sources, source] },
    arrival: { kind: "added", position: draft.sources.length, article },
  };
}

/** The web address as a reader recognises it: host and path, without scheme or query. */
function shortAddress(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    const path = pathname.length > 40 ? `${pathname.slice(0, 39)}…` : pathname;
    return `${hostname.replace(/^www\./, "")}${path === "/" ? "" : path}`;
  } catch {
    return "";
  }
}

/** One sentence for the form's status line. */
export function arrivalMessage(arrival: ArticleArrival): string {
  const { article } = arrival;
  const outlet = cleanSourceName(article.name) || "the page";
  const where = shortAddress(article.url);
  // A page without og:site_name is named by its host: the address alone then says it all.
  const from = !where ? outlet : where.startsWith(outlet) ? where : `${outlet} (${where})`;
  switch (arrival.kind) {
    case "added":
      return `Added the article from ${from} as ${sourceLabel(arrival.position)}. To add another, click the bookmarklet on another outlet's report of the story.`;
    case "already":
      return `The article from ${from} is already here, as ${sourceLabel(arrival.position)}.`;
    case "full":
      return `The article from ${from} was not added: a comparison takes at most ${MAX_SOURCES} sources. Remove one, then click the bookmarklet on the article again.`;
    default:
      return assertNever(arrival);
  }
}

/** The article as the form takes things brought in. */
export function incomingArticle(article: HandedArticle): AddIncoming {
  return (draft) => {
    const added = addArticle(draft, article);
    return {
      draft: added.draft,
      arrival: { kind: added.arrival.kind, message: arrivalMessage(added.arrival) },
    };
  };
}
