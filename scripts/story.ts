/**
 * Generated news-like stories, deterministic (seeded PRNG): a headline, a byline, paragraphs of
 * sentences over a few thousand synthetic words, names and numbers, quotations with "said", and a
 * pool of story sentences every source retells with swapped words and respelled names, so
 * alignment, quotes and variants all have real work. Used by the bench and the golden tests.
 */
import type { SourceInput } from "../src/analysis/types.ts";

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
