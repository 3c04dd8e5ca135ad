import { hashKey, pushDeletionHashes } from "../text/key-hash.ts";
import { collapseDoubles, relateForms, skeleton } from "../text/names.ts";
import type { Token, WordForm } from "../text/tokens.ts";
import { BlockIndex, KEY } from "../variants/block-index.ts";
import { IntList } from "../variants/int-list.ts";

/*
 * The vocabulary of one comparison: every content word's canonical key (stems, derivations and
 * name variants folded together) and its inverse document frequency across all sources.
 */

export interface Vocabulary {
  /** Inverse document frequency per key (0 for unknown keys). */
  readonly idf: {
    readonly get: (key: string) => number | undefined;
    readonly has: (key: string) => boolean;
  };
  /** Canonical key for a token, after variant and derivation folding. */
  readonly keyOf: (token: Token) => string;
  /**
   * A small integer for a key, the same for the same key, so later stages can index typed arrays
   * instead of hashing strings. Keys of the vocabulary come first; an unknown key gets the next
   * free id (its IDF is 0).
   */
  readonly idOf: (key: string) => number;
  /** The id of a content token's key ({@link idOf} of {@link keyOf}); -1 for other tokens. */
  readonly termOf: (token: Token) => number;
  /** {@link termOf} of each token, at once (quicker for the token lists the vocabulary was built from). */
  readonly termsOf: (tokens: readonly Token[]) => ArrayLike<number>;
  /** IDF by key id (0 for unknown ids). */
  readonly idfOf: (id: number) => number;
  /** The key with this id. */
  readonly keyWithId: (id: number) => string;
}

/** Keys shorter than this carry no content (after stopwords are gone). */
const MIN_KEY_LENGTH = 2;
/**
 * Pseudo-sentences added to every comparison's IDF (see buildVocabulary); 4 was chosen with
 * scripts/tune-align.ts (it helps single-sentence pairs, leaves the development split level).
 */
const IDF_PRIOR = 4;

/** Marks a form whose term is not worked out yet. */
const UNKNOWN_TERM = -2;

/** Suffixes that turn a name into its adjective or demonym (Kenya → Kenyan). */
const DERIVATION: ReadonlySet<string> = new Set(["n", "an", "ian", "ean", "ese", "i", "ish"]);

/** Builds the vocabulary of one comparison from every sentence's tokens. */
export function buildVocabulary(
  sentences: readonly { source: number; tokens: readonly Token[] }[],
  { exhaustive = false }: { readonly exhaustive?: boolean } = {},
): Vocabulary {
  const stems = new Set<string>();
  const capitalizedBySource = new Map<string, Set<number>>();
  // Each written form gets a small number (its slot) the first time it is met, and each
  // sentence the slots of its tokens: the passes below and sentenceTerms then index arrays by
  // slot instead of looking every token's form up in a Map again.
  const slotOf = new Map<WordForm, number>();
  const slotsOf = new Map<readonly Token[], Int32Array>();
  const slot = (t: Token): number => {
    let k = slotOf.get(t.form);
    if (k === undefined) {
      slotOf.set(t.form, (k = slotOf.size));
      seenIn.push(0);
      termBySlot.push(UNKNOWN_TERM);
    }
    return k;
  };
  // Which sources each written form was seen in (a bit per source): a form repeats many times,
  // and only its first use in a source has anything to add.
  const seenIn: number[] = [];
  const termBySlot: number[] = [];
  for (const s of sentences) {
    const bit = 2 ** s.source;
    const slots = new Int32Array(s.tokens.length);
    slotsOf.set(s.tokens, slots);
    for (let x = 0; x < s.tokens.length; x++) {
      const t = s.tokens[x]!;
      const k = slot(t);
      slots[x] = k;
      const mask = seenIn[k]!;
      if (Math.floor(mask / bit) % 2 === 1) continue;
      seenIn[k] = mask + bit;
      if (!isContent(t)) continue;
      stems.add(t.stem);
      if (t.capitalized) {
        const form = nameForm(t);
        const set = capitalizedBySource.get(form) ?? new Set<number>();
        set.add(s.source);
        capitalizedBySource.set(form, set);
      }
    }
  }
  const fold = foldStems(stems);
  // Name variants: capitalised forms used by different sources that relate as written forms.
  const forms = [...capitalizedBySource.keys()].sort(byCodeUnits);
  const variantKey = new Map<string, string>();
  for (const [a, b] of variantCandidates(forms, exhaustive)) {
    const sa = capitalizedBySource.get(a);
    const sb = capitalizedBySource.get(b);
    if (!sa || !sb || [...sa].some((x) => sb.has(x))) continue; // one source uses both: two words
    const rel = relateForms(a, b);
    if (rel && rel !== "case") {
      const root = variantKey.get(a) ?? a.toLowerCase();
      variantKey.set(a, root);
      variantKey.set(b, root);
    }
  }
  // A token's key depends only on how it is written (its lowercase form, stem and capital all
  // follow from that), and words repeat: each written form is resolved once.
  const keys = new Map<WordForm, string>();
  const keyOf = (t: Token): string => {
    let key = keys.get(t.form);
    if (key === undefined) {
      const v = t.capitalized ? variantKey.get(nameForm(t)) : undefined;
      key = v ? `~${v}` : (fold.get(t.stem) ?? t.stem);
      keys.set(t.form, key);
    }
    return key;
  };
  const ids = new Map<string, number>();
  const keysById: string[] = [];
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = ids.size));
      keysById.push(key);
    }
    return id;
  };
  /** The term of the token `t` whose form has slot `k`. */
  const termAt = (k: number, t: Token): number => {
    let id = termBySlot[k]!;
    if (id === UNKNOWN_TERM) termBySlot[k] = id = isContent(t) ? idOf(keyOf(t)) : -1;
    return id;
  };
  const termOf = (t: Token): number => termAt(slot(t), t);
  const termsOf = (tokens: readonly Token[]): ArrayLike<number> => {
    const slots = slotsOf.get(tokens);
    const out = new Int32Array(tokens.length);
    for (let x = 0; x < tokens.length; x++) {
      const t = tokens[x]!;
      out[x] = slots ? termAt(slots[x]!, t) : termOf(t);
    }
    return out;
  };
  // Document frequency by key id; lastSeen stops a key from counting twice in one sentence.
  const df: number[] = [];
  const lastSeen: number[] = [];
  sentences.forEach((s, i) => {
    const slots = slotsOf.get(s.tokens)!;
    for (let x = 0; x < s.tokens.length; x++) {
      const id = termAt(slots[x]!, s.tokens[x]!);
      if (id < 0) continue;
      if (lastSeen[id] === i) continue;
      lastSeen[id] = i;
      df[id] = (df[id] ?? 0) + 1;
    }
  });
  const n = sentences.length;
  // A prior of IDF_PRIOR sentences that lack every word keeps IDF meaningful in tiny comparisons
  // (two single sentences would otherwise weigh each shared word near zero).
  const known = ids.size;
  const idfById = new Float64Array(known);
  for (let id = 0; id < known; id++)
    idfById[id] = Math.log((n + 1 + IDF_PRIOR) / ((df[id] ?? 0) + 0.5));
  // By key through the ids (no second Map): only the keys met so far have an IDF; a key idOf
  // numbers later is not in the vocabulary.
  const knownId = (key: string): number => {
    const id = ids.get(key);
    return id !== undefined && id < known ? id : -1;
  };
  return {
    idf: {
      get: (key) => {
        const id = knownId(key);
        return id < 0 ? undefined : idfById[id];
      },
      has: (key) => knownId(key) >= 0,
    },
    keyOf,
    idOf,
    termOf,
    termsOf,
    idfOf: (id) => idfById[id] ?? 0,
    keyWithId: (id) => keysById[id] ?? "",
  };
}

/**
 * The pairs of name forms (sorted, as given) that could relate as written forms of one name, in
 * the order a comparison of every pair with the same first letter would meet them: by first
 * letter in order of appearance, then by position. `exhaustive` yields every such pair.
 *
 * Comparing every pair grows with the square of the number of names; instead, forms meet only
 * when they share a blocking key, and the keys cover every relation relateForms knows between
 * forms of four letters or more: the same letters once dots and case are gone (abbreviation,
 * spelling), once doubled letters are single (transliteration), the same transliteration
 * skeleton, or one deletion apart (a typo: one letter inserted, dropped, replaced, or two
 * neighbours swapped all leave a common form after deleting one letter from each side; letters
 * outside the Basic Multilingual Plane, two code units each, may escape this last key), filed in
 * the one blocking index (variants/block-index.ts).
 */
function variantCandidates(forms: readonly string[], exhaustive: boolean): [string, string][] {
  const firstLetter = forms.map((f) => f.charAt(0).toLowerCase());
  const bucketRank = new Map<string, number>();
  for (const letter of firstLetter)
    if (!bucketRank.has(letter)) bucketRank.set(letter, bucketRank.size);
  const pairs: [number, number][] = [];
  if (exhaustive) {
    forms.forEach((_, i) =>
      forms.forEach((_, j) => j > i && firstLetter[i] === firstLetter[j] && pairs.push([i, j])),
    );
  } else {
    const index = new BlockIndex(forms.length, (i, out) => {
      blockingKeys(forms[i]!, out);
    });
    const keys = new IntList();
    forms.forEach((f, i) => {
      keys.clear();
      blockingKeys(f, keys);
      const found = index.itemsUnder(keys);
      for (let x = 0; x < found.size; x++) {
        const j = found.get(x);
        if (j > i && firstLetter[j] === firstLetter[i]) pairs.push([i, j]);
      }
    });
  }
  const rank = (i: number) => bucketRank.get(firstLetter[i]!) ?? 0;
  pairs.sort((p, q) => rank(p[0]) - rank(q[0]) || p[0] - q[0] || p[1] - q[1]);
  return pairs.map(([i, j]) => [forms[i]!, forms[j]!]);
}

/** Appends the hashes (key-hash.ts) of `form`'s blocking keys to `out`. */
function blockingKeys(form: string, out: IntList): void {
  const plain = form.toLowerCase().replace(/\./g, "");
  out.push(hashKey(KEY.FOLDED, plain));
  if (plain.length < 4) return; // shorter forms relate only when equal
  out.push(hashKey(KEY.UNDOUBLED, collapseDoubles(plain)));
  out.push(hashKey(KEY.SKELETON, skeleton(plain)));
  pushDeletionHashes(KEY.DELETION, plain, out);
}

/**
 * Stems that stand for another stem of the same comparison, each mapped to the one it folds into:
 * derivations ("kenyan" → "kenya") and clipped forms ("rehabilitation" → "rehab").
 */
export function foldStems(stems: ReadonlySet<string>): Map<string, string> {
  // Derivational folding: "kenyan" → "kenya" when both occur in this comparison.
  const fold = new Map<string, string>();
  for (const stem of stems) {
    for (let cut = 1; cut <= 3 && stem.length - cut >= 3; cut++) {
      const base = stem.slice(0, -cut);
      if (DERIVATION.has(stem.slice(-cut)) && (stems.has(base) || stems.has(base + "a"))) {
        fold.set(stem, stems.has(base) ? base : base + "a");
        break;
      }
    }
  }
  // Clipped forms: "rehab" for "rehabilitation", "treat" for "treatment". A stem of plain letters
  // folds into its shortest prefix of five letters or more (and at least two shorter) that is a
  // stem of the comparison and not folded itself. Stems are taken shortest first, so a prefix's
  // own fold is settled before any longer stem asks: a bucket per length instead of sorting every
  // stem, which was a fifth of buildVocabulary on a short pair.
  const byLength: string[][] = [];
  for (const stem of stems) {
    if (stem.length < 7 || fold.has(stem) || !isPlainLetters(stem)) continue;
    (byLength[stem.length] ??= []).push(stem);
  }
  // forEach skips the lengths no stem has (holes in the array).
  byLength.forEach((bucket) => {
    for (const longer of bucket) {
      for (let length = 5; length <= longer.length - 2; length++) {
        const base = longer.slice(0, length);
        if (stems.has(base) && !fold.has(base)) {
          fold.set(longer, base);
          break;
        }
      }
    }
  });
  return fold;
}

/** True when `s` is lowercase ASCII letters only (the test `/^[a-z]+$/` makes). */
function isPlainLetters(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** The order of Array.prototype.sort without a comparator, for strings, but faster in V8. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A capitalised token as a name: possessive dropped, apostrophes unified (Kenya’s → Kenya). */
export function nameForm(t: Token): string {
  return t.raw.replace(/’/g, "'").replace(/'s$/, "");
}

/** Content words: not a stopword, not a lone letter. */
export function isContent(t: Token): boolean {
  return t.lower.length >= MIN_KEY_LENGTH && !t.form.stopword;
}
