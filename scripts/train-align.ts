/**
 * Learns the alignment's pair models (src/analysis/align/data/align-model.ts) on the development
 * sets in ../shared/dev (never copied into this repository), and reports cross-validated figures:
 *
 * - the paraphrase model, a logistic regression over the features of align/features.ts, on the
 *   MSRP train split (Dolan & Brockett 2005), its threshold chosen for accuracy; 5-fold
 *   cross-validation (train and choose on four folds, measure on the fifth);
 * - the same-event model on the ECB+ development topics (the pairs dev-real.mjs scores: the three
 *   document pairs with most silver pairs per cluster, and look-alike pairs across each topic's
 *   two clusters), its threshold chosen for F1 with the look-alike ratio at most 0.10;
 *   leave-one-topic-out (train and choose on seven topics, measure on the eighth).
 *
 * Each is learned twice, with the word vectors and without them (lexical only). Metrics are
 * computed as ../shared/eval/real-metrics.mjs computes them, through alignSentences itself.
 *
 *   npm run -s train-align [-- --write]     (--write replaces the shipped model file)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { alignmentCandidates, alignSentences } from "../src/analysis/align/align.ts";
import { FEATURES, type PairModel } from "../src/analysis/align/features.ts";
import {
  ALIGN_MODEL,
  type AlignModel,
  type ThresholdedModel,
} from "../src/analysis/align/model.ts";
import type { LeadPosition } from "../src/analysis/align/pairs.ts";
import type { SentenceTerms } from "../src/analysis/align/similarity.ts";
import { analyse, leadPositions } from "../src/analysis/compare.ts";
import { loadVectors } from "../src/cli/vectors.ts";

const dev = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../shared/dev/${file}`, import.meta.url), "utf8"));
const write = process.argv.includes("--write");
const partnersArg = process.argv.indexOf("--partners");
/** The partner cap the thresholds are chosen for (AlignOptions.maxPartners). */
const maxPartners = partnersArg >= 0 ? Number(process.argv[partnersArg + 1]) : 4;
const vectors = loadVectors();
if (!vectors) throw new Error("no word vectors: run npm run vectors first");

interface DevDoc {
  name: string;
  text: string;
  sentences: { i: number; start: number; end: number; coref_annotated: boolean }[];
}
interface Cluster {
  topic: number;
  documents: DevDoc[];
  aligned_sentence_pairs: [string, number, string, number][];
}

/** One comparison prepared once: its sentences' terms and leads, and what each maps to in gold. */
interface Prepared {
  terms: SentenceTerms[];
  leads: LeadPosition[];
  /** Per engine sentence: its annotated gold sentence on side 0 or 1, or -1. */
  gold: number[];
}
interface EcbItem {
  topic: number;
  same: boolean;
  gold: Set<string>;
  cells: number;
  prep: [Prepared, Prepared];
}
interface MsrpItem {
  label: boolean;
  fold: number;
  prep: [Prepared, Prepared];
}

function prepare(texts: readonly string[], docs?: readonly DevDoc[]): [Prepared, Prepared] {
  const run = (withVectors: boolean): Prepared => {
    const a = analyse(
      texts.map((text, k) => ({ name: String(k), text })),
      withVectors ? { vectors: vectors! } : {},
    );
    const gold = a.docs.flatMap((d, k) =>
      d.sentences.map((s) => {
        if (!docs) return -1;
        const { start, end } = d.toOriginal(s);
        let best = -1;
        let most = 0;
        for (const g of docs[k]!.sentences) {
          const o = Math.min(end, g.end) - Math.max(start, g.start);
          if (o > most) [most, best] = [o, g.coref_annotated ? g.i : -1];
        }
        return best;
      }),
    );
    return { terms: a.all.map((s) => s.terms), leads: leadPositions(a.docs), gold };
  };
  return [run(false), run(true)];
}

// ECB+: the items of dev-real.mjs.
const { clusters } = dev("ecbplus-dev.json") as { clusters: Cluster[] };
const ecb: EcbItem[] = [];
const annotated = (d: DevDoc) => d.sentences.filter((s) => s.coref_annotated).length;
for (const c of clusters) {
  const docs = new Map(c.documents.map((d) => [d.name, d]));
  const byPair = new Map<string, [number, number][]>();
  for (const [a, i, b, j] of c.aligned_sentence_pairs) {
    const k = [a, b].sort().join("|");
    byPair.set(k, [...(byPair.get(k) ?? []), a < b ? [i, j] : [j, i]]);
  }
  const ranked = [...byPair.entries()]
    .filter(([, g]) => g.length >= 2)
    .sort((x, y) => y[1].length - x[1].length);
  for (const [k, pairs] of ranked.slice(0, 3)) {
    const [a, b] = k.split("|").map((name) => docs.get(name)!) as [DevDoc, DevDoc];
    const ann = (d: DevDoc) =>
      new Set(d.sentences.filter((s) => s.coref_annotated).map((s) => s.i));
    const [annA, annB] = [ann(a), ann(b)];
    const gold = new Set(
      pairs.filter(([i, j]) => annA.has(i) && annB.has(j)).map((p) => p.join("|")),
    );
    ecb.push({
      topic: c.topic,
      same: true,
      gold,
      cells: annA.size * annB.size,
      prep: prepare([a.text, b.text], [a, b]),
    });
  }
}
const byTopic = new Map<number, Cluster[]>();
for (const c of clusters) byTopic.set(c.topic, [...(byTopic.get(c.topic) ?? []), c]);
for (const [topic, [x, y]] of byTopic) {
  if (!x || !y) continue;
  for (let n = 0; n < 3; n++) {
    const a = x.documents[n];
    const b = y.documents[n];
    if (a && b)
      ecb.push({
        topic,
        same: false,
        gold: new Set(),
        cells: annotated(a) * annotated(b),
        prep: prepare([a.text, b.text], [a, b]),
      });
  }
}
// MSRP: every pair of the train split, in five folds by position.
const { pairs: msrpPairs } = dev("msrp-train.json") as {
  pairs: { s1: string; s2: string; paraphrase: boolean | number }[];
};
const msrp: MsrpItem[] = msrpPairs.map((p, n) => ({
  label: Boolean(p.paraphrase),
  fold: n % 5,
  prep: prepare([p.s1, p.s2]),
}));
console.log(`prepared ${ecb.length} ECB+ items, ${msrp.length} MSRP pairs`);
/** The MSRP pairs dev-real.mjs scores: every SAMPLE_STEP-th, SAMPLE_SIZE of them. */
const SAMPLE_SIZE = 450;
const SAMPLE_STEP = Math.max(1, Math.floor(msrp.length / SAMPLE_SIZE));

const width = FEATURES.length;
const quick = process.argv.includes("--quick");
/** Rows of features with labels. */
interface Rows {
  x: number[][];
  y: number[];
}
function candidateRows(
  prep: Prepared,
  label: (i: number, j: number) => number | undefined,
  rows: Rows,
) {
  const { pairs, features } = alignmentCandidates(prep.terms, {}, prep.leads);
  for (let k = 0; k < pairs.length; k++) {
    const y = label(pairs.a[k]!, pairs.b[k]!);
    if (y === undefined) continue;
    rows.x.push(Array.from(features.subarray(k * width, (k + 1) * width)));
    rows.y.push(y);
  }
}

/** Logistic regression by Newton's method (IRLS) with a small ridge, rows weighted by class. */
function fit({ x, y }: Rows, ridge = 1e-4): PairModel {
  const d = width + 1;
  const w = new Array<number>(d).fill(0);
  const positives = y.filter((v) => v === 1).length;
  const classWeight = (v: number) =>
    v === 1
      ? y.length / (2 * Math.max(positives, 1))
      : y.length / (2 * Math.max(y.length - positives, 1));
  for (let iter = 0; iter < 25; iter++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let r = 0; r < x.length; r++) {
      const row = [1, ...x[r]!];
      let z = 0;
      for (let f = 0; f < d; f++) z += w[f]! * row[f]!;
      const p = 1 / (1 + Math.exp(-z));
      const cw = classWeight(y[r]!);
      for (let f = 0; f < d; f++) {
        g[f]! += cw * (p - y[r]!) * row[f]!;
        for (let e = 0; e < d; e++) h[f]![e]! += cw * p * (1 - p) * row[f]! * row[e]!;
      }
    }
    for (let f = 1; f < d; f++) {
      g[f]! += ridge * x.length * w[f]!;
      h[f]![f]! += ridge * x.length;
    }
    const step = solve(h, g);
    let moved = 0;
    for (let f = 0; f < d; f++) {
      w[f]! -= step[f]!;
      moved = Math.max(moved, Math.abs(step[f]!));
    }
    if (moved < 1e-8) break;
  }
  return { bias: round(w[0]!), weights: w.slice(1).map(round) };
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / pivot;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / (row[i]! || 1e-12));
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;
/** Related thresholds tried: a coarse grid, which fits the development topics less closely. */
const GRID = [0.15, 0.2, 0.25, 0.3];

function withModels(
  base: AlignModel,
  variant: 0 | 1,
  align: { threshold: number },
  paraphrase: ThresholdedModel,
): AlignModel {
  const part = { align, paraphrase };
  return variant === 0 ? { ...base, lexical: part } : { ...base, vectors: part };
}

/** MSRP accuracy of a paraphrase model: a pair is "paraphrase" when any kind is not `related`. */
function msrpAccuracy(items: readonly MsrpItem[], variant: 0 | 1, model: AlignModel): number {
  let right = 0;
  for (const it of items) {
    const prep = it.prep[variant];
    const pairs = alignSentences(prep.terms, { model, maxPartners }, prep.leads);
    const said = pairs.some((p) => p.kind !== "related");
    if (said === it.label) right++;
  }
  return right / Math.max(items.length, 1);
}

interface EcbScore {
  tp: number;
  pred: number;
  gold: number;
  found: number;
  sameDensity: [number, number];
  lookDensity: [number, number];
  /** Sentences with at least one link, and their links (same-event items). */
  linked: number;
  links: number;
  /** Linked sentences with more than two links. */
  crowded: number;
}
/** A score with nothing counted yet. */
const emptyScore = (): EcbScore => ({
  tp: 0,
  pred: 0,
  gold: 0,
  found: 0,
  sameDensity: [0, 0],
  lookDensity: [0, 0],
  linked: 0,
  links: 0,
  crowded: 0,
});
function ecbScore(items: readonly EcbItem[], variant: 0 | 1, model: AlignModel): EcbScore {
  const s = emptyScore();
  for (const it of items) {
    const prep = it.prep[variant];
    const pred = new Set<string>();
    const aligned = alignSentences(prep.terms, { model, maxPartners }, prep.leads);
    if (it.same) {
      const count = new Map<number, number>();
      for (const p of aligned) for (const x of [p.a, p.b]) count.set(x, (count.get(x) ?? 0) + 1);
      s.linked += count.size;
      for (const c of count.values()) {
        s.links += c;
        if (c > 2) s.crowded++;
      }
    }
    for (const p of aligned) {
      const [x, y] = prep.terms[p.a]!.source === 0 ? [p.a, p.b] : [p.b, p.a];
      const i = prep.gold[x]!;
      const j = prep.gold[y]!;
      if (i >= 0 && j >= 0) pred.add(`${i}|${j}`);
    }
    const density = it.same ? s.sameDensity : s.lookDensity;
    density[0] += pred.size;
    density[1] += it.cells;
    if (!it.same) continue;
    s.pred += pred.size;
    s.tp += [...pred].filter((k) => it.gold.has(k)).length;
    s.gold += it.gold.size;
    s.found += [...it.gold].filter((k) => pred.has(k)).length;
  }
  return s;
}
function ecbFigures(s: EcbScore) {
  const precision = s.tp / Math.max(s.pred, 1);
  const recall = s.found / Math.max(s.gold, 1);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const ratio =
    s.lookDensity[0] /
    Math.max(s.lookDensity[1], 1) /
    Math.max(s.sameDensity[0] / Math.max(s.sameDensity[1], 1), 1e-9);
  return {
    precision,
    recall,
    f1,
    ratio,
    perSentence: s.links / Math.max(s.linked, 1),
    crowded: s.crowded / Math.max(s.linked, 1),
  };
}

/** Learns the paraphrase model on MSRP items and picks its threshold for accuracy. */
const PARAPHRASE_GRID = Array.from({ length: 37 }, (_, k) => 0.05 + k * 0.025);
function learnParaphrase(
  items: readonly MsrpItem[],
  variant: 0 | 1,
  base: AlignModel,
): ThresholdedModel {
  const rows: Rows = { x: [], y: [] };
  for (const it of items) candidateRows(it.prep[variant], () => (it.label ? 1 : 0), rows);
  const model = fit(rows);
  let best = { threshold: 0.5, accuracy: -1 };
  const align = (variant === 0 ? base.lexical : base.vectors).align;
  for (const threshold of PARAPHRASE_GRID) {
    const accuracy = msrpAccuracy(
      items,
      variant,
      withModels(base, variant, align, { ...model, threshold }),
    );
    if (accuracy > best.accuracy) best = { threshold, accuracy };
  }
  return { ...model, threshold: round(best.threshold) };
}

/**
 * Chooses the related threshold on ECB+ items: the highest whose F1 is within 0.01 of the best
 * with the look-alike ratio at most 0.10 (fewer links for as good a result).
 */
function learnAlign(
  items: readonly EcbItem[],
  variant: 0 | 1,
  base: AlignModel,
  paraphrase: ThresholdedModel,
): { threshold: number } {
  const f1 = GRID.map((threshold) => {
    const f = ecbFigures(
      ecbScore(items, variant, withModels(base, variant, { threshold }, paraphrase)),
    );
    return f.ratio <= 0.1 ? f.f1 : -1;
  });
  const best = Math.max(...f1);
  let threshold = GRID[0]!;
  GRID.forEach((t, k) => {
    if (f1[k]! >= best - 0.01) threshold = t;
  });
  return { threshold: round(threshold) };
}

const fmt = (v: number) => v.toFixed(3);
const spread = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
  return `mean ${fmt(mean)} sd ${fmt(sd)} min ${fmt(Math.min(...xs))} max ${fmt(Math.max(...xs))}`;
};

let learned: AlignModel = ALIGN_MODEL;
for (const variant of [0, 1] as const) {
  const name = variant === 0 ? "lexical" : "vectors";
  // MSRP, 5-fold.
  const accuracies: number[] = [];
  for (let fold = 0; fold < (quick ? 0 : 5); fold++) {
    const train = msrp.filter((it) => it.fold !== fold);
    const test = msrp.filter((it) => it.fold === fold);
    const para = learnParaphrase(train, variant, learned);
    const part = variant === 0 ? learned.lexical : learned.vectors;
    accuracies.push(msrpAccuracy(test, variant, withModels(learned, variant, part.align, para)));
  }
  console.log(
    `[${name}] MSRP 5-fold accuracy: ${accuracies.map(fmt).join(" ")}  (${spread(accuracies)})`,
  );
  // Two more held-out figures: the pairs ../shared/eval/dev-real.mjs samples (every k-th, 450 of
  // them), measured with a model learned on the others; and the two halves (even and odd pairs),
  // each measured with a model learned on the other.
  const heldOut = (test: (n: number) => boolean) => {
    const part = variant === 0 ? learned.lexical : learned.vectors;
    const para = learnParaphrase(
      msrp.filter((_, n) => !test(n)),
      variant,
      learned,
    );
    const model = withModels(learned, variant, part.align, para);
    return msrpAccuracy(
      msrp.filter((_, n) => test(n)),
      variant,
      model,
    );
  };
  if (!quick) {
    const sampled = heldOut((n) => n % SAMPLE_STEP === 0 && n / SAMPLE_STEP < SAMPLE_SIZE);
    const halves = [heldOut((n) => n % 2 === 1), heldOut((n) => n % 2 === 0)];
    console.log(
      `[${name}] MSRP held out: dev-real sample ${fmt(sampled)}; odd half ${fmt(halves[0]!)}, even half ${fmt(halves[1]!)}`,
    );
  }
  const paraphrase = learnParaphrase(msrp, variant, learned);
  // ECB+, leave one topic out.
  const topics = [...new Set(ecb.map((it) => it.topic))];
  const f1s: number[] = [];
  const ratios: number[] = [];
  const pooled = emptyScore();
  for (const topic of quick ? [] : topics) {
    const train = ecb.filter((it) => it.topic !== topic);
    const test = ecb.filter((it) => it.topic === topic);
    const align = learnAlign(train, variant, learned, paraphrase);
    const s = ecbScore(test, variant, withModels(learned, variant, align, paraphrase));
    const f = ecbFigures(s);
    f1s.push(f.f1);
    ratios.push(f.ratio);
    for (const k of ["tp", "pred", "gold", "found", "linked", "links", "crowded"] as const)
      pooled[k] += s[k];
    for (const k of ["sameDensity", "lookDensity"] as const) {
      pooled[k][0] += s[k][0];
      pooled[k][1] += s[k][1];
    }
    console.log(
      `[${name}] ECB+ topic ${topic} held out: threshold ${align.threshold.toFixed(3)} P ${fmt(f.precision)} R ${fmt(f.recall)} F1 ${fmt(f.f1)} look-alike ratio ${fmt(f.ratio)}`,
    );
  }
  const p = ecbFigures(pooled);
  console.log(
    `[${name}] ECB+ leave-one-topic-out F1: ${spread(f1s)}; look-alike ratio: ${spread(ratios)}`,
  );
  console.log(
    `[${name}] ECB+ leave-one-topic-out pooled: P ${fmt(p.precision)} R ${fmt(p.recall)} F1 ${fmt(p.f1)} look-alike ratio ${fmt(p.ratio)}; links per linked sentence ${p.perSentence.toFixed(2)}, share with more than two ${fmt(p.crowded)}`,
  );
  const align = learnAlign(ecb, variant, learned, paraphrase);
  learned = withModels(learned, variant, align, paraphrase);
  const all = ecbFigures(ecbScore(ecb, variant, learned));
  console.log(
    `[${name}] trained on all: MSRP accuracy ${fmt(msrpAccuracy(msrp, variant, learned))}, ECB+ P ${fmt(all.precision)} R ${fmt(all.recall)} F1 ${fmt(all.f1)} ratio ${fmt(all.ratio)}, links per linked sentence ${all.perSentence.toFixed(2)}, more than two ${fmt(all.crowded)}`,
  );
  console.log(
    `[${name}] align ${JSON.stringify(align)}\n[${name}] paraphrase ${JSON.stringify(paraphrase)}`,
  );
}

if (write) {
  const file = new URL("../src/analysis/align/data/align-model.ts", import.meta.url);
  writeFileSync(
    file,
    `// Written by scripts/train-align.ts (npm run -s train-align -- --write) from the development
// sets; do not edit by hand. Weights follow FEATURES in ../features.ts:
// ${FEATURES.join(", ")}.
import type { AlignModel } from "../model.ts";

export const LEARNED: AlignModel = ${JSON.stringify(learned, null, 2)};
`,
  );
  console.log(`wrote ${file.pathname}`);
}
