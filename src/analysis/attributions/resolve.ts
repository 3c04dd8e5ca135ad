import { NAME_PARTICLES } from "../text/names.ts";
import { normalizeWord, type Token } from "../text/tokens.ts";
import type { Mention } from "./frame.ts";

/*
 * Who a mention means: the sieve of Muzny et al. (2017), most precise rule first.
 *   1. a name is its own speaker;
 *   2. a title or role ("the spokesman") is the person introduced earlier with that title
 *      ("spokesman Amina Okafor", "Amina Okafor, the agency's spokesman"); else the phrase itself,
 *      since an organisation may speak ("the ministry said");
 *   3. he / she is the nearest person named before it: never a programme, place, law or body;
 *      they / it is the nearest body or group that spoke before it.
 */

/** A person named in the text: where, and the fullest form of their name seen so far. */
interface Person {
  readonly start: number;
  readonly name: string;
}

/** What an honorific says of a person's gender, for he and she. */
type Gender = "m" | "f" | undefined;
const MALE = new Set(["mr", "sir", "lord", "father", "king", "prince"]);
const FEMALE = new Set(["mrs", "ms", "miss", "dame", "lady", "sister", "queen", "princess"]);

/**
 * Words that make a capitalised run a body, a programme, a law or a place rather than a person
 * (Quirk et al. 1985, §5.66-5.69 on proper nouns with common-noun heads): the head of the run.
 */
const NOT_PERSON_WORDS = new Set(
  (
    "ministry department agency party committee council commission office house court congress " +
    "senate administration government company corporation corp inc ltd group association union " +
    "institute university college school bank fund times news post journal press campaign program " +
    "programme act law bill service services force forces army navy police center centre foundation " +
    "organization organisation network board bureau authority republic kingdom states state city " +
    "county province region street avenue island islands river sea ocean airport station hospital " +
    "church mosque party's parliament assembly cabinet embassy consulate club league team committee's " +
    "tv radio channel magazine review daily weekly online media website twitter facebook internet " +
    "project operation plan report treaty agreement accord deal convention summit conference " +
    "library museum gallery theatre theater stadium hotel"
  ).split(" "),
);
/** Capitalised words that open a sentence or a run without naming anyone. */
const NOT_NAME_WORDS = new Set(
  (
    "the a an this that these those it its he she they we i in on at for but and or so as after " +
    "before when while if mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday " +
    "january february march april may june july august september october november december " +
    "according there here what why how who where still yet also one two however meanwhile " +
    // Reporting verbs, capitalised opening an inverted cue (`Said Okafor:`) or in a headline.
    "said says asked asks added adds told tells wrote writes noted notes"
  ).split(" "),
);
/** Words before a name that make it a person's (Mr., Sen., Gov.). */
const HONORIFICS = new Set(
  "mr mrs ms miss dr sir dame lord lady sen senator rep representative gov governor president pres prof professor judge justice gen general col adm rev father sister".split(
    " ",
  ),
);
/** Role words that head a title given with a name (`spokesman Amina Okafor`). */
const ROLE_WORDS = new Set(
  (
    "spokesman spokeswoman spokesperson minister secretary director chief leader chairman chairwoman " +
    "councillor councilor alderman delegate lawmaker legislator " +
    "chair ambassador envoy official adviser advisor aide commissioner deputy attorney counsel mayor " +
    "ceo chancellor premier king queen prince speaker whip candidate nominee coordinator head"
  ).split(" "),
);
/** First words of two-word places (New York, South Africa), which look like a person's name. */
const PLACE_FIRST = new Set(
  "new north south east west united saint st los las san santa el la le great".split(" "),
);
const CONNECTORS = new Set([...NAME_PARTICLES, "of"]);
/**
 * The common nouns and titles above: capitalised in names of bodies and in titles (Foreign
 * Ministry, Mayor), but words of the language, not names. Exported for the renaming test.
 */
export const TITLE_AND_BODY_WORDS: ReadonlySet<string> = new Set([
  ...NOT_PERSON_WORDS,
  ...HONORIFICS,
  ...ROLE_WORDS,
]);
/** How far back (UTF-16 units, about three sentences) a speaker stays the referent of he / she. */
const RECENT_CHARS = 600;
const HE_SHE = new Set(["he", "she", "him", "her"]);

/**
 * A name's last word as the tokens key it (lower case, diacritics folded, one apostrophe), so
 * `O’Faolain` and `O'Faolain`, `Faoláin` and `Faolain` find the same person.
 */
function surnameKey(name: string): string {
  return normalizeWord(name.split(/\s+/).pop() ?? name);
}

/**
 * Head words of bodies and laws that are also common given names (Bill, for William, is among
 * the commonest English ones): right before a name's last word they are the given name
 * (`Bill Okafor`, `President Bill Okafor`), not a bill.
 */
const GIVEN_NAMES_ALSO_HEADS = new Set(["bill"]);

/** Is `words[k]` such a given name, right before the last word? */
function isGivenName(words: readonly string[], k: number): boolean {
  return k === words.length - 2 && GIVEN_NAMES_ALSO_HEADS.has((words[k] ?? "").toLowerCase());
}

/** A word of a title or a body before a name (`Sen.`, `Foreign`, `of`), by its lower-case form. */
function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, "");
  return TITLE_AND_BODY_WORDS.has(lower) || CONNECTORS.has(lower) || !/^\p{Lu}/u.test(word);
}

/**
 * The words of a capitalised run that name the person: up to three; of a longer run the last two
 * (`Amina Okafor`), or three with an initial or a particle between (`Amina K. Okafor`); what comes
 * before is a title the word lists do not hold (`National Intelligence Amina Okafor`).
 */
function personalPart(run: string): string {
  const words = run.split(/\s+/);
  // Three words are as often one name (`Amina Wanjiru Okafor`) as a title and a name.
  if (words.length <= 3) return run;
  const middle = words[words.length - 2] ?? "";
  const keep = /^\p{Lu}\.?$/u.test(middle) || CONNECTORS.has(middle.toLowerCase()) ? 3 : 2;
  return words.slice(-keep).join(" ");
}

/** The sieve for one source: the people and titles its text names, by position. */
export class SpeakerSieve {
  private readonly persons: Person[] = [];
  /** Title or role word → the person it was given to, with where. */
  private readonly titles: {
    readonly word: string;
    readonly start: number;
    readonly name: string;
  }[] = [];
  /** Full name by surname, the first full form seen. */
  private readonly fullNames = new Map<string, string>();
  /** Surnames given with two different first names (two people of one family): never expanded. */
  private readonly shared = new Set<string>();
  /** Gender by surname, where an honorific gave it (Mr. Okafor, Ms. Lindqvist). */
  private readonly genders = new Map<string, Gender>();

  constructor(text: string, sentences: readonly (readonly Token[])[]) {
    for (const tokens of sentences) this.scan(text, tokens);
    this.persons.sort((a, b) => a.start - b.start);
  }

  /** The speaker a mention means, as a reader would name them. */
  resolve(
    mention: Mention,
    previous: readonly { start: number; speaker: string; person: boolean }[],
  ): string | undefined {
    switch (mention.kind) {
      case "name":
        return this.readerName(mention.text);
      case "nominal": {
        const head = /(\w+)$/.exec(mention.text.toLowerCase())?.[1] ?? "";
        let best: string | undefined;
        for (const t of this.titles)
          if (t.word === head && t.start < mention.span.start) best = t.name;
        return best ?? mention.text;
      }
      case "pronoun": {
        const lower = mention.text.toLowerCase();
        if (HE_SHE.has(lower)) {
          const gender = lower === "she" || lower === "her" ? "f" : "m";
          const person = this.personBefore(mention.span.start, previous, gender);
          // What the pronoun says of the person holds for later pronouns too.
          const surname = person === undefined ? undefined : surnameKey(person);
          if (surname && !this.genders.has(surname)) this.genders.set(surname, gender);
          return person;
        }
        if (lower === "they" || lower === "it" || lower === "we") {
          for (let k = previous.length - 1; k >= 0; k--) {
            const p = previous[k];
            if (p && !p.person && p.start < mention.span.start) return p.speaker;
          }
        }
        return undefined;
      }
    }
  }

  /** The first person named in [from, to): a sentence's likeliest subject. */
  firstPersonIn(from: number, to: number): string | undefined {
    for (const p of this.persons) {
      if (p.start >= to) break;
      if (p.start >= from) return p.name;
    }
    return undefined;
  }

  /** True when `name` reads as a person's (for he / she later). */
  isPerson(name: string): boolean {
    const words = name.split(/\s+/);
    if (words.length === 1 && NOT_NAME_WORDS.has(name.toLowerCase())) return false;
    // A person is named: every word capitalised but particles (`the agency's head` is not a name).
    if (!words.every((w) => /^\p{Lu}/u.test(w) || CONNECTORS.has(w.toLowerCase()))) return false;
    const last = words[words.length - 1]?.toLowerCase() ?? "";
    if (NOT_PERSON_WORDS.has(last) || /^[A-Z]{2,}$/.test(words[words.length - 1] ?? ""))
      return false;
    return !words.some((w, k) => NOT_PERSON_WORDS.has(w.toLowerCase()) && !isGivenName(words, k));
  }

  /** The fullest form of a person's name seen in the source (Okafor → Amina Okafor). */
  fullName(name: string): string {
    const last = surnameKey(name);
    return (this.shared.has(last) ? undefined : this.fullNames.get(last)) ?? name;
  }

  /**
   * A name as a reader would give it, one form per person in a source: titles and honorifics
   * dropped, a surname given its full form (`Mr. Okafor`, `Foreign Minister Amina Okafor` and
   * `Okafor` are all `Amina Okafor`). Bodies and names never seen in full stay as written.
   */
  readerName(text: string): string {
    const words = text.split(/\s+/);
    // `The Harbour Gazette`: a body named with its article stays as written.
    if (words[0]?.toLowerCase() === "the") return text;
    // Titles and bodies before the name (`Sen.`, `Foreign Minister`), and, where one stands
    // further in, the words after the last of them (`White House Counsel Amina Okafor`); not
    // after a body's `of` (`Federal Bureau of Prisons`, `Commissioner of Works Amina Okafor`).
    let k = 0;
    while (k < words.length - 1 && isTitleWord(words[k] ?? "") && !isGivenName(words, k)) k++;
    for (let m = words.length - 2; m >= k; m--) {
      const w = words[m] ?? "";
      if (CONNECTORS.has(w.toLowerCase()) || !isTitleWord(w) || isGivenName(words, m)) continue;
      if (!CONNECTORS.has(words[m + 1]?.toLowerCase() ?? "")) k = m + 1;
      break;
    }
    // `Amina Okafor of Ohio`: the place a lawmaker represents is no part of the name.
    const of = words.indexOf("of", k + 2);
    const rest = words.slice(k, of > 0 ? of : undefined);
    const name = rest.join(" ");
    if (!this.isPerson(name)) return text;
    const full = this.fullName(name);
    // The full form must extend this one (`Okafor` of `Amina Okafor`), not name someone else.
    // A title's remainder may hold words the lists lack (`National Intelligence Amina Okafor`).
    return full.endsWith(name) || (k > 0 && name.endsWith(full)) ? full : name;
  }

  private personBefore(
    at: number,
    previous: readonly { start: number; speaker: string; person: boolean }[],
    gender: Gender,
  ): string | undefined {
    const fits = (name: string) => {
      const g = this.genders.get(surnameKey(name));
      return g === undefined || g === gender;
    };
    // The person who last spoke is the likeliest referent (the subject is the preferred centre:
    // Grosz, Joshi & Weinstein 1995), if they spoke recently; else the nearest person named.
    for (let k = previous.length - 1; k >= 0; k--) {
      const p = previous[k];
      if (p && p.person && p.start < at && fits(p.speaker)) {
        if (at - p.start <= RECENT_CHARS) return this.fullName(p.speaker);
        break;
      }
    }
    let best: Person | undefined;
    for (const p of this.persons) {
      if (p.start >= at) break;
      if (fits(p.name)) best = p;
    }
    return best ? this.fullName(best.name) : undefined;
  }

  /** Records the people and titles one sentence names. */
  private scan(text: string, tokens: readonly Token[]): void {
    for (let i = 0; i < tokens.length;) {
      const t = tokens[i] as Token;
      if (!t.capitalized || NOT_NAME_WORDS.has(t.lower)) {
        i++;
        continue;
      }
      let j = i;
      for (;;) {
        const next = tokens[j + 1];
        const cur = tokens[j] as Token;
        // Joined by one space only: `Tehran-Moscow` is two places, not a first and last name.
        if (!next || next.start - cur.end !== 1 || text.charCodeAt(cur.end) !== 32) break;
        // A possessive ends a name (`Kenya's Foreign Ministry`: a place, then a body).
        if (/['’]s$/.test(cur.raw)) break;
        if (next.capitalized && !NOT_NAME_WORDS.has(next.lower)) j++;
        else if (
          CONNECTORS.has(next.lower) &&
          tokens[j + 2]?.capitalized &&
          (tokens[j + 2] as Token).start - next.end <= 1
        )
          j += 2;
        else break;
      }
      this.run(text, tokens, i, j);
      i = j + 1;
    }
  }

  /** One capitalised run [i, j]: the person at its end, after any title or body words. */
  private run(text: string, tokens: readonly Token[], i: number, j: number): void {
    let from = i;
    for (let k = j; k >= i; k--) {
      const w = (tokens[k] as Token).lower;
      // `President Bill Okafor`: a given name that is also a body's head word (see isGivenName).
      const given = k === j - 1 && GIVEN_NAMES_ALSO_HEADS.has(w);
      if (
        (NOT_PERSON_WORDS.has(w) && !given) ||
        HONORIFICS.has(w) ||
        ROLE_WORDS.has(w) ||
        CONNECTORS.has(w)
      ) {
        from = k + 1;
        break;
      }
    }
    if (from > j) return;
    const words = tokens.slice(from, j + 1);
    const first = words[0] as Token;
    const last = words[words.length - 1] as Token;
    if (words.some((w) => /^[A-Z]{2,}$/.test(w.raw) || /\d/.test(w.raw))) return;
    const before = tokens[from - 1];
    const titled = !!before && HONORIFICS.has(before.lower.replace(/\.$/, ""));
    // Keyed as surnameKey keys them: `Okafor's` is Okafor.
    const key = surnameKey(last.raw);
    const surname = this.fullNames.has(key);
    const placeLike = words.length === 2 && PLACE_FIRST.has(first.lower);
    // A lone word opening the sentence is grammar as often as a name.
    if (!titled && !surname && (words.length < 2 || placeLike || (from === 0 && words.length < 2)))
      return;
    const written = text.slice(first.start, last.end).replace(/['’]s$/, "");
    // After `of` in a title, the office's first word is not the name's (`Minister of Works Amina Okafor`).
    const office = from > i && (tokens[from - 1] as Token).lower === "of";
    const name = personalPart(office ? written.replace(/^\S+\s+(?=\S+\s+\S)/u, "") : written);
    const honorific = before?.lower.replace(/\.$/, "") ?? "";
    if (MALE.has(honorific)) this.genders.set(key, "m");
    else if (FEMALE.has(honorific)) this.genders.set(key, "f");
    this.persons.push({ start: first.start, name });
    const known = this.fullNames.get(key);
    if (words.length >= 2 && known === undefined) this.fullNames.set(key, name);
    else if (
      words.length >= 2 &&
      known !== undefined &&
      !known.endsWith(name) &&
      !name.endsWith(known)
    )
      this.shared.add(key);
    // The title or role given with the name: `spokesman Amina Okafor`, `Foreign Minister Okafor`.
    if (before && from > 0) {
      const role = (from > i ? (tokens[from - 1] as Token) : before).lower;
      if (!CONNECTORS.has(role)) this.titles.push({ word: role, start: first.start, name });
    }
    // And the apposition after it: `Amina Okafor, the agency's spokesman,`.
    const after = tokens[j + 1];
    if (after && /^\s*,\s*$/.test(text.slice(last.end, after.start)) && after.lower === "the") {
      for (let k = j + 2; k < Math.min(tokens.length, j + 8); k++) {
        const w = tokens[k] as Token;
        const g = text.slice((tokens[k - 1] as Token).end, w.start);
        if (/[,.;:]/.test(g)) break;
        const end = tokens[k + 1];
        if (!end || /[,.;:]/.test(text.slice(w.end, end.start))) {
          this.titles.push({ word: w.lower, start: first.start, name });
          break;
        }
      }
    }
  }
}
