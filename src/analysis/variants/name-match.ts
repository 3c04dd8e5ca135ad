import {
  eastSlavicMarker,
  eastSlavicReadings,
  givenNameShortForms,
  nameHonorifics,
  officeTitles,
  oneSyllable,
  secondReadings,
  syllableReadings,
} from "../lexicons/name-transliteration.ts";
import {
  ASSIMILATED_ARTICLES,
  NAME_PARTICLES,
  relateForms,
  skeleton,
  transcription,
  transliterates,
  vowelsAgree,
  type NameRelation,
} from "../text/names.ts";

/*
 * Whether two names of several words can be one person, and if so whether they are that person's
 * name spelled two ways. The words are matched in order, each to its transliteration (Umar /
 * Omar), a word to two written apart (Abunasr / Abu Nasr), with particles dropped (al-, bin,
 * ibn, ben, van, de) and titles and honorifics set aside (Dr., Sheikh, Jr.). The first and the last
 * word must match: a different given name, or a shared family name alone, is another person. A
 * middle name or initial one side leaves out is the same person, but no spelling variant.
 */

/** A personal name as compared: its words folded, particles out, titles and honorifics counted. */
export interface NameWords {
  /** Lowercase words without diacritics, apostrophes, dots, particles, titles or honorifics. */
  readonly words: readonly string[];
  /** Titles, honorifics and initials set aside ("Dr.", "Sheikh", "Q."). */
  readonly extras: number;
}

/** How two names relate as one person's. */
export interface PersonMatch {
  /** Every word matched in order, the first and last among them: these can be one person. */
  readonly same: boolean;
  /** A spelling variant of one person's name, or null (another person, or written alike). */
  readonly relation: NameRelation;
  /** One person, every word written alike and none left out (particles and titles aside). */
  readonly alike: boolean;
}

const PARTICLES = new Set([...NAME_PARTICLES, ...ASSIMILATED_ARTICLES, "ben", "ur", "ud", "an"]);

/** The Arabic article, written apart: what follows it is a name. */
const ARTICLES = new Set(["al", "el"]);

/** Initials written together ("S.A.", "J.R."): each dotted, like a middle initial. */
const INITIALS = /^(?:\p{L}\.){2,4}$/u;

/** "Abdul", "Abdel", "Abd al", "Abdur-" (the article assimilated: Abdurrahman) written onto a name. */
const ABD_ARTICLE = /^abd(?:[aeiou]{1,2}(?:l|([rstdnz])(?=\1))|l)(?=\p{L}{2})/u;
const ABD_ALONE = /^abd[aeiou]{1,2}[lrstdnz]$/;
/** "Abd" written with the vowel spoken before or after it (Levantine Abed, Egyptian Abdu, Abdo). */
const ABD_VOWELLED = /^(?:abed|abdu|abdo|abdou|abdoo)$/;

/** A name with the article -ul written onto its end, before another name. */
const IZAFAT_UL = /^(?:\p{L}{3,}[^\P{L}aeiou]|\p{L}{2}[aei])ul$/u;

/** The name's words as compared, from its parts (split at spaces and hyphens). */
export function nameWords(parts: readonly string[]): NameWords {
  // A title of office ends the leading part of a run that is not the name ("Foreign Minister X"),
  // and so does a possessive ("Hamas's X", "Russia's X").
  let start = 0;
  for (let i = 0; i < parts.length - 1; i++) {
    const raw = parts[i] ?? "";
    // A title is capitalised: "gen" in a hyphenated given name (Tae-gen) is a syllable.
    if ((officeTitles.has(foldWord(raw)) && /^\p{Lu}/u.test(raw)) || /['’]s$/.test(raw))
      start = i + 1;
  }
  let extras = start;
  const words: string[] = [];
  for (let i = start; i < parts.length; i++) {
    const raw = parts[i] ?? "";
    let w = foldWord(raw);
    if (w === "") continue;
    // Irish Ó ("descendant of") is written apart or joined with an apostrophe: Ó Faoláin / O'Faolain.
    if (w === "o" && raw !== "O." && i + 1 < parts.length) w += foldWord(parts[++i] ?? "");
    // After the article an honorific is a name (al-Sayyid, el-Sheikh), not a title.
    const named = i > start && ARTICLES.has(foldWord(parts[i - 1] ?? ""));
    if ((nameHonorifics.has(w) && !named) || w.length === 1 || INITIALS.test(raw)) extras++;
    else if (PARTICLES.has(w)) continue;
    // Abdu or Abdo last is a name of its own (the family name Abdou), not the start of one.
    else if (ABD_ALONE.test(w) || (ABD_VOWELLED.test(w) && i < parts.length - 1)) words.push("abd");
    else {
      const m = ABD_ARTICLE.exec(w);
      if (m) words.push("abd", w.slice(m[0].length));
      // The article written onto the end of a name before the next (Aminul Islam for Amin
      // ul-Islam, Ziaul Haq): its stem a name of four letters ending in a consonant, or three
      // ending in a, e or i, so that Rasul, Rassoul, Raul and Paul keep their letters.
      else if (i < parts.length - 1 && IZAFAT_UL.test(w)) words.push(w.slice(0, -2));
      else words.push(givenNameShortForms[w] ?? w);
    }
  }
  return { words, extras };
}

function foldWord(w: string): string {
  const lower = w
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  return lower.replace(/['’ʿʾ`.]/g, "");
}

/** A match found from one pair of positions to the end of both names. */
interface Path {
  /** Middle words one side has and the other leaves out. */
  readonly skipped: number;
  /** Which side left words out: 1 for `a`'s, 2 for `b`'s (never both: two middle names differ). */
  readonly skippedSide: number;
  /**
   * Some two words matched one to one have one skeleton, or are one slip apart (blocking files
   * names under their words' skeletons and one-letter deletions).
   */
  readonly anchored: boolean;
  /** The strongest difference on the path, or null when every matched word is written alike. */
  readonly kind: NameRelation;
}

/** At most this many middle words written on one side only. */
const MAX_SKIPPED = 2;

/** Can `a` and `b` be one person, and are they that person's name written two ways? */
export function matchNames(a: NameWords, b: NameWords): PersonMatch {
  // Name words are read once per text (forms.ts, one-person.ts), so a pair is matched once.
  let row = matches.get(a);
  if (row === undefined) matches.set(a, (row = new WeakMap()));
  let m = row.get(b);
  if (m === undefined) row.set(b, (m = matchWords(a, b)));
  return m;
}

const matches = new WeakMap<NameWords, WeakMap<NameWords, PersonMatch>>();

function matchWords(a: NameWords, b: NameWords): PersonMatch {
  const wa = a.words;
  const wb = b.words;
  if (wa.length < 2 || wb.length < 2) return NO_MATCH;
  // A patronymic or a Slavic family name on either side: Ukrainian and Belarusian spellings
  // of the Russian name are read too (the other side may write the name without one).
  const slavic = wa.some(isEastSlavic) || wb.some(isEastSlavic);
  // Every word one syllable, three or more on one side: a Korean or Chinese name, in one
  // romanisation or another.
  const syllables =
    Math.max(wa.length, wb.length) >= 3 && wa.every(isSyllable) && wb.every(isSyllable);
  const reading: Reading = syllables ? "syllable" : slavic ? "slavic" : "";
  const memo = new Map<number, Path | null>();
  const walk = (i: number, j: number): Path | null => {
    if (i === wa.length && j === wb.length)
      return { skipped: 0, skippedSide: 0, anchored: false, kind: null };
    if (i === wa.length || j === wb.length) return null;
    const key = i * 64 + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let best: Path | null = null;
    const consider = (p: Path | null, side: number, anchored: boolean, kind: NameRelation) => {
      if (!p || (side !== 0 && p.skippedSide !== 0 && p.skippedSide !== side)) return;
      const q = {
        skipped: p.skipped + (side === 0 ? 0 : 1),
        skippedSide: side === 0 ? p.skippedSide : side,
        anchored: p.anchored || anchored,
        kind: stronger(p.kind, kind),
      };
      if (q.skipped <= MAX_SKIPPED && better(q, best)) best = q;
    };
    const x = wa[i] ?? "";
    const y = wb[j] ?? "";
    const one =
      i === wa.length - 1 && j === wb.length - 1 && herFamilyName(x, y, wa[0], wb[0])
        ? "transliteration"
        : wordRelation(x, y, i > 0 && j > 0, reading);
    if (one !== undefined)
      consider(
        walk(i + 1, j + 1),
        0,
        one === "typo" ||
          skeleton(x) === skeleton(y) ||
          (reading !== "" && readingSkeleton(x, reading) === readingSkeleton(y, reading)),
        one,
      );
    // Two words written as one (Abu Nasr / Abunasr); the second must add a consonant, or a
    // syllable would vanish into a doubled letter (Hong Gi / Hong).
    const ya = j + 1 < wb.length ? joined(y, wb[j + 1]) : undefined;
    const xa = i + 1 < wa.length ? joined(x, wa[i + 1]) : undefined;
    // A compound written as one word and as two (Persian Aminreza / Amin Reza) anchors
    // the match as one word would (blocking.ts files two words under their joined skeleton).
    if (ya !== undefined) {
      const r = wordRelation(x, ya, false, reading);
      if (r !== undefined)
        consider(walk(i + 1, j + 2), 0, skeleton(x) === skeleton(ya), r ?? "spelling");
    }
    if (xa !== undefined) {
      const r = wordRelation(xa, y, false, reading);
      if (r !== undefined)
        consider(walk(i + 2, j + 1), 0, skeleton(xa) === skeleton(y), r ?? "spelling");
    }
    // A middle word on one side only (never the first or the last: the given and family names).
    if (i > 0 && i < wa.length - 1) consider(walk(i + 1, j), 1, false, null);
    if (j > 0 && j < wb.length - 1) consider(walk(i, j + 1), 2, false, null);
    memo.set(key, best);
    return best;
  };
  const path = walk(0, 0);
  if (!path || !path.anchored) return NO_MATCH;
  return { same: true, relation: path.kind, alike: path.kind === null && path.skipped === 0 };
}

/**
 * A Slavic family name with and without its feminine -a, after a woman's given name on both
 * sides (Marina Orlova / Marina Orlov): English texts often write her the masculine form, and a
 * man is not named Marina. After a man's name (Sergei Orlov / Sergei Orlova) the two stay two
 * people, a man and a woman of one family.
 */
function herFamilyName(x: string, y: string, gx = "", gy = ""): boolean {
  return (x + "a" === y || y + "a" === x) && gx.endsWith("a") && gy.endsWith("a");
}

function joined(w: string, next = ""): string | undefined {
  const both = w + next;
  return skeleton(both) === skeleton(w) ? undefined : both;
}

const NO_MATCH: PersonMatch = { same: false, relation: null, alike: false };

/** Fewer skipped words first, then anchored, then a path with no difference. */
function better(p: Path, than: Path | null): boolean {
  if (!than) return true;
  if (p.skipped !== than.skipped) return p.skipped < than.skipped;
  if (p.anchored !== than.anchored) return p.anchored;
  return rank(p.kind) < rank(than.kind);
}

const RANKS: readonly NameRelation[] = [null, "case", "spelling", "typo", "transliteration"];
const rank = (k: NameRelation) => RANKS.indexOf(k);
const stronger = (x: NameRelation, y: NameRelation) => (rank(x) >= rank(y) ? x : y);

/**
 * Two folded words as one name's: null when written alike, the relation when they are a variant,
 * undefined when they are different names (relateForms trusts a keyboard slip in words of five
 * letters or more only: in a short name one letter makes another, Amir / Amil). Words of three
 * letters or fewer must transcribe alike (Abu / Abou, Sid / Seed), but for a name after the
 * given name (Tal / Tel). A name after the given name (a middle name, patronymic or family name:
 * `family`), when the given name agrees, may differ in one more unwritten short vowel (Tamburi /
 * Tamburo, Belarusian Fiodaravich / Russian Fyodorovich) or in a final vowel (Hamdan / Hamdani),
 * which alone would make another word, while the letters stay a few edits apart (Khamenei and
 * Khomeini are two people). Words of one skeleton whose vowels agree are one name however many
 * letters differ; the given name gets no second vowel, so Hassan and Husayn stay two people.
 */
function wordRelation(
  x: string,
  y: string,
  family = false,
  reading: Reading = "",
): NameRelation | undefined {
  if (x === y) return null;
  // Every pair of name words meets again in the next name and the next run: asked once.
  const key = `${family ? "f" : "g"}${reading}\u0000${x}\u0000${y}`;
  const known = relations.get(key);
  if (known !== undefined) return known === "none" ? undefined : known;
  const r = readWords(x, y, family) ?? (reading !== "" ? readAs(x, y, family, reading) : undefined);
  if (relations.size > 100_000) relations.clear();
  relations.set(key, r === undefined ? "none" : r);
  return r;
}

const relations = new Map<string, NameRelation | "none">();

function readWords(x: string, y: string, family: boolean): NameRelation | undefined {
  const r = firstReading(x, y, family);
  if (r !== undefined) return r;
  // A name after the given name with and without a final s: French Georges / George, Spanish and
  // Portuguese Salinas / Salina, the Latvian and Lithuanian nominative -s (Avens / Aven).
  if (family && Math.min(x.length, y.length) >= 4 && (x + "s" === y || y + "s" === x))
    return "spelling";
  if (family && (droppedFromCluster(x, y) || droppedFromCluster(y, x))) return "spelling";
  for (const { pattern, as, other } of secondReadings) {
    if (other && !other.test(x) && !other.test(y)) continue;
    const rx = x.replace(pattern, as);
    const ry = y.replace(pattern, as);
    if (rx === x && ry === y) continue;
    if (rx === ry) return "transliteration";
    if (firstReading(rx, ry, family) !== undefined) return "transliteration";
  }
  // One system's spelling may differ from another's in two such letters (Turkish Cevat for
  // Arabic Jawad: c and the final t): two readings together.
  const apply = secondReadings.filter(({ other }) => !other || other.test(x) || other.test(y));
  for (let i = 0; i < apply.length; i++) {
    const one = apply[i];
    if (!one) continue;
    const ox = x.replace(one.pattern, one.as);
    const oy = y.replace(one.pattern, one.as);
    if (ox === x && oy === y) continue;
    for (let k = i + 1; k < apply.length; k++) {
      const two = apply[k];
      if (!two) continue;
      const rx = ox.replace(two.pattern, two.as);
      const ry = oy.replace(two.pattern, two.as);
      if (rx === ox && ry === oy) continue;
      if (rx === ry || firstReading(rx, ry, family) !== undefined) return "transliteration";
    }
  }
  return undefined;
}

/**
 * A long name after the given name (`longer`, transcribed) with one consonant of a cluster left
 * out in `shorter` (Hekhmartyar / Hekmatyar, Gatdet / Gadet): a letter lost in copying or not
 * heard, where the rest is written alike. Not a consonant replaced (Kessler / Kestler), and
 * not one between vowels, which changes the syllables.
 */
function droppedFromCluster(shorter: string, longer: string): boolean {
  // Written with fewer letters too: a doubled letter made single and another added is a
  // letter replaced (Kessler / Kestler).
  if (longer.length <= shorter.length) return false;
  const s = transcription(shorter);
  const l = transcription(longer);
  if (l.length !== s.length + 1 || s.length < MIN_CLUSTER_WORD) return false;
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === l.charCodeAt(i)) i++;
  if (s.slice(i) !== l.slice(i + 1)) return false;
  const c = l.charAt(i);
  return !isVowelLetter(c) && (!isVowelLetter(l.charAt(i - 1)) || !isVowelLetter(l.charAt(i + 1)));
}

/** Transcribed letters a name needs before one dropped consonant still leaves it recognisable. */
const MIN_CLUSTER_WORD = 6;

const isVowelLetter = (c: string) => c === "" || "aeiou".includes(c);

/**
 * Readings tried for every word of a name in a language whose spellings differ by system: ""
 * for none, East Slavic (a patronymic or Slavic family name on either side), or Korean and
 * Chinese syllables.
 */
export type Reading = "" | "slavic" | "syllable";

/** A word of the name that reads alike in the spellings of one language's systems. */
function readAs(x: string, y: string, family: boolean, reading: Reading): NameRelation | undefined {
  const rx = readWord(x, reading);
  const ry = readWord(y, reading);
  if (rx === x && ry === y) return undefined;
  if (rx === ry) return "transliteration";
  // A syllable is too short for a vowel to come and go: one skeleton, vowels of one quality.
  if (reading === "syllable")
    return skeleton(rx) === skeleton(ry) && vowelsAgree(rx, ry) ? "transliteration" : undefined;
  return firstReading(rx, ry, family) !== undefined ? "transliteration" : undefined;
}

function readWord(w: string, reading: Reading): string {
  if (reading === "") return w;
  const key = reading + "\u0000" + w;
  let r = readings.get(key);
  if (r === undefined) {
    r = w;
    for (const { pattern, as } of reading === "slavic" ? eastSlavicReadings : syllableReadings)
      r = r.replace(pattern, as);
    if (readings.size > 50_000) readings.clear();
    readings.set(key, r);
  }
  return r;
}

/** Blocking reads every name word this way, in every comparison: read once per word. */
const readings = new Map<string, string>();

const isEastSlavic = (w: string) => eastSlavicMarker.test(w);
const isSyllable = (w: string) => w.length <= 6 && oneSyllable.test(w);

/**
 * The skeletons of a name word as read in each language's systems, besides its own: two words of
 * one name read alike have one (blocking.ts files every name word under them, so such names meet).
 */
export function readingSkeletons(w: string): readonly string[] {
  const out = [skeleton(readWord(w, "slavic"))];
  if (isSyllable(w)) out.push(skeleton(readWord(w, "syllable")));
  return out;
}

function readingSkeleton(w: string, reading: Reading): string {
  return skeleton(readWord(w, reading));
}

function firstReading(x: string, y: string, family: boolean): NameRelation | undefined {
  const shortest = Math.min(x.length, y.length);
  if (x + "a" === y || y + "a" === x) return undefined; // Orlov / Orlova: a feminine form
  if (shortest < 4) {
    if (transcription(x) === transcription(y)) return "transliteration";
    return family && skeleton(x) === skeleton(y) && vowelsAgree(x, y)
      ? "transliteration"
      : undefined;
  }
  const r = relateForms(x, y);
  if (r !== null && r !== "abbreviation") return r;
  if (skeleton(x) !== skeleton(y)) return undefined;
  if (vowelsAgree(x, y)) return "transliteration";
  // One more vowel of another quality only where the letters stay close (Khamenei and Khomeini
  // are two people: a/o and two more letters apart).
  if (family && transliterates(x, y, shortest, 1)) return "transliteration";
  return undefined;
}
