import type { Tagged, TaggedWord } from "../text/tagger.ts";
import type { Fact } from "./extract.ts";

/*
 * Places that two aligned sentences give differently for the same slot: "shelled a school in
 * Kharkiv" / "shelled a school in Kyiv". A place is a run of proper nouns right after "in", "at",
 * "near" or "from"; two are set side by side only when the frame around them agrees (the same
 * preposition, and the same content word before it), and neither sentence names the other's
 * place anywhere: "in Kyiv and Kharkiv" / "in Kharkiv and Kyiv" is no difference, nor is "in
 * Kyiv" / "in central Kyiv region" (one is inside the other's words).
 */

const PREPOSITIONS = new Set(["in", "at", "near", "from"]);

/** Proper nouns that are times, not places: "in March", "on Sunday", "at Christmas". */
const NOT_PLACES =
  /^(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|ramadan)$/i;

/** Words that tie a slot to nothing in particular. */
const LIGHT = new Set(["the", "a", "an", ",", "and", "be", "have", "also", "was", "were", "is"]);

interface Slot {
  readonly preposition: string;
  /** The content word before the preposition (lemma): the slot's frame. */
  readonly before: string;
  readonly place: string;
  readonly start: number;
  readonly end: number;
}

function slots(words: readonly TaggedWord[]): Slot[] {
  const out: Slot[] = [];
  for (let k = 1; k < words.length - 1; k++) {
    const prep = words[k]!.value.toLowerCase();
    if (!PREPOSITIONS.has(prep)) continue;
    if (words[k + 1]!.pos !== "PROPN") continue;
    // A proper noun, then the capitalised words of its name, whatever the tagger makes of them
    // ("Kelm Pass" comes out PROPN VERB): mid-sentence, a capital marks a name.
    let end = k + 2;
    while (end < words.length && /^[A-Z][A-Za-z'-]*$/.test(words[end]!.value)) end++;
    const run = words.slice(k + 1, end);
    if (run.some((w) => NOT_PLACES.test(w.value) || !/^[A-Z]/.test(w.value))) continue;
    let j = k - 1;
    while (j >= 0 && (LIGHT.has(words[j]!.lemma.toLowerCase()) || words[j]!.pos === "PUNCT")) j--;
    if (j < 0) continue;
    out.push({
      preposition: prep,
      before: words[j]!.lemma.toLowerCase(),
      place: run.map((w) => w.value).join(" "),
      start: run[0]!.start,
      end: run[run.length - 1]!.end,
    });
  }
  return out;
}

/**
 * The places two aligned sentences give differently, as facts of kind "place" (value: the place
 * as written), in pairs. `textA` and `textB` are the sentences' texts: a place named anywhere in
 * the other sentence is no difference.
 */
export function differingPlaces(
  ta: Tagged,
  textA: string,
  tb: Tagged,
  textB: string,
): [Fact, Fact][] {
  const sa = slots(ta.words);
  const sb = slots(tb.words);
  const names = (s: string) => s.toLowerCase();
  const out: [Fact, Fact][] = [];
  const frame = (s: Slot) => `${s.preposition}|${s.before}`;
  const once = (list: Slot[]) =>
    list.filter((s) => list.filter((t) => frame(t) === frame(s)).length === 1);
  const ob = once(sb);
  for (const x of once(sa)) {
    const y = ob.find((s) => frame(s) === frame(x));
    if (!y) continue;
    const px = names(x.place);
    const py = names(y.place);
    if (px === py || px.includes(py) || py.includes(px)) continue;
    // Named anywhere in the other sentence: both mention both places.
    if (names(textB).includes(px) || names(textA).includes(py)) continue;
    const fact = (s: Slot): Fact => ({
      start: s.start,
      end: s.end,
      kind: "place",
      key: frame(s),
      noun: "",
      qualifier: "exact",
      value: s.place,
    });
    out.push([fact(x), fact(y)]);
  }
  return out;
}
