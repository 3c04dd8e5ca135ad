/**
 * Senses of loaded words and labels that framing does not mark, read from the words around
 * them. A lexicon entry's note describes one sense; where a word has another common one, or
 * sits in wording a style guide advises as the neutral choice, its mark would misdescribe it.
 * Each rule says why, for the next person who edits the list; `senses.ts` applies them.
 */
export interface TermSenseRule {
  /** Not marked before one of these words (lowercase). */
  readonly notBefore?: ReadonlySet<string>;
  /** Not marked where the tagger reads the word as a verb. */
  readonly notAsVerb?: boolean;
  /** Not marked where it names the charge in a court case (see `CHARGE_BEFORE`). */
  readonly notAsCharge?: boolean;
  /** Why the rule holds. */
  readonly reason: string;
}

/**
 * The words before a crime that make it the name of a charge: "pleaded guilty to conspiracy",
 * "convicted of bribery", "on charges of treason". There the word is the statute's and the court's,
 * the one a neutral report must use, not the writer's judgement. (An accusation, "accused of
 * bribery", stays marked: who chose the word is the question a reader should ask.) Lowercase, the
 * last one or two words before the crime.
 */
export const CHARGE_BEFORE: ReadonlySet<string> = new Set([
  "guilty to",
  "guilty of",
  "charged with",
  "convicted of",
  "acquitted of",
  "indicted on",
  "indicted for",
  "charges of",
  "charge of",
  "counts of",
  "count of",
  "conviction for",
  "sentenced for",
]);

/**
 * The words after a crime that make it the name of a charge: "treason charges", "a conspiracy
 * count", "the bribery trial".
 */
export const CHARGE_AFTER: ReadonlySet<string> = new Set([
  "charge",
  "charges",
  "count",
  "counts",
  "conviction",
  "convictions",
  "trial",
  "indictment",
]);

const CHARGE_REASON =
  "Also the name of a criminal charge: after 'pleaded guilty to', 'convicted of', 'charged with' or before 'charges' it is the statute's word, not the writer's.";

/** Rules by the entry's headword (`term` in `loaded-terms.ts` and `labels.ts`). */
export const TERM_SENSES: ReadonlyMap<string, TermSenseRule> = new Map<string, TermSenseRule>([
  [
    "illegal",
    {
      notBefore: new Set(["immigration"]),
      reason:
        "The AP Stylebook (2013) keeps 'illegal' for actions and advises 'illegal immigration' as the neutral wording; the label for people is in labels.ts.",
    },
  ],
  [
    "hostile",
    {
      notBefore: new Set(["work"]),
      reason:
        "A 'hostile work environment' is a category of US employment law, the name of a claim. ('A hostile takeover' stays: outside company news it is a metaphor that judges.)",
    },
  ],
  [
    "suspicious",
    {
      notBefore: new Set(["package", "packages", "device", "devices"]),
      reason: "Police wording for an object not yet examined, which says nothing against a person.",
    },
  ],
  ...["conspiracy", "bribery", "corrupt", "treason", "terrorism", "assault"].map(
    (term): [string, TermSenseRule] => [term, { notAsCharge: true, reason: CHARGE_REASON }],
  ),
  [
    "moderate",
    {
      notAsVerb: true,
      reason:
        "As a verb it means chairing a debate or toning something down; only the adjective and the noun name a political position.",
    },
  ],
]);
