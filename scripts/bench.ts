/**
 * How long `compare()` takes, and how that grows with input size and source count. Prints figures
 * for a reader to judge; it asserts nothing and sets no time limit.
 *
 *   npm run -s bench              seed pair, then generated stories of 10 KB, 100 KB and 1 MB per source
 *   npm run -s bench -- --quick   the same without 1 MB
 *   npm run -s bench -- --sample  prints a short generated pair, to see what the engine reads
 *
 * Generated inputs are deterministic (seeded PRNG) and look like news to the engine: a headline,
 * a byline, paragraphs of sentences over a few thousand synthetic words, names and numbers,
 * quotations with "said", and a pool of story sentences every source retells with swapped words
 * and respelled names, so alignment, quotes and variants all have real work. As a yardstick the
 * same pairs (the first two sources) go through jsdiff's `diffWordsWithSpace`.
 */
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { diffWordsWithSpace } from "diff";
import { compare } from "../src/analysis/compare.ts";
import type { Comparison, SourceInput } from "../src/analysis/types.ts";

const quick = process.argv.includes("--quick");

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
  for (const inputs of ladder) for (let w = 0; w < 2; w++) compare(inputs);
  const runs = ladder.map(() => ({ ms: [] as number[], cpu: [] as number[] }));
  for (let r = 0; r < rounds; r++) {
    ladder.forEach((inputs, x) => {
      const t = timeOnce(() => (compare(inputs), true));
      if (!t) return;
      runs[x]?.ms.push(t.ms);
      runs[x]?.cpu.push(t.cpu);
    });
  }
  return runs.map((r) => summarise(r.ms, r.cpu));
}

// ---------------------------------------------------------------------------------------------
// Generating news-like stories

/** mulberry32: small, fast, and the same sequence on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = rng(seed);
  }
  float(): number {
    return this.next();
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)] as T;
  }
  /** Favours the start of `xs`, roughly as word frequencies do (a few words are most of the text). */
  skewed<T>(xs: readonly T[]): T {
    return xs[Math.floor(xs.length * this.next() ** 2.2)] as T;
  }
}

const SYLLABLES = (
  "ka to ri mel san dor vi len pa tros bel ne gar fi lo mur tes an qui ser ho da wen cor " +
  "lu bra mi sto ve nal pre cen tal ros ki dem fra gol hu pen ta rel mo sin vor el ast ur"
).split(" ");
const FUNCTION_WORDS = (
  "the the the of of to to and and in in a a that for on with as was is by at from " +
  "it its has have had but not be were this which their after over more than new also would could into about " +
  "they who when been will its there other some what up out two"
).split(" ");
const REPORTING = ["said", "said", "said", "told reporters", "added", "noted", "stated", "claimed"];
const TITLES = [
  "President",
  "Minister",
  "spokesperson",
  "director",
  "Mayor",
  "Senator",
  "General",
  "analyst",
];

/** `count` distinct lower-case words, each two or three syllables. */
function makeVocabulary(dice: Dice, count: number): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    const n = 2 + (dice.chance(0.35) ? 1 : 0);
    let w = "";
    for (let i = 0; i < n; i++) w += dice.pick(SYLLABLES);
    words.add(w);
  }
  return [...words];
}

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** One story's cast, shared by every source that reports it. */
interface Cast {
  readonly people: readonly { first: string; last: string; title: string }[];
  readonly places: readonly string[];
}

/**
 * A sentence is a list of tokens; names stay symbolic until a source writes them, so each source
 * can spell a name its own way (the variants stage's work).
 */
type Token = string | { person: number; full: boolean } | { place: number };

const VOCAB = makeVocabulary(new Dice(1), 3000);
/** Word → its index in VOCAB; a paraphrase swaps word k for word k ^ 1, its "synonym". */
const VOCAB_INDEX = new Map(VOCAB.map((w, k) => [w, k]));

function makeCast(dice: Dice): Cast {
  const name = () =>
    capital(
      dice.pick(SYLLABLES) + dice.pick(SYLLABLES) + (dice.chance(0.5) ? dice.pick(SYLLABLES) : ""),
    );
  return {
    people: Array.from({ length: 14 }, () => ({
      first: name(),
      last: name(),
      title: dice.pick(TITLES),
    })),
    places: Array.from({ length: 8 }, name),
  };
}

function number(dice: Dice): string {
  switch (dice.int(5)) {
    case 0:
      return String(2 + dice.int(98));
    case 1:
      return `${1 + dice.int(9)},${String(dice.int(1000)).padStart(3, "0")}`;
    case 2:
      return `${1 + dice.int(20)}.${dice.int(10)} million`;
    case 3:
      return String(1990 + dice.int(36));
    default:
      return `${1 + dice.int(99)} percent`;
  }
}

/** A clause of `min`..`min+spread` tokens: function words, vocabulary, names, places, numbers. */
function clause(dice: Dice, cast: Cast, min: number, spread: number): Token[] {
  const out: Token[] = [];
  const n = min + dice.int(spread);
  for (let i = 0; i < n; i++) {
    const x = dice.float();
    if (x < 0.4) out.push(dice.pick(FUNCTION_WORDS));
    else if (x < 0.46)
      out.push({ person: dice.skewed(cast.people.map((_, k) => k)), full: dice.chance(0.4) });
    else if (x < 0.5) out.push({ place: dice.skewed(cast.places.map((_, k) => k)) });
    else if (x < 0.53) out.push(number(dice));
    else out.push(dice.skewed(VOCAB));
    if (i > 3 && i < n - 3 && dice.chance(0.06)) out.push(",");
  }
  return out;
}

/** A statement, or a quotation attributed with "said" (or a kin verb) in one of several shapes. */
function sentence(dice: Dice, cast: Cast): Token[] {
  const speaker = (): Token[] => {
    const p = dice.skewed(cast.people.map((_, k) => k));
    return dice.chance(0.4)
      ? [cast.people[p]?.title ?? "official", { person: p, full: true }]
      : [{ person: p, full: dice.chance(0.5) }];
  };
  switch (dice.int(8)) {
    case 0:
      return ['"', ...clause(dice, cast, 6, 14), ',"', ...speaker(), dice.pick(REPORTING), "."];
    case 1:
      return ['"', ...clause(dice, cast, 6, 14), ',"', "said", ...speaker(), "."];
    case 2:
      return [...speaker(), "said", ...clause(dice, cast, 5, 12), "."];
    case 3:
      return [...speaker(), "said", ":", '"', ...clause(dice, cast, 6, 16), '."'];
    default:
      return [...clause(dice, cast, 8, 22), "."];
  }
}

/** How one source writes names: some respelled (a doubled or dropped vowel), some with a title. */
interface Style {
  readonly spell: (name: string, who: number) => string;
}

function styleFor(source: number): Style {
  return {
    spell: (name, who) => {
      if ((who + source) % 3 !== 0 || source === 0) return name;
      const m = /[aeiou]/.exec(name.slice(1));
      if (!m) return name;
      const at = m.index + 1;
      return source % 2
        ? name.slice(0, at) + name.charAt(at) + name.slice(at)
        : name.slice(0, at) + name.slice(at + 1);
    },
  };
}

function render(tokens: readonly Token[], cast: Cast, style: Style): string {
  let out = "";
  let openQuote = false;
  for (const t of tokens) {
    let w: string;
    if (typeof t !== "string") {
      if ("place" in t) w = cast.places[t.place] ?? "";
      else {
        const p = cast.people[t.person];
        const last = style.spell(p?.last ?? "", t.person);
        w = t.full ? `${p?.first ?? ""} ${last}` : last;
      }
    } else w = t;
    if (w === "," || w === "." || w === ":" || w === ',"' || w === '."') out += w;
    else if (w === '"') {
      out += (out && !out.endsWith(" ") ? " " : "") + '"';
      openQuote = true;
      continue;
    } else out += (out && !openQuote ? " " : "") + w;
    openQuote = false;
  }
  // Capitalise the sentence's first letter and a quotation's.
  return out.replace(/(^"?|: ")(\p{Ll})/gu, (_, q: string, c: string) => q + c.toUpperCase());
}

/** A retelling: about one content word in six swapped for a neighbour in the vocabulary, a few dropped. */
function paraphrase(dice: Dice, tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const k = typeof t === "string" ? VOCAB_INDEX.get(t) : undefined;
    if (k !== undefined && dice.chance(0.04)) continue;
    out.push(k !== undefined && dice.chance(0.17) ? (VOCAB[k ^ 1] ?? t) : t);
  }
  return out;
}

/**
 * `sources` reports of one story, each about `charsPerSource` characters. About 45% of each
 * source's sentences retell a sentence from a shared pool, in roughly the pool's order.
 */
export function makeStory(seed: number, sources: number, charsPerSource: number): SourceInput[] {
  const dice = new Dice(seed);
  const cast = makeCast(dice);
  const poolSize = Math.max(8, Math.round((charsPerSource / 140) * 0.6));
  const pool = Array.from({ length: poolSize }, () => sentence(dice, cast));
  return Array.from({ length: sources }, (_, k) => {
    const d = new Dice(seed * 31 + k + 1);
    const style = styleFor(k);
    const parts = [
      render(clause(d, cast, 6, 5), cast, style)
        .replace(/[,.]/g, "")
        .replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()),
      `By ${capital(d.pick(VOCAB))} ${capital(d.pick(VOCAB))}`,
    ];
    let length = parts.join("\n\n").length;
    let cursor = 0;
    while (length < charsPerSource) {
      const paragraph: string[] = [];
      for (let n = 1 + d.int(4); n > 0; n--) {
        const retold = cursor < pool.length && d.chance(0.45) ? pool[cursor] : undefined;
        // Mostly the pool's order, sometimes skipping a sentence another source tells.
        if (retold) cursor += d.chance(0.2) ? 2 : 1;
        const tokens: Token[] = retold ? paraphrase(d, retold) : sentence(d, cast);
        paragraph.push(render(tokens, cast, style));
      }
      const text = paragraph.join(" ");
      parts.push(text);
      length += text.length + 2;
    }
    return { name: `Outlet ${String.fromCharCode(65 + k)}`, text: parts.join("\n\n") + "\n" };
  });
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
    result = compare(inputs);
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

function main(): void {
  console.log(`compare() benchmark${quick ? " (--quick: no 1 MB inputs)" : ""}`);
  console.log(
    `node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}, load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}`,
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
