import { sourceLabel } from "./draft.ts";

/*
 * An outlet name is a label the reader must be able to trust: what is shown is what the name
 * is. Names come from the form, from a link anyone can write, and from the device's recent list,
 * so before a comparison is opened each name loses what is invisible or rearranges the text
 * around it. The report's own text is never touched here (its offsets are the analysis).
 */

/**
 * Explicit direction controls: embeddings, overrides, isolates and their terminators (U+202A–
 * U+202E, U+2066–U+2069), and the implicit marks LRM, RLM and ALM. An override (U+202E) turns
 * "Post · Courier" into "reiruoC · tsoP"; a name never needs one, since every place a name is
 * shown sets it apart with `<bdi>`, which lays out a right-to-left name correctly by itself.
 */
const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Characters with no width that make two names look the same ("Reuters", "Reu\u200Bters"):
 * soft hyphen, Mongolian vowel separator, zero-width space, word joiner, invisible operators and
 * the byte order mark.
 */
const INVISIBLE = /[\u00AD\u180E\u200B\u2060-\u2064\uFEFF]/g;

/**
 * Zero-width (non-)joiners are part of some spellings (Persian "می‌گوید", emoji sequences), so
 * they stay between two characters that are neither ASCII nor space, and go everywhere else.
 */
const STRAY_JOINER = /(?<=^|[\p{ASCII}\s])[\u200C\u200D]+|[\u200C\u200D]+(?=$|[\p{ASCII}\s])/gu;

/** Half of a surrogate pair without its other half: not a character at all. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The name as it is shown and analysed: direction controls and invisible characters removed, a
 * lone surrogate shown as U+FFFD, whitespace collapsed. An empty result means "no name": the
 * caller falls back on the column's label ("Source A").
 */
export function cleanSourceName(name: string): string {
  return name
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(DIRECTION_CONTROLS, "")
    .replace(INVISIBLE, "")
    .replace(STRAY_JOINER, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Sources with their names cleaned, each empty one named after its column ("Source B"). The same
 * array when nothing changes, so a memoised caller keeps its identity (and its query key).
 */
export function withCleanNames<S extends { readonly name: string }>(
  sources: readonly S[],
): readonly S[] {
  const cleaned = sources.map((source, position) => {
    const name = cleanSourceName(source.name) || sourceLabel(position);
    return name === source.name ? source : { ...source, name };
  });
  return cleaned.some((source, k) => source !== sources[k]) ? cleaned : sources;
}
