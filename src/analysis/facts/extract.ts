import type { Tagged, TaggedWord } from "../text/tagger.ts";
import type { FactKind, Span } from "../types.ts";
import { findDates, formatDate, type DateParts } from "./dates.ts";
import { code, unparsedDate } from "./odd-figures.ts";
import { digitsValue, formatNumber, isNumberWord, isScale, numberValue } from "./numbers.ts";

/** How the words qualify a figure: "about 12,000", "more than 12,300", "up to 40". */
export type Qualifier = "exact" | "about" | "at-least" | "at-most";

/** One stated fact of a sentence, in the coordinates of the text it was read from. */
export interface Fact extends Span {
  readonly kind: FactKind;
  /** What it counts, for matching across sources: a noun's lemma ("civilian"), a currency. */
  readonly key: string;
  /** The counted noun as written, for the note ("civilians"); "" when none. */
  readonly noun: string;
  /** The figure, for numbers, money, percentages and durations. */
  readonly amount?: number;
  readonly qualifier: Qualifier;
  /** For dates and times. */
  readonly date?: DateParts;
  /** The end of a date range. */
  readonly until?: DateParts;
  /** A date's words, lower case: two dates worded alike are the same date. */
  readonly words?: string;
  /**
   * The nearest content words before and after it (lemmas), for dates: "buried … on Thursday"
   * and "buried … on 5 March" tell one event, "fire … on Tuesday" and "count released … on
   * Wednesday" two. Filled in by {@link extractFacts}.
   */
  context?: readonly [string, string];
  /** The contract's normalised value: "12000", "USD 1200000000", "12%", "2022-12-11", "P3D". */
  readonly value: string | undefined;
}

const ABOUT = new Set([
  "about",
  "around",
  "roughly",
  "nearly",
  "almost",
  "approximately",
  "some",
  "estimated",
  "circa",
  "approx",
]);

const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ["$", "USD"],
  ["us$", "USD"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["¥", "JPY"],
  ["₹", "INR"],
]);
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ["dollar", "USD"],
  ["usd", "USD"],
  ["euro", "EUR"],
  ["eur", "EUR"],
  ["pound", "GBP"],
  ["sterling", "GBP"],
  ["gbp", "GBP"],
  ["yen", "JPY"],
  ["rupee", "INR"],
  ["yuan", "CNY"],
  ["rouble", "RUB"],
  ["ruble", "RUB"],
]);

/** Time units a count of which is a duration, with their ISO 8601 letter. */
const DURATION_UNITS: ReadonlyMap<string, string> = new Map([
  ["second", "S"],
  ["minute", "M"],
  ["hour", "H"],
  ["day", "D"],
  ["week", "W"],
  ["month", "M"],
  ["year", "Y"],
  ["decade", "Y"],
]);

/** Nouns counted in different words for the same thing. */
const SAME_THING: ReadonlyMap<string, string> = new Map([
  ["person", "people"],
  ["persons", "people"],
  ["percent", "%"],
]);

/**
 * The facts one sentence states: dates and times (chrono-node), then every figure the tagger
 * marks as a number that is not part of one, with what it counts.
 */
export function extractFacts(
  text: string,
  sentence: Span,
  tagged: Tagged,
  reference: Date | undefined,
): Fact[] {
  const facts: Fact[] = [];
  const words = tagged.words;
  const taken = new Uint8Array(words.length);
  if (mayHoldDate(text, sentence)) {
    for (const d of findDates(text, sentence, reference)) {
      // "June 32, 2012" is no date; chrono reads "June 32" as June 2032.
      if (/^[a-z]+\.? (?:3[2-9]|[4-9]\d)$/.test(d.words)) continue;
      // "last week", "this year": a span of time, too loose to set against a day.
      if (/\b(?:week|weekend|month|year)s?\b/.test(d.words) && !/\d|day\b/.test(d.words)) continue;
      // chrono reads "at 5" or "one" in some phrasings as a time: only keep a time with a clock
      // word or a date word.
      if (!d.hasDate && !/[ap]\.?m\b|:|noon|midnight|o'clock|gmt|utc/i.test(d.words)) continue;
      words.forEach((w, k) => {
        if (w.start < d.end && w.end > d.start) taken[k] = 1;
      });
      facts.push({
        start: d.start,
        end: d.end,
        kind: d.hasDate ? "date" : "time",
        key: d.hasDate ? "date" : "time",
        noun: "",
        qualifier: "exact",
        date: d.parts,
        ...(d.until ? { until: d.until } : {}),
        words: d.words,
        value: formatDate(d.parts),
      });
    }
  }
  for (let k = 0; k < words.length; k++) {
    if (taken[k]) continue;
    const odd = unparsedDate(words, k) ?? code(words, k);
    if (odd) {
      facts.push(odd);
      for (let j = k; j < words.length && words[j]!.start < odd.end; j++) taken[j] = 1;
      continue;
    }
    if (!startsNumber(words, k)) continue;
    const fact = readFigure(words, k, taken);
    if (fact) facts.push(fact);
  }
  for (const f of facts) f.context = contextOf(words, f);
  return facts.sort((a, b) => a.start - b.start);
}

/** Words that tie a date to nothing in particular. */
const LIGHT = new Set(
  "the a an on at in by of and to from since until till early late last this next as until , . ; : - — ( ) \" ' “ ” ‘ ’".split(
    " ",
  ),
);

function contextOf(words: readonly TaggedWord[], span: Span): readonly [string, string] {
  let before = "";
  let after = "";
  for (let j = 0; j < words.length; j++) {
    const w = words[j]!;
    const lemma = w.lemma.toLowerCase();
    if (LIGHT.has(lemma) || w.pos === "PUNCT") continue;
    if (w.end <= span.start) before = lemma;
    else if (w.start >= span.end && !after) after = lemma;
  }
  return [before, after];
}

/** A month as news writes it, capitalised: "may" and "march" in lower case are other words. */
const MONTH_HINT =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b/;

const DATE_HINT =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:yester|to)day\b|\btonight\b|\b(?:last|next|this) (?:week|month|year)\b|\bago\b|\d\s*[ap]m\b|\b[ap]\.m\b|\d:\d\d|\d\/\d|\bnoon\b|\bmidnight\b/i;

/** Cheap filter before chrono: most sentences name no date. */
function mayHoldDate(text: string, sentence: Span): boolean {
  const slice = text.slice(sentence.start, sentence.end);
  return MONTH_HINT.test(slice) || DATE_HINT.test(slice);
}

/** A digit or a number word: what every figure {@link extractFacts} reads starts with. */
const NUMBER_HINT =
  /\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|hundred|thousand|million|billion|trillion)\b/i;

/**
 * False when the sentence can state no fact: no digit, no number word and no date word. Such a
 * sentence need not be tagged at all (tagging is most of what facts cost on long reports).
 */
export function mayHoldFact(text: string, sentence: Span): boolean {
  const slice = text.slice(sentence.start, sentence.end);
  return NUMBER_HINT.test(slice) || MONTH_HINT.test(slice) || DATE_HINT.test(slice);
}

function startsNumber(words: readonly TaggedWord[], k: number): boolean {
  const w = words[k]!;
  const lower = w.value.toLowerCase();
  if (!Number.isNaN(digitsValue(w.value)) || /^\d+(?:-\d+)+$/.test(w.value)) return true;
  if (isNumberWord(lower) && lower !== "one" && lower !== "dozen") return w.pos === "NUM";
  // "a dozen", "a hundred", "a million"
  const next = words[k + 1]?.value.toLowerCase();
  return (
    (lower === "a" || lower === "an") &&
    next !== undefined &&
    (next === "dozen" || isScale(next)) &&
    next.length > 2
  );
}

/**
 * The figure starting at word `k`: its number words, a currency before or after, a percent sign
 * or word, the qualifier before it, and the noun it counts.
 */
function readFigure(words: readonly TaggedWord[], k: number, taken: Uint8Array): Fact | undefined {
  const first = words[k]!;
  const before = words[k - 1];
  // A score or a range ("61-39", "2-1"): compared as written.
  if (/^\d+(?:-\d+)+$/.test(first.value)) {
    taken[k] = 1;
    return {
      start: first.start,
      end: first.end,
      kind: "other",
      key: `@${before?.lemma ?? ""}`,
      noun: "",
      qualifier: "exact",
      value: first.value,
    };
  }
  let end = k;
  while (end + 1 < words.length && continuesNumber(words, end + 1)) end++;
  const parts = words.slice(k, end + 1).map((w) => w.value);
  let amount = numberValue(parts);
  if (Number.isNaN(amount)) return undefined;
  for (let j = k; j <= end; j++) taken[j] = 1;
  // A lone four-digit year ("in 2014") is a date, not a count.
  if (k === end && /^[12]\d{3}$/.test(first.value)) {
    const next = words[k + 1];
    if (!next || next.pos !== "NOUN" || next.lemma === "year") {
      return {
        start: first.start,
        end: first.end,
        kind: "date",
        key: "date",
        noun: "",
        qualifier: "exact",
        date: { year: amount },
        value: first.value,
      };
    }
  }

  let start = first.start;
  // "€30m." ends the sentence: its full stop is not part of the figure.
  let stop = words[end]!.end - (end > k && /[a-z]\.$/i.test(words[end]!.value) ? 1 : 0);
  let currency: string | undefined;
  // Currency symbol before: "$1.2 billion", "US$ 4m".
  const symbol = words[k - 1] && CURRENCY_SYMBOLS.get(words[k - 1]!.value.toLowerCase());
  if (symbol) {
    currency = symbol;
    start = words[k - 1]!.start;
  }
  let after = end + 1;
  let kind: FactKind = "number";
  const next = words[after];
  const nextLower = next?.value.toLowerCase();
  if (nextLower === "%" || nextLower === "percent" || nextLower === "pct") {
    kind = "percent";
    stop = next!.end;
    after++;
  } else if (nextLower === "per" && words[after + 1]?.value.toLowerCase() === "cent") {
    kind = "percent";
    stop = words[after + 1]!.end;
    after += 2;
  } else if (!currency && next && CURRENCY_WORDS.has(next.lemma)) {
    currency = CURRENCY_WORDS.get(next.lemma);
    stop = next.end;
    after++;
  }
  if (currency) kind = "money";
  const qualifier = qualifierBefore(words, currency && symbol ? k - 1 : k);
  if (qualifier.start !== undefined) start = qualifier.start;

  const counted = countedNoun(words, after);
  if (kind === "number" && counted) {
    const unit = DURATION_UNITS.get(counted.lemma);
    const aged =
      words[counted.index + 1]?.value === "-" && words[counted.index + 2]?.lemma === "old";
    if (unit && !aged && words[counted.index + 1]?.lemma !== "ago") {
      kind = "duration";
      stop = counted.end;
      if (counted.lemma === "decade") amount *= 10;
      const time =
        counted.lemma === "hour" || counted.lemma === "minute" || counted.lemma === "second";
      return {
        start,
        end: stop,
        kind,
        key: "duration",
        noun: counted.value,
        amount,
        qualifier: qualifier.kind,
        value: `P${time ? "T" : ""}${formatNumber(amount).replace(/,/g, "")}${unit}`,
      };
    }
  }
  const key =
    kind === "money"
      ? `money:${currency ?? ""}`
      : kind === "percent"
        ? "%"
        : counted
          ? (SAME_THING.get(counted.lemma) ?? counted.lemma)
          : `@${wordBefore(words, k)}`;
  const plain = formatNumber(amount).replace(/,/g, "");
  return {
    start,
    end: stop,
    kind,
    key,
    noun: counted?.value ?? "",
    amount,
    qualifier: qualifier.kind,
    value:
      kind === "money" ? `${currency ?? ""} ${plain}` : kind === "percent" ? `${plain}%` : plain,
  };
}

function continuesNumber(words: readonly TaggedWord[], j: number): boolean {
  const w = words[j]!;
  const lower = w.value.toLowerCase();
  const prev = words[j - 1]!;
  if (w.start - prev.end > 1) return false;
  if (isScale(lower))
    return lower.length > 2 || w.start === prev.end || lower === "bn" || lower === "mn";
  if (lower === "dozen") return true;
  // "twenty five", "one hundred and twenty"
  const prevLower = prev.value.toLowerCase();
  if (isNumberWord(lower) && isNumberWord(prevLower)) return true;
  if (
    isNumberWord(lower) &&
    prevLower === "and" &&
    isScale(words[j - 2]?.value.toLowerCase() ?? "")
  )
    return true;
  if (
    lower === "and" &&
    isScale(prev.value.toLowerCase()) &&
    isNumberWord(words[j + 1]?.value.toLowerCase() ?? "")
  )
    return true;
  return false;
}

/** The qualifier right before word `k`, and where its words start. */
function qualifierBefore(
  words: readonly TaggedWord[],
  k: number,
): { kind: Qualifier; start?: number } {
  const w1 = words[k - 1]?.value.toLowerCase();
  const w2 = words[k - 2]?.value.toLowerCase();
  if (w1 === undefined) return { kind: "exact" };
  if (w1 === "than" && (w2 === "more" || w2 === "fewer" || w2 === "less")) {
    return { kind: w2 === "more" ? "at-least" : "at-most", start: words[k - 2]!.start };
  }
  if ((w1 === "least" || w1 === "most") && w2 === "at")
    return { kind: w1 === "least" ? "at-least" : "at-most", start: words[k - 2]!.start };
  if (w1 === "to" && w2 === "up") return { kind: "at-most", start: words[k - 2]!.start };
  if (w1 === "to" && w2 === "close") return { kind: "about", start: words[k - 2]!.start };
  if (w1 === "estimated" && (w2 === "an" || w2 === "some"))
    return { kind: "about", start: words[k - 2]!.start };
  if (ABOUT.has(w1)) return { kind: "about", start: words[k - 1]!.start };
  if (w1 === "over" || w1 === "above" || w1 === "exceeding")
    return { kind: "at-least", start: words[k - 1]!.start };
  if (w1 === "under" || w1 === "below") return { kind: "at-most", start: words[k - 1]!.start };
  return { kind: "exact" };
}

/**
 * The noun a figure counts: the first noun after it, past adjectives and "of the" ("12,000
 * Ukrainian civilians", "three of the soldiers"), within a few words; none past a verb or
 * punctuation.
 */
function countedNoun(
  words: readonly TaggedWord[],
  from: number,
): { lemma: string; value: string; index: number; end: number } | undefined {
  for (let j = from; j < Math.min(words.length, from + 4); j++) {
    const w = words[j]!;
    if (w.pos === "NOUN" || (w.pos === "PROPN" && j === from)) {
      // A compound's head: "12 police officers" counts officers.
      let head = j;
      while (words[head + 1]?.pos === "NOUN" && head - j < 2) head++;
      const h = words[head]!;
      return { lemma: h.lemma.toLowerCase(), value: h.value, index: head, end: h.end };
    }
    if (w.pos === "ADJ" || (w.value === "-" && j === from)) continue;
    if (w.value.toLowerCase() === "of" || w.pos === "DET") continue;
    return undefined;
  }
  return undefined;
}

/** The word before a figure that has no noun, as its key: "Section 215", "rose to 45". */
function wordBefore(words: readonly TaggedWord[], k: number): string {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const w = words[j]!;
    if (w.pos === "PUNCT" || ABOUT.has(w.lemma)) continue;
    return w.lemma.toLowerCase();
  }
  return "";
}
