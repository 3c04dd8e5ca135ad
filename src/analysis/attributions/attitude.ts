import {
  attitudeAdjectives,
  attitudePhrases,
  attitudeVerbs,
  type AttitudePhrase,
  type AttitudeClass,
  type AttitudeVerb,
} from "../lexicons/attitude-verbs.ts";
import { bodyNouns, evidenceNouns, personNouns } from "../lexicons/speaker-nouns.ts";
import { CENTRAL_DETERMINERS } from "../lexicons/stopwords.ts";
import { tagSentence, wordAt } from "../text/tagger.ts";
import { isTitleCased, type Token } from "../text/tokens.ts";
import type { Span } from "../types.ts";
import {
  clauseEnd,
  clauseStart,
  gap,
  isBoundary,
  trimContent,
  type Cued,
  type Mention,
  type Quoted,
} from "./frame.ts";
import { QUANTIFIERS, mentionOf } from "./mention.ts";
import { chainStart, verbFrame } from "./verb-frame.ts";

/*
 * Attributions of a belief, an intention, a stance or a finding (lexicons/attitude-verbs.ts):
 * `Okafor believes the vote will fail`, `the council wants the tolls cut`, `the union endorsed
 * Okafor`, `a new survey found …`. These verbs have common senses that attribute nothing (`the
 * plan needs money`, `prices showed a rise`), so each counts only in the frame of its class:
 *   - its subject is a source: a name, a pronoun, or a noun phrase headed by a person or a body
 *     (a document or a piece of evidence too, for verbs of finding and showing);
 *   - its complement is its class's: a clause for belief, "to" or an object and "to" for desire,
 *     an object for stance, finding and communication;
 *   - nothing makes it a noun here (a determiner or a genitive before it);
 *   - the content follows it (`…, Okafor believes.` is a belief's only other frame).
 */

const BY_FORM: ReadonlyMap<string, AttitudeVerb> = new Map(
  attitudeVerbs.flatMap((v) => v.forms.map((f) => [f, v] as const)),
);

/** The attitude verb a token's form is, if any. */
export function attitudeVerbAt(t: Token): AttitudeVerb | undefined {
  return BY_FORM.get(t.lower);
}

const PHRASES_BY_FORM: ReadonlyMap<string, readonly AttitudePhrase[]> = (() => {
  const out = new Map<string, AttitudePhrase[]>();
  for (const p of attitudePhrases) for (const f of p.forms) out.set(f, [...(out.get(f) ?? []), p]);
  for (const list of out.values()) list.sort((a, b) => b.particles.length - a.particles.length);
  return out;
})();

/** The phrasal attitude verb starting at token `i` (`laid out`), as a verb and its length. */
export function attitudePhraseAt(
  tokens: readonly Token[],
  i: number,
): { verb: AttitudeVerb; length: number } | undefined {
  const list = PHRASES_BY_FORM.get((tokens[i] as Token).lower);
  if (!list) return undefined;
  for (const p of list)
    if (p.particles.every((w, k) => tokens[i + 1 + k]?.lower === w))
      return {
        verb: { lemma: p.lemma, forms: [], kind: p.kind },
        length: 1 + p.particles.length,
      };
  return undefined;
}

/** Subject pronouns that open a clause (`X believes he can win`). */
const CLAUSE_SUBJECTS = new Set("he she they we i it there you this".split(" "));
/** A finite auxiliary or modal: a clause's verb after its subject (`X expects the bill will pass`). */
const FINITE = new Set(
  (
    "will would can could may might must should shall is are was were has have had does did " +
    "won't can't isn't wasn't doesn't didn't"
  ).split(" "),
);
const WH_WORDS = new Set("whether if why how what who when where".split(" "));
/** Prepositions and particles that make the verb another sense (`backed off`, `showed up`). */
const NOT_OBJECT = new Set(
  "in on at from by with into up down out off back over away as around through".split(" "),
);
/** What follows "ruled" in a verdict (FrameNet Verdict: `ruled that`, `ruled against`). */
const VERDICT = new Set(["that", "against", "for"]);
/** Prepositions after a verb of speaking or feeling that carry its content (`talked about`). */
const ABOUT = new Set(["about", "of", "on"]);
/** Most words of an object before a desire verb's "to" (`wants the state's voters to`). */
const MAX_OBJECT_WORDS = 5;
/** Most words from a belief verb to its clause's finite verb (`expects the new bill will`). */
const MAX_CLAUSE_SUBJECT = 6;

/** True when the words after the verb are the complement its class takes. */
function complemented(
  text: string,
  tokens: readonly Token[],
  i: number,
  verb: AttitudeVerb,
  sentence: Span,
): boolean {
  const kind = verb.kind;
  const next = tokens[i + 1];
  const after = gap(text, tokens[i], next, sentence.end);
  // An object in quotation marks (`Okafor attacked "the old way of doing things"`) is an object.
  const quotedObject = /^\s*["“‘]\s*$/.test(after) && kind !== "belief";
  if (!next || (isBoundary(after) && !quotedObject) || /[.!?]/.test(after))
    return kind === "belief";
  const w = next.lower;
  // A verdict (`ruled that …`, `ruled Friday against …`), not a line drawn or a land governed.
  if (verb.lemma === "rule")
    return VERDICT.has(w) || (next.capitalized && VERDICT.has(tokens[i + 2]?.lower ?? ""));
  if (w === "that") return true;
  if (w === "to") return kind === "desire" || kind === "belief" || kind === "communication";
  if (ABOUT.has(w)) return kind === "belief" || kind === "communication";
  if (WH_WORDS.has(w)) return kind !== "stance";
  if (NOT_OBJECT.has(w) || CONJUNCTION_BEFORE.has(w) || w === "but") return false;
  // `writes for the paper`, `speaks for the union`: for whom, not what (but `voted for`).
  if (w === "for") return kind === "stance";
  if (kind === "stance" || kind === "evidence" || kind === "communication") return true;
  if (CLAUSE_SUBJECTS.has(w)) return true;
  // An object and then "to" (`wants the council to act`), or a clause's verb (`expects the bill will pass`).
  const limit = Math.min(tokens.length, i + 2 + Math.max(MAX_OBJECT_WORDS, MAX_CLAUSE_SUBJECT));
  for (let j = i + 2; j < limit; j++) {
    const t = tokens[j] as Token;
    if (isBoundary(gap(text, tokens[j - 1], t, sentence.end))) return false;
    if (t.lower === "to" && j - i - 1 <= MAX_OBJECT_WORDS) return true;
    if (FINITE.has(t.lower)) return true;
  }
  return false;
}

/** Forms of "be" before a participle: a passive. */
const BE = new Set("is are was were be been being am 's ’s".split(" "));
/** Words that open a phrase that is no subject (`after routine tests`, `as officials`). */
const NOT_SUBJECT_START = new Set(
  "after before in on at by for from with of about during since as if when while because".split(
    " ",
  ),
);

/**
 * Nouns formed with a suffix that makes a person of a verb, noun or place (Quirk et al. 1985,
 * App. I.33-I.35: economist, historian, participant, resident, engineer): persons, whatever
 * the stem.
 * Not -ment (statement, government) nor -er, which makes as many things (paper, number) as people.
 */
const AGENTIVE = /^[a-z]{3,}(?:ist|ian|ant|[^m]ent|eer)$/;

/** A subject pronoun that can stand for a source. */
const SOURCE_PRONOUNS = new Set("he she they we i it you who".split(" "));

/** The head noun of a phrase, singular, for the noun lists. */
function head(phrase: string): string {
  const last = (/([a-z-]+)(?:['’]s?)?$/i.exec(phrase)?.[1] ?? "").toLowerCase();
  return last;
}

/**
 * The head noun before a postmodifying preposition (`a study by the university`, `a new ad from
 * the campaign`, `members of the panel`): Quirk et al. 1985, §17.2, the head precedes its
 * prepositional postmodifier; undefined when the phrase has none.
 */
function headBeforePreposition(phrase: string): string | undefined {
  const m = /^(.*?[a-z-]+)\s+(?:by|from|of|on|at|in|for|with)\s/i.exec(phrase);
  return m ? head(m[1] ?? "") : undefined;
}

/** The phrase's head noun, and the one before its postmodifier, singular. */
function heads(phrase: string): string[] {
  const before = headBeforePreposition(phrase);
  return [...singulars(head(phrase)), ...(before ? singulars(before) : [])];
}

function singulars(word: string): string[] {
  const out = [word];
  if (word.endsWith("ies")) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) out.push(word.slice(0, -2));
  if (word.endsWith("s")) out.push(word.slice(0, -1));
  return out;
}

/** A phrase headed by a document or a piece of evidence (`a new survey`, `the records`). */
function isEvidence(mention: Mention): boolean {
  // A capitalised common noun opening a sentence (`Polls show …`) is read as a name.
  return mention.kind !== "pronoun" && heads(mention.text).some((w) => evidenceNouns.has(w));
}

/** "that", a question word or a subject pronoun right after the verb: a clause, not an object. */
function clauseFollows(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.lower ?? "";
  return next === "that" || WH_WORDS.has(next) || CLAUSE_SUBJECTS.has(next);
}

/** True when a mention can be a source of an attitude of this class. */
export function isSource(mention: Mention, kind: AttitudeClass): boolean {
  if (mention.kind === "name") return true;
  if (mention.kind === "pronoun") return SOURCE_PRONOUNS.has(mention.text.toLowerCase());
  if (NOT_SUBJECT_START.has(/^\S+/.exec(mention.text.toLowerCase())?.[0] ?? "")) return false;
  // A share of those polled (`46 percent would back`, `a majority of voters`) is people.
  if (kind !== "evidence" && /^(?:percent|majority|minority|plurality)$/.test(head(mention.text)))
    return true;
  // A quantified subject (`many of them`, `all`, `those close to her`) stands for people.
  const quantifier = /^(\S+)(?:\s+of\s|$)/.exec(mention.text.toLowerCase())?.[1] ?? "";
  if (QUANTIFIERS.has(quantifier) || /^those\s/i.test(mention.text)) return kind !== "evidence";
  return heads(mention.text).some(
    (w) =>
      personNouns.has(w) ||
      bodyNouns.has(w) ||
      AGENTIVE.test(w) ||
      (kind === "evidence" && evidenceNouns.has(w)),
  );
}

/**
 * The form is a verb here, not a noun (`the campaign's plans`, `their support`, `the attacks`):
 * no determiner or genitive before it. With a subject before it and its class's complement after
 * it, that is enough; the tagger, which costs more than all of this, is not asked.
 */
function verbHere(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return true;
  return (
    !CENTRAL_DETERMINERS.has(prev.lower) &&
    !POSSESSIVES.has(prev.lower) &&
    !/['’]s?$/.test(prev.raw)
  );
}

const POSSESSIVES = new Set("his her its their our my your whose".split(" "));

/** Fewest words of a headline whose capitals say nothing (not a credit line, `Agency Press Wire`). */
const MIN_HEADLINE_WORDS = 5;

/** Verbs of putting a message out: their object is the message once it is out. */
const PUT_OUT = new Set(["publish", "release", "issue"]);
/** Modals and negations: the act they govern has not taken place (Quirk et al. 1985, §4.49). */
const UNREALISED = new Set(
  (
    "will would can could may might must shall should not never didn't doesn't don't won't " +
    "wouldn't cannot can't hasn't haven't hadn't"
  ).split(" "),
);

/** True when a modal or a negation governs the verb at `i` within its clause. */
function unrealised(text: string, tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - MAX_GOVERNED); k--) {
    if (UNREALISED.has((tokens[k] as Token).lower)) return true;
    if (isBoundary(gap(text, tokens[k], tokens[k + 1], 0))) return false;
  }
  return false;
}

/** Most words back from a verb to a modal or negation that governs it (`will fund X and publish`). */
const MAX_GOVERNED = 20;

/**
 * `the cities that support the rules`: "that" after a noun, before a form that is also a noun,
 * is a determiner (`… said that support was growing`) or a relative pronoun (Quirk et al. 1985,
 * §17.9); the tagger decides, asked only here.
 */
function afterRelativeThat(
  text: string,
  tokens: readonly Token[],
  i: number,
  sentence: Span,
): boolean {
  const before = tokens[i - 2];
  if (tokens[i - 1]?.lower !== "that" || !before || before.form.stopword) return false;
  return wordAt(tagSentence(text, sentence), (tokens[i] as Token).start)?.pos === "VERB";
}

/** The attribution an attitude verb at token `i` heads, or undefined outside its frames. */
export function attitudeFrame(
  text: string,
  tokens: readonly Token[],
  i: number,
  verb: AttitudeVerb,
  sentence: Span,
  quoted: Quoted,
  length = 1,
): Cued | undefined {
  const t = tokens[i] as Token;
  // Capitalised inside a sentence, the form is part of a name (`the Free Press`), unless the
  // sentence is a headline in title case (`Okafor Backs New Bridge Plan`), where every word is.
  if (i > 0 && t.capitalized && !(tokens.length >= MIN_HEADLINE_WORDS && isTitleCased(tokens)))
    return undefined;
  // `the plan`, `to discuss`, `is expected to`: a noun, an infinitive whose subject is elsewhere,
  // or a passive, whose subject holds no attitude (its source, if any, follows "by").
  const prev = tokens[i - 1]?.lower ?? "";
  const passive = BE.has(prev) && !t.lower.endsWith("ing");
  // After a catenative chain (`went on to praise`) "to" is no infinitive of another subject's.
  const infinitive = prev === "to" && chainStart(tokens, i) === i;
  if ((!verbHere(tokens, i) && !afterRelativeThat(text, tokens, i, sentence)) || passive)
    return undefined;
  // `will publish the report`, `did not release it`: a message not (yet) put out holds no
  // content to attribute.
  if (PUT_OUT.has(verb.lemma) && unrealised(text, tokens, i)) return undefined;
  if (!complemented(text, tokens, i + length - 1, verb, sentence)) return undefined;
  if (infinitive) return length === 1 ? purpose(text, tokens, i, verb, sentence) : undefined;
  const found = verbFrame(text, tokens, i, length, verb.lemma, sentence, quoted, undefined, true);
  if (!found || found.content.end <= found.content.start) return undefined;
  const leading = found.content.start >= found.cue.end;
  if (!leading && verb.kind !== "belief") return undefined;
  if (found.mention) {
    // Inverted (`…, backed Okafor`) is no frame of these verbs.
    if (found.mention.span.start > found.cue.start) return undefined;
    // A headline's subject opens it (`Okafor Backs …`), unlike a credit line's (`Photo via
    // Agency Press Wire`).
    if (i > 0 && t.capitalized && found.mention.span.start !== (tokens[0] as Token).start)
      return undefined;
    if (!isSource(found.mention, verb.kind)) return undefined;
    // A person who finds or shows a thing (`engineers found rust`) reports nothing; a study that
    // finds one reports its result. A person's finding is a clause (`engineers found that …`).
    if (verb.kind === "evidence" && !isEvidence(found.mention) && !clauseFollows(tokens, i))
      return undefined;
  } else {
    // A participle or a second verb (`…, hoping to …`, `… and wants to …`): its complement, or
    // for a verb of speaking or judging its object (`…, urging voters to …`, `… and praised the
    // crews`), since what it reports is in its object.
    const next = tokens[i + 1]?.lower;
    const object = verb.kind === "communication" || verb.kind === "stance";
    if (next !== "to" && next !== "that" && (!object || inList(text, tokens, i))) return undefined;
  }
  return found;
}

/**
 * True when the -ing form at `i` continues a list of -ing forms (`including pressuring X,
 * promoting Y and …`): one of the items named, not a participle clause of its own.
 */
function inList(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!t.lower.endsWith("ing")) return false;
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (CONJUNCTION_BEFORE.has(prev.lower)) return true;
  const start = clauseStart(text, tokens, i - 1);
  if ((tokens[start] as Token).lower.endsWith("ing") && start > 0) return true;
  for (let k = start; k < i - 1; k++)
    if ((tokens[k] as Token).lower === "including" && tokens[k + 1]?.lower.endsWith("ing"))
      return true;
  return false;
}

/** Words that join a list's last item (`… and promoting …`). */
const CONJUNCTION_BEFORE = new Set(["and", "or"]);

/**
 * An infinitive of purpose after a verb phrase (`the leaders met to discuss the plan`, `she
 * flew in to rally the crowd`): its subject is the main clause's (Quirk et al. 1985, §15.48), so
 * a verb of speaking or judging there reports that subject's words; its object is the content.
 * Not after a noun or an adjective, whose infinitive has a subject of its own (`the authority to
 * issue`, `hard for critics to attack`), nor after "for", nor after a desire or belief verb,
 * whose own frame takes it.
 */
function purpose(
  text: string,
  tokens: readonly Token[],
  i: number,
  verb: AttitudeVerb,
  sentence: Span,
): Cued | undefined {
  if (verb.kind !== "communication" && verb.kind !== "stance") return undefined;
  const before = tokens[i - 2];
  const next = tokens[i + 1];
  if (!before || !next || isBoundary(gap(text, before, tokens[i - 1], 0))) return undefined;
  if (!PURPOSE_AFTER.test(before.lower) && !/(?:ed|ly)$/.test(before.lower)) return undefined;
  if (attitudeVerbAt(before)) return undefined;
  const t = tokens[i] as Token;
  const content = trimContent(
    text,
    next.start,
    (tokens[clauseEnd(text, tokens, i + 1, sentence.end)] as Token).end,
  );
  if (content.end <= content.start) return undefined;
  return { cue: { start: t.start, end: t.end }, content, mention: undefined, participle: true };
}

/**
 * Words a purpose infinitive follows: a past verb or an adverb (matched by their endings by
 * the caller), a day, or a place or time adverb (`met on Friday to`, `came here to`).
 */
const PURPOSE_AFTER =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|here|there|again|together|met|came|went|gathered|rose|stood|spoke|took|left|sent|met|made|convened|returned)$/;

/** Words that may stand between "be" and an attitude adjective (`is not sure`, `was deeply worried`). */
const DEGREE = new Set(
  "not also very so too more most less deeply increasingly still now".split(" "),
);
/** What an attitude adjective's complement opens with. */
const ADJECTIVE_COMPLEMENT = new Set("that to of about with over on".split(" "));
/** Forms of "be" (and the linking verbs of its kind) before an attitude adjective. */
const LINKING = new Set(
  "is are was were be been being am remain remains remained seem seems seemed appear appears appeared".split(
    " ",
  ),
);

/**
 * `Okafor is convinced that …`, `the council was reluctant to …`: an attitude adjective after
 * "be", with its complement, attributed to the subject of "be" (the adjective is the cue).
 */
export function adjectiveFrame(
  text: string,
  tokens: readonly Token[],
  i: number,
  sentence: Span,
  quoted: Quoted,
): Cued | undefined {
  const t = tokens[i] as Token;
  if (!attitudeAdjectives.has(t.lower)) return undefined;
  const next = tokens[i + 1];
  if (!next || isBoundary(gap(text, t, next, sentence.end))) return undefined;
  if (!ADJECTIVE_COMPLEMENT.has(next.lower) && !CLAUSE_SUBJECTS.has(next.lower)) return undefined;
  let j = i - 1;
  while (
    j > 0 &&
    (DEGREE.has((tokens[j] as Token).lower) || /ly$/.test((tokens[j] as Token).lower))
  )
    j--;
  if (j <= 0 || !LINKING.has((tokens[j] as Token).lower)) return undefined;
  // The frame is the verb's, read at the adjective: the subject before "be", the content after.
  const found = verbFrame(text, tokens, i, 1, t.lower, sentence, quoted, undefined, true);
  if (!found?.mention || found.content.start < found.cue.end) return undefined;
  if (found.mention.span.start > found.cue.start || !isSource(found.mention, "belief"))
    return undefined;
  return found;
}

/** Adverbs between "be" and a passive participle (`was first reported by`). */
const PASSIVE_ADVERBS = new Set(
  "first also later widely previously initially since not never generally often long now still commonly largely".split(
    " ",
  ),
);

/**
 * A passive with its agent (`the figures were first reported by the agency`, `Okafor has been
 * endorsed by three unions`): the agent after "by" is the source, the subject before "be" the
 * content (Quirk et al. 1985, §3.63-3.64: the by-phrase names the active clause's subject). Only
 * for a reporting or attitude verb's participle, and only with "by" right after it.
 */
/**
 * True when the verb at `i` is a participle after "be" in its own clause (`were reported`, `was
 * first cited`), not after a quotation ending in "is" (`"… who their boss is," said X`).
 */
export function isPassive(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.lower.endsWith("ing")) return false;
  let j = i - 1;
  while (j > 0 && PASSIVE_ADVERBS.has((tokens[j] as Token).lower)) j--;
  if (j < 0 || !BE.has((tokens[j] as Token).lower)) return false;
  for (let k = j; k < i; k++)
    if (isBoundary(gap(text, tokens[k], tokens[k + 1], t.start))) return false;
  return true;
}

export function passiveFrame(
  text: string,
  tokens: readonly Token[],
  i: number,
  sentence: Span,
): Cued | undefined {
  const t = tokens[i] as Token;
  const by = tokens[i + 1];
  if (by?.lower !== "by" || !/(?:ed|en|wn|ht|id)$/.test(t.lower)) return undefined;
  if (isBoundary(gap(text, t, by, sentence.end))) return undefined;
  if (!isPassive(text, tokens, i)) return undefined;
  let be = i - 1;
  while (be > 0 && PASSIVE_ADVERBS.has((tokens[be] as Token).lower)) be--;
  // `has been endorsed`: the auxiliary before "been" is the verb phrase's too.
  while (
    be > 0 &&
    /^(?:has|have|had|will|would|may|might|could|can|must|should)$/.test(
      (tokens[be - 1] as Token).lower,
    )
  )
    be--;
  const from = clauseStart(text, tokens, be);
  if (from >= be) return undefined;
  const stop = clauseEnd(text, tokens, i + 2, sentence.end);
  const agent = mentionOf(text, tokens, i + 2, stop);
  if (!agent || !isSource(agent, "evidence")) return undefined;
  const content = trimContent(text, (tokens[from] as Token).start, (tokens[be - 1] as Token).end);
  if (content.end <= content.start) return undefined;
  return { cue: { start: t.start, end: by.end }, content, mention: agent, participle: false };
}

/** True when a token can open a verb phrase after "to": a lower-case word, not a noun's determiner. */
function isVerbStart(t: Token): boolean {
  return (
    !t.capitalized &&
    /^[a-z]/.test(t.raw) &&
    !CENTRAL_DETERMINERS.has(t.lower) &&
    !POSSESSIVES.has(t.lower) &&
    !HEARER_OBJECTS.has(t.lower)
  );
}

/** Object pronouns: after "to" they make it a preposition (`reported to them`). */
const HEARER_OBJECTS = new Set("me us him her them it you whom".split(" "));

/** What follows a raised or impersonal passive: an infinitive, a clause or a complement. */
const RAISED_COMPLEMENT = new Set(["to", "that", "as"]);

/**
 * An agentless passive of a verb of saying or believing with its complement (`the vote is
 * expected to fail`, `the plan was said to be dead`, `the claims were rated as false`, `it is
 * believed that …`): the attribution has no named source (Quirk et al. 1985, §16.31-16.33,
 * raising and the impersonal passive of reporting verbs; PARC 3.0 annotates them with an empty
 * source). The cue runs from "be" to the participle; the content is the clause, its subject and
 * its complement, which the passive holds on both sides of the cue.
 */
export function raisedPassive(
  text: string,
  tokens: readonly Token[],
  i: number,
  sentence: Span,
  belief: boolean,
): Cued | undefined {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!next || !isPassive(text, tokens, i)) return undefined;
  if (isBoundary(gap(text, t, next, sentence.end))) return undefined;
  // `reported to the police`: "to" before a noun phrase is a preposition, not an infinitive.
  const after = tokens[i + 2];
  if (next.lower === "to" && (!after || !isVerbStart(after))) return undefined;
  // `is considered a threat`: a belief verb's passive takes its complement directly.
  const complement =
    RAISED_COMPLEMENT.has(next.lower) ||
    (belief && !NOT_OBJECT.has(next.lower) && !ABOUT.has(next.lower));
  if (!complement || next.lower === "by") return undefined;
  let be = i - 1;
  while (
    be > 0 &&
    (PASSIVE_ADVERBS.has((tokens[be] as Token).lower) || (tokens[be] as Token).lower === "not")
  )
    be--;
  const from = clauseStart(text, tokens, be);
  const start = next.lower === "that" ? tokens[i + 2] : tokens[from];
  if (!start) return undefined;
  // A that-clause runs to the sentence's end; an infinitive or a complement to its clause's, so
  // a trailing cue after a comma (`…, the company said`) stays out of it.
  const end =
    next.lower === "that"
      ? sentence.end
      : (tokens[clauseEnd(text, tokens, i + 1, sentence.end)] as Token).end;
  const content = trimContent(text, start.start, end);
  if (content.end <= content.start) return undefined;
  return {
    cue: { start: (tokens[be] as Token).start, end: t.end },
    content,
    mention: undefined,
    participle: false,
    sourceless: true,
  };
}
