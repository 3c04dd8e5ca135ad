import { looksLikeHtml } from "../../../analysis/text/html-tags.ts";
import type { SourceInput } from "../../../analysis/types.ts";
import { assertNever } from "../../../lib/assert.ts";
import { sourceLabel, type Draft, type DraftSource } from "./draft.ts";
import { cleanSourceName } from "./source-name.ts";

/** Fewest words worth comparing: about two short sentences. */
export const MIN_WORDS = 25;
/** Largest report, in UTF-8 bytes: the same cap as the command line's. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/** Something that stops a source from being compared, shown next to it. */
export type SourceIssue =
  | { readonly kind: "empty" }
  /** The whole input is a web address: the app fetches nothing. */
  | { readonly kind: "web-address" }
  | { readonly kind: "too-short"; readonly words: number }
  | { readonly kind: "too-large"; readonly bytes: number }
  /** The same text as an earlier source (by position). */
  | { readonly kind: "duplicate"; readonly of: number };

/** How a source will be read: HTML when its file says so or its text looks like a page. */
export function sourceFormat(source: Pick<DraftSource, "text" | "file">): "text" | "html" {
  if (source.file?.html) return "html";
  return looksLikeHtml(source.text) ? "html" : "text";
}

/** The whole input is one web address (with or without a scheme), nothing else. */
export function isWebAddress(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === "" || /\s/.test(trimmed) || trimmed.length > 2048) return false;
  return (
    /^(?:https?:\/\/|www\.)\S+$/i.test(trimmed) ||
    /^(?:[a-z0-9-]+\.)+[a-z]{2,}\/\S*$/i.test(trimmed)
  );
}

/** UTF-8 size without allocating a copy of a text that may be megabytes long. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Visible words, counting up to `limit` only (enough to say "too short"). */
export function countWords(text: string, html: boolean, limit = Infinity): number {
  const visible = html
    ? text
        .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, " ")
        .replace(/<[^>]*>/g, " ")
    : text;
  let words = 0;
  for (const _ of visible.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (++words >= limit) break;
  }
  return words;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLocaleLowerCase();
}

/** The first thing wrong with each source, in source order (undefined when it can be compared). */
export function validateDraft(draft: Draft): readonly (SourceIssue | undefined)[] {
  const seen = new Map<string, number>();
  return draft.sources.map((source, position) => {
    const text = source.text;
    if (text.trim() === "") return { kind: "empty" };
    if (isWebAddress(text)) return { kind: "web-address" };
    // Every UTF-16 unit is at most 3 UTF-8 bytes: only long texts need counting.
    if (text.length * 3 > MAX_SOURCE_BYTES) {
      const bytes = utf8Bytes(text);
      if (bytes > MAX_SOURCE_BYTES) return { kind: "too-large", bytes };
    }
    const key = normalise(text);
    const earlier = seen.get(key);
    if (earlier !== undefined) return { kind: "duplicate", of: earlier };
    seen.set(key, position);
    const words = countWords(text, sourceFormat(source) === "html", MIN_WORDS);
    if (words < MIN_WORDS) return { kind: "too-short", words };
    return undefined;
  });
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** One plain sentence (or two) for the issue, naming limits and what to do. */
export function issueMessage(issue: SourceIssue, draft: Draft): string {
  switch (issue.kind) {
    case "empty":
      return "Nothing here yet. Paste a report, drop a file, or remove this source.";
    case "web-address":
      return "This is a web address. Parallax runs entirely in your browser and fetches nothing, so it cannot open it. Open the page, copy the article's text and paste it here, or save the page as HTML (File → Save page as…) and drop the file here.";
    case "too-short":
      return `Too short to compare: at least ${MIN_WORDS} words are needed, and this has ${issue.words}.`;
    case "too-large":
      return `Too large: ${formatMegabytes(issue.bytes)}, and the limit is ${MAX_SOURCE_BYTES / 1048576} MB. Paste only the article.`;
    case "duplicate": {
      const other = draft.sources[issue.of];
      const name = other?.name.trim() ? ` (${other.name.trim()})` : "";
      return `The same text as ${sourceLabel(issue.of)}${name}. Compare different reports of the story.`;
    }
    default:
      return assertNever(issue);
  }
}

/** A few words for the summary above the form ("Source B: too short"). */
export function issueLabel(issue: SourceIssue): string {
  switch (issue.kind) {
    case "empty":
      return "empty";
    case "web-address":
      return "a web address, not the article";
    case "too-short":
      return `too short (${issue.words} of at least ${MIN_WORDS} words)`;
    case "too-large":
      return `over the ${MAX_SOURCE_BYTES / 1048576} MB limit`;
    case "duplicate":
      return `the same text as ${sourceLabel(issue.of)}`;
    default:
      return assertNever(issue);
  }
}

/** Issues worth interrupting for while typing; the rest wait for a blur or a Compare. */
export function isUrgent(issue: SourceIssue): boolean {
  return issue.kind === "web-address" || issue.kind === "too-large" || issue.kind === "duplicate";
}

/**
 * The engine's inputs. Names are cleaned (see `cleanSourceName`); a source without a name, or
 * with nothing visible in it, takes its column's label. The draft itself keeps what was typed.
 */
export function toInputs(draft: Draft): readonly SourceInput[] {
  return draft.sources.map((source, position) => {
    const format = sourceFormat(source);
    return {
      name: cleanSourceName(source.name) || sourceLabel(position),
      text: source.text,
      ...(format === "html" ? { format } : {}),
    };
  });
}
