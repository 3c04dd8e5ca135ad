import { isReporting, type Doc, type DocSentence, paragraphRuns } from "../read/document.ts";
import { findQuoteSpans } from "../text/quote-marks.ts";
import { speakerFinder, type Speaker } from "./speakers.ts";
import type { Token } from "../text/tokens.ts";
import type { Span } from "../types.ts";

/*
 * Finding the quotations of one source: the spans between quotation marks in its reporting
 * paragraphs (quote-marks.ts), each attributed to the speaker the text names around it
 * (speakers.ts) or, for a pronoun or a bare quotation, to a speaker named just before.
 */

/** A quotation found in one source, in view coordinates (see document.ts). */
export interface FoundQuote {
  readonly doc: number;
  /** Global index of the sentence the quote starts in. */
  readonly sentence: number;
  readonly inner: Span;
  readonly outer: Span;
  readonly speaker?: string;
  readonly speakerSpan?: Span;
}

/** How many sentences back a speaker carries over to an unattributed quote. */
const CARRY_OVER_SENTENCES = 2;

const NEVER_QUOTED = (): boolean => false;

/** Finds every direct quotation in a source and attributes a speaker where the text names one. */
export function findQuotes(doc: Doc): FoundQuote[] {
  const out: FoundQuote[] = [];
  const speakers = speakerFinder(doc);
  const sentences = doc.sentences;
  // The last speaker named, and the sentence that named them.
  let lastSpeaker: Speaker | undefined;
  let lastSentence = 0;
  for (const { from, to } of paragraphRuns(sentences)) {
    const first = sentences[from] as DocSentence;
    const last = sentences[to - 1] as DocSentence;
    if (!isReporting(first.role)) continue;
    const spans = findQuoteSpans(doc.view, { start: first.start, end: last.end });
    // One test for the whole paragraph: its quotations are the same for every sentence.
    const quoted: (t: Token) => boolean =
      spans.length === 0
        ? NEVER_QUOTED
        : (t) => {
            for (const q of spans)
              if (t.start >= q.outer.start && t.end <= q.outer.end) return true;
            return false;
          };
    let previous: Speaker | undefined;
    for (let i = from; i < to; i++) {
      const sentence = sentences[i] as DocSentence;
      let inSentence = 0;
      for (const q of spans) {
        if (q.inner.start < sentence.start || q.inner.start >= sentence.end) continue;
        inSentence++;
        let who =
          speakers.after(sentence.tokens, q.outer.end, quoted) ??
          speakers.before(sentence.tokens, q.outer.start, quoted);
        // A pronoun or a bare quotation points back: to the name the previous sentence of the
        // paragraph opened with, else to the last speaker.
        const carried =
          previous ??
          (lastSpeaker && sentence.global - lastSentence <= CARRY_OVER_SENTENCES
            ? lastSpeaker
            : undefined);
        if (who?.pronoun) who = previous ?? lastSpeaker;
        if (!who && !speakers.hasReportWord(sentence.tokens, quoted)) who = carried;
        if (who) {
          lastSpeaker = who;
          lastSentence = sentence.global;
        }
        out.push(
          who
            ? {
                doc: doc.index,
                sentence: sentence.global,
                inner: q.inner,
                outer: q.outer,
                speaker: who.name,
                speakerSpan: who.span,
              }
            : { doc: doc.index, sentence: sentence.global, inner: q.inner, outer: q.outer },
        );
      }
      if (inSentence === 0) {
        // A reported statement without quotation marks still names who speaks next.
        const who = speakers.ofStatement(sentence.tokens, quoted);
        if (who && !who.pronoun) {
          lastSpeaker = who;
          lastSentence = sentence.global;
        }
      }
      previous = inSentence === 0 ? speakers.subjectOf(sentence.tokens) : undefined;
    }
  }
  return out;
}
