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
  /** Why the rule holds. */
  readonly reason: string;
}

/** Rules by the entry's headword (`term` in `loaded-terms.ts` and `labels.ts`). */
export const TERM_SENSES: ReadonlyMap<string, TermSenseRule> = new Map([
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
  [
    "moderate",
    {
      notAsVerb: true,
      reason:
        "As a verb it means chairing a debate or toning something down; only the adjective and the noun name a political position.",
    },
  ],
]);
