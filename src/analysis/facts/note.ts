import { daysApart } from "./dates.ts";
import type { Fact } from "./extract.ts";
import { formatNumber, isNumberWord, isScale } from "./numbers.ts";

/** One side of a difference, for its note. */
export interface Side {
  readonly name: string;
  /** The text the fact's span points into. */
  readonly text: string;
  readonly fact: Fact;
  /** Where the fact's sentence starts in `text`: a value there is written with a capital. */
  readonly sentenceStart?: number;
}

/**
 * One plain sentence a student can read: what each source says, and how much they differ.
 * "Wire says 12,000 civilians; Daily says more than 12,300 civilians: 300 more (2.5%)."
 */
export function describeDifference(
  a: Side,
  b: Side,
  compatible: "rounding" | "bound" | undefined,
): string {
  const said = `${a.name} says ${wording(a)}; ${b.name} says ${wording(b)}`;
  if (compatible === "rounding") return `${said}: one rounds the other, not a contradiction.`;
  if (compatible === "bound")
    return `${said}: one is a bound the other meets, not a contradiction.`;
  return `${said}${howMuch(a, b)}.`;
}

/** The figure as printed, with the noun it counts when that sits outside its span. */
function wording({ text, fact, sentenceStart }: Side): string {
  let printed = text.slice(fact.start, fact.end).replace(/\s+/g, " ").trim();
  // At the start of its sentence, or right after a dateline ("OSTROKOL — At least 14 …").
  if (
    sentenceStart !== undefined &&
    /^(?:[A-Z][A-Z'.-]+\b[^—–\n]{0,40}?\s[—–-]\s)?[\s"'“‘(]*$/.test(
      text.slice(sentenceStart, fact.start),
    )
  )
    printed = uncapitalised(printed);
  return fact.noun && !printed.includes(fact.noun) ? `${printed} ${fact.noun}` : printed;
}

/**
 * Words a value can start with that take a capital only at the start of a sentence: number
 * words, qualifiers, relative days. A month or weekday ("Sunday", "March 3") is a proper noun
 * and keeps its capital; so does anything not listed here, to be safe.
 */
const COMMON_START = new Set(
  "a an at about around roughly nearly almost approximately some estimated circa more fewer less up close over above under below exceeding last this next early late yesterday today tonight tomorrow noon midnight".split(
    " ",
  ),
);

/** "At least 23" → "at least 23" in the middle of a note; "Sunday" stays. */
function uncapitalised(printed: string): string {
  // Only a word written with a capital and then lower case: "At", "Fourteen"; not "UN", "US$".
  const first = /^[A-Z][a-z]*(?![A-Za-z])/.exec(printed)?.[0];
  if (!first) return printed;
  const lower = first.toLowerCase();
  const common = COMMON_START.has(lower) || isNumberWord(lower) || isScale(lower);
  return common ? lower + printed.slice(first.length) : printed;
}

function howMuch({ fact: x }: Side, { name, fact: y }: Side): string {
  if (x.date && y.date) {
    const days = daysApart(x.date, y.date);
    if (days !== undefined && days !== 0)
      return `: ${formatNumber(Math.abs(days))} ${Math.abs(days) === 1 ? "day" : "days"} apart`;
    if (x.date.hour !== undefined && y.date.hour !== undefined) {
      const minutes = Math.abs(
        x.date.hour * 60 + (x.date.minute ?? 0) - (y.date.hour * 60 + (y.date.minute ?? 0)),
      );
      return minutes % 60 === 0
        ? `: ${formatNumber(minutes / 60)} ${minutes === 60 ? "hour" : "hours"} apart`
        : `: ${formatNumber(minutes)} minutes apart`;
    }
    return ": not the same day";
  }
  if (x.amount === undefined || y.amount === undefined) return "";
  const diff = y.amount - x.amount;
  // Relative to the first source's figure: 9 against 17 is 47% fewer.
  const base = Math.abs(x.amount);
  const share =
    base > 0 ? ` (${formatNumber(Math.round((Math.abs(diff) / base) * 1000) / 10)}%)` : "";
  const fewer = x.kind === "number" || x.kind === "other" ? "fewer" : "less";
  return `: ${formatNumber(Math.abs(diff))} ${diff > 0 ? "more" : fewer} in ${name}${share}`;
}
