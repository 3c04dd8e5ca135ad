import { bodyNouns, personNouns } from "../lexicons/speaker-nouns.ts";
import { CENTRAL_DETERMINERS } from "../lexicons/stopwords.ts";
import { findReportWord } from "../framing/lexicon-index.ts";
import type { Token } from "../text/tokens.ts";
import type { Span } from "../types.ts";
import { clauseEnd, clauseStart, gap, isBoundary, type Mention } from "./frame.ts";

/*
 * Who a cue's words name as its speaker, before resolution: a name, a pronoun or a noun phrase
 * (`the agency`, `officials`), read from the tokens a frame marks as its subject.
 */

const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you", "who", "which"]);
export const RELATIVES = new Set(["who", "which"]);
/** Personal pronouns in the subject case. */
const PERSONAL = new Set(["he", "she", "they", "we", "i"]);

/** Words between a subject and its verb that belong to neither (`X also said`, `she has said`). */
export const AUXILIARIES = new Set(
  (
    "also later has had have was were is are then again recently never would will could once earlier " +
    "publicly privately only further previously repeatedly first still already reportedly simply " +
    "flatly quickly separately initially subsequently not did does do can may might must should shall " +
    "now just even often always finally usually sometimes ever been being since " +
    // Negated auxiliaries, one token each (`isn't saying`, `didn't say`); `lower` has a plain '.
    "isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't wouldn't " +
    "can't couldn't shouldn't mustn't cannot"
  ).split(" "),
);
/** Modal verbs: a phrase holding one is a clause with its own verb, not a subject. */
const MODALS = new Set("will would can could may might must shall should".split(" "));

/** A name, a pronoun or a noun phrase opening with a determiner (`the agency`), not a clause. */
export function isSpeakerPhrase(mention: Mention, first: Token): boolean {
  return mention.kind !== "nominal" || CENTRAL_DETERMINERS.has(first.lower);
}

/** Most words a subject may have before its verb. */
const MAX_SUBJECT_WORDS = 10;

/** Days and months: capitalised, never a speaker. */
const CALENDAR = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may " +
    "june july august september october november december"
  ).split(" "),
);

/** Reporting-verb forms that are as often a noun or an adjective in news. */
export const NOUN_LIKE_FORMS = new Set(
  (
    "state states report reports questions comment comments " +
    "estimate estimates answer answers reply replies note notes warning warnings promise promises " +
    "pledge pledges vow vows quote quotes appeal appeals concern concerns protest protests " +
    "demand demands plea pleas boast boasts threat threats call calls statement"
  ).split(" "),
);

/** The speaker named by tokens [a, b] (inclusive), or undefined when they cannot name one. */
export function mentionOf(
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
): Mention | undefined {
  // A parenthetical aside after the name (`Amina Okafor (D-Kan.)`) is not part of it.
  for (let k = a + 1; k <= b; k++)
    if (gap(text, tokens[k - 1], tokens[k], 0).includes("(")) {
      b = k - 1;
      break;
    }
  const last0 = b;
  while (b >= a && (AUXILIARIES.has((tokens[b] as Token).lower) || isMannerAdverb(tokens, a, b)))
    b--;
  // An adverb alone (`…, Amina Okafor, emphatically denied`) or a party and state tag alone
  // (`Amina Okafor, D-Ohio, said`) names nobody: the speaker is before it.
  if (
    (b === a && (isAdverb(tokens[a] as Token) || AFFILIATION.test((tokens[a] as Token).raw))) ||
    isPartyTag(text, tokens, a, b)
  )
    return undefined;
  // `although they say`, `which he said`, `in which she wrote`: the subject after the joining words.
  while (b > a && OPENERS.has((tokens[a] as Token).lower)) a++;
  // `many of whom say`, `all agreed`, `those close to her say`: a quantified subject.
  const quantified = quantifiedSubject(text, tokens, a, b);
  if (quantified) return quantified;
  // `a power grab that critics say`, `the plan which officials called`: a relative clause's verb
  // has the subject after its relative pronoun, not the noun phrase the clause hangs on.
  for (let k = b - 1; k > a; k--)
    if (MID_RELATIVES.has((tokens[k] as Token).lower)) {
      a = k + 1;
      break;
    }
  if (
    b > a &&
    PREPOSITIONS.has((tokens[a] as Token).lower) &&
    RELATIVE_OBJECTS.has((tokens[a + 1] as Token).lower)
  )
    a += 2;
  if (b < a) return undefined;
  // `listeners who said`: a relative pronoun right before the verb stands for the noun phrase
  // before it.
  if (b > a && RELATIVES.has((tokens[b] as Token).lower)) return antecedent(text, tokens, a, b - 1);
  // `the cities that support the rules`: "that" right before the verb after a noun is a relative
  // pronoun too (Quirk et al. 1985, §17.9), standing for that noun; with auxiliaries between
  // (`a figure that has not been verified`) it is most often a passive's subject, no source.
  if (
    b === last0 &&
    b > a &&
    (tokens[b] as Token).lower === "that" &&
    !(tokens[b - 1] as Token).form.stopword
  )
    return antecedent(text, tokens, a, b - 1);
  // A pronoun with its auxiliary clitic (`I've said`, `she's argued`): the pronoun.
  const clitic = /^(i|we|they|you|he|she)'(?:ve|s|re|d|ll|m)$/.exec((tokens[b] as Token).lower);
  if (clitic) {
    const t = tokens[b] as Token;
    const base = clitic[1] ?? "";
    return {
      kind: "pronoun",
      text: t.raw.slice(0, base.length),
      span: { start: t.start, end: t.start + base.length },
    };
  }
  // A personal pronoun right before the verb is its subject (`… check out what he called`).
  const end = tokens[b] as Token;
  if (b > a && PERSONAL.has(end.lower) && !PREPOSITIONS.has((tokens[b - 1] as Token).lower)) {
    // `She's argued`: the pronoun without its clitic.
    const bare = end.raw.replace(/['’].*$/, "");
    return {
      kind: "pronoun",
      text: bare,
      span: { start: end.start, end: end.start + bare.length },
    };
  }
  // A long stretch (`In a meeting with the board last March Okafor said`): only the name or
  // pronoun right before the verb can be its subject.
  if (b - a >= MAX_SUBJECT_WORDS) {
    // `Several judges handling the lawsuits … have cited`: a head noun of people opening the
    // clause, then its postmodifier (Quirk et al. 1985, §17.2: a relative clause, a participle or
    // a prepositional phrase after the head).
    const headed = postmodifiedHead(text, tokens, a, b);
    if (headed) return headed;
    const last = tokens[b] as Token;
    if (!last.capitalized && !PRONOUNS.has(last.lower)) return undefined;
    let s = b;
    while (s > b - 4 && (tokens[s - 1] as Token).capitalized) s--;
    const m = mentionOf(text, tokens, s, b);
    return m?.kind === "nominal" ? undefined : m;
  }
  b = beforePreposition(tokens, a, b);
  const last = tokens[b] as Token;
  if (b === a && PRONOUNS.has(last.lower)) {
    const bare = last.raw.replace(/['’].*$/, "");
    return {
      kind: "pronoun",
      text: bare,
      span: { start: last.start, end: last.start + bare.length },
    };
  }
  // A name ends the phrase (`the ministry's spokesman Amina Okafor`): the run of capitals.
  let s = b;
  for (;;) {
    const p = tokens[s - 1];
    // A reporting verb capitalised in a title-case headline (`Mayor Asked Amina Okafor to …`)
    // ends the run: it is the clause's verb, not a word of the name.
    if (
      s > a &&
      p &&
      p.capitalized &&
      !CENTRAL_DETERMINERS.has(p.lower) &&
      !(findReportWord(tokens, s - 1) && !NOUN_LIKE_FORMS.has(p.lower))
    )
      s--;
    // `Secretary of State Amina Okafor`: "of" between capitalised words is part of a title.
    else if (s - 1 > a && p?.lower === "of" && (tokens[s - 2] as Token).capitalized) s -= 2;
    else break;
  }
  const first = tokens[a] as Token;
  // A capitalised function word (`But state law …`) names nobody.
  if (last.capitalized && b === s && last.form.stopword) return undefined;
  // A day or a month names nobody (`a count released on Wednesday`).
  if (s === b && CALENDAR.has(last.lower)) return undefined;
  if (last.capitalized && (s > a || !CENTRAL_DETERMINERS.has(first.lower))) {
    const from = tokens[s] as Token;
    const name = trimPossessive(text.slice(from.start, last.end));
    return { kind: "name", text: name, span: { start: from.start, end: from.start + name.length } };
  }
  // Otherwise a noun phrase: `the agency`, `officials`, `the Kenyan ministry's spokesman`; not a
  // clause (`Tehran admitted it … but`): no function word ends it and no reporting word is in it.
  if (!/^[a-z]/i.test(last.raw) || /^\d/.test(last.raw) || last.form.stopword) return undefined;
  // A phrase opening with an auxiliary is a verb phrase (`has been detained pending`).
  if (AUXILIARIES.has(first.lower)) return undefined;
  for (let k = a; k <= b; k++)
    if (
      (findReportWord(tokens, k) && !NOUN_LIKE_FORMS.has((tokens[k] as Token).lower)) ||
      MODALS.has((tokens[k] as Token).lower)
    )
      return undefined;
  const phrase = text.slice(first.start, last.end);
  return { kind: "nominal", text: phrase, span: { start: first.start, end: last.end } };
}

/**
 * Quantifiers and indefinite pronouns that stand as a noun phrase's head for people (Quirk et
 * al. 1985, §5.24 and §6.45-6.62: universal, assertive and non-assertive pronouns and the
 * quantifiers used as pronouns): `all agreed`, `some say`, `someone asked`.
 */
export const QUANTIFIERS: ReadonlySet<string> = new Set(
  (
    "all both each either neither many most some several few others none someone somebody " +
    "everyone everybody nobody"
  ).split(" "),
);

/**
 * A quantified subject in [a, b]: a quantifier alone (`all agreed`), in a partitive (`many of
 * them say`, `most of whom had said`, `some of the senators argued`), or "those" with its
 * modifier (`those close to her say`, Quirk et al. 1985, §6.42: "those" as a pronoun for people
 * before a postmodifier).
 */
function quantifiedSubject(
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
): Mention | undefined {
  if (b - a >= MAX_SUBJECT_WORDS) return undefined;
  const first = tokens[a] as Token;
  const alone = b === a && QUANTIFIERS.has(first.lower);
  const partitive = b > a + 1 && QUANTIFIERS.has(first.lower) && tokens[a + 1]?.lower === "of";
  const those = b > a && first.lower === "those";
  if (!alone && !partitive && !those) return undefined;
  for (let k = a + 1; k <= b; k++) {
    const t = tokens[k] as Token;
    if (isBoundary(gap(text, tokens[k - 1], t, 0)) || MODALS.has(t.lower)) return undefined;
  }
  const last = tokens[b] as Token;
  return {
    kind: "nominal",
    text: text.slice(first.start, last.end),
    span: { start: first.start, end: last.end },
  };
}

/** Most words before the head of a postmodified subject (`Twenty-seven coastal states`). */
const MAX_PREMODIFIERS = 3;
/** Words that open a postmodifier after a head noun. */
const POSTMODIFIER_OPENERS = new Set(
  "who whose that which in of from at with for by on".split(" "),
);

/**
 * A long subject whose head, a noun for people or a body of them, comes first and its
 * postmodifier after it: the head phrase (`Several judges`, `Surety companies`), when the
 * postmodifier opens with a relative pronoun, a preposition or an -ing participle (an -ed form
 * after the head is as often its own finite verb).
 */
function postmodifiedHead(
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
): Mention | undefined {
  for (let h = a; h <= Math.min(b - 1, a + MAX_PREMODIFIERS); h++) {
    const t = tokens[h] as Token;
    const next = tokens[h + 1] as Token;
    if (isBoundary(gap(text, t, next, 0))) return undefined;
    // Before the head only a determiner, a quantifier, a number or a capitalised word
    // (`the`, `several`, `Twenty-seven`, `Central European`): not a verb (`to prevent officers`).
    if (
      h > a &&
      !CENTRAL_DETERMINERS.has((tokens[h - 1] as Token).lower) &&
      !QUANTIFIERS.has((tokens[h - 1] as Token).lower) &&
      !(tokens[h - 1] as Token).capitalized &&
      !/^\d/.test((tokens[h - 1] as Token).raw)
    )
      return undefined;
    const opens = POSTMODIFIER_OPENERS.has(next.lower) || /^[a-z]+ing$/.test(next.raw);
    if (!opens || t.form.stopword) continue;
    const head = t.lower.replace(/['’]s?$/, "");
    const singular = head.endsWith("ies") ? `${head.slice(0, -3)}y` : head.replace(/s$/, "");
    if (!personNouns.has(singular) && !bodyNouns.has(singular) && !personNouns.has(head)) continue;
    const first = tokens[a] as Token;
    return {
      kind: "nominal",
      text: text.slice(first.start, t.end),
      span: { start: first.start, end: t.end },
    };
  }
  return undefined;
}

/** Words that join a clause to the one before it, ahead of its subject. */
const OPENERS = new Set(
  (
    "although though because since as while whereas if when once unless until but and so yet " +
    "which what that whom"
  ).split(" "),
);
/** `in which`, `to whom`: a preposition before a relative pronoun. */
const PREPOSITIONS = new Set("in on at to for from by with of about during after".split(" "));
const RELATIVE_OBJECTS = new Set(["which", "whom", "what"]);
/** Relative pronouns that open a clause inside a noun phrase (`the plan that critics say`). */
const MID_RELATIVES = new Set(["that", "which", "whom"]);
/**
 * Prepositions after which a name's words stop (`Amina Okafor of the council`, `Amina Okafor
 * for the agency`, `Okafor at a briefing`); "of" only before a determiner, since `Secretary of
 * State` is a title.
 */
const NAME_ENDING_PREPOSITIONS = new Set("for at from with in on during via to".split(" "));

/**
 * The end of a name's words in [a, b]: before a preposition right after a capitalised word
 * (`Okafor for the agency`; not `Okafor flew to Paris to`, where a verb comes between).
 */
function beforePreposition(tokens: readonly Token[], a: number, b: number): number {
  let named = false;
  for (let k = a; k <= b; k++) {
    const t = tokens[k] as Token;
    const ends =
      NAME_ENDING_PREPOSITIONS.has(t.lower) ||
      (t.lower === "of" && CENTRAL_DETERMINERS.has(tokens[k + 1]?.lower ?? ""));
    if (named && ends && !t.capitalized && (tokens[k - 1] as Token).capitalized) return k - 1;
    if (t.capitalized && !t.form.stopword) named = true;
  }
  return b;
}

/**
 * A lower-case adverb in -ly between a subject and its verb (`Okafor strongly denied`, `which
 * has flatly rejected`): after a name, pronoun or auxiliary only, so `the family said` keeps its noun.
 */
function isMannerAdverb(tokens: readonly Token[], a: number, b: number): boolean {
  const t = tokens[b] as Token;
  if (b <= a || t.capitalized || !/^[a-z]+ly$/.test(t.raw)) return false;
  const prev = tokens[b - 1] as Token;
  return (
    AUXILIARIES.has(prev.lower) ||
    PRONOUNS.has(prev.lower) ||
    (prev.capitalized && !prev.form.stopword)
  );
}

/** A lower-case -ly word that is no noun for people (`sharply`; not `family`). */
export function isAdverb(t: Token): boolean {
  return /^[a-z]{3,}ly$/.test(t.raw) && !personNouns.has(t.lower) && !bodyNouns.has(t.lower);
}

/**
 * Tokens [a, b] are a US party designation alone, in AP style (`D-Ohio`, `R-N.Y.`: the letter,
 * a hyphen, the state in a token or two): an apposition after a lawmaker's name, whose name
 * stands one apposition further back (The Associated Press Stylebook, "party affiliation").
 */
function isPartyTag(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  const party = tokens[a];
  const state = tokens[a + 1];
  return (
    party !== undefined &&
    state !== undefined &&
    b > a &&
    b - a <= 2 &&
    /^[DRI]$/.test(party.raw) &&
    text.slice(party.end, state.start) === "-" &&
    state.capitalized
  );
}

/**
 * A state's AP abbreviation after a town (`Ariz.`, `Va.`): an apposition, never the speaker (The
 * Associated Press Stylebook, "state names"; not Del., which is also a delegate's title).
 */
const AFFILIATION = new RegExp(
  "^(?:" +
    "Ala|Ariz|Ark|Calif|Colo|Conn|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|" +
    "Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo)\\.?$",
);

function trimPossessive(s: string): string {
  return /['’]s$/.test(s) ? s.slice(0, -2) : s;
}

/**
 * The subject after an inverted verb: a name right after it (`said Amina Okafor, the agency's
 * director`), else the name in apposition to a title (`said the agency's director, Amina Okafor`).
 */
export function invertedSubject(
  text: string,
  tokens: readonly Token[],
  after: number,
  stop: number,
  sentence: Span,
): Mention | undefined {
  const direct = mentionOf(text, tokens, after, stop);
  return direct?.kind === "name" ? direct : (appositive(text, tokens, stop, sentence) ?? direct);
}

/** `said the ministry's spokesman, Amina Okafor`: the name after the comma. */
export function appositive(
  text: string,
  tokens: readonly Token[],
  stop: number,
  sentence: Span,
): Mention | undefined {
  const g = gap(text, tokens[stop], tokens[stop + 1], sentence.end);
  const name = tokens[stop + 1];
  if (g.trim() !== "," || !name?.capitalized) return undefined;
  const end = clauseEnd(text, tokens, stop + 1, sentence.end);
  const m = mentionOf(text, tokens, stop + 1, end);
  return m?.kind === "name" ? m : undefined;
}

/**
 * What a relative pronoun stands for: the noun phrase that ends the clause before it (`… talks
 * with the Kenyan ministry, which denied …`): capitalised words and content words back to a
 * determiner, or to the first function word.
 */
export function antecedent(
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
): Mention | undefined {
  let s = b;
  while (s > a) {
    const p = tokens[s - 1] as Token;
    if (CENTRAL_DETERMINERS.has(p.lower)) {
      s--;
      break;
    }
    if (p.form.stopword && !p.capitalized) break;
    s--;
  }
  return mentionOf(text, tokens, s, b);
}

/** `Amina Okafor, the agency's coordinator, said …`: the subject before the apposition. */
export function apposed(text: string, tokens: readonly Token[], from: number): Mention | undefined {
  let appositionStart = clauseStart(text, tokens, from - 1);
  // `Okafor, director of the Civil Protection Agency (CPA), said`: the parenthesis is the
  // apposition's last words.
  if (
    appositionStart > 1 &&
    gap(text, tokens[appositionStart - 1], tokens[appositionStart], 0).includes("(")
  )
    appositionStart = clauseStart(text, tokens, appositionStart - 1);
  if (appositionStart === 0) return undefined;
  let subjectStart = clauseStart(text, tokens, appositionStart - 1);
  let subject = mentionOf(text, tokens, subjectStart, appositionStart - 1);
  // `Amina Okafor, D-Ohio, who chairs the panel, said`: the name before the party designation.
  if (!subject && subjectStart > 0 && isPartyTag(text, tokens, subjectStart, appositionStart - 1)) {
    const end = subjectStart - 1;
    subjectStart = clauseStart(text, tokens, end);
    const before = mentionOf(text, tokens, subjectStart, end);
    if (before?.kind === "name") subject = before;
  }
  if (subject?.kind === "name") return subject;
  // `The ministry's spokesman, Amina Okafor, said`: the name is in the apposition.
  const apposition = mentionOf(text, tokens, appositionStart, from - 1);
  if (apposition?.kind === "name") return apposition;
  return subject?.kind === "nominal" ? subject : undefined;
}
