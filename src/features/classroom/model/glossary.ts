import type { QuestionKind } from "./types.ts";

/** The terms students meet in questions, tags and explanations. */
export type GlossaryTermId =
  | "framing"
  | "loaded-word"
  | "attribution-verb"
  | "hedge"
  | "voice"
  | "direct-quotation"
  | "paraphrase"
  | "transliteration"
  | "omission"
  | "fact-check";

export interface GlossaryTerm {
  readonly id: GlossaryTermId;
  readonly term: string;
  /** Two or three plain sentences for a student. */
  readonly definition: string;
  /** An invented example, never one from a report on screen. */
  readonly example: string;
}

/** In reading order: the big idea first, then the ways a report frames, then what it leaves out. */
export const GLOSSARY: readonly [GlossaryTerm, ...GlossaryTerm[]] = [
  {
    id: "framing",
    term: "Framing",
    definition:
      "The choices a writer makes about how to present a story: which facts come first, whose words are used, and which words describe people and events. Two reports can state the same facts and still leave readers with different impressions.",
    example:
      "“Protesters gathered outside the hall” and “A mob besieged the hall” can describe the same scene.",
  },
  {
    id: "loaded-word",
    term: "Loaded word",
    definition:
      "A word that carries a judgement or a strong feeling beyond its plain meaning. It nudges the reader to see someone or something as good or bad, often without saying so openly.",
    example: "“Regime” instead of “government”; “slammed” instead of “criticised”.",
  },
  {
    id: "attribution-verb",
    term: "Attribution verb",
    definition:
      "The word a report uses to say who said something: said, told, claimed, admitted, insisted. “Said” passes a statement on; other verbs add a view of it — “claimed” doubts it, “admitted” treats it as true and reluctantly conceded.",
    example: "“The minister said…” / “The minister claimed…” / “The minister admitted…”.",
  },
  {
    id: "hedge",
    term: "Hedge",
    definition:
      "A word that keeps the writer from vouching for a claim: allegedly, reportedly, may, appears to. Hedges can be careful and honest, or they can cast doubt on a claim without giving a reason.",
    example: "“The company allegedly hid the losses.”",
  },
  {
    id: "voice",
    term: "Voice",
    definition:
      "Whose words these are. A word inside quotation marks is the voice of the person quoted; a word outside them is the outlet's own voice. The same loaded word means something different in each.",
    example: "“This is a disgrace,” the mayor said. / The mayor's disgraceful decision…",
  },
  {
    id: "direct-quotation",
    term: "Direct quotation",
    definition:
      "A speaker's exact words, in quotation marks. A report chooses which words to quote and which to leave out, and the verb around the quotation frames it.",
    example: "The coach said the team “did everything right except win”.",
  },
  {
    id: "paraphrase",
    term: "Paraphrase",
    definition:
      "Someone's point put in the writer's own words, without quotation marks. A paraphrase can be fair, but it lets the writer choose the wording — softer, harsher or shorter than what was said.",
    example:
      "Quote: “We will not give up.” Paraphrase: The coach vowed the team would keep fighting.",
  },
  {
    id: "transliteration",
    term: "Transliteration",
    definition:
      "Writing a name from another alphabet (Arabic, Cyrillic, Persian, Chinese…) in Latin letters. There is often more than one accepted way, so outlets spell the same person differently. A different spelling can also be a simple mistake.",
    example: "Two spellings of one transliterated name: Mohammed / Muhammad.",
  },
  {
    id: "omission",
    term: "Omission",
    definition:
      "What a report leaves out. Every report is selective, so an omission is not always bias, but what one outlet adds and another leaves out can change the story a reader comes away with.",
    example: "One report mentions the earlier fine the company paid; the other does not.",
  },
  {
    id: "fact-check",
    term: "Checking a figure",
    definition:
      "When reports give different numbers, dates or amounts, at most one can be exactly right, or each counts something slightly different. A careful reader asks where each figure comes from, when it was given, and looks for the original source: an official count, a court record, a company's filing.",
    example:
      "One report says 40 homes flooded, another 52: the first cites the morning count, the second the council's evening update.",
  },
];

const BY_ID = new Map(GLOSSARY.map((term) => [term.id, term]));

export function glossaryTerm(id: GlossaryTermId): GlossaryTerm {
  return BY_ID.get(id) ?? GLOSSARY[0];
}

/** The terms a question of this kind uses, most specific first. */
export const QUESTION_TERMS: Readonly<Record<QuestionKind, readonly GlossaryTermId[]>> = {
  headline: ["framing"],
  attribution: ["attribution-verb", "framing"],
  loaded: ["loaded-word", "framing"],
  hedge: ["hedge"],
  voice: ["voice", "loaded-word"],
  quote: ["direct-quotation", "paraphrase"],
  unique: ["omission"],
  variant: ["transliteration"],
  fact: ["fact-check"],
  custom: ["framing"],
};

/** The terms behind one of the reader's explanations, by its layer and framing category. */
export function explanationTerms(
  layer: "quote-shared" | "quote-paraphrased" | "variant" | "framing" | "fact" | "unique",
  category: string | undefined,
  quoted: boolean,
): readonly GlossaryTermId[] {
  switch (layer) {
    case "quote-shared":
      return ["direct-quotation"];
    case "quote-paraphrased":
      return ["paraphrase", "direct-quotation"];
    case "variant":
      return ["transliteration"];
    case "unique":
      return ["omission"];
    case "fact":
      return ["fact-check"];
    case "framing": {
      const own: GlossaryTermId =
        category === "attribution"
          ? "attribution-verb"
          : category === "hedge"
            ? "hedge"
            : "loaded-word";
      return quoted ? [own, "voice", "framing"] : [own, "framing"];
    }
  }
}
