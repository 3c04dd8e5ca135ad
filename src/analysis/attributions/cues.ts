import { findFramingTerm, findReportWord } from "../framing/lexicon-index.ts";
import { CENTRAL_DETERMINERS } from "../lexicons/stopwords.ts";
import { tagSentence, wordAt } from "../text/tagger.ts";
import type { Token } from "../text/tokens.ts";
import type { Span } from "../types.ts";
import {
  clauseEnd,
  clauseStart,
  gap,
  isBoundary,
  trimContent,
  type Cued,
  type Quoted,
} from "./frame.ts";
import {
  adjectiveFrame,
  attitudeFrame,
  attitudePhraseAt,
  attitudeVerbAt,
  isPassive,
  isSource,
  passiveFrame,
  raisedPassive,
} from "./attitude.ts";
import { AUXILIARIES, NOUN_LIKE_FORMS, appositive, mentionOf } from "./mention.ts";
import { hasObjectFrame, verbFrame } from "./verb-frame.ts";
import {
  attributionNounAt,
  channelFrame,
  lightVerbFrame,
  nounFrame,
  ownedNounFrame,
} from "./noun-frame.ts";

/*
 * Reporting cues and the syntax around them, one sentence at a time. English reports speech in
 * a handful of frames (Quirk et al. 1985, §14.29-14.31; Biber et al. 1999, §11.2):
 *   leading    X said (that) …      X told Y (that) …     X noted that …
 *   trailing   "…," X said.         …, X said on Monday.
 *   inverted   "…," said X.
 *   phrase     according to X, …    …, according to X.
 *   participle …, adding that …     …, saying …
 *   noun       X's claim that …
 * Each frame fixes where the speaker and the content are; a reporting word outside every frame
 * ("the findings", "a charge of fraud") is not a cue.
 */

/**
 * Finds the attributions one sentence holds. `tokens` are the sentence's; `end` its end.
 * `previousQuote` is the inside of a quotation that ends the sentence before, with nothing after
 * it: the segmenter ends a sentence at a quotation's "?" or "!" (`"Why now?" Okafor asked.`), so
 * a trailing cue opening this sentence reports that quotation.
 */
export function findCues(
  text: string,
  tokens: readonly Token[],
  sentence: Span,
  quoted: Quoted,
  previousQuote?: Span,
): Cued[] {
  const out: Cued[] = [];
  const labelled = speakerLabel(text, tokens, sentence);
  if (labelled) out.push(labelled);
  const channel = channelFrame(text, tokens, sentence);
  if (channel) out.push(channel);
  const opening = channel ? undefined : openingParticiple(text, tokens, sentence);
  if (opening) out.push(opening);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // The channel's words (`In her statement,`) are its cue, no other.
    if (quoted(t) || (channel && t.start < channel.cue.end)) continue;
    if (opening && t.start < opening.cue.end) continue;
    const word = findReportWord(tokens, i);
    // `… was first reported by the agency`: a passive, its agent the source.
    const passive =
      (word?.kind === "verb" && word.length === 1) || attitudeVerbAt(t)
        ? passiveFrame(text, tokens, i, sentence)
        : undefined;
    if (passive) {
      out.push(passive);
      i++;
      continue;
    }
    // `as Okafor put it`: a comment clause (Quirk et al. 1985, §15.53-15.56) attributing the
    // clause it comments on.
    const comment = !word && PUT.has(t.lower) ? putItFrame(text, tokens, i, sentence) : undefined;
    if (comment) {
      out.push(comment);
      i++;
      continue;
    }
    if (
      !word &&
      CONTINUED.has(t.lower) &&
      /^\s*(:|,\s*["“])/.test(gap(text, t, tokens[i + 1], sentence.end))
    ) {
      // `She continued: "…"`: a discourse-signalling verb (Caldas-Coulthard 1994), only before a
      // quotation, since its other senses ("prices continued to rise") are far commoner.
      const found = verbFrame(text, tokens, i, 1, "continue", sentence, quoted, previousQuote);
      if (found && found.content.end > found.content.start) out.push(found);
      continue;
    }
    if (!word) {
      // A phrasal verb of speaking or of stance (`laid out her plan`, `hit back at critics`).
      const phrasal = attitudePhraseAt(tokens, i);
      const phrased =
        phrasal && attitudeFrame(text, tokens, i, phrasal.verb, sentence, quoted, phrasal.length);
      if (phrasal && phrased) {
        out.push(phrased);
        i += phrasal.length - 1;
        continue;
      }
      const attitude = attitudeVerbAt(t);
      const raised =
        attitude &&
        (attitude.kind === "belief" || attitude.kind === "stance") &&
        raisedPassive(text, tokens, i, sentence, attitude.kind === "belief");
      if (raised) {
        out.push(raised);
        continue;
      }
      // A belief, an intention, a stance or a finding (`wants to`, `is convinced that`).
      const held = attitude
        ? attitudeFrame(text, tokens, i, attitude, sentence, quoted)
        : adjectiveFrame(text, tokens, i, sentence, quoted);
      if (held) out.push(held);
      // A noun that names a statement or a stance, with its owner (`her view that`, `the
      // senator's support for`), or a light verb before one (`made the case that`).
      const named = held
        ? undefined
        : attributionNounAt(t)
          ? ownedNounFrame(text, tokens, i, sentence)
          : lightVerbFrame(text, tokens, i, sentence);
      if (named) {
        out.push(named);
        continue;
      }
      if (held || attitude) continue;
      // Nouns that name a statement (allegation, assertion) are in the framing index only.
      const noun = findFramingTerm(tokens, i);
      const found =
        noun?.kind === "noun" && noun.category === "attribution"
          ? nounFrame(text, tokens, i, sentence)
          : undefined;
      if (found && found.content.end > found.content.start) out.push(found);
      continue;
    }
    // A passive without its agent (`the figures were reported in March`) names no source, and
    // its subject is what was said, not who said it; `it was reported that …` is left too.
    // A raised or impersonal passive (`the vote is expected to fail`) names no source but still
    // attributes its clause.
    if (word.kind === "verb" && word.length === 1 && isPassive(text, tokens, i)) {
      const raised = raisedPassive(text, tokens, i, sentence, !!attitudeVerbAt(t));
      if (raised) out.push(raised);
      continue;
    }
    const found =
      word.lemma === "according to"
        ? accordingTo(text, tokens, i, word.length, sentence)
        : word.kind === "noun" || afterGenitive(text, tokens, i)
          ? nounFrame(text, tokens, i, sentence)
          : verbFrame(text, tokens, i, word.length, word.lemma, sentence, quoted, previousQuote);
    if (
      found &&
      word.kind === "verb" &&
      word.length === 1 &&
      !afterGenitive(text, tokens, i) &&
      !verbByPlace(text, tokens, i, sentence) &&
      !isVerbHere(text, sentence, t)
    )
      continue;
    if (found && found.content.end > found.content.start) {
      out.push(found);
      i += word.length - 1;
    } else if (!found && word.kind === "verb" && word.length === 1) {
      // A reporting verb outside the frames of speech may still report a stance or a finding,
      // or, said by a source, name what was said as its object (`Okafor repeated her offer`,
      // `the council urged a recount`): a verb of communication (Levin 1993, §37) takes its
      // message as a plain object, and the source subject keeps its other senses out.
      const attitude =
        attitudeVerbAt(t) ??
        (hasObjectFrame(word.lemma) ||
        afterGenitive(text, tokens, i) ||
        !opensNounPhrase(text, tokens, i + 1)
          ? undefined
          : { lemma: word.lemma, forms: [t.lower], kind: "communication" as const });
      const other = attitude && attitudeFrame(text, tokens, i, attitude, sentence, quoted);
      if (other) out.push(other);
    }
  }
  // `Update: Okafor urges …`: a colon before a clause with its own speaker is a heading's, not a
  // speaker label's.
  if (
    labelled &&
    out.some((c) => c !== labelled && c.mention?.span.start === labelled.content.start)
  )
    return out.filter((c) => c !== labelled);
  return out;
}

/** Most words of a main clause's subject after an opening participle clause. */
const MAX_MAIN_SUBJECT = 8;

/**
 * A participle clause opening the sentence (`Asked about the delay, Okafor said …`, `Citing the
 * costs, the council rejected …`): a reporting or attitude verb's participle, its clause up to
 * the comma as the content, and the main clause's subject after the comma as the speaker (Quirk
 * et al. 1985, §15.60: a non-finite clause takes the main clause's subject).
 */
function openingParticiple(
  text: string,
  tokens: readonly Token[],
  sentence: Span,
): Cued | undefined {
  const first = tokens[0];
  if (!first || !first.capitalized || !/(?:ing|ed)$/.test(first.lower)) return undefined;
  if (!findReportWord(tokens, 0) && !attitudeVerbAt(first)) return undefined;
  const stop = clauseEnd(text, tokens, 0, sentence.end);
  if (stop < 1 || !/^\s*,\s*$/.test(gap(text, tokens[stop], tokens[stop + 1], sentence.end)))
    return undefined;
  let verb = stop + 1;
  while (
    verb < Math.min(tokens.length, stop + 1 + MAX_MAIN_SUBJECT) &&
    !findReportWord(tokens, verb) &&
    !attitudeVerbAt(tokens[verb] as Token) &&
    !AUXILIARIES.has((tokens[verb] as Token).lower)
  )
    verb++;
  if (verb >= tokens.length || verb === stop + 1) return undefined;
  const mention = mentionOf(text, tokens, stop + 1, verb - 1);
  if (!mention || !isSource(mention, "communication")) return undefined;
  const content = trimContent(text, (tokens[1] as Token).start, (tokens[stop] as Token).end);
  if (content.end <= content.start) return undefined;
  return { cue: { start: first.start, end: first.end }, content, mention, participle: false };
}

const PUT = new Set(["put", "puts"]);

/** `…, as Okafor put it.` and `As Okafor put it, …`: "put it" with its subject after "as". */
function putItFrame(
  text: string,
  tokens: readonly Token[],
  i: number,
  sentence: Span,
): Cued | undefined {
  const it = tokens[i + 1];
  if (it?.lower !== "it") return undefined;
  const from = clauseStart(text, tokens, i);
  if ((tokens[from] as Token).lower !== "as" || from + 1 > i - 1) return undefined;
  const mention = mentionOf(text, tokens, from + 1, i - 1);
  if (!mention) return undefined;
  const cue = { start: (tokens[i] as Token).start, end: it.end };
  const content =
    from > 0
      ? trimContent(text, sentence.start, (tokens[from - 1] as Token).end)
      : trimContent(
          text,
          tokens[clauseEnd(text, tokens, i, sentence.end) + 1]?.start ?? sentence.end,
          sentence.end,
        );
  return content.end > content.start ? { cue, content, mention, participle: false } : undefined;
}

/** Forms of "continue" that report speech before a colon or a quotation. */
export const CONTINUED: ReadonlySet<string> = new Set(["continued", "continues"]);

/**
 * Whether a reporting verb's form is a verb in this sentence, where the form is also a common
 * noun or adjective (`state officials`, `initial reports of`, `Republican claims as`): the
 * part-of-speech tagger decides, and only these sentences are tagged. Past forms (`stated`) and
 * forms that are only verbs (`says`) are taken as verbs without tagging.
 */
function isVerbHere(text: string, sentence: Span, t: Token): boolean {
  if (!NOUN_LIKE_FORMS.has(t.lower)) return true;
  const pos = wordAt(tagSentence(text, sentence), t.start)?.pos;
  return pos === undefined || pos === "VERB" || pos === "AUX";
}

/**
 * A form placed where only a verb fits: before "that" (`the paper reports that`), or ending the
 * sentence or clause after its subject (`…, the paper reports.`); the tagger reads a form after a
 * run of proper nouns as a noun.
 */
function verbByPlace(text: string, tokens: readonly Token[], i: number, sentence: Span): boolean {
  const next = tokens[i + 1];
  if (next?.lower === "that") return true;
  // An object pronoun after it, or a modal before it: only a verb fits (`they call them`,
  // `critics would call`).
  if (next && OBJECT_PRONOUNS.has(next.lower)) return true;
  if (i > 0 && MODALS_BEFORE.has((tokens[i - 1] as Token).lower)) return true;
  const after = gap(text, tokens[i], next, sentence.end);
  return i > 0 && /^[\s"”’']*[.,:;!?]/.test(after);
}

/**
 * True when the token at `k` can open the object of a verb of speaking: a determiner or
 * possessive, an object pronoun, a name, a number or a quotation (`repeated the offer`,
 * `urged Okafor`), not an adverb or a particle (`protested outside`, `wrote back`).
 */
function opensNounPhrase(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || isBoundary(gap(text, tokens[k - 1], t, 0).replace(/["“‘]/g, ""))) return false;
  return (
    CENTRAL_DETERMINERS.has(t.lower) ||
    NOUN_PHRASE_OPENERS.has(t.lower) ||
    t.capitalized ||
    /^\d/.test(t.raw) ||
    /["“‘]/.test(gap(text, tokens[k - 1], t, 0))
  );
}

/** Possessives and object pronouns that open an object. */
const NOUN_PHRASE_OPENERS = new Set(
  "his her its their our my your him them us me it this these those such".split(" "),
);

const OBJECT_PRONOUNS = new Set("him them us me".split(" "));
const MODALS_BEFORE = new Set("will would can could may might must should shall".split(" "));

/** After a genitive a reporting word is a noun (`the engineers' report`, `Okafor's claim`). */
function afterGenitive(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const between = gap(text, prev, tokens[i], 0);
  return !!prev && !isBoundary(between) && (/['’]s$/i.test(prev.raw) || /^['’]\s/.test(between));
}

/** Most words of a speaker label (`Okafor:`, `Amina Okafor:`, `OKAFOR:`). */
const MAX_LABEL_WORDS = 3;

/**
 * A name and a colon opening a sentence: the speaker label of a headline (`Okafor: "We will
 * rebuild"`) or a transcript (`OKAFOR: We will rebuild.`). The colon is the cue.
 */
function speakerLabel(text: string, tokens: readonly Token[], sentence: Span): Cued | undefined {
  for (let k = 0; k < Math.min(tokens.length - 1, MAX_LABEL_WORDS); k++) {
    const t = tokens[k] as Token;
    if (!t.capitalized || t.form.stopword) return undefined;
    const g = gap(text, t, tokens[k + 1], sentence.end);
    if (!/^:\s/.test(g)) {
      if (isBoundary(g)) return undefined;
      continue;
    }
    // `Said Okafor: "…"`: an inverted reporting verb before the name is the cue, not the colon.
    const verb =
      k > 0 && findReportWord(tokens, 0)?.kind === "verb" ? (tokens[0] as Token) : undefined;
    const mention = mentionOf(text, tokens, verb ? 1 : 0, k);
    if (mention?.kind !== "name") return undefined;
    const colon = t.end;
    const content = trimContent(text, colon + 1, sentence.end);
    const cue = verb ? { start: verb.start, end: verb.end } : { start: colon, end: colon + 1 };
    return content.end > content.start ? { cue, content, mention, participle: false } : undefined;
  }
  return undefined;
}

/** `according to X, …` and `…, according to X.` */
function accordingTo(
  text: string,
  tokens: readonly Token[],
  i: number,
  length: number,
  sentence: Span,
): Cued | undefined {
  const first = tokens[i] as Token;
  const cue = { start: first.start, end: (tokens[i + length - 1] as Token).end };
  const after = i + length;
  if (after >= tokens.length) return undefined;
  let stop = clauseEnd(text, tokens, after, sentence.end);
  // `according to the police chief, Dana Ruiz, …`: the name in apposition, and the content after.
  const named = appositive(text, tokens, stop, sentence);
  if (named) stop = clauseEnd(text, tokens, stop + 1, sentence.end);
  const mention = named ?? mentionOf(text, tokens, after, stop);
  const start = clauseStart(text, tokens, i);
  if (start > 0 || i > 0) {
    // `…, according to X.`: what comes before.
    const content = trimContent(text, sentence.start, first.start);
    if (content.end > content.start) return { cue, content, mention, participle: false };
  }
  const next = tokens[stop + 1];
  if (!next) return undefined;
  return {
    cue,
    content: trimContent(text, next.start, sentence.end),
    mention,
    participle: false,
  };
}
