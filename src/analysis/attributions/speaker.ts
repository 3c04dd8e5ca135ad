import type { DocSentence } from "../read/document.ts";
import type { MatchedQuote } from "../quotes/index.ts";
import type { Span } from "../types.ts";
import { findReportWord } from "../framing/lexicon-index.ts";
import { CONTINUED } from "./cues.ts";
import type { Cued, Mention, Quoted } from "./frame.ts";
import type { Found } from "./match.ts";
import { SpeakerSieve, TITLE_AND_BODY_WORDS } from "./resolve.ts";
import { sentenceSubject } from "./subject.ts";

/*
 * The speaker of each attribution as the sieve finds it (resolve.ts): the cue's own mention, a
 * pronoun's antecedent, the main clause's subject for a participle, a label or a signature for a
 * bare quotation, else the speaker of the quotation before it.
 */

/** How many sentences back a bare quotation takes the speaker of the one before it. */
const CARRY_OVER_SENTENCES = 2;

/** A previous attribution's speaker, for pronouns and bare quotations. */
export interface Previous {
  readonly start: number;
  readonly speaker: string;
  readonly person: boolean;
  readonly sentence: number;
  readonly span: Span | undefined;
  /** For a lead-in (`Okafor continued:`), its reporting word: the cue of the quotation after it. */
  readonly cue?: Span;
}

export interface Who {
  readonly speaker: string | undefined;
  readonly span: Span | undefined;
}

export function remember(who: Who, sieve: SpeakerSieve, sentence: number, start: number): Previous {
  const speaker = who.speaker ?? "";
  return { start, speaker, person: sieve.isPerson(speaker), sentence, span: who.span };
}

export function speakerOf(
  text: string,
  c: Cued,
  sieve: SpeakerSieve,
  previous: readonly Previous[],
  inSentence: readonly Found[],
  sentence: DocSentence,
  quoted: Quoted,
): Who {
  if (c.mention?.kind === "pronoun") {
    // A pronoun in a later clause refers first to the sentence's subject, if it fits.
    const subject = sentenceSubject(text, sentence, quoted, c.mention.span.start);
    if (subject && subject.kind !== "pronoun" && subject.span.end <= c.mention.span.start) {
      const name = sieve.resolve(subject, previous);
      if (name && fitsPronoun(c.mention.text, sieve.isPerson(name)))
        return { speaker: name, span: c.mention.span };
    }
  }
  if (c.mention) return { speaker: sieve.resolve(c.mention, previous), span: c.mention.span };
  if (c.sourceless) return { speaker: undefined, span: undefined };
  // A participle shares its main clause's subject: the attribution before it in the sentence.
  const main = inSentence[inSentence.length - 1]?.attribution;
  if (main) return { speaker: main.speaker, span: undefined };
  const last = previous[previous.length - 1];
  if (last && last.sentence === sentence.global) return { speaker: last.speaker, span: undefined };
  // Else the first person the sentence names before the cue; else, for a participle or a second
  // verb, the sentence's subject (`The ministry kept the report back but said …`); `according
  // to` with no speaker names nobody.
  const person = sieve.firstPersonIn(sentence.start, c.cue.start);
  if (person || !c.participle) return { speaker: person, span: undefined };
  const subject = sentenceSubject(text, sentence, quoted, c.cue.start);
  const name =
    subject && subject.kind !== "pronoun" && canSpeak(subject)
      ? sieve.resolve(subject, previous)
      : undefined;
  return { speaker: name, span: undefined };
}

/**
 * The speaker a paragraph's last sentence introduces when it ends in a colon after a reporting
 * word and nothing else (`Okafor continued:`), for the quotation in the next paragraph.
 */
export function introducer(
  text: string,
  sentence: DocSentence,
  quoted: Quoted,
  sieve: SpeakerSieve,
  previous: readonly Previous[],
): Previous | undefined {
  if (!/:\s*$/.test(text.slice(sentence.start, sentence.end))) return undefined;
  const tokens = sentence.tokens;
  const verb = tokens.findIndex((t, i) => !quoted(t) && findReportWord(tokens, i) !== undefined);
  if (verb < 0 && !CONTINUED.has(tokens[tokens.length - 1]?.lower ?? "")) return undefined;
  const subject = sentenceSubject(text, sentence, quoted, sentence.end);
  const speaker = subject && sieve.resolve(subject, previous);
  if (!subject || !speaker) return undefined;
  const word = tokens[verb < 0 ? tokens.length - 1 : verb];
  return {
    start: sentence.end,
    speaker,
    person: sieve.isPerson(speaker),
    sentence: sentence.global,
    span: subject.span,
    ...(word ? { cue: { start: word.start, end: word.end } } : {}),
  };
}

/** He and she stand for a person; they, it and we for a body or a group. */
function fitsPronoun(pronoun: string, person: boolean): boolean {
  const lower = pronoun.toLowerCase();
  if (lower === "he" || lower === "she") return person;
  return lower === "they" || lower === "it" || lower === "we" ? !person : false;
}

/** A transcript's speaker label opening a quotation: `"OKAFOR: We will rebuild."`. */
const LABEL_IN_QUOTE = /^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):\s/;

/**
 * A name signing a quotation after a dash, as under an epigraph or a reader's comment
 * (`"We will rebuild." ― Amina Okafor`): up to four capitalised words (initials and particles
 * between them), right after the closing mark.
 */
const SIGNATURE =
  /^[ \t]*[―—–][ \t]*(\p{Lu}[\p{L}'’-]*\.?(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*\.?|de|da|del|la|le|van|von|bin|al|el)){0,4})/u;

/** The signature after a quotation's closing mark, with its span. */
function signature(text: string, q: MatchedQuote): Who | undefined {
  const end = q.found.outer.end;
  const m = SIGNATURE.exec(text.slice(end, end + 80));
  const name = m?.[1]?.replace(/[.\s]+$/, "");
  if (!m || !name || !/\s/.test(name)) return undefined;
  const start = end + m[0].length - (m[1]?.length ?? 0);
  return { speaker: name, span: { start, end: start + name.length } };
}

/**
 * A bare quotation: a speaker label inside it, or a name signing it after a dash; else, for a quotation inside a sentence that no
 * cue covers, the sentence's subject (`Okafor sees the crews as "the best we have"`); else the
 * speaker the quotes stage named in its sentence; else the speaker of the one before.
 */
export function bareSpeaker(
  text: string,
  q: MatchedQuote,
  sieve: SpeakerSieve,
  previous: readonly Previous[],
  sentence: DocSentence,
  quoted: Quoted,
): Who {
  const inner = q.found.inner;
  const label = LABEL_IN_QUOTE.exec(text.slice(inner.start, inner.end));
  if (label?.[1])
    return {
      speaker: label[1],
      span: { start: inner.start, end: inner.start + label[1].length },
    };
  const signed = signature(text, q);
  if (signed) return signed;
  if (sentence.tokens.some((t) => t.end <= q.found.outer.start && !quoted(t))) {
    const subject = sentenceSubject(text, sentence, quoted, q.found.outer.start);
    if (subject && (subject.kind === "pronoun" || canSpeak(subject))) {
      const name = sieve.resolve(subject, previous);
      if (name) return { speaker: name, span: subject.span };
    }
  }
  const span = q.found.speakerSpan;
  if (q.found.speaker && span && span.start >= sentence.start && span.end <= sentence.end)
    return { speaker: q.found.speaker, span };
  const last = previous[previous.length - 1];
  if (last && sentence.global - last.sentence <= CARRY_OVER_SENTENCES)
    return { speaker: last.speaker, span: undefined };
  return { speaker: q.found.speaker, span: undefined };
}

/**
 * A subject that can have said something: a name, or a noun phrase headed by a title, a body or
 * a plural (`the report`, `critics`), not `the economy`.
 */
function canSpeak(subject: Mention): boolean {
  if (subject.kind !== "nominal") return true;
  const head = /(\w+)$/.exec(subject.text.toLowerCase())?.[1] ?? "";
  return TITLE_AND_BODY_WORDS.has(head) || (head.endsWith("s") && !head.endsWith("ss"));
}
