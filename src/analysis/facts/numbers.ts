/*
 * Numbers as news writes them, to one value: digits with thousands separators ("12,347"),
 * decimals with a scale word ("12.3 million", "1.2bn", "4.5m"), written numbers ("three",
 * "twenty-five", "a dozen", "two hundred"). Words, not characters: the tagger has already split
 * the sentence, and a number is a run of its words.
 */

const UNITS: ReadonlyMap<string, number> = new Map([
  ["zero", 0],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["thirteen", 13],
  ["fourteen", 14],
  ["fifteen", 15],
  ["sixteen", 16],
  ["seventeen", 17],
  ["eighteen", 18],
  ["nineteen", 19],
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90],
  ["dozen", 12],
]);

/** Scale words, with the abbreviations business pages use ("1.2bn", "$4m", "30k"). */
const SCALES: ReadonlyMap<string, number> = new Map([
  ["hundred", 100],
  ["thousand", 1e3],
  ["k", 1e3],
  ["million", 1e6],
  ["mn", 1e6],
  ["m", 1e6],
  ["mln", 1e6],
  ["billion", 1e9],
  ["bn", 1e9],
  ["b", 1e9],
  ["trillion", 1e12],
  ["tn", 1e12],
]);

/** True when `word` (lower case) is a scale word: "million", "bn". */
export function isScale(word: string): boolean {
  return SCALES.has(word.replace(/(?<=[a-z])\.$/, ""));
}

/** True when `word` (lower case) is a number written as a word: "three", "twenty-five". */
export function isNumberWord(word: string): boolean {
  return word.split("-").every((part) => UNITS.has(part)) && word !== "";
}

/** The value of one word written in digits: "12,347" → 12347, "3.5" → 3.5; NaN otherwise. */
export function digitsValue(word: string): number {
  if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(word)) return NaN;
  return Number(word.replace(/,/g, ""));
}

/**
 * The value of a run of number words, in order: ["12.3", "million"] → 12300000, ["a", "dozen"]
 * → 12, ["twenty-five"] → 25, ["two", "hundred"] → 200. NaN when the run is not one number.
 */
export function numberValue(words: readonly string[]): number {
  let total = 0;
  let current = NaN;
  for (const raw of words) {
    // A scale word that ends the sentence keeps its full stop: "€30m."
    const word = raw.toLowerCase().replace(/(?<=[a-z])\.$/, "");
    const digits = digitsValue(word);
    if (!Number.isNaN(digits)) {
      if (!Number.isNaN(current)) return NaN;
      current = digits;
      continue;
    }
    if (word === "a" || word === "an") {
      if (!Number.isNaN(current)) return NaN;
      current = 1;
      continue;
    }
    if (word === "and") continue;
    const scale = SCALES.get(word);
    if (scale !== undefined) {
      if (Number.isNaN(current)) return NaN;
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
      continue;
    }
    if (isNumberWord(word)) {
      const value = word.split("-").reduce((sum, part) => sum + (UNITS.get(part) ?? 0), 0);
      // "a dozen" is 1 × 12; "twenty three" adds.
      if (Number.isNaN(current)) current = value;
      else if (current === 1 && word === "dozen") current = 12;
      else current += value;
      continue;
    }
    return NaN;
  }
  if (Number.isNaN(current)) return NaN;
  // Floating point: 12.3 × 1e6 is 12300000.000000002.
  return Math.round((total + current) * 1e6) / 1e6;
}

/**
 * The step a number was rounded to as written: "12,000" → 1000, "12,347" → 1, "4.5 million" →
 * 100000, "300" → 100. An approximate figure ("about 12,000") stands for any value within half
 * a step.
 */
export function roundingStep(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  let step = 1;
  const abs = Math.abs(value);
  if (!Number.isInteger(abs)) return Math.pow(10, -decimals(abs));
  while (abs % (step * 10) === 0) step *= 10;
  return step;
}

function decimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * One formatter for every call: `toLocaleString` with options builds a new one each time, which
 * made formatting a few thousand figures a visible share of a long comparison.
 */
const ENGLISH_NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });

/** A number as an English reader writes it: 12347 → "12,347", 0.5 → "0.5". */
export function formatNumber(value: number): string {
  return ENGLISH_NUMBER.format(value);
}
