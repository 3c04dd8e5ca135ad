import type { SentenceTerms } from "../align/similarity.ts";
import type { Token } from "../text/tokens.ts";
import type { RemovedSpan, SentenceRole, Span } from "../types.ts";

/**
 * The engine's working view of one source, shared by the stages after segmentation. Stages work
 * in the coordinates of `view` (the text the engine reads: the input itself for plain text, the
 * extracted visible text for HTML); `toOriginal` maps a view span back to the input, which is the
 * only coordinate system the Comparison ever shows.
 */
export interface Doc {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly original: string;
  readonly view: string;
  readonly toOriginal: (span: Span) => Span;
  /** Removed chrome, already in original coordinates. */
  readonly removed: readonly RemovedSpan[];
  /** The headline block, when cleaning found one. */
  readonly title: Span | undefined;
  /** An HTML page's <title> or first <h1>, for when no headline is found in the article. */
  readonly pageTitle: string | undefined;
  readonly format: "html" | undefined;
  readonly sentences: readonly DocSentence[];
}

export interface DocSentence extends Span {
  /** Contract id, e.g. "A.3". */
  readonly id: string;
  /** Position in the comparison-wide sentence list (the aligner's index). */
  readonly global: number;
  readonly paragraph: number;
  readonly role: SentenceRole;
  readonly tokens: readonly Token[];
  readonly terms: SentenceTerms;
}

/** Roles that report something and so take part in alignment and "only in X". */
export function isReporting(role: SentenceRole): boolean {
  return role === "body" || role === "headline" || role === "caption";
}

/**
 * A document's paragraphs as runs of its sentences, `[from, to)` by index: sentences that share a
 * paragraph number are consecutive. Quotes and attributions walk them alike.
 */
export function paragraphRuns(
  sentences: readonly DocSentence[],
): readonly { readonly from: number; readonly to: number }[] {
  const runs: { from: number; to: number }[] = [];
  for (let from = 0, to = 0; from < sentences.length; from = to) {
    const paragraph = sentences[from]?.paragraph;
    to = from + 1;
    while (to < sentences.length && sentences[to]?.paragraph === paragraph) to++;
    runs.push({ from, to });
  }
  return runs;
}
