/**
 * Chooses alignment thresholds from data: runs the engine in-process on the ECB+ development
 * split (../shared/dev, never copied into this repository) with a grid of AlignOptions and prints
 * precision, recall, F1 and the look-alike ratio for each, computed exactly as
 * ../shared/eval/dev-align.mjs computes them (same pair selection, same silver pairs).
 *
 *   npm run -s tune-align
 */
import { readdirSync, readFileSync } from "node:fs";
import { compare } from "../src/analysis/compare.ts";
import type { AlignOptions } from "../src/analysis/align/align.ts";
import { loadVectors } from "../src/cli/vectors.ts";

/** With the shipped word vectors, as the CLI and the worker run the engine (--lexical: without). */
const vectors = process.argv.includes("--lexical") ? undefined : loadVectors();
const withVectors = vectors ? { vectors } : {};

interface DevSentence {
  i: number;
  start: number;
  end: number;
  coref_annotated: boolean;
}
interface DevDoc {
  name: string;
  text: string;
  sentences: DevSentence[];
}
interface Cluster {
  topic: string;
  documents: DevDoc[];
  aligned_sentence_pairs: [string, number, string, number, unknown][];
}

const { clusters } = JSON.parse(
  readFileSync(new URL("../../shared/dev/ecbplus-dev.json", import.meta.url), "utf8"),
) as { clusters: Cluster[] };
const want = 40;
const items: { kind: "same" | "lookalike"; docs: [DevDoc, DevDoc]; gold: [number, number][] }[] =
  [];
for (const c of clusters) {
  const docs = new Map(c.documents.map((d) => [d.name, d]));
  const byPair = new Map<string, [number, number][]>();
  for (const [a, i, b, j] of c.aligned_sentence_pairs) {
    const k = [a, b].sort().join("|");
    const list = byPair.get(k) ?? [];
    list.push(a < b ? [i, j] : [j, i]);
    byPair.set(k, list);
  }
  const ranked = [...byPair.entries()]
    .filter(([, g]) => g.length >= 2)
    .sort((x, y) => y[1].length - x[1].length);
  for (const [k, gold] of ranked.slice(0, Math.ceil(want / clusters.length))) {
    const [a, b] = k.split("|") as [string, string];
    items.push({ kind: "same", docs: [docs.get(a) as DevDoc, docs.get(b) as DevDoc], gold });
  }
}
const byTopic = new Map<string, Cluster[]>();
for (const c of clusters) byTopic.set(c.topic, [...(byTopic.get(c.topic) ?? []), c]);
for (const [, [x, y]] of byTopic) {
  if (!x || !y) continue;
  for (let n = 0; n < 3; n++) {
    const a = x.documents[n];
    const b = y.documents[n];
    if (a && b) items.push({ kind: "lookalike", docs: [a, b], gold: [] });
  }
}

// The seed pair, scored as ../shared/eval/score.mjs scores alignment (required vs acceptable pairs).
interface GoldPair {
  a: string;
  b: string;
}
const gold = JSON.parse(
  readFileSync(new URL("../../shared/gold/seed-pair.json", import.meta.url), "utf8"),
) as {
  sources: { file: string }[];
  alignments: { required: GoldPair[]; acceptable: GoldPair[] };
  unique: Record<string, string[]>;
};
const seedTexts = gold.sources.map((s) =>
  readFileSync(new URL(`../../shared/gold/${s.file}`, import.meta.url), "utf8"),
);
function fixtureUnique(align: AlignOptions): string {
  let hit = 0;
  let all = 0;
  let pairHit = 0;
  let pairAll = 0;
  for (const dir of readdirSync(new URL("../fixtures/reports/", import.meta.url), {
    withFileTypes: true,
  })) {
    if (!dir.isDirectory()) continue;
    const base = new URL(`../fixtures/reports/${dir.name}/`, import.meta.url);
    const set = JSON.parse(readFileSync(new URL("set.json", base), "utf8")) as {
      sources: { file: string }[];
      expect: {
        unique?: { source: number; anchor: string }[];
        aligned?: {
          a: { source: number; anchor: string };
          b: { source: number; anchor: string };
        }[];
      };
    };
    if (set.sources.some((s) => !s.file.endsWith(".txt"))) continue;
    const texts = set.sources.map((s) => readFileSync(new URL(s.file, base), "utf8"));
    const c = compare(
      texts.map((text, k) => ({ name: `f${k}`, text })),
      { align, ...withVectors },
    );
    const at = (k: number, anchor: string) => {
      const i = (texts[k] ?? "").indexOf(anchor);
      return c.sources[k]?.sentences.find((x) => x.start < i + anchor.length && i < x.end)?.id;
    };
    const aligned = new Set(c.alignments.flatMap((a) => a.sentences));
    const pairs = new Set(c.alignments.map((a) => a.sentences.join("|")));
    for (const u of set.expect.unique ?? []) {
      all++;
      const id = at(u.source, u.anchor);
      if (id && !aligned.has(id)) hit++;
    }
    for (const p of set.expect.aligned ?? []) {
      pairAll++;
      const x = at(p.a.source, p.a.anchor);
      const y = at(p.b.source, p.b.anchor);
      if (pairs.has(`${x}|${y}`) || pairs.has(`${y}|${x}`)) pairHit++;
    }
  }
  return `fixtures unique=${hit}/${all} aligned=${pairHit}/${pairAll}`;
}

function seedScore(align: AlignOptions): { f1: number; uniqueOk: number } {
  const c = compare(
    seedTexts.map((text, k) => ({ name: `s${k}`, text })),
    { align, ...withVectors },
  );
  const at = (k: number, anchor: string) => {
    const i = (seedTexts[k] ?? "").indexOf(anchor);
    return c.sources[k]?.sentences.find((x) => x.start < i + anchor.length && i < x.end)?.id;
  };
  const pred = new Set(c.alignments.map((a) => a.sentences.join("|")));
  const key = (p: GoldPair) => `${at(0, p.a)}|${at(1, p.b)}`;
  const req = new Set(gold.alignments.required.map(key));
  const ok = new Set([...req, ...gold.alignments.acceptable.map(key)]);
  const hits = [...req].filter((k) => pred.has(k)).length;
  const good = [...pred].filter((k) => ok.has(k)).length;
  const r = hits / req.size,
    p = pred.size ? good / pred.size : 0;
  const aligned = new Set(c.alignments.flatMap((a) => a.sentences));
  const uniq = Object.entries(gold.unique).flatMap(([id, list]) =>
    list.map((t) => at(id === "A" ? 0 : 1, t)),
  );
  return {
    f1: p + r ? (2 * p * r) / (p + r) : 0,
    uniqueOk: uniq.filter((u) => u && !aligned.has(u)).length / uniq.length,
  };
}

const ov = (a: number, b: number, c: number, d: number) =>
  Math.max(0, Math.min(b, d) - Math.max(a, c));
function evaluate(align: AlignOptions): { p: number; r: number; f1: number; ratio: number } {
  let tp = 0,
    predN = 0,
    found = 0,
    goldN = 0;
  const dens = { same: [0, 0], lookalike: [0, 0] };
  for (const it of items) {
    const c = compare(
      it.docs.map((d, k) => ({ name: `d${k}`, text: d.text })),
      { align, ...withVectors },
    );
    const [A, B] = it.docs;
    const annA = new Set(A.sentences.filter((s) => s.coref_annotated).map((s) => s.i));
    const annB = new Set(B.sentences.filter((s) => s.coref_annotated).map((s) => s.i));
    const toGold = (doc: DevDoc, x: { start: number; end: number }) => {
      let best = -1,
        bo = 0;
      for (const s of doc.sentences) {
        const o = ov(s.start, s.end, x.start, x.end);
        if (o > bo) {
          bo = o;
          best = s.i;
        }
      }
      return best;
    };
    const S = new Map<string, { start: number; end: number; k: number }>();
    c.sources.forEach((s, k) => s.sentences.forEach((x) => S.set(x.id, { ...x, k })));
    const pred = new Set<string>();
    for (const al of c.alignments)
      for (const x of al.sentences)
        for (const y of al.sentences) {
          const sx = S.get(x),
            sy = S.get(y);
          if (sx?.k === 0 && sy?.k === 1) {
            const i = toGold(A, sx),
              j = toGold(B, sy);
            if (annA.has(i) && annB.has(j)) pred.add(`${i}|${j}`);
          }
        }
    const d = dens[it.kind];
    d[0] = (d[0] ?? 0) + pred.size;
    d[1] = (d[1] ?? 0) + annA.size * annB.size;
    if (it.kind !== "same") continue;
    const gold = new Set(
      it.gold.filter(([i, j]) => annA.has(i) && annB.has(j)).map(([i, j]) => `${i}|${j}`),
    );
    predN += pred.size;
    tp += [...pred].filter((k) => gold.has(k)).length;
    goldN += gold.size;
    found += [...gold].filter((k) => pred.has(k)).length;
  }
  const p = predN ? tp / predN : 0,
    r = goldN ? found / goldN : 0;
  const ratio =
    dens.lookalike[0]! / dens.lookalike[1]! / Math.max(dens.same[0]! / dens.same[1]!, 1e-9);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, ratio };
}

// The pair models' weights and thresholds are learned by scripts/train-align.ts (which reports
// leave-one-topic-out figures); this grid covers what stays a choice: the candidate search's
// floor and the partner cap.
const grid: AlignOptions[] = [];
for (const maxPartners of [1, 2, 3, 4])
  for (const softThreshold of [0.1, 0.15, 0.2]) grid.push({ softThreshold, maxPartners });
console.log(
  `${items.filter((i) => i.kind === "same").length} same-event pairs, ${items.filter((i) => i.kind !== "same").length} look-alike`,
);
for (const g of grid) {
  const m = evaluate(g);
  const seed = seedScore(g);
  console.log(
    `${JSON.stringify(g).padEnd(72)} dev p=${m.p.toFixed(3)} r=${m.r.toFixed(3)} f1=${m.f1.toFixed(3)} lookalike=${m.ratio.toFixed(3)} | seed f1=${seed.f1.toFixed(3)} unique=${seed.uniqueOk.toFixed(2)} | ${fixtureUnique(g)}`,
  );
}
