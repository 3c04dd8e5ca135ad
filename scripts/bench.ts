/**
 * How long `compare()` takes, and how that grows with input size and source count. Prints figures
 * for a reader to judge; it asserts nothing and sets no time limit.
 *
 *   npm run -s bench              seed pair, then generated stories of 10 KB, 100 KB and 1 MB per source
 *   npm run -s bench -- --quick   the same without 1 MB
 *   npm run -s bench -- --sample  prints a short generated pair, to see what the engine reads
 *   npm run -s bench -- --lexical without the word vectors (the engine's lexical-only mode)
 *
 * Generated inputs are deterministic (seeded PRNG) and look like news to the engine: a headline,
 * a byline, paragraphs of sentences over a few thousand synthetic words, names and numbers,
 * quotations with "said", and a pool of story sentences every source retells with swapped words
 * and respelled names, so alignment, quotes and variants all have real work. As a yardstick the
 * same pairs (the first two sources) go through jsdiff's `diffWordsWithSpace`.
 *
 * The word vectors are loaded once, before anything is timed, and that load is reported on its
 * own line; every run then gets them, as the CLI's and the worker's do. A real-text case, two
 * reports of about 100 KB made of the development sets' articles (../shared/dev, when present:
 * news vocabulary is far richer than the generated one), runs after the generated ones.
 */
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { diffWordsWithSpace } from "diff";
import { compare, type CompareOptions } from "../src/analysis/compare.ts";
import { loadVectors } from "../src/cli/vectors.ts";
import type { Comparison, SourceInput } from "../src/analysis/types.ts";
import { makeStory } from "./story.ts";

export { makeStory };

const quick = process.argv.includes("--quick");
const lexical = process.argv.includes("--lexical");
const vectorsStart = performance.now();
const vectors = lexical ? undefined : loadVectors();
const vectorsMs = performance.now() - vectorsStart;
/** The options of every timed run: the word vectors, loaded once above. */
const OPTIONS: CompareOptions = vectors ? { vectors } : {};

// ---------------------------------------------------------------------------------------------
// Measuring

interface Timing {
  /** True when a run gave up at its time cap: the figures below are then meaningless. */
  readonly timedOut: boolean;
  /** Measured runs, in ms, sorted ascending. */
  readonly runsMs: readonly number[];
  readonly medianMs: number;
  readonly p10Ms: number;
  readonly p90Ms: number;
  /**
   * Median CPU time of the process over a run (user + system, all threads, so GC helpers count).
   * On a shared machine it moves far less than the wall clock when other work competes for cores.
   */
  readonly cpuMedianMs: number;
}

interface Plan {
  /** Unmeasured runs first, so the JIT has compiled the hot paths. */
  readonly warmup: number;
  /** Measured runs wanted. */
  readonly reps: number;
  /** Stop measuring (after at least one run) once the measured runs add up to this. */
  readonly budgetMs: number;
}

/** Linear interpolation between closest ranks; `sorted` ascending. */
function percentile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] ?? NaN) + ((sorted[hi] ?? NaN) - (sorted[lo] ?? NaN)) * (at - lo);
}

/** One run of `run`, timed on the wall clock and in process CPU; false when `run` gave up. */
function timeOnce(run: () => boolean): { ms: number; cpu: number } | false {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  if (!run()) return false;
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpu: (c.user + c.system) / 1000 };
}

/** Times `run`, which returns false when it gave up at a time cap of its own. */
function measure(run: () => boolean, plan: Plan): Timing {
  const gaveUp: Timing = {
    timedOut: true,
    runsMs: [],
    medianMs: NaN,
    p10Ms: NaN,
    p90Ms: NaN,
    cpuMedianMs: NaN,
  };
  const runsMs: number[] = [];
  const cpuMs: number[] = [];
  let totalMs = 0;
  const timed = () => timeOnce(run);
  const keep = (t: { ms: number; cpu: number }) => {
    runsMs.push(t.ms);
    cpuMs.push(t.cpu);
    totalMs += t.ms;
  };
  for (let i = 0; i < plan.warmup; i++) {
    const t = timed();
    if (!t) return gaveUp;
    // A slow input needs no warming: compiling the hot paths is a rounding error on its run,
    // which therefore counts as the first measurement.
    if (t.ms > plan.budgetMs / 10) {
      keep(t);
      break;
    }
  }
  while (runsMs.length < plan.reps && (runsMs.length === 0 || totalMs < plan.budgetMs)) {
    const t = timed();
    if (!t) return gaveUp;
    keep(t);
  }
  return summarise(runsMs, cpuMs);
}

/** The figures of measured runs (wall and CPU ms, in run order). */
function summarise(runsMs: number[], cpuMs: number[]): Timing {
  runsMs.sort((a, b) => a - b);
  cpuMs.sort((a, b) => a - b);
  return {
    timedOut: false,
    runsMs,
    medianMs: percentile(runsMs, 0.5),
    p10Ms: percentile(runsMs, 0.1),
    p90Ms: percentile(runsMs, 0.9),
    cpuMedianMs: percentile(cpuMs, 0.5),
  };
}

/**
 * Times `compare()` on each input set of a ladder, round-robin: one run of every size per round.
 * On a shared machine a busy spell then slows every size alike, instead of whichever size was
 * being measured at the time, so the ratios between sizes hold even when the absolute figures
 * move (measured one size after another, a 100 KB median here came out 45% above the same
 * input's row in the table above, and a doubling step read ×3.0 next to one of ×1.5).
 */
function measureLadder(ladder: readonly (readonly SourceInput[])[], rounds: number): Timing[] {
  for (const inputs of ladder) for (let w = 0; w < 2; w++) compare(inputs, OPTIONS);
  const runs = ladder.map(() => ({ ms: [] as number[], cpu: [] as number[] }));
  for (let r = 0; r < rounds; r++) {
    ladder.forEach((inputs, x) => {
      const t = timeOnce(() => (compare(inputs, OPTIONS), true));
      if (!t) return;
      runs[x]?.ms.push(t.ms);
      runs[x]?.cpu.push(t.cpu);
    });
  }
  return runs.map((r) => summarise(r.ms, r.cpu));
}

// ---------------------------------------------------------------------------------------------
// Running

interface Row {
  readonly label: string;
  readonly sources: number;
  readonly charsPerSource: number;
  readonly compare: Timing;
  readonly diff: Timing;
  readonly sentences: number;
  readonly alignments: number;
  readonly quotes: number;
  readonly variants: number;
}

/**
 * jsdiff's Myers diff is O(N·D): on two reports that share less than half their words, D is
 * close to N and the time quadratic (about 2 s at 10 KB, so minutes at 100 KB). Past this cap the
 * yardstick reports "more than" instead of holding the run up for an hour.
 */
const DIFF_CAP_MS = 30_000;
/** Diff timings by text pair: the first two sources of a story do not change with its source count. */
const diffTimings = new Map<string, Timing>();

function bench(label: string, inputs: readonly SourceInput[], plan: Plan): Row {
  let result: Comparison | undefined;
  const c = measure(() => {
    result = compare(inputs, OPTIONS);
    return true;
  }, plan);
  const [a = "", b = ""] = inputs.map((i) => i.text);
  const key = `${a}\u0000${b}`;
  const d =
    diffTimings.get(key) ??
    measure(() => diffWordsWithSpace(a, b, { timeout: DIFF_CAP_MS }) !== undefined, {
      // The reference is far slower, and a few runs settle its median.
      ...plan,
      warmup: Math.min(plan.warmup, 5),
      reps: Math.min(plan.reps, 50),
    });
  diffTimings.set(key, d);
  const row: Row = {
    label,
    sources: inputs.length,
    charsPerSource: Math.round(inputs.reduce((n, i) => n + i.text.length, 0) / inputs.length),
    compare: c,
    diff: d,
    sentences: result?.sources.reduce((n, s) => n + s.sentences.length, 0) ?? 0,
    alignments: result?.alignments.length ?? 0,
    quotes: result?.quotes.length ?? 0,
    variants: result?.variants.length ?? 0,
  };
  printRow(row);
  return row;
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const kb = (chars: number) =>
  chars >= 1e6 ? `${(chars / 1e6).toFixed(2)} MB` : `${(chars / 1e3).toFixed(1)} KB`;
const COLUMNS: [string, number][] = [
  ["case", 22],
  ["src", 4],
  ["size/src", 10],
  ["n", 4],
  ["median ms", 10],
  ["p10", 9],
  ["p90", 9],
  ["cpu med", 9],
  ["diff med", 10],
  ["n", 4],
  ["cmp/diff", 9],
  ["sent", 7],
  ["align", 7],
  ["quotes", 7],
  ["var", 5],
];
const line = (cells: string[]) =>
  cells
    .map((c, i) => (i === 0 ? c.padEnd(COLUMNS[i]?.[1] ?? 0) : c.padStart(COLUMNS[i]?.[1] ?? 0)))
    .join(" ");

function printRow(r: Row): void {
  const diffMs = r.diff.timedOut ? `>${DIFF_CAP_MS}` : ms(r.diff.medianMs);
  const ratio = r.compare.medianMs / (r.diff.timedOut ? DIFF_CAP_MS : r.diff.medianMs);
  console.log(
    line([
      r.label,
      String(r.sources),
      kb(r.charsPerSource),
      String(r.compare.runsMs.length),
      ms(r.compare.medianMs),
      ms(r.compare.p10Ms),
      ms(r.compare.p90Ms),
      ms(r.compare.cpuMedianMs),
      diffMs,
      String(r.diff.runsMs.length),
      `${r.diff.timedOut ? "<" : ""}${ratio.toFixed(ratio < 0.1 ? 3 : 2)}×`,
      String(r.sentences),
      String(r.alignments),
      String(r.quotes),
      String(r.variants),
    ]),
  );
}

/**
 * Two reports of about `chars` characters each, made of the development sets' articles (ECB+,
 * then PolNeAR), taken in turn, one paragraph per sentence run; undefined without ../shared/dev.
 */
function realReports(chars: number): SourceInput[] | undefined {
  const read = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(new URL(`../../shared/dev/${file}`, import.meta.url), "utf8"));
    } catch {
      return undefined;
    }
  };
  const ecb = read("ecbplus-dev.json") as
    { clusters: { documents: { text: string }[] }[] } | undefined;
  const polnear = read("polnear-dev.json") as { articles: { text: string }[] } | undefined;
  if (!ecb || !polnear) return undefined;
  const articles = [
    ...ecb.clusters.flatMap((c) => c.documents.map((d) => d.text)),
    ...polnear.articles.map((a) => a.text),
  ];
  const sides = [[], []] as [string[], string[]];
  const length = [0, 0];
  articles.forEach((text, k) => {
    const side = k % 2 === 0 ? 0 : 1;
    if (length[side]! >= chars) return;
    sides[side].push(text.trim());
    length[side]! += text.length + 2;
  });
  return sides.map((parts, k) => ({ name: `real-${k}`, text: parts.join("\n\n") }));
}

function main(): void {
  console.log(`compare() benchmark${quick ? " (--quick: no 1 MB inputs)" : ""}`);
  console.log(
    `node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}, load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}`,
  );
  console.log(
    vectors
      ? `word vectors: ${vectors.rowOf.size} words loaded once in ${vectorsMs.toFixed(0)} ms (not in the timings below)`
      : "word vectors: none (lexical only)",
  );
  console.log(
    "times in ms (wall clock, performance.now); cpu = process CPU time; n = measured runs after warm-up;",
  );
  console.log(
    "diff = diffWordsWithSpace on the first two sources; sent/align/quotes/var = what the comparison found\n",
  );
  console.log(line(COLUMNS.map(([h]) => h)));
  console.log("-".repeat(COLUMNS.reduce((n, [, w]) => n + w + 1, -1)));

  const seeds: SourceInput[] = ["moscow-times", "ifp"].map((f) => ({
    name: f,
    text: readFileSync(new URL(`../seeds/${f}.txt`, import.meta.url), "utf8"),
  }));
  // "Warm" as the page meets it after a few comparisons: V8 optimises the engine's hot loops
  // only after they have run a while, and at a few milliseconds a run that takes a few hundred.
  bench("seed pair", seeds, { warmup: 300, reps: 300, budgetMs: 60_000 });

  const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  const plan = (chars: number): Plan =>
    chars >= 1_000_000
      ? { warmup: 1, reps: 3, budgetMs: 60_000 }
      : chars >= 100_000
        ? { warmup: 3, reps: 10, budgetMs: 20_000 }
        : { warmup: 10, reps: 30, budgetMs: 10_000 };
  const rows: Row[] = [];
  for (const chars of sizes)
    rows.push(bench(`2 sources, ${kb(chars)}`, makeStory(7, 2, chars), plan(chars)));
  for (const chars of [10_000, 100_000]) {
    for (const n of [4, 6])
      rows.push(bench(`${n} sources, ${kb(chars)}`, makeStory(7, n, chars), plan(chars)));
  }
  const real = realReports(100_000);
  if (real) rows.push(bench("2 real-text, 100 KB", real, plan(100_000)));

  // Doubling: the issue's own yardstick. Each step doubles the text of two sources; near-linear
  // work takes about twice as long (the target is at most 2.3 times).
  const ladder = quick ? [50_000, 100_000, 200_000] : [50_000, 100_000, 200_000, 400_000, 800_000];
  const rounds = quick ? 15 : 9;
  console.log(
    `\ndoubling the input (2 sources; compare() only; ${rounds} rounds, sizes interleaved; cpu = process CPU time)`,
  );
  const timings = measureLadder(
    ladder.map((chars) => makeStory(7, 2, chars)),
    rounds,
  );
  timings.forEach((t, x) => {
    const previous = timings[x - 1];
    // The p10 ratio as well: noise here only ever adds time, so the faster runs of each size are
    // the steadier estimate of how the work itself grows.
    const ratio = previous
      ? `×${(t.medianMs / previous.medianMs).toFixed(2)} wall, ×${(t.cpuMedianMs / previous.cpuMedianMs).toFixed(2)} cpu, ×${(t.p10Ms / previous.p10Ms).toFixed(2)} p10`
      : "";
    console.log(
      `  ${kb(ladder[x] ?? 0).padStart(9)} per source   median ${ms(t.medianMs).padStart(6)} ms ` +
        `(p10 ${ms(t.p10Ms).padStart(6)}, p90 ${ms(t.p90Ms).padStart(6)})   cpu ${ms(t.cpuMedianMs).padStart(6)} ms   ${ratio}`,
    );
  });

  // Growth: the exponent k in time ∝ size^k between two rows. Linear work gives k ≈ 1; the
  // flag asks a reader to look at anything clearly above (k > 1.3 leaves room for noise), judged
  // on CPU time, which other processes on the machine disturb far less than the wall clock. For
  // scale, "all pairs" is how the number of cross-source sentence pairs grows: the ratio a stage
  // that compares every sentence with every sentence of the other sources would show.
  console.log(
    "\ngrowth of compare() (medians; k = exponent in time ∝ total input^k, wall and cpu; diff k for reference)",
  );
  const find = (n: number, chars: number) =>
    rows.find((r) => r.sources === n && r.label.endsWith(kb(chars)));
  const steps: [string, Row | undefined, Row | undefined][] = [
    ["2 src: 10 KB → 100 KB", find(2, 10_000), find(2, 100_000)],
    ["2 src: 100 KB → 1 MB", find(2, 100_000), find(2, 1_000_000)],
    ["10 KB: 2 → 4 sources", find(2, 10_000), find(4, 10_000)],
    ["10 KB: 4 → 6 sources", find(4, 10_000), find(6, 10_000)],
    ["100 KB: 2 → 4 sources", find(2, 100_000), find(4, 100_000)],
    ["100 KB: 4 → 6 sources", find(4, 100_000), find(6, 100_000)],
  ];
  for (const [label, from, to] of steps) {
    if (!from || !to) continue;
    const inputRatio = (to.charsPerSource * to.sources) / (from.charsPerSource * from.sources);
    const crossPairs = (r: Row) => ((r.sources * (r.sources - 1)) / 2) * r.charsPerSource ** 2;
    const pairRatio = crossPairs(to) / crossPairs(from);
    const timeRatio = to.compare.medianMs / from.compare.medianMs;
    const k = Math.log(timeRatio) / Math.log(inputRatio);
    const cpuRatio = to.compare.cpuMedianMs / from.compare.cpuMedianMs;
    const cpuK = Math.log(cpuRatio) / Math.log(inputRatio);
    // diff only ever sees two sources, so its ratio is for the size steps alone.
    const sameSources = from.sources === to.sources;
    const diffTo = to.diff.timedOut ? DIFF_CAP_MS : to.diff.medianMs;
    const diffK =
      Math.log(diffTo / from.diff.medianMs) / Math.log(to.charsPerSource / from.charsPerSource);
    const diffNote =
      !sameSources || from.diff.timedOut
        ? ""
        : `   (diff k ${to.diff.timedOut ? ">" : "="} ${diffK.toFixed(2)})`;
    console.log(
      `  ${label.padEnd(24)} input ×${inputRatio.toFixed(1).padEnd(5)} all pairs ×${pairRatio.toFixed(1).padEnd(6)} ` +
        `time ×${timeRatio.toFixed(1).padEnd(7)} k = ${k.toFixed(2).padEnd(6)} cpu ×${cpuRatio.toFixed(1).padEnd(7)} k = ${cpuK.toFixed(2).padEnd(5)}` +
        `${diffNote}${cpuK > 1.3 ? "   << super-linear" : ""}`,
    );
  }
}

// Run only as a script: a profiler or a test may import makeStory() alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (process.argv.includes("--sample"))
    for (const s of makeStory(7, 2, 1500)) console.log(`--- ${s.name}\n${s.text}`);
  else main();
}
