/**
 * Engine fuzzing, outside the normal test run:
 *
 *   npm run -s fuzz                # 100,000 cases
 *   npm run -s fuzz -- 20000       # another count
 *
 * Each case is 2–4 generated sources (arbitrary Unicode including lone surrogates, bidi
 * controls and zero-width characters; tag soup; recombined sentences of real-looking news with
 * every kind of quotation mark) compared as text or as HTML, a quarter of them under a time
 * budget that may run out at any step. The properties: compare() never
 * throws, every offset is in bounds, sentences are ordered and non-overlapping. A failing case is
 * shrunk by fast-check and appended to src/analysis/__regressions__/fuzz-cases.json, which
 * src/analysis/regressions.test.ts replays in every test run.
 */
import { readFileSync, writeFileSync } from "node:fs";
import fc from "fast-check";
import { DOMParser } from "linkedom";
import { compare } from "../src/analysis/compare.ts";
import type { Comparison, SourceInput } from "../src/analysis/types.ts";

const runs = Number(process.argv[2] ?? 100_000);
const regressions = new URL("../src/analysis/__regressions__/fuzz-cases.json", import.meta.url);
const parser = new DOMParser();
const parseHtml = (html: string) => parser.parseFromString(html, "text/html");

const WORDS = [
  "Minister",
  "Okafor",
  "Okaafor",
  "said",
  "told",
  "claimed",
  "allegedly",
  "the",
  "U.S.",
  "Dec.",
  "9",
  "war-mongering",
  "invasion",
  "baseless",
  '"',
  "“",
  "”",
  "‘",
  "’",
  "«",
  "»",
  "„",
  "'",
  "...",
  "…",
  ".",
  ",",
  "\n",
  "\n\n",
  "\r\n",
  " ",
  "—",
  "3 hours ago",
  "Read more",
  "©",
  "<p>",
  "</p>",
  "<script>alert(1)</script>",
  "&amp;",
  "😀",
  "e\u0301",
  "\u202E",
  "\u200B",
  "\uD800",
  "\uDC00",
];

const newsish = fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }).map((w) => w.join(" "));
const text = fc.oneof(
  { weight: 3, arbitrary: newsish },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 300 }) },
);
const source = fc.record({ text, html: fc.boolean() }).map(({ text: t, html }): SourceInput => ({
  name: "s",
  text: html ? `<html><body><article><p>${t}</p></article><nav>Home | News</nav></body></html>` : t,
  ...(html ? { format: "html" as const } : {}),
}));
const inputs = fc.array(source, { minLength: 2, maxLength: 4 });

function check(c: Comparison, given: readonly SourceInput[]): void {
  c.sources.forEach((s, k) => {
    const n = given[k]?.text.length ?? 0;
    if (s.text !== given[k]?.text) throw new Error("text changed");
    let last = 0;
    for (const x of s.sentences) {
      if (!(x.start >= last && x.start < x.end && x.end <= n))
        throw new Error(`bad sentence ${x.id}`);
      last = x.end;
    }
  });
  const len = (id: string) => c.sources.find((s) => s.id === id)?.text.length ?? -1;
  for (const m of [...c.quotes, ...c.framing])
    if (!(m.start >= 0 && m.start < m.end && m.end <= len(m.source))) throw new Error("bad span");
}

const t0 = performance.now();
// One case in four runs under a time budget that may run out at any step (a clock that ticks on
// every read), so partial results are held to the same invariants.
const budget = fc.option(fc.nat(40), { freq: 3 });
const result = fc.check(
  fc.property(inputs, budget, (given, ms) => {
    let t = 0;
    const options = ms === null ? { parseHtml } : { parseHtml, budget: { now: () => ++t, ms } };
    check(compare(given, options), given);
  }),
  { numRuns: runs },
);
const seconds = ((performance.now() - t0) / 1000).toFixed(1);
if (result.failed && result.counterexample) {
  const saved = JSON.parse(readFileSync(regressions, "utf8")) as unknown[];
  saved.push({
    found: new Date().toISOString(),
    error: String(result.errorInstance),
    inputs: result.counterexample[0],
  });
  writeFileSync(regressions, JSON.stringify(saved, null, 2) + "\n");
  console.log(
    `fuzz: FAILED after ${result.numRuns} cases in ${seconds} s; the shrunk case was added to ${regressions.pathname}`,
  );
  process.exit(1);
}
console.log(`fuzz: ${result.numRuns} cases passed in ${seconds} s`);
