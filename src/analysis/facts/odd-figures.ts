import type { TaggedWord } from "../text/tagger.ts";
import { formatDate } from "./dates.ts";
import type { Fact } from "./extract.ts";
import { digitsValue } from "./numbers.ts";

/*
 * Figures that are not plain counts: a day or an hour no calendar has ("June 31", "15 a.m."),
 * which chrono cannot read, and a figure inside a name or code ("9/11", "F-16").
 */

const MONTHS =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|^(?:january|february|march|april|june|july|august|september|october|november|december)$/i;

/**
 * A day or an hour chrono could not read because it cannot be ("June 31", "15 a.m."): still a
 * date the report states, and different from any real one.
 */
export function unparsedDate(words: readonly TaggedWord[], k: number): Fact | undefined {
  const w = words[k]!;
  if (!/^\d{1,2}(?:[.:]\d\d)?$/.test(w.value)) return undefined;
  const before = words[k - 1];
  const next = words[k + 1];
  if (before && MONTHS.test(before.value) && !w.value.includes(".") && !w.value.includes(":")) {
    const month = monthIndex(before.value);
    const year = words[k + 2];
    const withYear = next?.value === "," && year && /^[12]\d{3}$/.test(year.value);
    return {
      start: before.start,
      end: withYear ? year.end : w.end,
      kind: "date",
      key: "date",
      noun: "",
      qualifier: "exact",
      date: withYear
        ? { year: Number(year.value), month, day: Number(w.value) }
        : { month, day: Number(w.value) },
      words: `${before.value} ${w.value}`.toLowerCase(),
      value: formatDate(
        withYear
          ? { year: Number(year.value), month, day: Number(w.value) }
          : { month, day: Number(w.value) },
      ),
    };
  }
  const meridiem = next && /^[ap]\.?m\.?$/i.exec(next.value);
  if (!meridiem) return undefined;
  const [h = "0", m = "0"] = w.value.split(/[.:]/);
  const hour = Number(h) + (/^p/i.test(next.value) && Number(h) < 12 ? 12 : 0);
  return {
    start: w.start,
    end: next.end,
    kind: "time",
    key: "time",
    noun: "",
    qualifier: "exact",
    date: { hour, minute: Number(m) },
    words: `${w.value} ${next.value}`.toLowerCase(),
    value: `T${String(hour).padStart(2, "0")}:${m.padStart(2, "0")}`,
  };
}

function monthIndex(word: string): number {
  const names = [
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
  ];
  return names.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/**
 * A figure inside a name or code ("9/11", "COVID-19", "F-16", "1990s"): not a count, but
 * compared as written, keyed by its shape with the digits left out.
 */
export function code(words: readonly TaggedWord[], k: number): Fact | undefined {
  const w = words[k]!;
  if (!/\d/.test(w.value)) return undefined;
  let start = w.start;
  let value = w.value;
  const before = words[k - 1];
  const plain = !Number.isNaN(digitsValue(w.value)) || /^\d+(?:-\d+)+$/.test(w.value);
  if (plain) {
    // A plain number glued to the word before it ("F-16" split in two, "No.3").
    if (!before || before.end !== w.start || !/[\p{L}/-]$/u.test(before.value)) return undefined;
    if (/^(?:us)?\$$|^[€£¥₹]$/i.test(before.value)) return undefined;
    start = before.start;
    value = before.value + w.value;
  }
  return {
    start,
    end: w.end,
    kind: "other",
    key: `@${value.replace(/\d+/g, "#").toLowerCase()}`,
    noun: "",
    qualifier: "exact",
    value,
  };
}
