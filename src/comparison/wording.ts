import type { AlignmentKind, VariantKind } from "../analysis/types.ts";

/** Text with emphasised fragments (the quoted words of a source), kept as data until rendered. */
export type RichPiece = string | { readonly em: string };
export type Rich = readonly RichPiece[];

/** "A", "A and B", "A, B and C" (or "or"). */
export function joinNames(names: readonly string[], conjunction: "and" | "or" = "and"): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${conjunction} ${names.at(-1)}`;
}

/**
 * Collapses runs of whitespace (line breaks inside a printed span) for inline display, and leaves
 * out direction overrides (U+202D, U+202E; see `displaySlice` in display-text.ts).
 */
export function tidy(text: string): string {
  return text
    .replace(/[\u202D\u202E]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Shortens a long excerpt at a word boundary. */
export function excerpt(text: string, maxChars = 180): string {
  const clean = tidy(text);
  if (clean.length <= maxChars) return clean;
  const cut = clean.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(" ");
  return `${cut.slice(0, lastSpace > maxChars * 0.6 ? lastSpace : maxChars)}…`;
}

export const VARIANT_KIND_PHRASE: Readonly<Record<VariantKind, string>> = {
  transliteration: "the same name, transliterated differently",
  spelling: "the same name, spelled differently",
  typo: "the same name, one of them likely a typo",
  abbreviation: "the same name, abbreviated in one of them",
  case: "the same words, capitalised differently",
  other: "the same name or term, written differently",
};

export const VARIANT_KIND_LABEL: Readonly<Record<VariantKind, string>> = {
  transliteration: "Transliteration",
  spelling: "Spelling",
  typo: "Likely typo",
  abbreviation: "Abbreviation",
  case: "Capitalisation",
  other: "Variant",
};

export const ALIGNMENT_KIND_LABEL: Readonly<Record<AlignmentKind, string>> = {
  identical: "Same wording",
  "near-identical": "Nearly the same wording",
  paraphrase: "Paraphrase",
  related: "Related",
};

export function percent(score: number): string {
  return `${Math.round(Math.min(1, Math.max(0, score)) * 100)}%`;
}
