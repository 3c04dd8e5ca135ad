import { relateForms } from "./names.ts";
import type { Token } from "./tokens.ts";
import { STOPWORDS } from "./lexicons/stopwords.ts";

/**
 * Lexical similarity between sentences of different sources, built to survive paraphrase:
 * Porter stems (expanding/expands), derivational folding inside the comparison's own vocabulary
 * (Kenyan → Kenya, defensive → defense, both by stem and by suffix), name variants across sources
 * counted as one word (Okafor/Okaafor), and inverse-document-frequency weights so that rare,
 * informative words (names, numbers, specific nouns) count more than ones every sentence has.
 */

/** A sentence prepared for comparison. */
export interface SentenceTerms {
  /** Index of the source it belongs to. */
  readonly source: number;
  readonly tokens: readonly Token[];
  /** Canonical content keys, deduplicated. */
  readonly keys: readonly string[];
  /** Keys of names and numbers: the anchors that distinguish one event from a look-alike. */
  readonly anchors: readonly string[];
}

export interface Vocabulary {
  /** Inverse document frequency per key (0 for unknown keys). */
  readonly idf: ReadonlyMap<string, number>;
  /** Canonical key for a token, after variant and derivation folding. */
  readonly keyOf: (token: Token) => string;
}

/** Keys shorter than this carry no content (after stopwords are gone). */
const MIN_KEY_LENGTH = 2;
/**
 * Pseudo-sentences added to every comparison's IDF (see buildVocabulary); 4 was chosen with
 * scripts/tune-align.ts (it helps single-sentence pairs, leaves the development split level).
 */
const IDF_PRIOR = 4;
/** Weight multiplier for names and numbers, which pin a sentence to one event. */
export const ANCHOR_BOOST = 1.5;

/** Suffixes that turn a name into its adjective or demonym (Kenya → Kenyan). */
const DERIVATION = /^(?:n|an|ian|ean|ese|i|ish)$/;

/** Builds the vocabulary of one comparison from every sentence's tokens. */
export function buildVocabulary(sentences: readonly { source: number; tokens: readonly Token[] }[]): Vocabulary {
  const stems = new Set<string>();
  const capitalizedBySource = new Map<string, Set<number>>();
  for (const s of sentences) {
    for (const t of s.tokens) {
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
  // Derivational folding: "kenyan" → "kenya" when both occur in this comparison.
  const fold = new Map<string, string>();
  for (const stem of stems) {
    for (let cut = 1; cut <= 3 && stem.length - cut >= 3; cut++) {
      const base = stem.slice(0, -cut);
      if (DERIVATION.test(stem.slice(-cut)) && (stems.has(base) || stems.has(base + "a"))) {
        fold.set(stem, stems.has(base) ? base : base + "a");
        break;
      }
    }
  }
  // Clipped forms: "rehab" for "rehabilitation", "treat" for "treatment" (a stem of five letters
  // or more that begins a longer stem of the same comparison).
  const sorted = [...stems].filter((x) => /^[a-z]+$/.test(x)).sort();
  for (let i = 0; i < sorted.length; i++) {
    const base = sorted[i] ?? "";
    if (base.length < 5 || fold.has(base)) continue;
    for (let j = i + 1; j < sorted.length && (sorted[j] ?? "").startsWith(base); j++) {
      const longer = sorted[j] ?? "";
      if (longer.length >= base.length + 2 && !fold.has(longer)) fold.set(longer, base);
    }
  }
  // Name variants: capitalised forms used by different sources that relate as written forms.
  const forms = [...capitalizedBySource.keys()].sort();
  const variantKey = new Map<string, string>();
  const bucket = new Map<string, string[]>();
  for (const f of forms) {
    const k = f.charAt(0).toLowerCase();
    const list = bucket.get(k) ?? [];
    list.push(f);
    bucket.set(k, list);
  }
  for (const list of bucket.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] ?? "";
        const b = list[j] ?? "";
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
    }
  }
  const keyOf = (t: Token): string => {
    const v = t.capitalized ? variantKey.get(nameForm(t)) : undefined;
    if (v) return `~${v}`;
    return fold.get(t.stem) ?? t.stem;
  };
  const df = new Map<string, number>();
  for (const s of sentences) {
    const seen = new Set<string>();
    for (const t of s.tokens) if (isContent(t)) seen.add(keyOf(t));
    for (const k of seen) df.set(k, (df.get(k) ?? 0) + 1);
  }
  const n = sentences.length;
  const idf = new Map<string, number>();
  // A prior of IDF_PRIOR sentences that lack every word keeps IDF meaningful in tiny comparisons
  // (two single sentences would otherwise weigh each shared word near zero).
  for (const [k, d] of df) idf.set(k, Math.log((n + 1 + IDF_PRIOR) / (d + 0.5)));
  return { idf, keyOf };
}

/** A capitalised token as a name: possessive dropped, apostrophes unified (Kenya’s → Kenya). */
export function nameForm(t: Token): string {
  return t.raw.replace(/’/g, "'").replace(/'s$/, "");
}

/** Content words: not a stopword, not a lone letter. */
export function isContent(t: Token): boolean {
  return t.lower.length >= MIN_KEY_LENGTH && !STOPWORDS.has(t.lower);
}

/** Prepares one sentence's keys and anchors with the comparison's vocabulary. */
export function sentenceTerms(source: number, tokens: readonly Token[], vocab: Vocabulary): SentenceTerms {
  const keys = new Set<string>();
  const anchors = new Set<string>();
  tokens.forEach((t, i) => {
    if (!isContent(t)) return;
    const k = vocab.keyOf(t);
    keys.add(k);
    // A capital at the very start of a sentence is grammar, not a name.
    if ((t.capitalized && i > 0) || /^\d/.test(t.lower)) anchors.add(k);
  });
  return { source, tokens, keys: [...keys], anchors: [...anchors] };
}

/** Weight of one key in one sentence. */
export function weightOf(key: string, s: SentenceTerms, vocab: Vocabulary): number {
  const w = vocab.idf.get(key) ?? 0;
  return s.anchors.includes(key) ? w * ANCHOR_BOOST : w;
}

/**
 * Weighted cosine of the two key sets (binary term vectors with IDF weights), in 0..1, and the
 * anchors the two sentences share. The sum over shared keys uses the larger weight of the two
 * sides, so a name that starts one sentence still counts as a name.
 */
export function similarity(a: SentenceTerms, b: SentenceTerms, vocab: Vocabulary): number {
  let na = 0;
  let nb = 0;
  let dot = 0;
  const bKeys = new Set(b.keys);
  for (const k of a.keys) {
    const wa = weightOf(k, a, vocab);
    na += wa * wa;
    if (bKeys.has(k)) {
      const wb = weightOf(k, b, vocab);
      dot += wa * wb;
    }
  }
  for (const k of b.keys) {
    const wb = weightOf(k, b, vocab);
    nb += wb * wb;
  }
  return na > 0 && nb > 0 ? Math.min(1, dot / Math.sqrt(na * nb)) : 0;
}
