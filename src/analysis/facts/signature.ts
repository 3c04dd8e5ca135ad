/*
 * A cheap first look at a sentence, before any tagging: the words that can carry a fact
 * (digits, number words, month and day names, currency and percent signs). A sentence without
 * one states no fact; two aligned sentences with the same ones, in any order, state no fact
 * differently (the same value written the same way), so neither needs the tagger.
 */

/** Words that can carry a fact, lower case (digits and signs are found by their shape). */
const FACT_WORDS: ReadonlySet<string> = new Set(
  (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen " +
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty " +
    "ninety dozen hundred thousand million billion trillion bn jan feb mar apr jun jul aug sep " +
    "sept oct nov dec january february march april may june july august september october " +
    "november december monday tuesday wednesday thursday friday saturday sunday yesterday today " +
    "tonight tomorrow ago noon midnight"
  ).split(" "),
);

/**
 * Month names and their abbreviations, which news always capitalises: in lower case they are
 * other words ("may", "march", "dec" aside), and the modal "may" is in every other sentence.
 */
const MONTHS: ReadonlySet<string> = new Set(
  (
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june " +
    "july august september october november december"
  ).split(" "),
);

/**
 * A figure, a currency or percent sign, or a run of ASCII letters (looked up in
 * {@link FACT_WORDS}). One plain pattern and a set look-up: an alternation of seventy words,
 * tried case-insensitively at every word, cost a tenth of the facts stage.
 */
const CANDIDATE = /\d+(?:[.,:/]\d+)*|[$€£¥₹%]|[A-Za-z]+/g;

/** A character that joins a word to its neighbour (`\w` without the letters): "5million". */
const isJoiner = (c: number) => (c >= 48 && c <= 57) || c === 95;

/** Calls `found` with the start and end of each fact-bearing word of `text`, in order. */
function eachFactWord(text: string, found: (start: number, end: number) => void): void {
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    const c = word.charCodeAt(0);
    const letters = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!letters) found(start, end);
    else if (
      FACT_WORDS.has(word.toLowerCase()) &&
      (c <= 90 || !MONTHS.has(word)) &&
      !isJoiner(text.charCodeAt(start - 1)) &&
      !isJoiner(text.charCodeAt(end))
    )
      found(start, end);
  }
}

/**
 * Where the fact-bearing words of `text` are: each word's start and end, in order. The facts
 * stage reads a sentence's words and often its frame too; the scan is made once for both.
 */
export function factSpans(text: string): number[] {
  const spans: number[] = [];
  eachFactWord(text, (start, end) => spans.push(start, end));
  return spans;
}

/** The fact-bearing words of `text` (at `spans`, see {@link factSpans}), lower case, sorted. */
export function factWords(text: string, spans: readonly number[] = factSpans(text)): string[] {
  const words: string[] = [];
  for (let k = 0; k < spans.length; k += 2)
    words.push(text.slice(spans[k], spans[k + 1]).toLowerCase());
  return words.sort();
}

/**
 * `text` with its fact-bearing words (at `spans`, see {@link factSpans}) blanked and white space
 * collapsed: two sentences with the same frame differ at most in their facts.
 */
export function factFrame(text: string, spans: readonly number[] = factSpans(text)): string {
  let out = "";
  let at = 0;
  for (let k = 0; k < spans.length; k += 2) {
    out += `${text.slice(at, spans[k])}#`;
    at = spans[k + 1]!;
  }
  return (out + text.slice(at)).replace(/\s+/g, " ").trim();
}

/** True when two sorted word lists are equal. */
export function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, k) => w === b[k]);
}
