import type { SentencePair } from "../align/pairs.ts";
import { isReporting, type Doc, type DocSentence } from "../read/document.ts";
import { tagSentence, type Tagged } from "../text/tagger.ts";
import type { Span } from "../types.ts";
import data from "./data/places.json" with { type: "json" };
import type { Fact } from "./extract.ts";

/*
 * Places, read with a gazetteer (data/places.json, built by `npm run gazetteer`: countries, US
 * states, cities of 100,000 people or more; see data/README.md). Precision before recall: a
 * place is only set against another when each sentence names exactly one, both in the same slot
 * ("in Kherson" / "in Kharkiv"), of the same type, and neither holds the other: a city in the
 * country the other names is no difference, nor are two cities a short drive apart (a suburb
 * and the city it belongs to are told either way).
 */

export type PlaceType = "country" | "state" | "city";

/** One reading of a name: which place it can be. */
export interface Place {
  readonly type: PlaceType;
  /** The gazetteer's own name ("Kyiv" for "Kiev"): two readings with one id are one place. */
  readonly id: string;
  /** ISO 3166 country code. */
  readonly country: string;
  /** US state code, for a state or a US city; "" elsewhere. */
  readonly state: string;
  readonly lat?: number;
  readonly lon?: number;
}

/** A name of the gazetteer found in a sentence, with every place it can be. */
export interface PlaceMention extends Span {
  readonly name: string;
  readonly places: readonly Place[];
}

interface Gazetteer {
  readonly byName: ReadonlyMap<string, readonly Place[]>;
  /** For each word a name starts with, the most words such a name has. */
  readonly firstWords: ReadonlyMap<string, number>;
}

let gazetteer: Gazetteer | undefined;

/** Built once, on first use. */
function load(): Gazetteer {
  if (gazetteer) return gazetteer;
  const byName = new Map<string, Place[]>();
  const add = (name: string, place: Place) => {
    const list = byName.get(name);
    if (list) list.push(place);
    else byName.set(name, [place]);
  };
  for (const [name, code] of data.countries as [string, string][])
    add(name, { type: "country", id: `country:${code}`, country: code, state: "" });
  for (const [name, code] of data.states as [string, string][])
    add(name, { type: "state", id: `state:${code}`, country: "US", state: code });
  for (const row of data.cities) {
    const [name, country, state, lat, lon, canonical] = row as [
      string,
      string,
      string,
      number,
      number,
      string | undefined,
    ];
    const id = `city:${country}:${canonical ?? name}:${String(lat)}:${String(lon)}`;
    add(name, { type: "city", id, country, state, lat, lon });
  }
  const firstWords = new Map<string, number>();
  for (const name of byName.keys()) {
    const words = name.split(" ");
    const first = words[0] ?? name;
    firstWords.set(first, Math.max(firstWords.get(first) ?? 1, words.length));
  }
  gazetteer = { byName, firstWords };
  return gazetteer;
}

/** Letters a word starts and goes on with: Latin, with accents ("Côte d'Ivoire", "Bogotá"). */
const WORD = /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’.-]*/g;

/** The words of a span of text, with their offsets; a trailing "." or "'s" is left off. */
function wordsOf(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    let to = m.index + m[0].length;
    while (text[to - 1] === ".") to--;
    if (text[to - 1] === "s" && /['’]/.test(text[to - 2] ?? "")) to -= 2;
    else if (/['’]/.test(text[to - 1] ?? "")) to--;
    out.push({ start: m.index, end: Math.min(to, end) });
  }
  return out;
}

/**
 * Every gazetteer name written in `text.slice(start, end)` with its capital, longest first
 * ("Saudi Arabia", not "Arabia"). One Map look-up per word, and per name length only for a word
 * a name starts with: O(words).
 */
export function findPlaceNames(text: string, start: number, end: number): PlaceMention[] {
  const { byName, firstWords } = load();
  const words = wordsOf(text, start, end);
  const out: PlaceMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    const code = text.charCodeAt(first.start);
    if (code >= 97 && code <= 122) continue;
    const longest = firstWords.get(text.slice(first.start, first.end));
    if (longest === undefined) continue;
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const last = words[i + n - 1]!;
      const name = text.slice(first.start, last.end);
      // One space between the words of a name.
      if (n > 1 && /\s\s|\n/.test(name)) continue;
      const places = byName.get(name);
      if (!places) continue;
      out.push({ start: first.start, end: last.end, name, places });
      i += n - 1;
      break;
    }
  }
  return out;
}

/** Prepositions that put a place in the slot of where something happened. */
const SLOTS = new Set(["in", "at", "near", "outside"]);

/** A place as a fact, with its slot's preposition and the word the slot hangs on. */
export type PlaceFact = Fact & {
  readonly slot: string;
  readonly head: string;
  readonly places: readonly Place[];
};

/** Parts of speech a slot can hang on: "killed … in", "clinic in", "arrived in". */
const HEADS = new Set(["NOUN", "VERB", "PROPN", "ADJ", "NUM"]);

/**
 * The one place a sentence states where something happened, as a fact: the sentence names
 * exactly one gazetteer name (anywhere, inside a longer name too), tagged PROPN and standing as
 * a whole proper noun right after "in", "at", "near" or "outside" ("the" may come between), and
 * no noun, proper noun or hyphen follows it ("Kyiv government", "New York Times", "Kyiv-based").
 * Undefined for anything else. `slot` holds the preposition and `head` the nearest content word
 * before it (a lemma), for setting like against like.
 */
export function placeFact(
  sentence: Span,
  names: readonly PlaceMention[],
  tagged: Tagged,
): PlaceFact | undefined {
  if (names.length !== 1) return undefined;
  const m = names[0]!;
  const words = tagged.words;
  const first = words.findIndex((w) => w.start === m.start);
  if (first < 0) return undefined;
  let last = first;
  while (last < words.length && words[last]!.end < m.end) last++;
  if (last >= words.length || words[last]!.end !== m.end) return undefined;
  if (words[first]!.pos !== "PROPN" || words[last]!.pos !== "PROPN") return undefined;
  const next = words[last + 1];
  if (next && (["NOUN", "PROPN", "X", "NUM"].includes(next.pos) || /^[-–‐]/.test(next.value)))
    return undefined;
  let before = first - 1;
  if (words[before]?.value.toLowerCase() === "the") before--;
  const prep = words[before];
  if (!prep || !SLOTS.has(prep.value.toLowerCase())) return undefined;
  // "in Kyiv" as the start of the sentence is fine; "in late-night Kyiv" is not a slot.
  if (prep.start < sentence.start) return undefined;
  let h = before - 1;
  while (h >= 0 && !HEADS.has(words[h]!.pos)) h--;
  const head = h >= 0 ? words[h]!.lemma : "";
  // A city's value is the gazetteer's name ("Kyiv" for "Kiev").
  const city = m.places[0]?.type === "city" ? m.places[0].id.split(":")[2] : undefined;
  return {
    start: m.start,
    end: m.end,
    kind: "place",
    key: "place",
    noun: "",
    qualifier: "exact",
    value: city ?? m.name,
    slot: prep.value.toLowerCase(),
    head,
    places: m.places,
  };
}

/** Kilometres between two points (haversine). */
function distance(a: Place, b: Place): number {
  if (a.lat === undefined || a.lon === undefined || b.lat === undefined || b.lon === undefined)
    return Infinity;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/** Cities closer than this are told for one another (a suburb and its city). */
const NEAR_KM = 60;

/**
 * True when two readings are certainly different places that cannot both be right: the same
 * type, not one place, and (cities) not a short distance apart. A city and a country, or a
 * state and a city, are never set against each other: one may hold the other.
 */
function clash(a: Place, b: Place): boolean {
  if (a.type !== b.type || a.id === b.id) return false;
  if (a.type === "city") return distance(a, b) > NEAR_KM;
  return true;
}

/** True when two mentions name different places whatever each name can be read as. */
export function differentPlaces(a: readonly Place[], b: readonly Place[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return a.every((x) => b.every((y) => clash(x, y)));
}

/** The text just before a name puts it in a slot: a cheap look before tagging the sentence. */
export function maySlot(text: string, mention: Span): boolean {
  return /\b(?:in|at|near|outside)\s+(?:the\s+)?$/i.test(
    text.slice(Math.max(0, mention.start - 16), mention.start),
  );
}

/**
 * The differing places of close pairs (not "related" ones): each sentence names one place, in
 * the same slot hung on the same word, and the two cannot both be right.
 */
export function placePairs(
  docs: readonly Doc[],
  all: readonly DocSentence[],
  docOf: Int32Array,
  pairs: readonly SentencePair[],
): { a: number; b: number; fa: Fact; fb: Fact }[] {
  // A cheap look first (one gazetteer name, right after a slot's word); the tagger only reads
  // the two sentences of a pair whose names are different places.
  const names = new Map<number, PlaceMention | undefined>();
  const nameOf = (g: number) => {
    if (names.has(g)) return names.get(g);
    const s = all[g]!;
    const view = docs[docOf[g]!]!.view;
    const found = isReporting(s.role) ? findPlaceNames(view, s.start, s.end) : [];
    const one = found.length === 1 && maySlot(view, found[0]!) ? found[0] : undefined;
    names.set(g, one);
    return one;
  };
  const factOf = (g: number) => {
    const s = all[g]!;
    const view = docs[docOf[g]!]!.view;
    const name = nameOf(g);
    return name && placeFact(s, [name], tagSentence(view, s));
  };
  const out: { a: number; b: number; fa: Fact; fb: Fact }[] = [];
  for (const p of pairs) {
    if (p.kind === "related") continue;
    const na = nameOf(p.a);
    const nb = na && nameOf(p.b);
    if (!na || !nb || !differentPlaces(na.places, nb.places)) continue;
    const x = factOf(p.a);
    const y = factOf(p.b);
    // The same slot, hung on the same word ("fighting in Kherson" / "fighting in Kharkiv"): "won
    // in Athens" and "arrived in Berlin" tell two moments, each rightly placed.
    if (!x || !y || x.slot !== y.slot || x.head === "" || x.head !== y.head) continue;
    out.push({ a: p.a, b: p.b, fa: x, fb: y });
  }
  return out;
}
