/**
 * Which senses of a reporting word framing marks. The lexicon in `lexicons/report-verbs.ts` is
 * shared with the attributions stage, which needs every verb that can introduce a statement;
 * framing is stricter, because a mark tells a reader "this word judges what was said". Many
 * reporting verbs have a second, more common sense that reports no speech at all (Levin 1993
 * sorts English verbs into such classes; Caldas-Coulthard 1994 and Thompson & Yiyun 1991 keep
 * only the speech senses as reporting verbs):
 *
 * - `never`: verbs of thinking and perceiving, not of saying (Hooper 1975 lists them among the
 *   assertive predicates, but nobody is quoted when someone "thinks"); most news uses are the
 *   speaker's own hedge inside a quotation ("I think"), and the note would misdescribe them.
 * - `clause`: verbs whose usual sense is finding, showing or remembering ("found itself",
 *   "showed up", "recalled the product"); they report a statement only before a that-clause, a
 *   question word or a quotation ("the study found that", "she recalled: ...").
 *
 * - `plain`: the ordinary way news reports an act that is not a judgement of a statement:
 *   putting forward a plan or a bill, backing a candidate, asking publicly for action. The
 *   verb is what happened, not the reporter's gloss on it. The verbs Martin & White (2005)
 *   call acknowledging ("contend", "declare") are plain too: they name the kind of
 *   statement and leave the writer's stance open, unlike distancing "claim" or endorsing
 *   "show". A plain verb still reports a statement, so the attributions stage keeps it as the
 *   cue of an Attribution: the reader shows it as who said what, not as a framing mark.
 *
 * Reporting nouns left out of framing marks, with the sense they are mostly used in, are in
 * {@link UNMARKED_REPORT_NOUNS}.
 */
export type ReportSense = "never" | "clause" | "plain";

export interface ReportSenseRule {
  readonly sense: ReportSense;
  /** Why the rule holds, for the next person who edits the list. */
  readonly reason: string;
}

const thinking = (what: string): ReportSenseRule => ({
  sense: "never",
  reason: `A verb of ${what}, not of saying; in news it is mostly a speaker's own hedge ("I think").`,
});

const finding = (what: string): ReportSenseRule => ({
  sense: "clause",
  reason: `Usually ${what}; it reports a statement only before a that-clause or a quotation.`,
});

const plain = (reason: string): ReportSenseRule => ({ sense: "plain", reason });

/** Martin & White's acknowledging attribution: the verb names the kind of statement only. */
const acknowledging = (what: string): ReportSenseRule =>
  plain(
    `Names the statement as ${what} and leaves the writer's stance open (Martin & White's acknowledging verbs).`,
  );

/** A commitment is reported in its plain word, as "promise" and "pledge" are. */
const committing = (extra: string): ReportSenseRule =>
  plain(`The plain word for committing oneself, like 'promise'; ${extra}`);

/**
 * Reporting verbs (by lemma) and phrases (by base form, as in `report-verbs.ts`) that framing
 * marks only in some frames, or not at all.
 */
export const REPORT_SENSES: ReadonlyMap<string, ReportSenseRule> = new Map([
  ["think", thinking("thinking")],
  ["believe", thinking("thinking")],
  ["suppose", thinking("thinking")],
  ["guess", thinking("thinking")],
  ["suspect", thinking("thinking")],
  ["realize", thinking("understanding")],
  ["recognize", finding("perceiving or officially accepting something (recognized the state)")],
  ["doubt", finding("thinking")],
  ["find", finding("coming upon something (found itself, found the body)")],
  ["discover", finding("coming upon something")],
  [
    "show",
    plain(
      "In news the plain verb for what data, records and pictures make visible (the poll shows, records show) or a person makes plain by acts; no one's statement is judged. On the BASIL development triples none of its marks fell on a span the annotators marked.",
    ),
  ],
  ["demonstrate", finding("taking part in a protest or giving a demonstration")],
  ["prove", finding("turning out to be (proved costly)")],
  ["suggest", finding("putting forward a plan (suggested a compromise)")],
  ["argue", finding("a case made in court, or arguing for a cause")],
  ["recall", finding("remembering, or withdrawing a product or an envoy")],
  ["expose", finding("leaving something open to harm (exposed to risk)")],
  ["reveal", finding("making something visible (the photo reveals)")],
  ["question", finding("interrogating someone (police questioned him)")],
  ["charge", finding("a formal legal step (charged with fraud), which is a fact, not a framing")],
  ["estimate", finding("a calculation, not a statement")],
  ["forecast", finding("a calculation, not a statement")],
  ["conclude", finding("ending something (the talks concluded)")],
  ["maintain", finding("keeping something up (maintain the roads)")],
  ["repeat", finding("doing something again")],
  ["answer", finding("replying to a question without judging it")],
  ["object", finding("a noun (the object)")],
  ["protest", finding("taking part in a demonstration")],
  ["counter", finding("acting against something (counter the threat)")],
  ["highlight", finding("drawing attention with an act, not words")],
  ["underline", finding("drawing attention with an act, not words")],
  ["appeal", finding("a legal step (appealed the ruling)")],
  ["welcome", finding("receiving visitors (welcomed the delegation)")],
  ["label", finding("putting a label on a thing")],
  ["note", finding("taking note of something, an act rather than a statement")],
  ["acknowledge", finding("greeting or recognising someone (acknowledged the crowd)")],
  ["explain", finding("an explanation of a thing, not a statement's framing")],
  ["clarify", finding("making a thing clearer by an act")],
  ["dub", finding("adding a soundtrack")],
  ["contend", acknowledging("a case made for a view")],
  ["indicate", acknowledging("a hint (or a sign pointing at something, with no speaker)")],
  ["declare", acknowledging("a formal statement (or an official act: declared an emergency)")],
  ["vow", committing("it restates the act and adds no judgement of it.")],
  ["guarantee", committing("'a guaranteed pension' is a promise written into a law or contract.")],
  ["promise", plain("The plain word for the act of promising; a note would only restate it.")],
  ["pledge", plain("The plain word for the act of promising; a note would only restate it.")],
  ["urge", plain("The plain word for pressing someone to act, like 'call on'.")],
  ["warn", plain("The plain word for the act of warning, as 'said' is for saying.")],
  ["criticize", plain("The plain word for the act of criticising, as 'said' is for saying.")],
  ["praise", plain("The plain word for the act of praising, as 'said' is for saying.")],
  [
    "confirm",
    plain("The plain word for an official confirming a fact, used for any verification."),
  ],
  ["plead", finding("entering a plea in court (pleaded not guilty)")],
  [
    "propose",
    plain("Putting forward a plan or a bill is an act; the verb is the plain name for it."),
  ],
  [
    "endorse",
    plain("Backing a candidate or a bill is a political act, reported in the plain word."),
  ],
  ["express concern", plain("The plain wording for voicing a worry, as 'warn' is for a warning.")],
  [
    "push back",
    plain("The everyday phrase for resisting a plan or a criticism, an act more than a statement."),
  ],
  [
    "call for",
    plain("The plain, default wording for a public request (Caldas-Coulthard's directives)."),
  ],
  [
    "call on",
    plain("The plain, default wording for a public request (Caldas-Coulthard's directives)."),
  ],
]);

/**
 * Reporting nouns (by lemma) that framing does not mark: in news they name something other than
 * a statement far more often than a statement.
 */
export const UNMARKED_REPORT_NOUNS: ReadonlyMap<string, string> = new Map([
  ["threat", "Mostly a danger ('poses a threat'), not a statement someone made."],
  ["charge", "Mostly a legal charge or a price, which are facts, not framings."],
  ["demand", "Mostly economic demand ('demand for oil')."],
  ["concern", "Mostly a business or a worry, not a statement."],
  ["promise", "Mostly 'shows promise' or a plain commitment."],
]);
