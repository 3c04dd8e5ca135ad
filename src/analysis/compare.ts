import { attributeQuotes, findAttributions } from "./attributions/index.ts";
import { alignSentences, type AlignOptions } from "./align/align.ts";
import type { LeadPosition, SentencePair } from "./align/pairs.ts";
import { isReporting, type Doc, type DocSentence } from "./read/document.ts";
import { readSource } from "./read/read-source.ts";
import { findFraming } from "./framing/framing.ts";
import { findQuotes, matchQuotes, type MatchedQuote } from "./quotes/index.ts";
import { sentenceTerms } from "./align/similarity.ts";
import { buildVocabulary, type Vocabulary } from "./align/vocabulary.ts";
import type { WordVectors } from "./align/vectors.ts";
import type {
  Alignment,
  Attribution,
  BudgetedStage,
  Comparison,
  FactDifference,
  FramingMark,
  ParseHtml,
  Source,
  SourceInput,
  Stage,
  VariantGroup,
} from "./types.ts";
import { forgetWordForms } from "./text/tokens.ts";
import { findVariants } from "./variants/index.ts";
import { findFacts } from "./facts/index.ts";
import { ENGINE_VERSION, MAX_SOURCES, STAGES } from "./constants.ts";

export { ENGINE_VERSION, MAX_SOURCES, STAGES };
export type { Stage };

/** Options for {@link compare}. Every field is optional. */
export interface CompareOptions {
  /**
   * DOM parser for HTML inputs (DOMParser in the browser, linkedom in the CLI). Without it,
   * HTML is still reduced to its visible text, but Readability cannot pick out the article.
   * @default undefined
   */
  readonly parseHtml?: ParseHtml;
  /** Alignment thresholds; see {@link AlignOptions}. */
  readonly align?: AlignOptions;
  /**
   * Word vectors (align/vectors.ts, read from the data file by the caller): with them, alignment
   * also sees paraphrases that share meaning rather than words. Without them it is lexical only.
   * @default undefined
   */
  readonly vectors?: WordVectors;
  /**
   * A time budget, with the clock to measure it (the engine reads no clock of its own, so it
   * stays pure and testable). Past the budget, alignment stops comparing further sentences and the
   * later stages are skipped; `meta.hitBudget` and `meta.incomplete` then say what is missing.
   * Without it the engine runs to the end however long that takes.
   * @default undefined
   */
  readonly budget?: { readonly now: () => number; readonly ms: number };
  /**
   * Called as each stage starts, for a progress display. Stages are few ({@link STAGES}), so
   * calls are too.
   * @default undefined
   */
  readonly onProgress?: (progress: Progress) => void;
}

/** Where a run is: the stage starting now, and its place among all of them. */
export interface Progress {
  readonly stage: Stage;
  /** 0-based position of `stage` in {@link STAGES}. */
  readonly step: number;
  readonly steps: number;
}

/**
 * Compares two or more reports of one story. Pure and deterministic: the same inputs and options
 * give the same Comparison, byte for byte (unless a time budget is given and runs out). Never
 * throws on unusual text.
 *
 * A list of named passes, each over what the ones before it made: reading (HTML → text, clean,
 * segment, the shared vocabulary), alignment, then the stages that read the alignment.
 */
export function compare(inputs: readonly SourceInput[], options: CompareOptions = {}): Comparison {
  const run = startRun(options);
  const read = readSources(inputs, options, run.progress);
  const aligned = alignSources(read, options, run);
  const quotes = run.unlessOver("quotes", () => quotationsOf(aligned));
  // Attributions read the quotations; they run in the quotes stage's budget, and a budget that
  // skips the quotes ("quotes" in meta.incomplete) skips them too.
  const attributions = run.incomplete.includes("quotes")
    ? []
    : findAttributions(aligned.docs, aligned.pairs, quotes);
  const variants = run.unlessOver("variants", () => findVariants(aligned.docs, aligned.pairs));
  const framing = run.unlessOver("framing", () =>
    findFraming(aligned.docs, aligned.all, aligned.pairs, quotes),
  );
  const facts = run.unlessOver("facts", () => findFacts(aligned.docs, aligned.all, aligned.pairs));
  run.progress("done");
  return toComparison(aligned, quotes, attributions, variants, framing, facts, run.incomplete);
}

/** The sources read, with the comparison-wide vocabulary: what alignment needs. */
interface Read {
  readonly docs: readonly Doc[];
  readonly all: readonly DocSentence[];
  readonly vocab: Vocabulary;
}

/** The sources aligned: what the later stages share. */
interface Aligned extends Read {
  readonly pairs: readonly SentencePair[];
  /** True when the budget stopped alignment before every sentence was compared. */
  readonly cutShort: boolean;
}

/** A run's clock, progress reports and the list of stages it cut short. */
interface Run {
  readonly progress: (stage: Stage) => void;
  /** True once the budget is spent (never without one). */
  readonly over: () => boolean;
  /** Runs a later stage unless the budget is spent; a skipped stage yields nothing. */
  readonly unlessOver: <T>(stage: BudgetedStage, pass: () => T[]) => T[];
  readonly incomplete: BudgetedStage[];
}

function startRun({ budget, onProgress }: CompareOptions): Run {
  const deadline = budget ? budget.now() + budget.ms : Infinity;
  const over = budget ? () => budget.now() > deadline : () => false;
  const progress = (stage: Stage) =>
    onProgress?.({ stage, step: STAGES.indexOf(stage), steps: STAGES.length });
  const incomplete: BudgetedStage[] = [];
  const unlessOver = <T>(stage: BudgetedStage, pass: () => T[]): T[] => {
    if (over()) {
      incomplete.push(stage);
      return [];
    }
    progress(stage);
    return pass();
  };
  return { progress, over, unlessOver, incomplete };
}

/** The stages up to alignment, as compare() runs them. Exported for tests. */
export function analyse(
  inputs: readonly SourceInput[],
  options: CompareOptions = {},
  shouldStop: () => boolean = () => false,
): Aligned {
  const noProgress = () => {};
  return alignSources(readSources(inputs, options, noProgress), options, {
    progress: noProgress,
    over: shouldStop,
  });
}

/** Reading: each source read on its own, then the vocabulary, which depends on all of them. */
function readSources(
  inputs: readonly SourceInput[],
  options: CompareOptions,
  progress: (stage: Stage) => void,
): Read {
  progress("reading");
  forgetWordForms();
  const prepared = inputs.map((input, index) => readSource(input, index, options.parseHtml));

  // Tokens and the comparison-wide vocabulary: similarity weights depend on every source.
  const vocab = buildVocabulary(
    prepared.flatMap((p, k) =>
      p.sentences.map((s) => ({ source: k, tokens: isReporting(s.role) ? s.tokens : [] })),
    ),
  );
  let global = 0;
  // Every Doc gets the same fields in the same order: objects of one shape keep the later
  // stages' hot loops monomorphic in V8.
  const docs: Doc[] = prepared.map((p, k) => ({
    index: p.index,
    id: p.id,
    name: p.name,
    original: p.original,
    view: p.view,
    toOriginal: p.toOriginal,
    removed: p.removed,
    title: p.title,
    pageTitle: p.pageTitle,
    format: p.format,
    sentences: p.sentences.map((s) => ({
      id: s.id,
      start: s.start,
      end: s.end,
      paragraph: s.paragraph,
      role: s.role,
      tokens: s.tokens,
      global: global++,
      terms: sentenceTerms(k, isReporting(s.role) ? s.tokens : [], vocab, options.vectors),
    })),
  }));
  return { docs, all: docs.flatMap((d) => d.sentences), vocab };
}

/** Alignment: every sentence against the others, until the budget (if any) is spent. */
function alignSources(
  read: Read,
  options: CompareOptions,
  run: Pick<Run, "progress" | "over">,
): Aligned {
  run.progress("alignment");
  let cutShort = false;
  const pairs = alignSentences(
    read.all.map((s) => s.terms),
    options.align,
    leadPositions(read.docs),
    () => (cutShort ||= run.over()),
  );
  return { ...read, pairs, cutShort };
}

/** Quotes: each source's quotations, then matched across the aligned sources. */
function quotationsOf({ docs, pairs, vocab }: Aligned): MatchedQuote[] {
  return matchQuotes(
    docs.flatMap((d) => findQuotes(d)),
    docs,
    pairs,
    vocab,
  );
}

function toComparison(
  { docs, all, pairs, cutShort }: Aligned,
  quotes: readonly MatchedQuote[],
  attributions: Attribution[],
  variants: VariantGroup[],
  framing: FramingMark[],
  facts: FactDifference[],
  skipped: readonly BudgetedStage[],
): Comparison {
  // Alignment runs whatever the budget; it heads the list when cut short, as it ran first.
  const incomplete: BudgetedStage[] = cutShort ? ["alignment", ...skipped] : [...skipped];
  return {
    schema: "comparison/1",
    sources: docs.map(toSource),
    alignments: toAlignments(pairs, all),
    // A quotation's speaker is its attribution's, resolved by the same sieve.
    quotes: attributeQuotes(
      quotes.map((q) => q.quote),
      attributions,
    ),
    variants,
    framing,
    attributions,
    facts,
    meta: {
      hitBudget: incomplete.length > 0,
      engine: ENGINE_VERSION,
      ...(incomplete.length > 0 ? { incomplete } : {}),
    },
  };
}

/** How many opening body sentences count as the lead (the inverted pyramid's top). */
const LEAD_SENTENCES = 2;

/** The headline and the lead sentences of each source (exported for scripts/train-align.ts). */
export function leadPositions(docs: readonly Doc[]): LeadPosition[] {
  return docs.flatMap((d) => {
    const lead = new Set(d.sentences.filter((s) => s.role === "body").slice(0, LEAD_SENTENCES));
    return d.sentences.map((s): LeadPosition =>
      s.role === "headline" ? "headline" : lead.has(s) ? "lead" : null,
    );
  });
}

function toSource(d: Doc): Source {
  const title = d.title
    ? d.view.slice(d.title.start, d.title.end).replace(/\s+/g, " ").trim()
    : d.pageTitle;
  return {
    id: d.id,
    name: d.name,
    ...(title ? { title } : {}),
    text: d.original,
    ...(d.format ? { format: d.format } : {}),
    removed: d.removed,
    sentences: d.sentences.map((s) => {
      const { start, end } = d.toOriginal(s);
      return { id: s.id, start, end, paragraph: s.paragraph, role: s.role };
    }),
  };
}

/**
 * Each pair becomes one alignment of two sentences. Pairs are not merged into groups: a sentence
 * that matches two different ones elsewhere would chain them together, and a reader who wants
 * "in A, B and C" finds it by following a sentence's alignments.
 */
function toAlignments(pairs: readonly SentencePair[], all: readonly DocSentence[]): Alignment[] {
  const id = (i: number) => all[i]?.id ?? "";
  return pairs.map((p) => ({ sentences: [id(p.a), id(p.b)], kind: p.kind, score: p.score }));
}
