/*
 * A cheap first look at a sentence, before any tagging: the words that can carry a fact
 * (digits, number words, month and day names, currency and percent signs). A sentence without
 * one states no fact; two aligned sentences with the same ones, in any order, state no fact
 * differently (the same value written the same way), so neither needs the tagger.
 */

const FACT_WORD =
  /\d+(?:[.,:/]\d+)*|[$€£¥₹%]|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|hundred|thousand|million|billion|trillion|bn|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow|ago|noon|midnight)\b/gi;

/** The fact-bearing words of `text`, lower case, sorted. */
export function factWords(text: string): string[] {
  return (text.match(FACT_WORD) ?? []).map((w) => w.toLowerCase()).sort();
}

/**
 * `text` with its fact-bearing words blanked and white space collapsed: two sentences with the
 * same frame differ at most in their facts.
 */
export function factFrame(text: string): string {
  return text.replace(FACT_WORD, "#").replace(/\s+/g, " ").trim();
}

/** True when two sorted word lists are equal. */
export function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, k) => w === b[k]);
}
