/**
 * Scores the engine on the hand-annotated fixtures in fixtures/reports (reports the team wrote
 * in other styles: wire copy, a press release and its coverage, three outlets, short and long,
 * scraped pages, HTML, look-alike events, quotation conventions) and prints one row per set plus
 * the framing density (marks per 1,000 words).
 *
 *   npm run -s fixtures            # table
 *   npm run -s fixtures -- --json  # machine-readable
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "linkedom";
import { compare } from "../src/analysis/compare.ts";
import type { Comparison, SourceInput } from "../src/analysis/types.ts";

interface Anchor {
  source: number;
  anchor: string;
}
interface SetFile {
  id: string;
  sources: { file: string; name: string; format?: "html" }[];
  expect: {
    aligned?: { a: Anchor; b: Anchor }[];
    notAligned?: { a: Anchor; b: Anchor }[];
    unique?: Anchor[];
    quotes?: { source: number; text: string; speaker: string | null; anchor?: string }[];
    variants?: { kind: string; forms: { source: number; text: string }[] }[];
    framing?: { source: number; term: string; category: string; voice: string; anchor?: string }[];
    boilerplate?: Anchor[];
  };
}

export interface SetScore {
  id: string;
  aligned: [number, number];
  notAligned: [number, number];
  unique: [number, number];
  quotes: [number, number];
  speakers: [number, number];
  variants: [number, number];
  framing: [number, number];
  boilerplate: [number, number];
  marks: number;
  words: number;
}

const root = join(import.meta.dirname, "../fixtures/reports");

export function loadSet(id: string): { set: SetFile; inputs: SourceInput[] } {
  const set = JSON.parse(readFileSync(join(root, id, "set.json"), "utf8")) as SetFile;
  const inputs = set.sources.map((s) => ({
    name: s.name,
    text: readFileSync(join(root, id, s.file), "utf8"),
    ...(s.format === "html" || s.file.endsWith(".html") ? { format: "html" as const } : {}),
  }));
  return { set, inputs };
}

export function listSets(): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

const parser = new DOMParser();
export const parseHtml = (html: string) => parser.parseFromString(html, "text/html");

export function scoreSet(id: string): SetScore {
  const { set, inputs } = loadSet(id);
  const c: Comparison = compare(inputs, { parseHtml });
  const text = (k: number) => inputs[k]?.text ?? "";
  const sentenceAt = (a: Anchor) => {
    const k = text(a.source).indexOf(a.anchor);
    const src = c.sources[a.source];
    return src?.sentences.find((s) => s.start < k + a.anchor.length && k < s.end)?.id;
  };
  const pairs = new Set<string>();
  for (const al of c.alignments)
    for (const x of al.sentences) for (const y of al.sentences) if (x !== y) pairs.add(`${x}|${y}`);
  const isPair = (p: { a: Anchor; b: Anchor }) =>
    pairs.has(`${sentenceAt(p.a)}|${sentenceAt(p.b)}`);
  const alignedIds = new Set(c.alignments.flatMap((a) => a.sentences));
  const e = set.expect;
  const count = <T>(list: T[] | undefined, ok: (x: T) => boolean): [number, number] => {
    const all = list ?? [];
    const good = all.filter(ok);
    if (process.argv.includes("--misses"))
      for (const x of all)
        if (!good.includes(x)) console.log(`MISS ${id}: ${JSON.stringify(x).slice(0, 230)}`);
    return [good.length, all.length];
  };

  const quoteFor = (q: NonNullable<SetFile["expect"]["quotes"]>[number]) => {
    const t = text(q.source);
    const base = q.anchor ? t.indexOf(q.anchor) : 0;
    const k = t.indexOf(q.text, base);
    return c.quotes.find(
      (x) => x.source === c.sources[q.source]?.id && x.start < k + q.text.length && k < x.end,
    );
  };
  const words = inputs.reduce((n, i) => n + (i.text.match(/\p{L}+/gu)?.length ?? 0), 0);
  return {
    id,
    aligned: count(e.aligned, isPair),
    notAligned: count(e.notAligned, (p) => !isPair(p)),
    unique: count(e.unique, (u) => {
      const s = sentenceAt(u);
      return s !== undefined && !alignedIds.has(s);
    }),
    quotes: count(e.quotes, (q) => quoteFor(q) !== undefined),
    speakers: count(
      e.quotes?.filter((q) => q.speaker),
      (q) => {
        const said = (quoteFor(q)?.speaker ?? "").toLowerCase();
        const want = (q.speaker ?? "").toLowerCase();
        return (
          said !== "" &&
          (said.includes(want) ||
            want.includes(said) ||
            want.split(/\s+/).some((w) => w.length > 3 && said.includes(w)))
        );
      },
    ),
    // A group matches when it holds, for every expected form, that form or a word of it.
    variants: count(e.variants, (v) =>
      c.variants.some((g) =>
        v.forms.every((f) =>
          g.forms.some(
            (x) =>
              x.source === c.sources[f.source]?.id &&
              (f.text.toLowerCase().includes(x.text.toLowerCase()) ||
                x.text.toLowerCase().includes(f.text.toLowerCase())),
          ),
        ),
      ),
    ),
    framing: count(e.framing, (f) => {
      const t = text(f.source);
      const base = f.anchor ? t.indexOf(f.anchor) : 0;
      const k = t.indexOf(f.term, base);
      return c.framing.some(
        (m) => m.source === c.sources[f.source]?.id && m.start < k + f.term.length && k < m.end,
      );
    }),
    boilerplate: count(e.boilerplate, (b) => sentenceAt(b) === undefined),
    marks: c.framing.length,
    words,
  };
}

function main(): void {
  const rows = listSets().map(scoreSet);
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  const cols = [
    "aligned",
    "notAligned",
    "unique",
    "quotes",
    "speakers",
    "variants",
    "framing",
    "boilerplate",
  ] as const;
  const cell = ([a, b]: [number, number]) => (b ? `${a}/${b}` : "-").padEnd(11);
  console.log("set".padEnd(18) + cols.map((c) => c.padEnd(11)).join("") + "marks/1k words");
  const total = Object.fromEntries(cols.map((c) => [c, [0, 0]])) as Record<
    (typeof cols)[number],
    [number, number]
  >;
  let marks = 0;
  let words = 0;
  for (const r of rows) {
    console.log(
      r.id.padEnd(18) +
        cols.map((c) => cell(r[c])).join("") +
        ((r.marks / r.words) * 1000).toFixed(1),
    );
    for (const c of cols) {
      total[c][0] += r[c][0];
      total[c][1] += r[c][1];
    }
    marks += r.marks;
    words += r.words;
  }
  console.log(
    "all".padEnd(18) +
      cols.map((c) => cell(total[c])).join("") +
      ((marks / words) * 1000).toFixed(1),
  );
}

if (process.argv[1]?.endsWith("fixture-eval.ts")) main();
