import { pejorativeAffixes } from "../lexicons/loaded-terms.ts";
import type { Token } from "../text/tokens.ts";
import type { FramingHit, Probe } from "./lexicon-index.ts";

/* Words coined with a pejorative affix (doom-mongering, budgetgate): found by their shape, not listed. */

export type Affix = (typeof pejorativeAffixes)[number] & { readonly bare: string };

/** The affixes without their hyphen, computed once: this test runs for every token. */
const AFFIXES: readonly Affix[] = pejorativeAffixes.map((a) => ({
  ...a,
  bare: a.affix.replace(/^-|-$/g, ""),
}));

export const NO_AFFIXES: readonly Affix[] = [];

/** The affixes `compound` is coined with (ok and not excluded), in lexicon order; nearly always none. */
export function affixesOf(compound: string): readonly Affix[] {
  const list = AFFIXES.filter((a) => {
    const bare = a.bare;
    const ok =
      a.position === "suffix"
        ? compound.endsWith(bare) && compound.length >= bare.length + 3
        : compound.startsWith(bare) && compound.length >= bare.length + 3;
    return ok && !a.exclude.includes(compound);
  });
  return list.length > 0 ? list : NO_AFFIXES;
}

/**
 * Evaluative coinages (doom-mongering, Xphobia) recognised by their productive affix. A single
 * word's affixes come with its probe; only hyphenated compounds are tested here.
 */
export function affixHit(tokens: readonly Token[], i: number, p: Probe): FramingHit | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  let j = i;
  while (tokens[j]?.hyphenNext && j - i < 3) j++;
  const last = tokens[j] ?? first;
  const compound =
    j === i
      ? first.lower
      : tokens
          .slice(i, j + 1)
          .map((t) => t.lower)
          .join("-");
  for (const a of j === i ? p.affixes : affixesOf(compound)) {
    if (!a.capitalizedOnly || first.capitalized) {
      return {
        start: first.start,
        end: last.end,
        length: j - i + 1,
        lemma: compound,
        category: "loaded",
        strength: 2,
        note: a.note,
        kind: "term",
      };
    }
  }
  return undefined;
}
