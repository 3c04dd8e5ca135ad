/**
 * The engine's public result, exactly as `../shared/contract.md` defines it ("comparison/1").
 * Every shell (CLI, worker, views, share links, exports) reads these types; add fields freely,
 * never rename or remove one without bumping `schema`.
 *
 * Offsets are JavaScript string indices (UTF-16 code units), half-open `[start, end)`, into the
 * source's original input text.
 */

import type { STAGES } from "./constants.ts";

/** A half-open `[start, end)` range of UTF-16 code units into a source's original text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The one value the engine returns. Plain JSON: no classes, no functions, no cycles. */
export interface Comparison {
  readonly schema: "comparison/1";
  /** One entry per input, in input order. */
  readonly sources: readonly Source[];
  /** Groups of sentences (from at least two sources) that report the same thing. */
  readonly alignments: readonly Alignment[];
  /** Direct quotations found in any source, with where the other sources carry them. */
  readonly quotes: readonly Quote[];
  /** One name or term written differently across sources. */
  readonly variants: readonly VariantGroup[];
  /** Word choices that frame the story. */
  readonly framing: readonly FramingMark[];
  /** Who said what: every reported statement, quoted or not. */
  readonly attributions?: readonly Attribution[];
  /** Numbers, dates, amounts and places that aligned sentences state differently. */
  readonly facts?: readonly FactDifference[];
  /** Flags about the run itself (not part of the scored contract). */
  readonly meta?: ComparisonMeta;
}

export interface ComparisonMeta {
  /** True when a time or size budget cut the analysis short; results are then partial. */
  readonly hitBudget: boolean;
  /** Engine version that produced the result. */
  readonly engine: string;
  /**
   * With `hitBudget`, the stages the budget cut short ("alignment": not every sentence was
   * compared) or skipped (the others: their lists are empty, not "nothing found").
   */
  readonly incomplete?: readonly BudgetedStage[];
}

/** A stage of a run ({@link STAGES}), as progress reports name it. */
export type Stage = (typeof STAGES)[number];

/** Stages that a time budget may cut short: all but reading (always done) and the final "done". */
export type BudgetedStage = Exclude<Stage, "reading" | "done">;

export type SentenceRole = "headline" | "caption" | "body" | "byline" | "label";

export interface Source {
  /** Stable id: "A", "B", "C" … in input order. */
  readonly id: string;
  /** Outlet or file name. */
  readonly name: string;
  /** The detected headline, as printed (whitespace collapsed). */
  readonly title?: string;
  /** The original input, unchanged. */
  readonly text: string;
  /** "html" when the input was read as an HTML page (offsets then point into its markup). */
  readonly format?: "html";
  /** Page chrome removed before analysis, each with a reason a reader understands. */
  readonly removed: readonly RemovedSpan[];
  /** The article body only, in reading order, non-overlapping. */
  readonly sentences: readonly Sentence[];
}

export interface RemovedSpan extends Span {
  readonly reason: string;
}

export interface Sentence extends Span {
  /** Unique across the comparison, e.g. "A.3". */
  readonly id: string;
  /** 0-based paragraph index within the source. */
  readonly paragraph: number;
  readonly role?: SentenceRole;
}

export type AlignmentKind = "identical" | "near-identical" | "paraphrase" | "related";

export interface Alignment {
  /**
   * Sentence ids from different sources. The engine emits pairs, always two ids (a sentence that
   * matches several elsewhere is in several alignments); the contract leaves room for more.
   */
  readonly sentences: readonly string[];
  readonly kind: AlignmentKind;
  /** Similarity in 0..1. */
  readonly score: number;
}

export type QuoteMatchKind = "verbatim" | "partial" | "paraphrase";

export interface QuoteMatch {
  readonly source: string;
  /** Sentence id in that source. */
  readonly sentence: string;
  readonly start?: number;
  readonly end?: number;
  readonly kind: QuoteMatchKind;
}

export interface Quote extends Span {
  readonly id: string;
  readonly source: string;
  /** The speaker as written in the text, e.g. "Okafor". */
  readonly speaker?: string;
  readonly speakerSpan?: Span;
  /** Where other sources carry the same words or their paraphrase. */
  readonly matches: readonly QuoteMatch[];
}

export type VariantKind =
  "spelling" | "transliteration" | "typo" | "abbreviation" | "case" | "other";

export interface VariantForm {
  readonly source: string;
  readonly text: string;
  readonly spans: readonly Span[];
}

export interface VariantGroup {
  readonly id: string;
  readonly kind: VariantKind;
  readonly forms: readonly VariantForm[];
}

export type FramingCategory =
  "attribution" | "loaded" | "hedge" | "label" | "intensifier" | "other";
export type Voice = "narrator" | "quoted";

export interface FramingMark extends Span {
  readonly source: string;
  readonly category: FramingCategory;
  /** The outlet's own words, or words it quotes from someone. */
  readonly voice: Voice;
  /** One plain sentence a student can read. */
  readonly note: string;
  /** The wording another source uses for the same thing, in an aligned sentence. */
  readonly counterpart?: { readonly source: string } & Span;
}

export type AttributionKind = "direct" | "indirect" | "mixed";

export interface AttributionMatch {
  readonly source: string;
  /** That source's Attribution id. */
  readonly attribution: string;
  readonly kind: QuoteMatchKind;
}

/**
 * A reported statement: "Okafor noted that the talks would resume" or "… in the spring," she said.
 */
export interface Attribution {
  readonly id: string;
  readonly source: string;
  /**
   * Who is reported as saying it, as a reader would name them: a pronoun or "the spokesman"
   * resolved to the person named earlier.
   */
  readonly speaker?: string;
  /** The words naming the speaker in this attribution. */
  readonly speakerSpan?: Span;
  /**
   * The reporting words: "noted", "told", "according to"; for a quotation that stands alone
   * after one whose speaker is known, its opening quotation mark.
   */
  readonly cue: Span;
  /** What is attributed, quoted or in the outlet's words. */
  readonly content: Span;
  /** All in quotation marks / none / part. */
  readonly kind: AttributionKind;
  /** The Quote's id, when the content is (partly) that quotation. */
  readonly quote?: string;
  /** The same statement attributed in other sources. */
  readonly matches: readonly AttributionMatch[];
}

export type FactKind =
  "number" | "money" | "percent" | "date" | "time" | "duration" | "place" | "other";

/** One source's wording of a fact, in an aligned sentence. */
export interface FactValue extends Span {
  readonly source: string;
  /** The sentence id that states it. */
  readonly sentence: string;
  /** Normalised where it can be: "12000", "USD 1200000000", "12%", "2022-12-11", "P3D". */
  readonly value?: string;
}

/** A number, date or amount two sources state differently: "12,000 civilians" / "12,300 civilians". */
export interface FactDifference {
  readonly id: string;
  readonly kind: FactKind;
  /** One per source that states it, in aligned sentences. */
  readonly values: readonly FactValue[];
  /** One plain sentence: what differs, and how much. */
  readonly note: string;
  /**
   * Set when both values can be true (not in the contract's first version; added as a field):
   * "rounding" when one is an approximation of the other ("about 12,000" / "12,347"), "bound"
   * when one is a limit the other meets ("more than 12,000" / "12,347").
   */
  readonly compatible?: "rounding" | "bound";
}

/** One report to compare, as the user or a file gave it. */
export interface SourceInput {
  /** Outlet or file name shown to the reader. */
  readonly name: string;
  /** The original input: plain text, or HTML when `format` is "html". */
  readonly text: string;
  /**
   * How to read `text`. HTML needs `CompareOptions.parseHtml`.
   * @default "text"
   */
  readonly format?: "text" | "html";
}

/** A DOM parser the caller injects, so the engine itself never touches a global DOM. */
export type ParseHtml = (html: string) => unknown;
