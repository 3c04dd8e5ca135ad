import { reportNouns, reportVerbs } from "../lexicons/report-verbs.ts";
import { tagSentence, wordAt, type PartOfSpeech, type Tagged } from "../text/tagger.ts";
import { isTitleCased, type Token } from "../text/tokens.ts";
import type { Span } from "../types.ts";
import type { FramingHit } from "./lexicon-index.ts";
import { REPORT_SENSES, UNMARKED_REPORT_NOUNS } from "./report-senses.ts";
import { CHARGE_AFTER, CHARGE_BEFORE, TERM_SENSES } from "./term-senses.ts";

/*
 * Whether a lexicon hit is used in the sense its note describes. A lexicon matches words; these
 * rules read the sentence around them, with part of speech from the tagger (text/tagger.ts) where
 * the word alone cannot tell:
 *
 * - No mark inside a proper name. A capitalised word in the middle of a sentence, next to
 *   another one, is part of a name (a law, an agency, a caucus), whatever the word means
 *   elsewhere. Capitals say this more reliably than the lite tagger, which often tags the last
 *   word of such a name as a verb; at the start of a sentence or quotation, where every word is
 *   capitalised, the tagger's PROPN decides instead.
 * - A reporting verb is marked only where it is a verb, and, for verbs with a common sense that
 *   reports no speech, only before a that-clause or a quotation (see report-senses.ts).
 * - An intensifier is marked only where it modifies something: an adverb before an adjective,
 *   adverb or verb, or after a verb; an adjective before a noun.
 * - A loaded word or label with a rule in term-senses.ts is not marked in the sense it names
 *   there (a verb "moderate", "illegal" before "immigration").
 *
 * The tagger runs only for sentences that have a hit one of these rules asks about.
 */

/** A sentence as framing reads it: its tokens in `text`'s coordinates. */
export interface SentenceView extends Span {
  readonly text: string;
  readonly tokens: readonly Token[];
  /**
   * The engine's own sentence object, when there is one: the tagger keeps its tags by it, so the
   * stages that look at one sentence (framing, attributions, facts) tag it once.
   */
  readonly sentence?: Span;
}

/** Factive verbs of establishing a truth, rather than of saying it (Kiparsky & Kiparsky 1970). */
const ESTABLISHING: ReadonlySet<string> = new Set(["prove", "demonstrate", "verify"]);
/** Words before a verb that make it an aim, a duty or a possibility, not a report. */
const IRREALIS_BEFORE: ReadonlySet<string> = new Set([
  "to",
  "must",
  "should",
  "would",
  "could",
  "can",
  "cannot",
  "might",
  "may",
  "will",
]);

/** Stances whose past participle is used as an adjective in the same sense ("the alleged plot"). */
const ADJECTIVAL_REPORT_LEMMAS = new Set(
  reportVerbs.filter((v) => v.stance === "distancing").map((v) => v.lemma),
);

/**
 * Forms that are both a reporting verb and a strongly marked reporting noun ("claims"): tagged
 * as a noun, the word still names a statement and its note still fits.
 */
const STATEMENT_NOUN_FORMS = new Set(
  reportNouns
    .filter((n) => n.strength === 2 && !UNMARKED_REPORT_NOUNS.has(n.lemma))
    .flatMap((n) => n.forms),
);

/** Words that join the words of one name: "Department of Justice", "Center for Peace". */
const NAME_JOINERS = new Set(["of", "for"]);

/** Pronouns that can be the subject of a clause ("said he would", not "found him"). */
const SUBJECT_PRONOUNS = new Set(["i", "you", "he", "she", "it", "we", "they", "this", "that"]);

/** Words after which a reporting verb introduces what was said or asked. */
const CLAUSE_OPENERS = new Set(["that", "whether", "if", "how", "why", "what", "who", "when"]);

/**
 * Text between two tokens that opens a quotation or a clause: an opening curly mark, a
 * straight one after a space (or at the start), a bracket, a colon or a dash. Straight and
 * curly quotation marks must read alike (compare.test.ts checks it on whole comparisons).
 */
const OPENS = /(?:^|\s)["']$|[“‘«([:—–]$/;

/**
 * Text that closes a quotation: a closing curly double mark, or a straight one after a word
 * (single marks are left out: they are also apostrophes, "the senators' vote").
 */
const CLOSES = /[”»]|[^\s"]"/;

/** The tests a sentence's hits and reporting verbs must pass to be marked or offered. */
export interface SenseFilter {
  readonly hit: (hit: FramingHit) => boolean;
  /** A reporting verb offered as a counterpart: a verb here, and not part of a name. */
  readonly verb: (span: Span) => boolean;
}

/** Returns the tests for the hits of one sentence. */
export function senseFilter(view: SentenceView): SenseFilter {
  let tagged: Tagged | undefined;
  let titleCase: boolean | undefined;
  const tags = () => (tagged ??= tagSentence(view.text, view.sentence ?? view));
  const pos = (k: number): PartOfSpeech | undefined => {
    const t = view.tokens[k];
    return t ? wordAt(tags(), t.start)?.pos : undefined;
  };

  /** Capitalised because the word starts a sentence, a quotation or a clause after a colon. */
  const positional = (k: number): boolean => {
    const t = view.tokens[k];
    if (!t) return false;
    if (k === 0) return true;
    return OPENS.test(view.text.slice(view.tokens[k - 1]?.end ?? view.start, t.start).trimEnd());
  };
  /**
   * A capital that says "name": one in the middle of a sentence. At the start of a sentence or
   * quotation every word is capitalised and the tagger calls an unknown capitalised word PROPN
   * whatever it is ("Controversial Mayor X"), so there the word keeps its mark.
   */
  const nameCapital = (k: number): boolean =>
    view.tokens[k]?.capitalized === true && !positional(k);
  /** Nothing but a space, or an initial's period and a space, between tokens `a` and `b`. */
  const adjacent = (a: number, b: number) => {
    const x = view.tokens[a];
    const y = view.tokens[b];
    return x !== undefined && y !== undefined && /^\.? ?$/.test(view.text.slice(x.end, y.start));
  };

  const inProperName = (i: number, n: number): boolean => {
    const tokens = view.tokens;
    const last = i + n - 1;
    let capital = false;
    for (let k = i; k <= last; k++) if (tokens[k]?.capitalized) capital = true;
    if (!capital) return false;
    if ((titleCase ??= isTitleCased(tokens))) return false; // a headline: capitals tell nothing
    // A multi-word entry written wholly in capitals is itself a name-like label ("the Islamic
    // Republic"): the lexicon lists it as a name on purpose.
    let whole = n > 1;
    for (let k = i; k <= last && whole; k++) if (!tokens[k]?.capitalized) whole = false;
    if (whole) return false;
    if (!nameCapital(i) && !nameCapital(last)) return false;
    const before = i - 1;
    if (adjacent(before, i) && nameCapital(before)) return true;
    if (adjacent(last, last + 1) && tokens[last + 1]?.capitalized) return true;
    // "Department of Justice": a capitalised word two back, joined by "of" or "for".
    const joiner = tokens[before];
    if (joiner && NAME_JOINERS.has(joiner.raw) && nameCapital(before - 1)) return true;
    const next = tokens[last + 1];
    return next !== undefined && next.raw === "of" && nameCapital(last + 2);
  };

  /** A closing quotation mark within the six tokens before token `k`: "…," the senator said. */
  const quotationBefore = (k: number): boolean => {
    const from = Math.max(view.start, (view.tokens[k - 6]?.end ?? view.start) - 1);
    return CLOSES.test(view.text.slice(from, view.tokens[k]?.start ?? from));
  };

  /** A that-clause, a question word, a colon or a quotation follows token `k` (a verb). */
  const opensClause = (k: number, n: number): boolean => {
    const t = view.tokens[k + n - 1];
    const next = view.tokens[k + n];
    if (!t) return false;
    const between = view.text.slice(t.end, next?.start ?? view.end).trim();
    if (between !== "" && /^[,:]?\s*["'“‘«:]/.test(between)) return true;
    if (next && between === "" && CLAUSE_OPENERS.has(next.lower)) return true;
    // "…, the mayor argued." and "…, explained the mayor": the verb follows what it reports,
    // after a comma, with its speaker between or after.
    if (afterReport(k)) return true;
    return quotationBefore(k) || (between === "" && bareClause(k + n));
  };

  /** Token `k` follows what it reports: inverted after a comma, or after a comma and a short subject. */
  const afterReport = (k: number): boolean => {
    const gap = (j: number) =>
      view.text.slice(view.tokens[j - 1]?.end ?? view.start, view.tokens[j]?.start ?? view.start);
    // Inverted: "…, explained Dana Reyes" or "…, said the mayor." (the speaker, then a stop).
    if (k > 0 && gap(k).includes(",")) {
      if (pos(k + 1) === "PROPN") return true;
      const stop = (j: number) => j >= view.tokens.length || /^\s*[.,;]/.test(gap(j));
      return pos(k + 1) === "DET" && pos(k + 2) === "NOUN" && stop(k + 3);
    }
    // "…, the mayor argued." : a short subject after the comma, and the sentence stops.
    const before = pos(k - 1);
    if (before !== "NOUN" && before !== "PROPN" && before !== "PRON") return false;
    if (k + 1 < view.tokens.length && !/^\s*[.;!?]/.test(gap(k + 1))) return false;
    for (let j = k - 1; j > Math.max(0, k - 5); j--) if (gap(j).includes(",")) return true;
    return false;
  };

  /**
   * A that-clause without "that" starting at token `k`: a subject (a noun phrase or a subject
   * pronoun) and then, before any punctuation, a finite verb ("argued the plan would fail").
   * An object pronoun or reflexive ("found itself", "found him guilty") is no subject.
   */
  const bareClause = (k: number): boolean => {
    const first = view.tokens[k];
    if (!first) return false;
    const tag = pos(k);
    const subject =
      tag === "DET" || tag === "NOUN" || tag === "PROPN" || tag === "NUM" || tag === "ADJ"
        ? true
        : tag === "PRON" && SUBJECT_PRONOUNS.has(first.lower);
    if (!subject) return false;
    for (let j = k + 1; j < Math.min(view.tokens.length, k + 6); j++) {
      const gap = view.text.slice(view.tokens[j - 1]?.end ?? 0, view.tokens[j]?.start ?? 0);
      if (/[,;:.!?()"“”]/.test(gap)) return false;
      const p = pos(j);
      if (p === "AUX" || p === "VERB") return true;
      if (p === "CCONJ" || p === "ADP" || p === "SCONJ") return false;
    }
    return false;
  };

  const keepsAttribution = (hit: FramingHit, i: number): boolean => {
    if (hit.kind === "noun") return !UNMARKED_REPORT_NOUNS.has(hit.lemma) && pos(i) === "NOUN";
    const rule = REPORT_SENSES.get(hit.lemma);
    if (rule?.sense === "plain") return false;
    if (hit.kind !== "verb") return true;
    const tag = pos(i);
    const form = view.tokens[i]?.lower ?? "";
    const verb =
      tag === "VERB" ||
      (tag === "ADJ" && ADJECTIVAL_REPORT_LEMMAS.has(hit.lemma)) ||
      // The lite tagger calls many -ing participles nouns ("a post berating them"); after a
      // determiner the matcher has already turned them away.
      (tag === "NOUN" && form.endsWith("ing")) ||
      (tag === "NOUN" && STATEMENT_NOUN_FORMS.has(form)) ||
      // "'…,' the senator demands": after a quotation the word reports it, whatever its tag.
      (tag === "NOUN" && quotationBefore(i));
    if (!verb) return false;
    // "steps to prove that", "must demonstrate that": a verb of establishing a truth, as an aim
    // or a requirement, presupposes nothing (factivity holds only for what is said to be so).
    if (ESTABLISHING.has(hit.lemma) && IRREALIS_BEFORE.has(view.tokens[i - 1]?.lower ?? ""))
      return false;
    // "a guaranteed benefit", "the promised wall": a participle between a determiner (or
    // adjective, number, preposition) and its noun describes the noun; nobody speaks.
    if (form.endsWith("ed") && tag === "VERB" && !ADJECTIVAL_REPORT_LEMMAS.has(hit.lemma)) {
      const before = pos(i - 1);
      const attributive =
        before === "DET" || before === "ADJ" || before === "NUM" || before === "ADP";
      if (attributive && pos(i + hit.length) === "NOUN") return false;
    }
    if (!rule) return true;
    return rule.sense === "clause" && opensClause(i, hit.length);
  };

  /**
   * An adverb that boosts something (an adjective, a verb, a clause) rather than standing alone
   * ("Not really."), or an adjective in its adjective sense (not "a total of", "to complete").
   */
  const keepsIntensifier = (hit: FramingHit, i: number): boolean => {
    if (hit.length > 1) return true; // "in fact", "of course": sentence adverbials
    const tag = pos(i);
    if (tag === "ADJ") return true;
    if (tag !== "ADV") return false;
    const after = view.text.slice(
      view.tokens[i]?.end ?? view.end,
      view.tokens[i + 1]?.start ?? view.end,
    );
    const alone = i + 1 >= view.tokens.length || /[.?!]/.test(after);
    return !alone || pos(i - 1) === "VERB" || pos(i - 1) === "PRON";
  };

  /** Whether the words at `i` name a criminal charge ("pleaded guilty to …", "… charges"). */
  const namesCharge = (i: number, length: number): boolean => {
    const before = `${view.tokens[i - 2]?.lower ?? ""} ${view.tokens[i - 1]?.lower ?? ""}`;
    const after = view.tokens[i + length]?.lower;
    return CHARGE_BEFORE.has(before) || (after !== undefined && CHARGE_AFTER.has(after));
  };

  /** Whether a word with a rule in term-senses.ts is used in the sense its note describes. */
  const keepsTerm = (hit: FramingHit, i: number): boolean => {
    const rule = TERM_SENSES.get(hit.lemma);
    if (!rule) return true;
    const next = view.tokens[i + hit.length];
    if (rule.notBefore && next && rule.notBefore.has(next.lower)) return false;
    if (rule.notAsCharge === true && namesCharge(i, hit.length)) return false;
    if (rule.notAsVerb !== true) return true;
    // The lite tagger calls "will moderate the panel" an adjective; an adjective never stands
    // before a determiner, a verb with its object does.
    return pos(i) !== "VERB" && pos(i + hit.length) !== "DET";
  };

  return {
    hit: (hit) => {
      const i = tokenAt(view.tokens, hit.start);
      if (i < 0) return true;
      if (inProperName(i, hit.length)) return false;
      if (hit.category === "attribution") return keepsAttribution(hit, i);
      if (hit.category === "intensifier") return keepsIntensifier(hit, i);
      return keepsTerm(hit, i);
    },
    verb: (span) => {
      const i = tokenAt(view.tokens, span.start);
      return i < 0 || (!inProperName(i, 1) && pos(i) === "VERB");
    },
  };
}

/** The index of the token starting at `start`, or -1 (binary search: tokens are sorted). */
function tokenAt(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid]?.start ?? 0;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
