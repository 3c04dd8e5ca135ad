import { alignSentences, type AlignOptions } from "./align/align.ts";
import type { LeadPosition, SentencePair } from "./align/pairs.ts";
import { cleanText } from "./read/clean.ts";
import { isReporting, type Doc, type DocSentence } from "./read/document.ts";
import { findFraming } from "./framing/framing.ts";
import { htmlToText, toOriginalSpan } from "./text/html.ts";
import { findQuotes, matchQuotes } from "./quotes/index.ts";
import { splitSentences } from "./read/segment.ts";
import { sentenceTerms } from "./align/similarity.ts";
import { buildVocabulary, type Vocabulary } from "./align/vocabulary.ts";
import type { Token } from "./text/tokens.ts";
import type {
  Alignment,
  BudgetedStage,
  Comparison,
  ParseHtml,
  Source,
  SourceInput,
  Span,
} from "./types.ts";
import { findVariants } from "./variants/index.ts";
import { ENGINE_VERSION, MAX_SOURCES } from "./constants.ts";

export { ENGINE_VERSION, MAX_SOURCES };

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
   * A time budget, with the clock to measure it (the engine reads no clock of its own, so it
   * stays pure and testable). Past the budget, alignment stops comparing further sentences and the
   * later stages are skipped; `meta.hitBudget` and `meta.incomplete` then say what is missing.
   * Without it the engine runs to the end however long that takes.
   * @default undefined
   */
  readonly budget?: { readonly now: () => number; readonly ms: number };
  /**
   * Called as each stage starts, for a progress display. Stages are few (six), so calls are too.
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

export type Stage = "reading" | "alignment" | "quotes" | "variants" | "framing" | "done";
export const STAGES: readonly Stage[] = [
  "reading",
  "alignment",
  "quotes",
  "variants",
  "framing",
  "done",
];

/**
 * Compares two or more reports of one story. Pure and deterministic: the same inputs and options
 * give the same Comparison, byte for byte (unless a time budget is given and runs out). Never
 * throws on unusual text.
 *
 * Stages, in order: read (HTML → text) → clean → segment → align → quotes → variants → framing.
 */
export function compare(inputs: readonly SourceInput[], options: CompareOptions = {}): Comparison {
  const { budget, onProgress } = options;
  const deadline = budget ? budget.now() + budget.ms : Infinity;
  const over = budget ? () => budget.now() > deadline : () => false;
  const progress = (stage: Stage) =>
    onProgress?.({ stage, step: STAGES.indexOf(stage), steps: STAGES.length });
  const incomplete: BudgetedStage[] = [];
  /** Runs a later stage unless the budget is spent; a skipped stage yields nothing. */
  const stage = <T>(name: BudgetedStage & Stage, run: () => T[]): T[] => {
    if (over()) {
      incomplete.push(name);
      return [];
    }
    progress(name);
    return run();
  };

  const { docs, all, vocab, pairs, cutShort } = analyse(inputs, options, over, progress);
  if (cutShort) incomplete.push("alignment");
  const quotes = stage("quotes", () =>
    matchQuotes(
      docs.flatMap((d) => findQuotes(d)),
      docs,
      pairs,
      vocab,
    ),
  );
  const variants = stage("variants", () => findVariants(docs, pairs));
  const framing = stage("framing", () => findFraming(docs, all, pairs, quotes));
  progress("done");

  return {
    schema: "comparison/1",
    sources: docs.map(toSource),
    alignments: toAlignments(pairs, all),
    quotes: quotes.map((q) => q.quote),
    variants,
    framing,
    meta: {
      hitBudget: incomplete.length > 0,
      engine: ENGINE_VERSION,
      ...(incomplete.length > 0 ? { incomplete } : {}),
    },
  };
}

/** The stages up to alignment: what the later stages share. Exported for tests. */
export function analyse(
  inputs: readonly SourceInput[],
  options: CompareOptions = {},
  shouldStop: () => boolean = () => false,
  progress: (stage: Stage) => void = () => {},
): {
  readonly docs: readonly Doc[];
  readonly all: readonly DocSentence[];
  readonly vocab: Vocabulary;
  readonly pairs: readonly SentencePair[];
  /** True when the budget stopped alignment before every sentence was compared. */
  readonly cutShort: boolean;
} {
  progress("reading");
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
      terms: sentenceTerms(k, isReporting(s.role) ? s.tokens : [], vocab),
    })),
  }));
  const all = docs.flatMap((d) => d.sentences);
  progress("alignment");
  let cutShort = false;
  const pairs = alignSentences(
    all.map((s) => s.terms),
    options.align,
    leadPositions(docs),
    () => (cutShort ||= shouldStop()),
  );
  return { docs, all, vocab, pairs, cutShort };
}

interface PreparedSource extends Omit<Doc, "sentences"> {
  readonly sentences: readonly Omit<DocSentence, "global" | "terms">[];
}

const SOURCE_IDS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function readSource(
  input: SourceInput,
  index: number,
  parseHtml: ParseHtml | undefined,
): PreparedSource {
  const id = SOURCE_IDS[index] ?? `S${index}`;
  let view = input.text;
  // A fresh plain span: callers spread the result, and must not copy their own object's fields.
  let toOriginal = (s: Span): Span => ({ start: s.start, end: s.end });
  let scope: Span[] = [{ start: 0, end: view.length }];
  let pageTitle: string | undefined;
  const removed = [];
  if (input.format === "html") {
    const h = htmlToText(input.text, parseHtml);
    view = h.text;
    pageTitle = h.title;
    toOriginal = (s) => toOriginalSpan(h, s.start, s.end);
    if (h.article && h.article.length > 0) {
      scope = [...h.article];
      let at = 0;
      for (const a of [...h.article, { start: view.length, end: view.length }]) {
        if (a.start > at && view.slice(at, a.start).trim())
          removed.push({
            ...toOriginal({ start: at, end: a.start }),
            reason: "outside the article that Readability found on the page",
          });
        at = Math.max(at, a.end);
      }
    } else scope = [{ start: 0, end: view.length }];
  }
  const cleaned = cleanText(view, scope);
  for (const r of cleaned.removed) removed.push({ ...toOriginal(r), reason: r.reason });
  removed.sort((a, b) => a.start - b.start);

  const sentences: PreparedSource["sentences"][number][] = [];
  cleaned.blocks.forEach((block, paragraph) => {
    const spans =
      block.role === "body"
        ? splitSentences(view, block)
        : [{ start: block.start, end: block.end }];
    // Each sentence takes its share of the paragraph's tokens (sentences never split a word).
    let t = 0;
    for (const s of spans) {
      while (t < block.tokens.length && (block.tokens[t]?.start ?? 0) < s.start) t++;
      const first = t;
      while (t < block.tokens.length && (block.tokens[t]?.end ?? 0) <= s.end) t++;
      sentences.push({
        id: `${id}.${sentences.length}`,
        start: s.start,
        end: s.end,
        paragraph,
        role: block.role,
        tokens: block.tokens.slice(first, t),
      });
    }
  });
  return {
    index,
    id,
    name: input.name,
    original: input.text,
    view,
    toOriginal,
    removed,
    sentences,
    title: cleaned.title,
    pageTitle,
    format: input.format === "html" ? "html" : undefined,
  };
}

/** How many opening body sentences count as the lead (the inverted pyramid's top). */
const LEAD_SENTENCES = 2;

/** The headline and the lead sentences of each source. */
function leadPositions(docs: readonly Doc[]): LeadPosition[] {
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
 * Pairs become alignments. Where every pair among sentences of three or more sources is aligned
 * (a clique), they form one group, so a reader sees "in A, B and C"; otherwise pairs stay pairs,
 * which keeps a sentence that matches two different ones elsewhere from chaining them together.
 */
function toAlignments(pairs: readonly SentencePair[], all: readonly DocSentence[]): Alignment[] {
  const id = (i: number) => all[i]?.id ?? "";
  return pairs.map((p) => ({ sentences: [id(p.a), id(p.b)], kind: p.kind, score: p.score }));
}

export type { Token };
