import type { FramingMark, Span } from "../../../analysis/types.ts";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { tidy } from "../../../comparison/wording.ts";
import { byScore, q, type Candidate } from "./candidate.ts";
import { gapBetween, overlaps, passageOf, passageWords } from "./passages.ts";
import type { Passage, Question, QuestionKind } from "./types.ts";

/*
 * Questions about framing words: an attribution verb against the wording another source uses
 * for the same statement, a loaded word or label in an outlet's own voice, a hedge, and one word
 * that is a quoted speaker's in one report and the outlet's own in another. Everything a question
 * says comes from the Comparison's framing marks; the words are sliced from the texts.
 */

/** How close (in characters) a reporting word must be to a quotation to count as introducing it. */
const NEAR_QUOTE_CHARS = 60;

interface Located {
  readonly mark: FramingMark;
  readonly passage: Passage;
  readonly word: string;
  /** Reading position of its sentence, so earlier (lead) examples win ties. */
  readonly order: number;
  readonly inHeadline: boolean;
}

function locate(index: ComparisonIndex, mark: FramingMark): Located | undefined {
  const passage = passageOf(mark.source, mark);
  const word = passageWords(index, passage);
  const sentence = index.sentenceAt(mark.source, mark.start);
  if (!word || !sentence) return undefined;
  return {
    mark,
    passage,
    word,
    order: index.sentence(sentence.id)?.order ?? 0,
    inHeadline: sentence.role === "headline",
  };
}

const sameWord = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The counterpart's words, when it is a different wording in another source's text. */
function counterpartOf(
  index: ComparisonIndex,
  located: Located,
): { readonly passage: Passage; readonly word: string } | undefined {
  const counterpart = located.mark.counterpart;
  if (!counterpart || counterpart.source === located.mark.source) return undefined;
  const passage = passageOf(counterpart.source, counterpart);
  const source = index.source(counterpart.source);
  if (!source || passage.end > source.text.length || passage.end <= passage.start) return undefined;
  const word = passageWords(index, passage);
  return word && !sameStem(word, located.word) ? { passage, word } : undefined;
}

/** "question" and "questioning" are one word choice, not two: no contrast to ask about. */
function sameStem(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const shorter = Math.min(x.length, y.length);
  return x === y || (shorter >= 5 && x.slice(0, shorter - 1) === y.slice(0, shorter - 1));
}

function flagged(index: ComparisonIndex, passage: Passage): boolean {
  return index.comparison.framing.some((m) => m.source === passage.source && overlaps(m, passage));
}

/** The wording introduces a quotation or names its speaker: it is where the report attributes. */
function nearQuote(index: ComparisonIndex, passage: Passage): boolean {
  return index.comparison.quotes.some((quote) => {
    if (quote.source !== passage.source) return false;
    const spans: Span[] = quote.speakerSpan ? [quote, quote.speakerSpan] : [quote];
    return spans.some((span) => gapBetween(span, passage) <= NEAR_QUOTE_CHARS);
  });
}

function question(
  kind: QuestionKind,
  located: Located,
  text: string,
  extra: readonly Passage[] = [],
): Question {
  return {
    id: `${kind}-${located.mark.source}-${located.mark.start}`,
    kind,
    text,
    passages: [located.passage, ...extra],
  };
}

/** Ties go to the earlier sentence: the lead carries the story's frame. */
const orderBonus = (located: Located): number => 1 / (2 + located.order);

function attribution(index: ComparisonIndex, located: Located): Candidate {
  const name = index.sourceName(located.mark.source);
  const { word } = located;
  const counterpart = counterpartOf(index, located);
  if (!counterpart) {
    return {
      question: question(
        "attribution",
        located,
        `${name} uses ${q(word)} to report what someone said. What does ${q(word)} suggest that a plain ${q("said")} would not?`,
      ),
      // Below a contrast with a plain reporting word, above one between two framed words.
      score: 5.5 + orderBonus(located),
    };
  }
  const other = index.sourceName(counterpart.passage.source);
  // A counterpart beside a quotation is a reporting word too; one the engine did not flag is
  // the plain wording the question contrasts with.
  const score =
    2 +
    (nearQuote(index, counterpart.passage) || flagged(index, counterpart.passage) ? 2 : 0) +
    (flagged(index, counterpart.passage) ? 0 : 1) +
    (located.inHeadline ? 0 : 1) +
    orderBonus(located);
  return {
    question: question(
      "attribution",
      located,
      `${name} writes ${q(word)} where ${other} writes ${q(counterpart.word)}. What does ${q(word)} suggest that ${q(counterpart.word)} does not?`,
      [counterpart.passage],
    ),
    score,
  };
}

function loaded(index: ComparisonIndex, located: Located): Candidate {
  const name = index.sourceName(located.mark.source);
  const { word } = located;
  const counterpart = counterpartOf(index, located);
  const label = located.mark.category === "label";
  const ask = label
    ? "What does this name stress, and what could a writer call it instead?"
    : "What view of events does the word carry?";
  const text = counterpart
    ? `${name} uses ${q(word)} in its own voice, where ${index.sourceName(counterpart.passage.source)} writes ${q(counterpart.word)}. What does each choice tell the reader?`
    : `${name} uses ${q(word)} in its own voice, not inside a quotation. ${ask}`;
  return {
    question: question("loaded", located, text, counterpart ? [counterpart.passage] : []),
    score:
      (counterpart ? 1 : 0) + (located.mark.category === "loaded" ? 1 : 0) + orderBonus(located),
  };
}

function hedge(index: ComparisonIndex, located: Located): Candidate {
  const name = index.sourceName(located.mark.source);
  return {
    question: question(
      "hedge",
      located,
      `${name} writes ${q(located.word)}. How sure does the writer sound here, and why might they hedge?`,
    ),
    score: orderBonus(located),
  };
}

/**
 * One word, quoted from a speaker in one report and in another report's own voice. The first
 * report must never use it in its own voice, or the contrast would not be true.
 */
function voices(index: ComparisonIndex, all: readonly Located[]): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const quoted of all) {
    if (quoted.mark.voice !== "quoted" || quoted.mark.category === "hedge") continue;
    const key = `${quoted.mark.source}|${quoted.word.toLowerCase()}`;
    if (seen.has(key)) continue;
    const ownVoiceHere = all.some(
      (l) =>
        l.mark.source === quoted.mark.source &&
        l.mark.voice === "narrator" &&
        sameWord(l.word, quoted.word),
    );
    const narrators = all.filter(
      (l) =>
        l.mark.source !== quoted.mark.source &&
        l.mark.voice === "narrator" &&
        sameWord(l.word, quoted.word),
    );
    const isCounterpart = (l: Located): boolean =>
      quoted.mark.counterpart?.source === l.mark.source &&
      overlaps(quoted.mark.counterpart, l.mark);
    // The engine's counterpart is the same statement in the other report: the sharpest contrast.
    const narrator = narrators.find(isCounterpart) ?? narrators[0];
    if (ownVoiceHere || !narrator) continue;
    seen.add(key);
    const quote = index.comparison.quotes.find(
      (x) => x.source === quoted.mark.source && overlaps(x, quoted.mark),
    );
    const speaker = quote?.speaker ? ` from ${tidy(quote.speaker)}` : "";
    const name = index.sourceName(quoted.mark.source);
    const other = index.sourceName(narrator.mark.source);
    out.push({
      question: question(
        "voice",
        quoted,
        `${name} uses ${q(quoted.word)} only inside a quotation${speaker}; ${other} uses ${q(narrator.word)} in its own voice. Does it matter whose word it is?`,
        [narrator.passage],
      ),
      score:
        (isCounterpart(narrator) ? 1 : 0) +
        (quote?.speaker ? 1 : 0) +
        (quoted.mark.category === "loaded" ? 0.5 : 0) +
        orderBonus(quoted),
    });
  }
  return out;
}

/** The best question about each word of each source: the same word twice would ask twice. */
function oncePerWord(index: ComparisonIndex, candidates: Candidate[]): readonly Candidate[] {
  const seen = new Set<string>();
  return byScore(candidates).filter((candidate) => {
    const first = candidate.question.passages[0];
    if (!first) return false;
    const key = `${first.source}|${passageWords(index, first).toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Candidates of every framing kind, best first within each kind, one per word per source. */
export function framingCandidates(
  index: ComparisonIndex,
): Readonly<Record<"attribution" | "loaded" | "hedge" | "voice", readonly Candidate[]>> {
  const all = index.comparison.framing
    .map((mark) => locate(index, mark))
    .filter((l) => l !== undefined);
  const narrator = all.filter((l) => l.mark.voice === "narrator");
  const attributions = narrator.filter((l) => l.mark.category === "attribution");
  const loadedWords = narrator.filter(
    (l) => l.mark.category !== "attribution" && l.mark.category !== "hedge",
  );
  const hedges = narrator.filter((l) => l.mark.category === "hedge");
  return {
    attribution: oncePerWord(
      index,
      attributions.map((l) => attribution(index, l)),
    ),
    loaded: oncePerWord(
      index,
      loadedWords.map((l) => loaded(index, l)),
    ),
    hedge: oncePerWord(
      index,
      hedges.map((l) => hedge(index, l)),
    ),
    voice: oncePerWord(index, voices(index, all)),
  };
}
