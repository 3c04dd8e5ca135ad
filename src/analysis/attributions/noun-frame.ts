import { attributionNouns, channelNouns, lightVerbs } from "../lexicons/attribution-nouns.ts";
import { evidenceNouns } from "../lexicons/speaker-nouns.ts";
import { CENTRAL_DETERMINERS } from "../lexicons/stopwords.ts";
import type { Token } from "../text/tokens.ts";
import type { Span } from "../types.ts";
import { isSource } from "./attitude.ts";
import {
  clauseEnd,
  clauseStart,
  gap,
  isBoundary,
  trimContent,
  type Cued,
  type Mention,
} from "./frame.ts";
import { mentionOf } from "./mention.ts";
import { chainStart } from "./verb-frame.ts";

/*
 * Attributions through a noun (lexicons/attribution-nouns.ts): the noun names the statement,
 * belief or stance, a possessive, a "from" phrase or a light verb's subject names the source,
 * and the noun's complement is the content (Pareti 2016, PARC 3.0: noun cues):
 *   possessive   her view that …     the senator's support for …    his refusal to …
 *   from         warnings from the agency that …     a plea from the mayor to …
 *   light verb   Okafor made the case that …     the council issued a warning: …
 *   channel      In her statement, …     In a new poll, …
 */

/** Possessive determiners, and the subject pronoun the sieve resolves for each. */
const POSSESSIVE: ReadonlyMap<string, string> = new Map([
  ["his", "he"],
  ["her", "she"],
  ["their", "they"],
  ["its", "it"],
  ["our", "we"],
  ["my", "I"],
]);
/** Words after the noun that open its content: a clause, an infinitive, a prepositional object. */
const CLAUSE = new Set(["that", "to"]);
const PREPOSITIONS = new Set("of for about on over to".split(" "));
/** Most modifiers between a possessive or a light verb and its noun (`his latest public plea`). */
const MAX_MODIFIERS = 3;
/** Most words of a "from" source (`from the state's two senators`). */
const MAX_SOURCE_WORDS = 8;

/** Every form of the attribution nouns, singular and plural, built once: one probe per token. */
const NOUN_FORMS: ReadonlySet<string> = new Set(
  [...attributionNouns].flatMap((w) => [
    w,
    `${w}s`,
    `${w}es`,
    ...(w.endsWith("y") ? [`${w.slice(0, -1)}ies`] : []),
  ]),
);

/** True when a token is a form of one of the attribution nouns. */
export function attributionNounAt(t: Token): boolean {
  return NOUN_FORMS.has(t.lower);
}

/** The content after the noun at `i`, from its complement, or undefined when it has none. */
function complementAfter(
  text: string,
  tokens: readonly Token[],
  i: number,
  sentence: Span,
): Span | undefined {
  const noun = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!next) return undefined;
  const g = gap(text, noun, next, sentence.end);
  if (/^\s*:\s*$/.test(g)) return trimContent(text, next.start, sentence.end);
  if (isBoundary(g)) return undefined;
  if (next.lower === "that") {
    const from = tokens[i + 2];
    return from ? trimContent(text, from.start, sentence.end) : undefined;
  }
  if (!CLAUSE.has(next.lower) && !PREPOSITIONS.has(next.lower)) return undefined;
  const from = next.lower === "to" ? next : tokens[i + 2];
  if (!from) return undefined;
  const stop = clauseEnd(text, tokens, i + 1, sentence.end);
  const content = trimContent(text, from.start, (tokens[stop] as Token).end);
  return content.end > content.start ? content : undefined;
}

/** Index of the first token before `i` past at most MAX_MODIFIERS modifiers, in the clause. */
function beforeModifiers(text: string, tokens: readonly Token[], i: number): number {
  let j = i - 1;
  for (let n = 0; n < MAX_MODIFIERS && j >= 0; n++, j--) {
    const t = tokens[j] as Token;
    if (isBoundary(gap(text, t, tokens[j + 1], 0))) return -1;
    if (POSSESSIVE.has(t.lower) || /['’]s?$/.test(t.raw) || CENTRAL_DETERMINERS.has(t.lower))
      return j;
    if (t.form.stopword || t.capitalized) return j;
  }
  return j;
}

/** `her view that …`, `the senator's support for …`, `warnings from the agency that …`. */
export function ownedNounFrame(
  text: string,
  tokens: readonly Token[],
  i: number,
  sentence: Span,
): Cued | undefined {
  const noun = tokens[i] as Token;
  const cue = { start: noun.start, end: noun.end };
  const j = beforeModifiers(text, tokens, i);
  const owner = j >= 0 ? (tokens[j] as Token) : undefined;
  let mention: Mention | undefined;
  const pronoun = owner && POSSESSIVE.get(owner.lower);
  if (owner && pronoun)
    mention = { kind: "pronoun", text: pronoun, span: { start: owner.start, end: owner.end } };
  else if (owner && /['’]s?$/.test(owner.raw) && !owner.form.stopword)
    mention = mentionOf(text, tokens, Math.max(clauseStart(text, tokens, j), j - 4), j);
  if (mention) {
    const content = complementAfter(text, tokens, i, sentence);
    return content ? { cue, content, mention, participle: false, nominal: true } : undefined;
  }
  return fromFrame(text, tokens, i, sentence);
}

/** A possessive determiner or a genitive. */
function isOwner(t: Token): boolean {
  return POSSESSIVE.has(t.lower) || /['’]s?$/.test(t.raw);
}

/** `warnings from the agency that …`, `a plea from the mayor to …`. */
function fromFrame(
  text: string,
  tokens: readonly Token[],
  i: number,
  sentence: Span,
): Cued | undefined {
  const noun = tokens[i] as Token;
  if (tokens[i + 1]?.lower !== "from") return undefined;
  const stop = Math.min(clauseEnd(text, tokens, i + 2, sentence.end), i + 1 + MAX_SOURCE_WORDS);
  for (let k = i + 3; k <= stop + 1 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!CLAUSE.has(t.lower) && !PREPOSITIONS.has(t.lower)) continue;
    const mention = mentionOf(text, tokens, i + 2, k - 1);
    if (!mention || !isSource(mention, "communication")) return undefined;
    const content = complementAfter(text, tokens, k - 1, sentence);
    if (!content) return undefined;
    return {
      cue: { start: noun.start, end: noun.end },
      content,
      mention,
      participle: false,
      nominal: true,
    };
  }
  return undefined;
}

/**
 * `Okafor made the case that …`, `the council issued a warning: …`, `they signed an agreement to
 * …`: a light verb, at most three modifiers or a short indirect object, and an attribution noun
 * with its complement. The cue spans the verb to the noun; the source is the verb's subject.
 */
export function lightVerbFrame(
  text: string,
  tokens: readonly Token[],
  i: number,
  sentence: Span,
): Cued | undefined {
  const verb = tokens[i] as Token;
  if (!lightVerbs.has(verb.lower)) return undefined;
  const head = chainStart(tokens, i);
  const from = clauseStart(text, tokens, head);
  if (from >= head) return undefined;
  const mention = mentionOf(text, tokens, from, head - 1);
  if (!mention || !isSource(mention, "communication")) return undefined;
  for (let k = i + 1; k <= i + 1 + MAX_MODIFIERS && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (isBoundary(gap(text, tokens[k - 1], t, 0))) return undefined;
    if (!attributionNounAt(t)) continue;
    const content = complementAfter(text, tokens, k, sentence);
    if (!content) return undefined;
    const cue = { start: (tokens[head] as Token).start, end: t.end };
    return { cue, content, mention, participle: false };
  }
  return undefined;
}

/**
 * `In her statement, …`, `In a new poll, …`: a sentence opening on "in" and a channel (a
 * statement, an interview) with its owner, or a piece of evidence, names the source of what
 * follows the comma. A channel with no owner (`In an interview, Okafor said …`) leaves the
 * source to the main clause's own cue.
 */
export function channelFrame(
  text: string,
  tokens: readonly Token[],
  sentence: Span,
): Cued | undefined {
  const first = tokens[0];
  if (first?.lower !== "in" || tokens.length < 4) return undefined;
  const stop = clauseEnd(text, tokens, 1, sentence.end);
  if (stop > MAX_SOURCE_WORDS || !/^\s*,/.test(gap(text, tokens[stop], tokens[stop + 1], 0)))
    return undefined;
  const phrase = tokens.slice(1, stop + 1);
  const nounAt = phrase.findIndex((t) => {
    const w = t.lower.replace(/s$/, "");
    return channelNouns.has(w) || evidenceNouns.has(w);
  });
  const noun = phrase[nounAt];
  const next = tokens[stop + 1];
  if (!noun || !next) return undefined;
  // The owner before the noun's modifiers (`In its latest report`).
  let ownerAt = nounAt - 1;
  while (ownerAt > 0 && !isOwner(phrase[ownerAt] as Token)) ownerAt--;
  const owner = phrase[ownerAt];
  const pronoun = owner && POSSESSIVE.get(owner.lower);
  let mention: Mention | undefined;
  if (owner && pronoun)
    mention = { kind: "pronoun", text: pronoun, span: { start: owner.start, end: owner.end } };
  else if (owner && /['’]s?$/.test(owner.raw)) mention = mentionOf(text, tokens, 1, ownerAt + 1);
  else if (evidenceNouns.has(noun.lower.replace(/s$/, "")))
    mention = {
      kind: "nominal",
      text: text.slice((phrase[0] as Token).start, noun.end),
      span: { start: (phrase[0] as Token).start, end: noun.end },
    };
  if (!mention) return undefined;
  const content = trimContent(text, next.start, sentence.end);
  if (content.end <= content.start) return undefined;
  return { cue: { start: first.start, end: noun.end }, content, mention, participle: false };
}

/**
 * `X's claim that …`, `the allegation that …`: a statement noun of the framing index and its
 * "that" clause, the owner a name's genitive before it (none otherwise).
 */
export function nounFrame(
  text: string,
  tokens: readonly Token[],
  i: number,
  sentence: Span,
): Cued | undefined {
  const noun = tokens[i] as Token;
  const next = tokens[i + 1];
  if (next?.lower !== "that" || isBoundary(gap(text, noun, next, 0))) return undefined;
  const prev = tokens[i - 1];
  const mention =
    prev && prev.capitalized && /['’]s$/.test(prev.raw)
      ? mentionOf(text, tokens, clauseStart(text, tokens, i - 1), i - 1)
      : undefined;
  const content = trimContent(text, next.end, sentence.end);
  return { cue: { start: noun.start, end: noun.end }, content, mention, participle: false };
}
