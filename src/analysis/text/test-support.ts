import { expect } from "vitest";
import type { HtmlText } from "./html.ts";

/** Paragraphs of an invented local news report, for pages built around them. */
export const PARAGRAPHS = [
  "Residents of the coastal town of Marrowby woke on Tuesday to find the harbour wall breached after a night of storms that forecasters had described as the strongest in two decades, with water reaching the steps of the old market hall.",
  "The district council said in a statement that no one had been seriously hurt, but that forty-two homes along Quay Street had been evacuated as a precaution while engineers assessed the damage to the sea defences.",
  "\u201cWe have never seen the tide come this far inland,\u201d said Edith Fairweather, who has run the bakery on the corner of Quay Street for thirty-one years. \u201cThe water was at the door by four in the morning.\u201d",
  "Engineers from the regional flood agency arrived before dawn and began placing temporary barriers, a spokesperson for the agency said, adding that a full survey of the wall would take at least a week to complete.",
  "The council has opened the community centre on Hill Road as a rest centre and asked residents to avoid the seafront until further notice, while the coastguard warned that further high tides were expected on Wednesday night.",
];

/** The projection's contract, checked on any input. */
export function expectInvariants(html: string, h: HtmlText): void {
  const { text, starts, ends } = h;
  expect(starts.length).toBe(text.length);
  expect(ends.length).toBe(text.length);
  for (let i = 0; i < text.length; i++) {
    const s = starts[i]!;
    const e = ends[i]!;
    const ch = text[i]!;
    if (!(0 <= s && s <= e && e <= html.length))
      throw new Error(`out of bounds at ${i}: ${s}..${e}`);
    if (i > 0 && (s < starts[i - 1]! || e < ends[i - 1]!)) throw new Error(`not monotone at ${i}`);
    const source = html.slice(s, e);
    const ok =
      source === ch ||
      source.startsWith("&") || // a decoded entity
      (ch === "\n" && s === e) || // inserted block separator
      (ch === " " && (s === e || /^[\t\n\f\r ]$/.test(source))); // collapsed run or cell gap
    if (!ok) throw new Error(`text[${i}]=${JSON.stringify(ch)} maps to ${JSON.stringify(source)}`);
  }
  // Separators never lead, trail, or pile up.
  expect(text).not.toMatch(/^[ \n]|[ \n]$| {2}|\n{3}| \n|\n /);
}
