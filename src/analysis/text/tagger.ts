import winkNLP, { type ItsFunction, type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Span } from "../types.ts";

/*
 * Part of speech and lemmas from wink-nlp with its English web model (MIT; Sanjaya et al.,
 * https://winkjs.org). Chosen over compromise on the BASIL development articles (10,462 words,
 * Node 22, warm): wink 25–40 ms, compromise 274–548 ms; load 108 ms against 210 ms. Its tagger
 * reports 94.7% on the WSJ part-of-speech benchmark. It tells proper nouns (PROPN) from common
 * ones, which is what framing and attribution need: a word inside "the Loyal Patriot Act" is a name,
 * "found" in "found itself" is not a verb of saying. The lite model has no person/organisation
 * entities; who a capitalised run names is the stages' own business.
 *
 * The model is built on first use (about 100 ms), not on import, so a comparison that never asks
 * pays nothing. Stages tag only the sentences they look at (see `tagSentence`): tagging whole
 * reports would cost more than the rest of the engine on short pairs.
 */

/** Universal Dependencies part-of-speech tags, as wink-nlp reports them. */
export type PartOfSpeech =
  | "ADJ"
  | "ADP"
  | "ADV"
  | "AUX"
  | "CCONJ"
  | "DET"
  | "INTJ"
  | "NOUN"
  | "NUM"
  | "PART"
  | "PRON"
  | "PROPN"
  | "PUNCT"
  | "SCONJ"
  | "SPACE"
  | "SYM"
  | "VERB"
  | "X";

export interface TaggedWord extends Span {
  /** The word as written (`text.slice(start, end)`). */
  readonly value: string;
  readonly pos: PartOfSpeech;
  /** Lower-case dictionary form: "said" → "say", "officials" → "official". */
  readonly lemma: string;
}

export interface Tagged {
  readonly words: readonly TaggedWord[];
}

let nlp: WinkMethods | undefined;

function instance(): WinkMethods {
  // Part of speech only: the stages tag one sentence at a time (no sentence boundaries to find),
  // and read neither entities, negation nor sentiment. Each left-out step costs time on every
  // sentence tagged (the entity recogniser was a fifth of a short comparison's time).
  nlp ??= winkNLP(model, ["pos"]);
  return nlp;
}

/** Builds the model now (about 100 ms), for shells and benchmarks that report it apart. */
export function warmTagger(): void {
  instance();
}

/** Tags `text.slice(start, end)`, with spans in `text`'s coordinates. */
export function tagText(text: string, start = 0, end = text.length): Tagged {
  const nlp = instance();
  // wink-nlp's `its.*` are plain functions that read a token's property, not methods.
  /* eslint-disable @typescript-eslint/unbound-method */
  const its = nlp.its;
  const doc = nlp.readDoc(text.slice(start, end));
  const tokens = doc.tokens();
  const values = tokens.out(its.value);
  const spaces = tokens.out(its.precedingSpaces);
  const pos = tokens.out(its.pos) as PartOfSpeech[];
  const lemmas = tokens.out(its.lemma as ItsFunction<string>);
  const words: TaggedWord[] = [];
  // wink-nlp is lossless: each token is its preceding white space, then its value.
  let at = start;
  for (let k = 0; k < values.length; k++) {
    at += spaces[k]!.length;
    const value = values[k]!;
    words.push({ start: at, end: at + value.length, value, pos: pos[k]!, lemma: lemmas[k]! });
    at += value.length;
  }
  /* eslint-enable @typescript-eslint/unbound-method */
  return { words };
}

const bySpan = new WeakMap<Span, Tagged>();

/**
 * Tags one sentence of `text`, once per sentence object: two stages that look at the same
 * sentence of one comparison share the work, and the cache goes with the comparison.
 */
export function tagSentence(text: string, sentence: Span): Tagged {
  let tagged = bySpan.get(sentence);
  if (!tagged) {
    tagged = tagText(text, sentence.start, sentence.end);
    bySpan.set(sentence, tagged);
  }
  return tagged;
}

/** The tagged word that covers `offset`, if any (binary search). */
export function wordAt(tagged: Tagged, offset: number): TaggedWord | undefined {
  const words = tagged.words;
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const word = words[mid]!;
    if (offset < word.start) hi = mid - 1;
    else if (offset >= word.end) lo = mid + 1;
    else return word;
  }
  return undefined;
}
