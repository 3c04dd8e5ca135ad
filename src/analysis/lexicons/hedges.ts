/**
 * Hedges and evidential expressions: words that lower the writer's commitment to a statement
 * or put it at a distance ("allegedly", "reportedly", "so-called", "may", "it is believed").
 * Strength 2 marks the distancing evidentials that tell readers a claim is unconfirmed; strength
 * 1 the epistemic modals and vague attributions common in neutral prose; strength 0 the
 * approximators and generalizers that are hedges in Hyland's sense but rarely frame a story.
 *
 * Sources (full citations in `sources.ts`; each entry's `basis` names the ones that apply):
 * - Hyland, Ken (2005). Metadiscourse: Exploring Interaction in Writing. London: Continuum.
 *   Appendix list of hedges (about, almost, apparently, appear, could, likely, may, might,
 *   perhaps, possibly, presumably, probably, seem, suggest, tend to, ...); checked against the
 *   copy distributed with Recasens et al. (2013). Hedging verbs that report speech ("claim",
 *   "suggest", "argue", "indicate", "suppose", "suspect", "estimate") live in `report-verbs.ts`.
 * - Lakoff, George (1973). "Hedges: A study in meaning criteria and the logic of fuzzy concepts."
 *   Journal of Philosophical Logic 2(4): 458-508. The notion of a hedge; "a self-styled",
 *   "nominally", "in name only" from his list.
 * - Biber, Douglas et al. (1999). Longman Grammar of Spoken and Written English. Harlow:
 *   Longman. Stance adverbials of doubt and of source of knowledge ("reportedly",
 *   "allegedly", "reputedly", "apparently", "according to").
 * - Wikipedia, "Manual of Style/Words to watch" (CC BY-SA 4.0): "Expressions of doubt"
 *   (supposed, apparent, purported, alleged, so-called) and "Unsupported attributions" (some
 *   people say, many scholars state, it is believed, most feel, experts declare, it is often
 *   reported, it is widely thought, research has shown, science says). Only the expressions are
 *   cited; no prose is copied.
 * - Martin, J. R. & P. R. R. White (2005). The Language of Evaluation. Distancing attribution
 *   ("it's rumoured that").
 * - Bednarek, Monika (2006). Evaluation in Media Discourse. London: Continuum. Evidentiality
 *   and reliability in news ("unverified", "unsubstantiated").
 * - Recasens, Marta, Cristian Danescu-Niculescu-Mizil & Dan Jurafsky (2013). "Linguistic models
 *   for analyzing and detecting biased language." ACL 2013, 1650-1659. Uses Hyland's hedges as a
 *   bias cue; `recasens2013` marks words also in their bias lexicon (not reproduced).
 * - Hu, Minqing & Bing Liu (2004) opinion lexicon: `huliu2004` marks a word found in it.
 *
 * Forms that are also verb inflections in `report-verbs.ts` ("alleged", "purported",
 * "supposed", "estimated") are deliberately left to that file, so every surface form has one
 * owner. Matching advice: "may" the modal must not be confused with the month (capitalised
 * mid-sentence); "about" and "around" are hedges only before numbers.
 */

import type { Annotated, Strength } from "./types.ts";

/** Which kind of hedging an entry does. */
export type HedgeKind =
  /** Signals the writer doubts or distances themselves from a claim ("allegedly", "so-called"). */
  | "doubt"
  /** Marks information as second-hand or unconfirmed ("reportedly", "unconfirmed"). */
  | "evidential"
  /** Vague or unsupported attribution that hides the source ("some say", "it is believed"). */
  | "attribution"
  /** Epistemic modality and probability ("may", "possibly", "likely"). */
  | "modal"
  /** Verbs and phrases of appearance or personal opinion ("appears to", "in my view"). */
  | "epistemic"
  /** Approximators and generalizers ("about", "mostly", "to some extent"). */
  | "approximator";

/** One hedge or evidential expression. */
export interface Hedge extends Annotated {
  /** Headword as usually written. */
  readonly term: string;
  /** Every surface form to match, including the headword. */
  readonly forms: readonly string[];
  readonly kind: HedgeKind;
  readonly strength: Strength;
}

export const hedges: readonly Hedge[] = [
  {
    term: "allegedly",
    forms: ["allegedly"],
    kind: "doubt",
    strength: 2,
    basis: ["wtw", "recasens2013", "biber1999"],
    note: "Signals that a claim has not been proven, which keeps the writer at a distance from it.",
  },
  {
    term: "reportedly",
    forms: ["reportedly"],
    kind: "evidential",
    strength: 2,
    basis: ["biber1999"],
    note: "Signals the writer is passing on what others reported, without confirming it.",
  },
  {
    term: "purportedly",
    forms: ["purportedly"],
    kind: "doubt",
    strength: 2,
    basis: ["wtw"],
    note: "Signals that something only claims to be true and may well not be.",
  },
  {
    term: "supposedly",
    forms: ["supposedly"],
    kind: "doubt",
    strength: 2,
    basis: ["wtw", "biber1999"],
    note: "Signals doubt, hinting that something claimed to be true probably is not.",
  },
  {
    term: "ostensibly",
    forms: ["ostensibly", "ostensible"],
    kind: "doubt",
    strength: 2,
    basis: ["wtw"],
    note: "Signals that the stated reason may hide the real one.",
  },
  {
    term: "reputedly",
    forms: ["reputedly", "reputed"],
    kind: "evidential",
    strength: 2,
    basis: ["biber1999"],
    note: "Signals the information rests on what people say, not on proof.",
  },
  {
    term: "so-called",
    forms: ["so-called"],
    kind: "doubt",
    strength: 2,
    basis: ["wtw", "recasens2013"],
    note: "Puts a name at arm's length, which can suggest the name is false or misleading.",
  },
  {
    term: "self-styled",
    forms: ["self-styled"],
    kind: "doubt",
    strength: 2,
    basis: ["lakoff1973"],
    note: "Says a title was given by the person to themselves, which suggests nobody else grants it.",
  },
  {
    term: "self-proclaimed",
    forms: ["self-proclaimed", "self-declared"],
    kind: "doubt",
    strength: 2,
    basis: ["lakoff1973"],
    note: "Says a title or status was claimed by the holder, which suggests others do not accept it.",
  },
  {
    term: "nominally",
    forms: ["nominally", "in name only"],
    kind: "doubt",
    strength: 1,
    basis: ["lakoff1973"],
    note: "Says something is true only on paper, not in reality.",
  },
  {
    term: "apparently",
    forms: ["apparently", "apparent"],
    kind: "evidential",
    strength: 1,
    basis: ["wtw", "hyland2005", "biber1999"],
    note: "Signals that something seems true from what is known, but is not confirmed.",
  },
  {
    term: "seemingly",
    forms: ["seemingly"],
    kind: "evidential",
    strength: 1,
    basis: ["hyland2005"],
    note: "Signals that something looks true but may not be.",
  },
  {
    term: "unconfirmed",
    forms: ["unconfirmed"],
    kind: "evidential",
    strength: 2,
    basis: ["huliu2004"],
    note: "Says the information has not been checked or confirmed.",
  },
  {
    term: "unverified",
    forms: ["unverified"],
    kind: "evidential",
    strength: 2,
    basis: ["bednarek2006"],
    note: "Says the information has not been checked or confirmed.",
  },
  {
    term: "unsubstantiated",
    forms: ["unsubstantiated"],
    kind: "doubt",
    strength: 2,
    basis: ["bednarek2006"],
    note: "Says a claim has no evidence to support it.",
  },
  {
    term: "unproven",
    forms: ["unproven", "unproved"],
    kind: "doubt",
    strength: 2,
    basis: ["huliu2004"],
    note: "Says a claim has not been shown to be true.",
  },
  {
    term: "rumoured",
    forms: ["rumoured", "rumored"],
    kind: "evidential",
    strength: 2,
    basis: ["martinwhite2005"],
    note: "Signals that information is only gossip passed between people.",
  },
  {
    term: "said to be",
    forms: [
      "said to be",
      "is said to be",
      "are said to be",
      "was said to be",
      "were said to be",
      "said to have",
    ],
    kind: "evidential",
    strength: 1,
    basis: ["biber1999"],
    note: "Passes on what others say without naming them or confirming it.",
  },
  {
    term: "believed to be",
    forms: [
      "believed to be",
      "is believed to be",
      "are believed to be",
      "was believed to be",
      "were believed to be",
      "believed to have",
    ],
    kind: "evidential",
    strength: 1,
    basis: ["wtw", "biber1999"],
    note: "Passes on a belief without saying who holds it or whether it is proven.",
  },
  {
    term: "thought to be",
    forms: [
      "thought to be",
      "is thought to be",
      "are thought to be",
      "was thought to be",
      "were thought to be",
      "thought to have",
    ],
    kind: "evidential",
    strength: 1,
    basis: ["wtw", "biber1999"],
    note: "Passes on a belief without saying who holds it or whether it is proven.",
  },
  {
    term: "understood to be",
    forms: [
      "understood to be",
      "is understood to be",
      "are understood to be",
      "was understood to be",
      "understood to have",
    ],
    kind: "evidential",
    strength: 1,
    basis: ["biber1999"],
    note: "Passes on information from unnamed sources without confirming it.",
  },
  {
    term: "reported to be",
    forms: [
      "reported to be",
      "is reported to be",
      "are reported to be",
      "was reported to be",
      "were reported to be",
      "reported to have",
    ],
    kind: "evidential",
    strength: 1,
    basis: ["biber1999"],
    note: "Passes on what others reported without confirming it.",
  },
  {
    term: "alleged to have",
    forms: [
      "alleged to have",
      "is alleged to have",
      "are alleged to have",
      "was alleged to have",
      "were alleged to have",
    ],
    kind: "doubt",
    strength: 2,
    basis: ["wtw", "biber1999"],
    note: "Passes on an accusation as unproven, without saying who makes it.",
  },
  {
    term: "claimed to be",
    forms: ["claimed to be", "is claimed to be", "was claimed to be", "claimed to have"],
    kind: "doubt",
    strength: 2,
    basis: ["wtw"],
    note: "Passes on a claim without saying who makes it, which casts doubt on it.",
  },
  {
    term: "some say",
    forms: [
      "some say",
      "some people say",
      "some have said",
      "some argue",
      "some believe",
      "some claim",
    ],
    kind: "attribution",
    strength: 2,
    basis: ["wtw"],
    note: "Gives an opinion without saying who holds it, so readers cannot judge the source.",
  },
  {
    term: "critics say",
    forms: ["critics say", "critics argue", "critics claim", "critics believe", "critics contend"],
    kind: "attribution",
    strength: 1,
    basis: ["wtw"],
    note: "Reports criticism without naming the critics.",
  },
  {
    term: "experts say",
    forms: ["experts say", "experts believe", "experts argue", "experts warn", "experts declare"],
    kind: "attribution",
    strength: 1,
    basis: ["wtw"],
    note: "Borrows the authority of experts without naming them.",
  },
  {
    term: "observers say",
    forms: ["observers say", "observers believe", "analysts say", "analysts believe"],
    kind: "attribution",
    strength: 1,
    basis: ["wtw"],
    note: "Reports a view without naming who holds it.",
  },
  {
    term: "sources say",
    forms: [
      "sources say",
      "sources said",
      "a source said",
      "sources told",
      "a source told",
      "according to sources",
      "according to a source",
    ],
    kind: "attribution",
    strength: 1,
    basis: ["wtw", "martinwhite2005"],
    note: "Relies on unnamed sources, so readers cannot judge how reliable they are.",
  },
  {
    term: "many believe",
    forms: [
      "many believe",
      "many people believe",
      "many say",
      "many argue",
      "many are of the opinion",
      "most feel",
    ],
    kind: "attribution",
    strength: 2,
    basis: ["wtw"],
    note: "Presents an opinion as widely held without saying by whom.",
  },
  {
    term: "it is believed",
    forms: [
      "it is believed",
      "it is said",
      "it is claimed",
      "it is thought",
      "it is alleged",
      "it is rumoured",
      "it is rumored",
      "it is understood",
      "it is reported",
      "it is often reported",
      "it is often said",
      "it is widely thought",
      "it is widely believed",
      "it is regarded",
      "it is considered",
    ],
    kind: "attribution",
    strength: 2,
    basis: ["wtw", "martinwhite2005"],
    note: "Uses a sentence with no one doing the believing, so the source of the claim is hidden.",
  },
  {
    term: "widely believed",
    forms: [
      "widely believed",
      "widely thought",
      "widely seen",
      "widely regarded",
      "widely considered",
      "widely reported",
    ],
    kind: "attribution",
    strength: 1,
    basis: ["wtw", "recasens2013"],
    note: "Presents a view as common without saying who holds it.",
  },
  {
    term: "according to some",
    forms: [
      "according to some",
      "according to reports",
      "according to critics",
      "according to experts",
    ],
    kind: "attribution",
    strength: 2,
    basis: ["wtw"],
    note: "Attributes a claim to an unnamed group, which gives it authority without a checkable source.",
  },
  {
    term: "research has shown",
    forms: [
      "research has shown",
      "studies show",
      "research shows",
      "studies have shown",
      "science says",
    ],
    kind: "attribution",
    strength: 2,
    basis: ["wtw"],
    note: "Claims the support of research without saying which research.",
  },
  {
    term: "questions have been raised",
    forms: ["questions have been raised", "questions remain", "questions are being asked"],
    kind: "attribution",
    strength: 2,
    basis: ["wtw"],
    note: "Suggests doubt exists without saying who doubts or why.",
  },
  {
    term: "it has been suggested",
    forms: [
      "it has been suggested",
      "it has been claimed",
      "it has been alleged",
      "it has been reported",
    ],
    kind: "attribution",
    strength: 2,
    basis: ["wtw"],
    note: "Hides who made a claim by leaving out the person who said it.",
  },
  {
    term: "may",
    forms: ["may"],
    kind: "modal",
    // Strength 0, not marked alone: the reporter's plain estimate of probability, one of the
    // commonest stance markers in neutral news (Biber et al. 1999); in real reports most uses
    // weigh a future or unknown outcome ("could face charges") rather than distance a claim.
    strength: 0,
    basis: ["hyland2005", "lakoff1973"],
    note: "Presents something as possible, not certain.",
  },
  {
    term: "might",
    forms: ["might"],
    kind: "modal",
    // Strength 0, not marked alone: the reporter's plain estimate of probability, one of the
    // commonest stance markers in neutral news (Biber et al. 1999); in real reports most uses
    // weigh a future or unknown outcome ("could face charges") rather than distance a claim.
    strength: 0,
    basis: ["hyland2005", "lakoff1973"],
    note: "Presents something as possible but uncertain.",
  },
  {
    term: "could",
    forms: ["could"],
    kind: "modal",
    // Strength 0, not marked alone: the reporter's plain estimate of probability, one of the
    // commonest stance markers in neutral news (Biber et al. 1999); in real reports most uses
    // weigh a future or unknown outcome ("could face charges") rather than distance a claim.
    strength: 0,
    basis: ["hyland2005", "lakoff1973"],
    note: "Presents something as possible, not certain.",
  },
  {
    term: "would",
    forms: ["would", "wouldn't"],
    kind: "modal",
    strength: 0,
    basis: ["hyland2005"],
    note: "Marks something as conditional or reported; in news it is usually neutral.",
  },
  {
    term: "should",
    forms: ["should"],
    kind: "modal",
    strength: 0,
    basis: ["hyland2005"],
    note: "Marks something as expected or advised; usually neutral in news.",
  },
  {
    term: "possible",
    forms: ["possible"],
    kind: "modal",
    strength: 0,
    basis: ["hyland2005"],
    note: "Marks something as possible, though it is often just part of a set phrase like 'as soon as possible'.",
  },
  {
    term: "possibly",
    forms: ["possibly"],
    kind: "modal",
    // Strength 0, not marked alone: the reporter's plain estimate of probability, one of the
    // commonest stance markers in neutral news (Biber et al. 1999); in real reports most uses
    // weigh a future or unknown outcome ("could face charges") rather than distance a claim.
    strength: 0,
    basis: ["hyland2005"],
    note: "Presents something as possible, not certain.",
  },
  {
    term: "perhaps",
    forms: ["perhaps"],
    kind: "modal",
    // Strength 0, not marked alone: the reporter's plain estimate of probability, one of the
    // commonest stance markers in neutral news (Biber et al. 1999); in real reports most uses
    // weigh a future or unknown outcome ("could face charges") rather than distance a claim.
    strength: 0,
    basis: ["hyland2005"],
    note: "Presents something as uncertain.",
  },
  {
    term: "maybe",
    forms: ["maybe"],
    kind: "modal",
    // Strength 0, not marked alone: the reporter's plain estimate of probability, one of the
    // commonest stance markers in neutral news (Biber et al. 1999); in real reports most uses
    // weigh a future or unknown outcome ("could face charges") rather than distance a claim.
    strength: 0,
    basis: ["hyland2005"],
    note: "Presents something as uncertain.",
  },
  {
    term: "probably",
    forms: ["probably", "probable"],
    kind: "modal",
    // Strength 0, not marked alone: the reporter's plain estimate of probability, one of the
    // commonest stance markers in neutral news (Biber et al. 1999); in real reports most uses
    // weigh a future or unknown outcome ("could face charges") rather than distance a claim.
    strength: 0,
    basis: ["hyland2005"],
    note: "Presents something as likely but not certain.",
  },
  {
    term: "likely",
    forms: ["likely"],
    kind: "modal",
    // Strength 0, not marked alone: the reporter's plain estimate of probability, one of the
    // commonest stance markers in neutral news (Biber et al. 1999); in real reports most uses
    // weigh a future or unknown outcome ("could face charges") rather than distance a claim.
    strength: 0,
    basis: ["hyland2005"],
    note: "Presents something as probable but not certain.",
  },
  {
    term: "unlikely",
    forms: ["unlikely"],
    kind: "modal",
    // Strength 0, not marked alone: the reporter's plain estimate of probability, one of the
    // commonest stance markers in neutral news (Biber et al. 1999); in real reports most uses
    // weigh a future or unknown outcome ("could face charges") rather than distance a claim.
    strength: 0,
    basis: ["hyland2005", "huliu2004"],
    note: "Presents something as improbable, which is a judgement about the future.",
  },
  {
    term: "presumably",
    forms: ["presumably", "presumable"],
    kind: "modal",
    strength: 1,
    basis: ["hyland2005"],
    note: "Presents something as a reasonable guess, not a known fact.",
  },
  {
    term: "plausibly",
    forms: ["plausibly", "plausible"],
    kind: "modal",
    strength: 1,
    basis: ["hyland2005"],
    note: "Presents something as believable but not proven.",
  },
  {
    term: "conceivably",
    forms: ["conceivably"],
    kind: "modal",
    strength: 1,
    basis: ["biber1999"],
    note: "Presents something as just barely possible.",
  },
  {
    term: "potentially",
    forms: ["potentially"],
    kind: "modal",
    // Strength 0, not marked alone: the reporter's plain estimate of probability, one of the
    // commonest stance markers in neutral news (Biber et al. 1999); in real reports most uses
    // weigh a future or unknown outcome ("could face charges") rather than distance a claim.
    strength: 0,
    basis: ["biber1999"],
    note: "Presents something as possible in the future, not actual.",
  },
  {
    term: "arguably",
    forms: ["arguably"],
    kind: "modal",
    strength: 1,
    basis: ["wtw", "biber1999"],
    note: "Presents the writer's opinion as something that could be argued, a gentle way of taking a side.",
  },
  {
    term: "doubtful",
    forms: ["doubtful"],
    kind: "modal",
    strength: 1,
    basis: ["hyland2005"],
    note: "Presents something as unlikely or uncertain.",
  },
  {
    term: "uncertain",
    forms: ["uncertain", "uncertainly"],
    kind: "modal",
    strength: 1,
    basis: ["hyland2005", "huliu2004"],
    note: "Presents something as not known for sure.",
  },
  {
    term: "unclear",
    forms: ["unclear", "unclearly"],
    kind: "modal",
    strength: 1,
    basis: ["hyland2005", "huliu2004"],
    note: "Says something is not known or not clear.",
  },
  {
    term: "appear to",
    forms: ["appear to", "appears to", "appeared to", "appearing to", "would appear", "it appears"],
    kind: "epistemic",
    strength: 1,
    basis: ["hyland2005", "recasens2013"],
    note: "Presents something as how things look, not as a confirmed fact.",
  },
  {
    term: "seem to",
    forms: ["seem to", "seems to", "seemed to", "seeming to", "it seems", "would seem"],
    kind: "epistemic",
    strength: 1,
    basis: ["hyland2005", "recasens2013"],
    note: "Presents something as how things look, not as a confirmed fact.",
  },
  {
    term: "tend to",
    forms: ["tend to", "tends to", "tended to"],
    kind: "epistemic",
    strength: 0,
    basis: ["hyland2005"],
    note: "Describes something as usually but not always true.",
  },
  {
    term: "in my view",
    forms: [
      "in my view",
      "in my opinion",
      "in our view",
      "in this view",
      "from my perspective",
      "from our perspective",
      "to my knowledge",
    ],
    kind: "epistemic",
    strength: 1,
    basis: ["hyland2005"],
    note: "Marks a statement as a personal opinion.",
  },
  {
    term: "about",
    forms: ["about"],
    kind: "approximator",
    strength: 0,
    basis: ["hyland2005", "lakoff1973"],
    note: "Marks a number as approximate.",
  },
  {
    term: "around",
    forms: ["around"],
    kind: "approximator",
    strength: 0,
    basis: ["hyland2005"],
    note: "Marks a number as approximate.",
  },
  {
    term: "approximately",
    forms: ["approximately"],
    kind: "approximator",
    strength: 0,
    basis: ["hyland2005"],
    note: "Marks a number as approximate.",
  },
  {
    term: "roughly",
    forms: ["roughly"],
    kind: "approximator",
    strength: 0,
    basis: ["hyland2005"],
    note: "Marks a number as approximate.",
  },
  {
    term: "almost",
    forms: ["almost"],
    kind: "approximator",
    strength: 0,
    basis: ["hyland2005"],
    note: "Marks an amount as just short of the full figure.",
  },
  {
    term: "generally",
    forms: ["generally", "in general"],
    kind: "approximator",
    strength: 0,
    basis: ["hyland2005"],
    note: "Marks a statement as usually but not always true.",
  },
  {
    term: "largely",
    forms: ["largely"],
    kind: "approximator",
    strength: 0,
    basis: ["hyland2005"],
    note: "Marks a statement as mostly but not entirely true.",
  },
  {
    term: "mainly",
    forms: ["mainly"],
    kind: "approximator",
    strength: 0,
    basis: ["hyland2005"],
    note: "Marks a statement as mostly but not entirely true.",
  },
  {
    term: "mostly",
    forms: ["mostly"],
    kind: "approximator",
    strength: 0,
    basis: ["hyland2005"],
    note: "Marks a statement as mostly but not entirely true.",
  },
  {
    term: "often",
    forms: ["often"],
    kind: "approximator",
    strength: 0,
    basis: ["hyland2005"],
    note: "Marks something as frequent but not constant.",
  },
  {
    term: "sometimes",
    forms: ["sometimes"],
    kind: "approximator",
    strength: 0,
    basis: ["hyland2005"],
    note: "Marks something as happening only some of the time.",
  },
  {
    term: "usually",
    forms: ["usually"],
    kind: "approximator",
    strength: 0,
    basis: ["hyland2005", "recasens2013"],
    note: "Marks something as normal but not constant.",
  },
  {
    term: "typically",
    forms: ["typically", "typical"],
    kind: "approximator",
    strength: 0,
    basis: ["hyland2005"],
    note: "Marks something as normal but not always so.",
  },
  {
    term: "relatively",
    forms: ["relatively"],
    kind: "approximator",
    strength: 0,
    basis: ["hyland2005"],
    note: "Marks a judgement as comparative, not absolute.",
  },
  {
    term: "somewhat",
    forms: ["somewhat"],
    kind: "approximator",
    strength: 0,
    basis: ["hyland2005"],
    note: "Softens a statement to a lesser degree.",
  },
  {
    term: "fairly",
    forms: ["fairly"],
    kind: "approximator",
    strength: 0,
    basis: ["hyland2005"],
    note: "Softens a statement to a moderate degree.",
  },
  {
    term: "rather",
    forms: ["rather"],
    kind: "approximator",
    strength: 0,
    basis: ["hyland2005"],
    note: "Softens a statement to a moderate degree.",
  },
  {
    term: "quite",
    forms: ["quite"],
    kind: "approximator",
    strength: 0,
    basis: ["hyland2005"],
    note: "Softens or strengthens a statement, depending on context.",
  },
  {
    term: "broadly",
    forms: ["broadly"],
    kind: "approximator",
    strength: 0,
    basis: ["hyland2005"],
    note: "Marks a statement as true in general terms.",
  },
  {
    term: "on the whole",
    forms: [
      "on the whole",
      "in most cases",
      "in most instances",
      "to some extent",
      "to a certain extent",
      "to a certain degree",
    ],
    kind: "approximator",
    strength: 0,
    basis: ["hyland2005"],
    note: "Marks a statement as true in general, not in every case.",
  },
];
