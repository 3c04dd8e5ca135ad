import { casual, type ParsedResult } from "chrono-node/en";
import type { Span } from "../types.ts";

type Components = ParsedResult["start"];
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/*
 * Dates and times with chrono-node (MIT, https://github.com/wanasit/chrono), English parsers
 * only. The engine has no clock: a weekday or "last month" resolves against the report's own
 * date (its dateline, the first full date in its opening), and without one stays what it says.
 */

/** What a date or time states; a field is set only when the words fix it. */
export interface DateParts {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday?: number;
  readonly hour?: number;
  readonly minute?: number;
}

export interface FoundDate extends Span {
  readonly parts: DateParts;
  /** True when the words name a day or month (not only a time of day). */
  readonly hasDate: boolean;
  /** The end of a range ("March 31-April 4"), when the words give one. */
  readonly until?: DateParts;
  /** Lower-cased words, to compare relative dates ("last month") when no reference is known. */
  readonly words: string;
}

/** Two reference instants far apart: a component that moves between them came from the reference. */
const PROBE_A = new Date(Date.UTC(2001, 0, 17, 12));
const PROBE_B = new Date(Date.UTC(2013, 6, 3, 12));

const FIELDS = ["year", "month", "day", "weekday", "hour", "minute"] as const;

/** A reference date as `Date` at noon UTC, for chrono. */
export function referenceInstant(parts: Required<Pick<DateParts, "year" | "month" | "day">>): Date {
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day, 12));
}

/**
 * The dates and times in `text.slice(start, end)`, spans in `text`'s coordinates. With a
 * `reference`, relative words resolve to days ("Sunday" → 2022-12-11); without one, only what
 * the words fix is kept (a weekday, "Dec. 11").
 */
export function findDates(text: string, span: Span, reference: Date | undefined): FoundDate[] {
  const slice = text.slice(span.start, span.end);
  const first = casual.parse(slice, { instant: reference ?? PROBE_A, timezone: 0 });
  const found: FoundDate[] = [];
  first.forEach((result) => {
    // "now", "until now": the time of writing, not a fact the report states.
    if (/^(?:until |by |right |for )?now$/i.test(result.text)) return;
    // Without a reference, the date's own words read again against a distant instant tell what
    // they fix (only those words: reading the whole sentence twice doubled chrono's cost).
    const other = reference
      ? undefined
      : casual
          .parse(result.text, { instant: PROBE_B, timezone: 0 })
          .find((r) => r.index === 0 && r.text === result.text);
    const parts = reference
      ? resolvedParts(result.start)
      : absoluteParts(result.start, other?.start);
    if (!parts) return;
    const until = result.end
      ? reference
        ? resolvedParts(result.end)
        : absoluteParts(result.end, other?.end ?? undefined)
      : undefined;
    const start = span.start + result.index;
    // chrono keeps a comma that follows the date ("on Sunday,"): not part of it.
    const printed = result.text.replace(/[\s,;:]+$/, "");
    found.push({
      start,
      end: start + printed.length,
      parts,
      ...(until ? { until } : {}),
      hasDate: ["year", "month", "day", "weekday"].some((f) => f in parts),
      words: printed.toLowerCase().replace(/\s+/g, " "),
    });
  });
  return found;
}

/** With a reference: every date component chrono certified or implied from the reference. */
function resolvedParts(at: Components): DateParts | undefined {
  const known = (f: (typeof FIELDS)[number]) => at.isCertain(f);
  const hasDay = known("day") || known("weekday");
  const hasMonth = known("month");
  const parts: Mutable<DateParts> = {};
  if (hasDay) {
    // A day resolved against the reference: year, month and day are all known now.
    parts.year = at.get("year") ?? 0;
    parts.month = at.get("month") ?? 0;
    parts.day = at.get("day") ?? 0;
    parts.weekday = at.get("weekday") ?? weekdayOf(parts.year, parts.month, parts.day);
  } else if (hasMonth) {
    parts.year = at.get("year") ?? 0;
    parts.month = at.get("month") ?? 0;
  } else if (known("year")) parts.year = at.get("year") ?? 0;
  if (known("hour")) {
    parts.hour = at.get("hour") ?? 0;
    parts.minute = at.get("minute") ?? 0;
  }
  return Object.keys(parts).length > 0 ? parts : undefined;
}

/**
 * Without a reference: the components the words fix, those that came out the same against two
 * distant reference instants. "last month" fixes nothing and is dropped here (its words remain
 * comparable); "Sunday" fixes its weekday; "Dec. 11, 2022" fixes all three.
 */
function absoluteParts(a: Components, b: Components | undefined): DateParts | undefined {
  const parts: Mutable<DateParts> = {};
  for (const f of FIELDS) {
    if (!a.isCertain(f)) continue;
    const value = a.get(f);
    if (value === null || value !== b?.get(f)) continue;
    parts[f] = value;
  }
  if (parts.hour !== undefined) parts.minute ??= 0;
  if (parts.year !== undefined && parts.month !== undefined && parts.day !== undefined)
    parts.weekday ??= weekdayOf(parts.year, parts.month, parts.day);
  return Object.keys(parts).length > 0 ? parts : undefined;
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * The report's own date: the first full date (day, month and year) in its opening characters,
 * where a dateline or a "Published" line sits. None when the opening names no such date.
 */
export function findReportDate(text: string, openingChars = 1500): Date | undefined {
  const opening = text.slice(0, openingChars);
  for (const result of casual.parse(opening, { instant: PROBE_A, timezone: 0 })) {
    const at = result.start;
    if (at.isCertain("year") && at.isCertain("month") && at.isCertain("day")) {
      const year = at.get("year");
      const month = at.get("month");
      const day = at.get("day");
      if (year !== null && month !== null && day !== null)
        return referenceInstant({ year, month, day });
    }
  }
  return undefined;
}

/** A date's normalised value: "2022-12-11", "2022-12", "--12-11", "Sunday", "T19:00". */
export function formatDate(parts: DateParts): string | undefined {
  const pad = (n: number) => String(n).padStart(2, "0");
  let date = "";
  if (parts.year !== undefined && parts.month !== undefined && parts.day !== undefined)
    date = `${String(parts.year)}-${pad(parts.month)}-${pad(parts.day)}`;
  else if (parts.year !== undefined && parts.month !== undefined)
    date = `${String(parts.year)}-${pad(parts.month)}`;
  else if (parts.month !== undefined && parts.day !== undefined)
    date = `--${pad(parts.month)}-${pad(parts.day)}`;
  else if (parts.weekday !== undefined) date = WEEKDAYS[parts.weekday] ?? "";
  else if (parts.year !== undefined) date = String(parts.year);
  else if (parts.month !== undefined) date = `--${pad(parts.month)}`;
  const time = parts.hour !== undefined ? `T${pad(parts.hour)}:${pad(parts.minute ?? 0)}` : "";
  return date + time || undefined;
}

export const WEEKDAYS = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

/**
 * How two dates compare on what both fix: "same" when every shared component agrees, "differ"
 * when one does not, "unknown" when they share none (a weekday and a date without its year).
 */
export function compareDates(a: DateParts, b: DateParts): "same" | "differ" | "unknown" {
  let shared = 0;
  for (const f of FIELDS) {
    const x = a[f];
    const y = b[f];
    if (x === undefined || y === undefined) continue;
    shared++;
    if (x !== y) return "differ";
  }
  return shared > 0 ? "same" : "unknown";
}

/** Days between two full dates, or undefined. */
export function daysApart(a: DateParts, b: DateParts): number | undefined {
  if (a.year === undefined || a.month === undefined || a.day === undefined) return undefined;
  if (b.year === undefined || b.month === undefined || b.day === undefined) return undefined;
  const ms = Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day);
  return Math.round(ms / 86_400_000);
}
