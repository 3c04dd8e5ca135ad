import { CENTRAL_DETERMINERS } from "../lexicons/stopwords.ts";
import { findFramingTerm, findReportWord } from "../framing/lexicon-index.ts";
import { tagSentence, wordAt } from "../text/tagger.ts";
import type { Token } from "../text/tokens.ts";
import type { Span } from "../types.ts";

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

/** How the text names the speaker of one attribution, before resolution. */
export interface Mention {
  readonly kind: "name" | "nominal" | "pronoun";
  /** As written, a final possessive dropped. */
  readonly text: string;
  readonly span: Span;
}

/** An attribution as the sentence gives it, in view coordinates. */
export interface Cued {
  readonly cue: Span;
  readonly content: Span;
  /** The speaker's words here; for a participle, undefined (the main clause's subject speaks). */
  readonly mention: Mention | undefined;
  /** A participle (`…, adding that …`): its speaker is the main clause's. */
  readonly participle: boolean;
}

/** A token is inside a quotation (and so no cue of the narrator). */
export type Quoted = (t: Token) => boolean;

const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you", "who", "which"]);
const RELATIVES = new Set(["who", "which"]);
/** Personal pronouns in the subject case. */
const PERSONAL = new Set(["he", "she", "they", "we", "i"]);
/** Conjunctions that join a second verb to the first one's subject (`… and said …`). */
const CONJUNCTIONS = new Set(["and", "but", "or", "yet", "while"]);
/** Words between a subject and its verb that belong to neither (`X also said`, `she has said`). */
const AUXILIARIES = new Set(
  (
    "also later has had have was were is are then again recently never would will could once earlier " +
    "publicly privately only further previously repeatedly first still already reportedly simply " +
    "flatly quickly separately initially subsequently not did does do can may might must should shall " +
    "now just even often always finally usually sometimes ever"
  ).split(" "),
);
/** Modal verbs: a phrase holding one is a clause with its own verb, not a subject. */
const MODALS = new Set("will would can could may might must shall should".split(" "));
/** Verbs whose object is the hearer: `X told reporters that …`, `X assured them …`. */
const HEARER_VERBS = new Set([
  "tell",
  "assure",
  "warn",
  "remind",
  "inform",
  "ask",
  "urge",
  "caution",
]);
/**
 * Verbs that take a clause with no "that" (`X said the talks failed`), so a bare complement counts;
 * other reporting words need "that", a colon or a quotation after them, as their other senses
 * (found a body, showed the film, called a meeting) take plain objects.
 */
const BARE_CLAUSE_VERBS = new Set(
  (
    "say tell add argue claim insist warn believe think suggest note stress predict acknowledge admit " +
    "announce explain contend maintain assert write state report estimate reply respond answer " +
    "recall complain declare affirm reiterate allege speculate concede confirm deny emphasize " +
    "underscore observe remark agree vow promise pledge testify propose hint indicate"
  ).split(" "),
);
/**
 * Verbs whose object is the statement or its target, said of a speaker (`X accused Y of …`,
 * `X called the claims "baseless"`, `X rejected the report`, `X expressed concern about …`):
 * Caldas-Coulthard's (1994) metapropositional verbs, which report a speech act in one word.
 */
const OBJECT_VERBS: ReadonlySet<string> = new Set([
  ..."accuse reject dismiss condemn criticize denounce blame praise slam dispute cite rebuke".split(
    " ",
  ),
  ..."urge demand hail applaud refute rebut mock ridicule threaten".split(" "),
  ..."mention question charge".split(" "),
  "express concern",
  "voice concern",
  "raise concerns",
  "call for",
  "call on",
]);
/** A name, a pronoun or a noun phrase opening with a determiner (`the agency`), not a clause. */
function isSpeakerPhrase(mention: Mention, first: Token): boolean {
  return mention.kind !== "nominal" || CENTRAL_DETERMINERS.has(first.lower);
}

/** Words that open an indirect question after a reporting verb. */
const WH_WORDS = new Set("whether if why how what who when where".split(" "));
/** Conjunctions that join a narrator's clause after a trailing cue (`…, Okafor said, and …`). */
const JOINING = new Set(["and", "but", "while", "as"]);
/**
 * Verbs that report a judgement through an object and its complement (Quirk et al. 1985,
 * §16.44-16.46, complex-transitive verbs of speaking): `X called the plan a mistake`, `X described
 * the vote as a ploy`. They count when the complement's "a"/"as" follows in the clause.
 */
const COMPLEMENT_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["call", new Set(["a", "an", "as"])],
  ["label", new Set(["a", "an", "as"])],
  ["dub", new Set(["a", "an", "as"])],
  ["describe", new Set(["as"])],
  ["deride", new Set(["as"])],
  ["dismiss", new Set(["as"])],
  ["denounce", new Set(["as"])],
  ["praise", new Set(["as"])],
  ["hail", new Set(["as"])],
]);

/** True when a complex-transitive reporting verb has its complement later in the clause. */
function complemented(
  text: string,
  tokens: readonly Token[],
  after: number,
  lemma: string,
  sentence: Span,
): boolean {
  const markers = COMPLEMENT_VERBS.get(lemma);
  if (!markers) return false;
  const stop = clauseEnd(text, tokens, after, sentence.end);
  for (let k = after + 1; k <= stop; k++) if (markers.has((tokens[k] as Token).lower)) return true;
  return false;
}

/** Most words a subject may have before its verb. */
const MAX_SUBJECT_WORDS = 10;
/**
 * Words that open the adverbial after a trailing verb (`X said on Monday.`, `X said in a
 * statement.`, `X said last week.`); anything else after the verb is its complement.
 */
const TAIL_STARTS = new Set(
  (
    "on in at during after before last this yesterday today tonight earlier later recently while when " +
    "monday tuesday wednesday thursday friday saturday sunday late early afterward afterwards here there " +
    "through via by from"
  ).split(" "),
);
/** Object pronouns that can be the hearer in a tail (`"…," she told me.`). */
const HEARER_PRONOUNS = new Set(["me", "us", "him", "her", "them", "you"]);
/** Most words after a trailing verb (`X said in a statement on Monday.`). */
const MAX_TAIL_WORDS = 7;
/** Most words between a verb and its "that" (`told reporters on Monday that`). */
const MAX_THAT_GAP = 6;

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
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (quoted(t)) continue;
    const word = findReportWord(tokens, i);
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
      // Nouns that name a statement (allegation, assertion) are in the framing index only.
      const noun = findFramingTerm(tokens, i);
      const found =
        noun?.kind === "noun" && noun.category === "attribution"
          ? nounFrame(text, tokens, i, sentence)
          : undefined;
      if (found && found.content.end > found.content.start) out.push(found);
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

/** Days and months: capitalised, never a speaker. */
const CALENDAR = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may " +
    "june july august september october november december"
  ).split(" "),
);

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
  const after = gap(text, tokens[i], next, sentence.end);
  return i > 0 && /^[\s"”’']*[.,:;!?]/.test(after);
}

/** Reporting-verb forms that are as often a noun or an adjective in news. */
const NOUN_LIKE_FORMS = new Set(
  (
    "state states report reports questions comment comments " +
    "estimate estimates answer answers reply replies note notes warning warnings promise promises " +
    "pledge pledges vow vows quote quotes appeal appeals concern concerns protest protests " +
    "demand demands plea pleas boast boasts threat threats call calls statement"
  ).split(" "),
);

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
    const mention = mentionOf(text, tokens, 0, k);
    if (mention?.kind !== "name") return undefined;
    const colon = t.end;
    const content = trimContent(text, colon + 1, sentence.end);
    return content.end > content.start
      ? { cue: { start: colon, end: colon + 1 }, content, mention, participle: false }
      : undefined;
  }
  return undefined;
}

/** The text between two tokens (or from a token to `end`). */
const gap = (text: string, a: Token | undefined, b: Token | undefined, end: number) =>
  a ? text.slice(a.end, b ? b.start : end) : "";

/**
 * Punctuation that ends a clause or a quotation: a comma, colon, semicolon, dash or double mark
 * (a single ’ is as often an apostrophe: `the judges’ association`).
 */
const BOUNDARY = /[,;:—–"“”«»()]|--/;
const isBoundary = (s: string) => BOUNDARY.test(s);

/**
 * Index of the first token after the clause boundary before `verb`, or 0 at the sentence start.
 * A parenthesis closed before the verb is passed over whole: `Amina Okafor (D-Kan.) said`.
 */
export function clauseStart(text: string, tokens: readonly Token[], verb: number): number {
  for (let j = verb; j > 0; j--) {
    const g = gap(text, tokens[j - 1], tokens[j], 0);
    if (CLOSING_PARENTHESIS.test(g)) {
      const open = openingParenthesis(text, tokens, j - 1);
      if (open > 0) {
        j = open;
        continue;
      }
    }
    if (isBoundary(g)) return j;
  }
  return 0;
}

const CLOSING_PARENTHESIS = /^[\s.]*\)\s*$/;
/** Most words a parenthetical aside may hold to be passed over (`(D-Kan.)`, `(R., Ohio)`). */
const MAX_ASIDE_WORDS = 6;

/** Index of the token after the `(` that opens the parenthesis closing after token `last`, or -1. */
function openingParenthesis(text: string, tokens: readonly Token[], last: number): number {
  for (let k = last; k > 0 && last - k < MAX_ASIDE_WORDS; k--) {
    const g = gap(text, tokens[k - 1], tokens[k], 0);
    if (g.includes("(")) return /^\s*\(\s*$/.test(g) ? k : -1;
    if (isBoundary(g)) return -1;
  }
  return -1;
}

/** Index of the last token before the next clause boundary from `from`, or the last token. */
function clauseEnd(text: string, tokens: readonly Token[], from: number, end: number): number {
  for (let j = from; j < tokens.length; j++)
    if (isBoundary(gap(text, tokens[j], tokens[j + 1], end))) return j;
  return tokens.length - 1;
}

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
  while (b >= a && (AUXILIARIES.has((tokens[b] as Token).lower) || isMannerAdverb(tokens, a, b)))
    b--;
  // `although they say`, `which he said`, `in which she wrote`: the subject after the joining words.
  while (b > a && OPENERS.has((tokens[a] as Token).lower)) a++;
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
  // A personal pronoun right before the verb is its subject (`… check out what he called`).
  const end = tokens[b] as Token;
  if (b > a && PERSONAL.has(end.lower) && !PREPOSITIONS.has((tokens[b - 1] as Token).lower))
    return { kind: "pronoun", text: end.raw, span: { start: end.start, end: end.end } };
  // A long stretch (`In a meeting with the board last March Okafor said`): only the name or
  // pronoun right before the verb can be its subject.
  if (b - a >= MAX_SUBJECT_WORDS) {
    const last = tokens[b] as Token;
    if (!last.capitalized && !PRONOUNS.has(last.lower)) return undefined;
    let s = b;
    while (s > b - 4 && (tokens[s - 1] as Token).capitalized) s--;
    const m = mentionOf(text, tokens, s, b);
    return m?.kind === "nominal" ? undefined : m;
  }
  b = beforePreposition(tokens, a, b);
  const last = tokens[b] as Token;
  if (b === a && PRONOUNS.has(last.lower))
    return { kind: "pronoun", text: last.raw, span: { start: last.start, end: last.end } };
  // A name ends the phrase (`the ministry's spokesman Amina Okafor`): the run of capitals.
  let s = b;
  for (;;) {
    const p = tokens[s - 1];
    if (s > a && p && p.capitalized && !CENTRAL_DETERMINERS.has(p.lower)) s--;
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

function trimPossessive(s: string): string {
  return /['’]s$/.test(s) ? s.slice(0, -2) : s;
}

/** A span trimmed of white space, quotation marks and closing punctuation at both ends. */
export function trimContent(text: string, start: number, end: number): Span {
  while (start < end && /[\s"“”‘’'«»,:;—–-]/.test(text.charAt(start))) start++;
  for (;;) {
    while (end > start && /[\s"“”‘’'«»,.:;!?—–-]/.test(text.charAt(end - 1))) end--;
    // A clause cut before the next attribution may end in its joining word (`… and`, `…, which`).
    const last = /\s(and|but|or|which|who|although|though|because|while)$/i.exec(
      text.slice(Math.max(start, end - 6), end),
    );
    if (!last) return balanced(text, start, end);
    end -= last[0].length;
  }
}

/** Keeps a closing mark whose opening one is inside the span: `the plan "reckless"`, not `"reckless`. */
function balanced(text: string, start: number, end: number): Span {
  const marks = text.slice(start, end).match(/["“”]/g)?.length ?? 0;
  return marks % 2 === 1 && /["”]/.test(text.charAt(end))
    ? { start, end: end + 1 }
    : { start, end };
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

/** `X's claim that …`, `the allegation that …`. */
function nounFrame(
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

function verbFrame(
  text: string,
  tokens: readonly Token[],
  i: number,
  length: number,
  lemma: string,
  sentence: Span,
  quoted: Quoted,
  previousQuote: Span | undefined,
): Cued | undefined {
  const verb = tokens[i] as Token;
  const lastWord = tokens[i + length - 1] as Token;
  const cue = { start: verb.start, end: lastWord.end };
  const after = i + length;
  const next = tokens[after];
  const before = gap(text, tokens[i - 1], verb, 0);
  const following = gap(text, lastWord, next, sentence.end);
  const atEnd = !next || /[.!?]/.test(following) || (quoted(next) && isBoundary(following));

  // Participle after a comma: `…, adding that …`, `…, saying …`.
  if (i > 0 && /ing$/.test(verb.lower) && /,/.test(before) && next) {
    const from = next.lower === "that" ? tokens[after + 1] : next;
    if (!from) return undefined;
    return {
      cue,
      content: trimContent(text, from.start, sentence.end),
      mention: undefined,
      participle: true,
    };
  }

  // `"Why now?" asked Okafor.`, split after the "?": the quotation is the sentence before.
  if (i === 0 && previousQuote && next) {
    const stop = clauseEnd(text, tokens, after, sentence.end);
    const mention = invertedSubject(text, tokens, after, stop, sentence);
    if (mention) return { cue, content: previousQuote, mention, participle: false };
  }

  // Inverted: `"…," said X.` — the verb right after a boundary, its subject after it.
  const quoteBefore = /["“”‘’«»]/.test(before);
  if (
    i > 0 &&
    isBoundary(before) &&
    next &&
    next.lower !== "that" &&
    (quoteBefore || !apposed(text, tokens, i))
  ) {
    const stop = clauseEnd(text, tokens, after, sentence.end);
    const mention = invertedSubject(text, tokens, after, stop, sentence);
    const content = trimContent(text, sentence.start, (tokens[i - 1] as Token).end);
    if (mention && content.end > content.start)
      return {
        cue,
        content: extendOverQuote(text, tokens, stop, content, sentence),
        mention,
        participle: false,
      };
  }

  // Subject before the verb, from the clause boundary.
  const from = clauseStart(text, tokens, i);
  // `… and said …`, `… but insisted …`: the subject of the verb before, as for a participle.
  const conjunction = subjectless(tokens, from, i);
  if (conjunction && next)
    return {
      cue,
      content: trimContent(
        text,
        next.lower === "that" ? (tokens[after + 1]?.start ?? next.start) : next.start,
        sentence.end,
      ),
      mention: undefined,
      participle: true,
    };
  let mention = from < i ? mentionOf(text, tokens, from, i - 1) : undefined;
  // `…, which Tehran denies` / `X, who said …`: a relative pronoun stands for the name before it.
  if (mention?.kind === "pronoun" && RELATIVES.has(mention.text.toLowerCase()) && from > 0)
    mention = antecedent(text, tokens, clauseStart(text, tokens, from - 1), from - 1);
  if (!mention && from > 0 && from === i) mention = apposed(text, tokens, from);

  // `"Why now?" Okafor asked.`, split after the "?": the quotation is the sentence before.
  if (
    mention &&
    from === 0 &&
    previousQuote &&
    // Not `Okafor said: "…"`, which leads into a quotation of its own.
    !/:/.test(following) &&
    !(next && quoted(next)) &&
    (atEnd ||
      /^\s*,/.test(following) ||
      shortTail(text, tokens, after, sentence, HEARER_VERBS.has(lemma)))
  )
    return { cue, content: previousQuote, mention, participle: false };

  // Trailing: `"…," X said.` / `…, the ministry said on Monday.` — a boundary before the subject,
  // not a colon, which introduces what follows (`Update: Okafor urges crews to …`).
  if (
    mention &&
    from > 0 &&
    !gap(text, tokens[from - 1], tokens[from], 0).includes(":") &&
    (atEnd ||
      shortTail(text, tokens, after, sentence, HEARER_VERBS.has(lemma)) ||
      // `"…," Okafor said, adding …`: a subject right after a quotation, the verb before a comma.
      (/^\s*,/.test(following) && quoted(tokens[from - 1] as Token)) ||
      // `…, Okafor said, and the talks …`: a clause joined after the cue is the narrator's.
      (/^\s*,\s*$/.test(following) && JOINING.has(next.lower)))
  ) {
    const content = trimContent(
      text,
      quotationStart(text, tokens, from - 1, quoted) ?? sentence.start,
      (tokens[from - 1] as Token).end,
    );
    if (content.end > content.start) {
      const stop = isBoundary(following) ? after - 1 : clauseEnd(text, tokens, after, sentence.end);
      return {
        cue,
        content: extendOverQuote(text, tokens, stop, content, sentence),
        mention,
        participle: false,
      };
    }
  }
  if (!mention || !next) return undefined;

  // Parenthetical: `The talks, Okafor said, had failed.`: the cue between two commas inside the
  // statement, which runs from the sentence's start to its end.
  if (
    from > 0 &&
    isSpeakerPhrase(mention, tokens[from] as Token) &&
    /^\s*,\s*$/.test(gap(text, tokens[from - 1], tokens[from], 0)) &&
    /^\s*,\s*$/.test(following) &&
    !quoted(tokens[from - 1] as Token) &&
    !quoted(next)
  ) {
    const content = trimContent(text, sentence.start, sentence.end);
    if (content.end > content.start) return { cue, content, mention, participle: false };
  }

  // Leading: `X said (that) …`, `X told Y (that) …`, `X said: "…"`.
  if (/[:"“]/.test(following)) return leading(text, next.start, cue, mention, sentence);
  for (let j = after; j < Math.min(tokens.length, after + MAX_THAT_GAP); j++) {
    const t = tokens[j] as Token;
    if (t.lower === "that" && j + 1 < tokens.length) {
      const clause = tokens[j + 1] as Token;
      return leading(text, clause.start, cue, mention, sentence);
    }
    // An indirect question: `X asked whether …`, `X questioned why …`, `X told them how …`.
    // After a hearer only if it is a pronoun: in `asked the people who …` "who" is a relative.
    const hearer = tokens[after] as Token;
    if (
      WH_WORDS.has(t.lower) &&
      j + 1 < tokens.length &&
      (j === after ||
        (j === after + 1 && HEARER_VERBS.has(lemma) && HEARER_PRONOUNS.has(hearer.lower)))
    )
      return leading(text, t.start, cue, mention, sentence);
    if (quoted(t) || /[.;!?]/.test(gap(text, tokens[j - 1], t, 0))) break;
  }
  // A reported request (Quirk et al. 1985, reported directives): `X asked the crews to wait`.
  if (HEARER_VERBS.has(lemma)) {
    const stop = Math.min(clauseEnd(text, tokens, after, sentence.end), after + MAX_THAT_GAP);
    for (let k = after + 1; k <= stop; k++) {
      const to = tokens[k] as Token;
      if (to.lower === "to" && k + 1 < tokens.length && !quoted(to))
        return leading(text, to.start, cue, mention, sentence);
    }
  }
  // Other reporting words count beside a quotation: `X called the plan "reckless"`.
  const nearQuote = tokens.slice(after, after + MAX_THAT_GAP).some(quoted);
  if (
    !BARE_CLAUSE_VERBS.has(lemma) &&
    !OBJECT_VERBS.has(lemma) &&
    !nearQuote &&
    !complemented(text, tokens, after, lemma, sentence)
  )
    return undefined;
  let clause = after;
  if (HEARER_VERBS.has(lemma)) {
    // `X told reporters the talks …`: skip the hearer (one name or noun phrase).
    const stop = clauseEnd(text, tokens, after, sentence.end);
    if (/[,:]/.test(gap(text, tokens[stop], tokens[stop + 1], sentence.end))) clause = stop + 1;
    else {
      // `X told his advisers to find another way`: the request starts at "to".
      let to = after + 1;
      while (to <= Math.min(stop, after + MAX_THAT_GAP) && (tokens[to] as Token).lower !== "to")
        to++;
      // `X told the council the repairs …`: the hearer is a name, a pronoun or a short phrase.
      clause = to <= stop && to <= after + MAX_THAT_GAP ? to : hearerEnd(tokens, after) + 1;
      if (clause > stop) return undefined;
    }
  }
  const start = tokens[clause];
  return start ? leading(text, start.start, cue, mention, sentence) : undefined;
}

/** The last token of a hearer after `tell`: a run of capitals, `the council`, or one word. */
function hearerEnd(tokens: readonly Token[], at: number): number {
  const first = tokens[at];
  if (!first) return at;
  if (first.capitalized) {
    let j = at;
    while (tokens[j + 1]?.capitalized) j++;
    return j;
  }
  return CENTRAL_DETERMINERS.has(first.lower) ? at + 1 : at;
}

function leading(text: string, from: number, cue: Span, mention: Mention, sentence: Span): Cued {
  return { cue, content: trimContent(text, from, sentence.end), mention, participle: false };
}

/**
 * A short tail after a trailing verb: `X said on Monday.`, `X said in a statement.`: at most four
 * words before the sentence ends or a quotation resumes.
 */
function shortTail(
  text: string,
  tokens: readonly Token[],
  after: number,
  sentence: Span,
  hearer: boolean,
): boolean {
  const stop = clauseEnd(text, tokens, after, sentence.end);
  const g = gap(text, tokens[stop], tokens[stop + 1], sentence.end);
  const first = tokens[after];
  return (
    stop - after < MAX_TAIL_WORDS &&
    (/[.!?]/.test(g) || stop === tokens.length - 1 || /,/.test(g)) &&
    !!first &&
    (TAIL_STARTS.has(first.lower) ||
      (hearer && (!first.form.stopword || HEARER_PRONOUNS.has(first.lower))))
  );
}

/** `"…," X said, "…"`: a quotation that resumes after the cue belongs to the same attribution. */
function extendOverQuote(
  text: string,
  tokens: readonly Token[],
  stop: number,
  content: Span,
  sentence: Span,
): Span {
  const g = gap(text, tokens[stop], tokens[stop + 1], sentence.end);
  if (!/,\s*["“‘]|:\s*["“‘]/.test(g) || !tokens[stop + 1]) return content;
  const rest = trimContent(text, (tokens[stop] as Token).end, sentence.end);
  return rest.end > content.end ? { start: content.start, end: rest.end } : content;
}

/**
 * The subject after an inverted verb: a name right after it (`said Amina Okafor, the agency's
 * director`), else the name in apposition to a title (`said the agency's director, Amina Okafor`).
 */
function invertedSubject(
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
function appositive(
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
 * Where the quotation ending at token `last` opens, when a quotation ends there: `"A." "B," X said`
 * attributes B, not A (quotation marks between two quoted words part them).
 */
function quotationStart(
  text: string,
  tokens: readonly Token[],
  last: number,
  quoted: Quoted,
): number | undefined {
  const t = tokens[last];
  if (!t || !quoted(t)) return undefined;
  let j = last;
  while (j > 0) {
    const prev = tokens[j - 1] as Token;
    if (!quoted(prev) || /["“”«»]/.test(gap(text, prev, tokens[j], 0))) break;
    j--;
  }
  return (tokens[j] as Token).start;
}

/** True when the words before the verb are only a conjunction (and auxiliaries) after a verb phrase. */
function subjectless(tokens: readonly Token[], from: number, verb: number): boolean {
  let j = verb - 1;
  while (j >= from && AUXILIARIES.has((tokens[j] as Token).lower)) j--;
  if (j < 0 || !CONJUNCTIONS.has((tokens[j] as Token).lower)) return false;
  return j > 0;
}

/**
 * What a relative pronoun stands for: the noun phrase that ends the clause before it (`… talks
 * with the Kenyan ministry, which denied …`): capitalised words and content words back to a
 * determiner, or to the first function word.
 */
function antecedent(
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
  const appositionStart = clauseStart(text, tokens, from - 1);
  if (appositionStart === 0) return undefined;
  const subjectStart = clauseStart(text, tokens, appositionStart - 1);
  const subject = mentionOf(text, tokens, subjectStart, appositionStart - 1);
  if (subject?.kind === "name") return subject;
  // `The ministry's spokesman, Amina Okafor, said`: the name is in the apposition.
  const apposition = mentionOf(text, tokens, appositionStart, from - 1);
  if (apposition?.kind === "name") return apposition;
  return subject?.kind === "nominal" ? subject : undefined;
}
