import type { DocSentence } from "../read/document.ts";
import { tagSentence, wordAt } from "../text/tagger.ts";
import type { Token } from "../text/tokens.ts";
import { clauseStart, type Mention, type Quoted } from "./frame.ts";
import { apposed, mentionOf } from "./mention.ts";

/*
 * The grammatical subject of a sentence's first clause, from the part-of-speech tagger: the
 * words before the clause's first verb. Two sieve rules read it:
 *   - a quotation embedded in a sentence without a reporting verb (`Okafor praised the crews as
 *     "the best we have"`) is the subject's wording: the writer quotes the subject's own words;
 *   - a pronoun in a later clause of the same sentence (`Okafor wants the tolls cut, although
 *     she says …`) refers first to that subject, the preferred centre (Grosz, Joshi & Weinstein
 *     1995), before any person named nearer to it.
 * Only sentences holding a cue or a quotation are tagged, so the tagger's cost stays with them.
 */

/** The subject before `before` (a view offset), or undefined when the clause has none. */
export function sentenceSubject(
  text: string,
  sentence: DocSentence,
  quoted: Quoted,
  before: number,
): Mention | undefined {
  const tokens = sentence.tokens;
  let tagged: ReturnType<typeof tagSentence> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start >= before) return undefined;
    // The words inside a quotation are someone's, not the clause's subject.
    if (quoted(t)) return undefined;
    tagged ??= tagSentence(text, sentence);
    const pos = wordAt(tagged, t.start)?.pos;
    if (pos !== "VERB" && pos !== "AUX") continue;
    const from = clauseStart(text, tokens, i);
    if (from >= i) {
      // `Okafor, the agency's director, praised …`: the subject before the apposition.
      const subject = i > 0 ? apposed(text, tokens, i) : undefined;
      if (subject) return subject;
      // A clause opening with its verb (`Asked about the delay, Okafor said …`): the next verb.
      continue;
    }
    return mentionOf(text, tokens, from, i - 1);
  }
  return undefined;
}
