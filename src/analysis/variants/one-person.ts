import { splitName } from "../text/names.ts";
import type { Form, Occurrence } from "./forms.ts";
import { matchNames, nameWords, type NameWords } from "./name-match.ts";

/*
 * A word or part of a name is one person's only if the whole names it stands in can be: Walid in
 * "Khalid bin Walid" and Waleed in "Samir bin Waleed" are one family name of two people, and
 * Mohamed in "Ali Mohamed Tarabulsi" and Mohammed in "Ali Mohammed Haddad" one given name of two. Only a
 * source that never writes the whole name leaves the question open.
 */

/** Can `a` and `b` be one person's, judged by the whole names they stand in? */
export function mayBeOnePerson(a: Form, b: Form): boolean {
  const ra = wholeNames(a);
  const rb = wholeNames(b);
  // Where one side never writes a whole name of two words or more (after titles and particles),
  // nothing says the two are different people.
  const fullA = ra.names.filter((x) => x.words.length >= 2);
  const fullB = rb.names.filter((y) => y.words.length >= 2);
  if (fullA.length === 0 || fullB.length === 0) return true;
  for (const x of fullA) for (const y of fullB) if (matchNames(x, y).same) return true;
  // A run that opens its sentence may open with a capitalised common word ("Farmer Oswin
  // Harrogate, 63, ..."): read without it, it must match a whole name of the other side.
  for (const x of ra.withoutFirst) for (const y of rb.names) if (matchNames(x, y).same) return true;
  for (const x of ra.names) for (const y of rb.withoutFirst) if (matchNames(x, y).same) return true;
  return false;
}

/** Words that open an Arabic name: the kunya (father, mother of), son of, servant of. */
const NAME_OPENERS = new Set([
  "abu",
  "abou",
  "umm",
  "um",
  "ibn",
  "bin",
  "ben",
  "abd",
  "abdul",
  "abdel",
]);

interface WholeNames {
  readonly names: readonly NameWords[];
  /** Runs that open their sentence, without their first word. */
  readonly withoutFirst: readonly NameWords[];
}

/** The whole names a form stands in (itself, where it stands alone), read once per form. */
function wholeNames(f: Form): WholeNames {
  if (f.wholeNames) return f.wholeNames;
  const texts = new Set<string>();
  const opening = new Set<string>();
  for (const o of f.occurrences) {
    texts.add(runText(o, o.runFirst));
    // Not a kunya or a patronymic's particle: "Abu" begins a name (Abu Karim), not a sentence.
    if (o.runFirst === 0 && o.first > 0 && !NAME_OPENERS.has(o.sentence.tokens[0]?.lower ?? ""))
      opening.add(runText(o, 1));
  }
  f.wholeNames = { names: [...texts].map(readName), withoutFirst: [...opening].map(readName) };
  return f.wholeNames;
}

/** Runs recur in every source and run; their words are read once per text. */
const names = new Map<string, NameWords>();

function readName(text: string): NameWords {
  let n = names.get(text);
  if (n === undefined) {
    n = nameWords(splitName(text));
    if (names.size > 50_000) names.clear();
    names.set(text, n);
  }
  return n;
}

/** The run's words from token `from`, as written, one space apart (hyphens inside a token are kept). */
function runText(o: Occurrence, from: number): string {
  const words: string[] = [];
  for (let k = from; k <= o.runLast; k++) words.push(o.sentence.tokens[k]?.raw ?? "");
  return words.join(" ");
}
