import type { Span } from "../../../analysis/types.ts";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { Mark } from "../../../comparison/marks.ts";
import {
  diffTokens,
  indicesToSpans,
  wordDiff,
  type DiffAtom,
  type DiffToken,
} from "./word-diff.ts";

/** Name variants as diff atoms, per source: every form of one group shares one key. */
export function variantAtoms(marks: readonly Mark[]): ReadonlyMap<string, readonly DiffAtom[]> {
  const bySource = new Map<string, DiffAtom[]>();
  for (const mark of marks) {
    if (mark.kind !== "variant") continue;
    const list = bySource.get(mark.source) ?? [];
    list.push({ start: mark.start, end: mark.end, key: `variant:${mark.group.id}` });
    bySource.set(mark.source, list);
  }
  return bySource;
}

function tokensOf(
  index: ComparisonIndex,
  atoms: ReadonlyMap<string, readonly DiffAtom[]>,
  sentenceIds: readonly string[],
): DiffToken[] {
  return sentenceIds.flatMap((id) => {
    const located = index.sentence(id);
    if (!located) return [];
    return diffTokens(located.source, located.sentence, atoms.get(located.source.id) ?? []);
  });
}

/** The word differences between one sentence and one partner, for the pair view. */
export function pairDiff(
  index: ComparisonIndex,
  atoms: ReadonlyMap<string, readonly DiffAtom[]>,
  firstId: string,
  secondId: string,
): { readonly first: readonly Span[]; readonly second: readonly Span[] } {
  const diff = wordDiff(tokensOf(index, atoms, [firstId]), tokensOf(index, atoms, [secondId]));
  return { first: diff.onlyFirst, second: diff.onlySecond };
}

/**
 * Word differences to draw in the columns while `activeId` is active. Each other source's
 * partners (read in order, as one text) are diffed against the active sentence: their extra
 * words are marked in them, and a word of the active sentence is marked when no partnering
 * source uses it. A pair that shares little wording (a paraphrase) would light up nearly every
 * word, which says nothing: such a source is left out here and compared in the pair view.
 */
export function activePairDiff(
  index: ComparisonIndex,
  atoms: ReadonlyMap<string, readonly DiffAtom[]>,
  activeId: string,
  /** Largest share of changed words (both sides together) still drawn inline. @default 0.5 */
  maxChangedShare = 0.5,
): ReadonlyMap<string, readonly Span[]> {
  const ranges = new Map<string, Span[]>();
  const active = index.sentence(activeId);
  const partners = index.partners(activeId);
  if (!active || partners.length === 0) return ranges;

  const activeTokens = tokensOf(index, atoms, [activeId]);
  const bySource = new Map<string, string[]>();
  for (const id of partners) {
    const sourceId = index.sentence(id)?.source.id;
    if (sourceId === undefined) continue;
    bySource.set(sourceId, [...(bySource.get(sourceId) ?? []), id]);
  }

  let unmatchedEverywhere: Set<number> | undefined;
  for (const ids of bySource.values()) {
    const partnerTokens = tokensOf(index, atoms, ids);
    const diff = wordDiff(activeTokens, partnerTokens);
    const changed = diff.changedFirst.size + diff.changedSecondCount;
    if (changed > maxChangedShare * (activeTokens.length + partnerTokens.length)) continue;
    unmatchedEverywhere = unmatchedEverywhere
      ? new Set([...unmatchedEverywhere].filter((k) => diff.changedFirst.has(k)))
      : new Set(diff.changedFirst);
    for (const id of ids) {
      const sentence = index.sentence(id)?.sentence;
      if (!sentence) continue;
      ranges.set(
        id,
        diff.onlySecond.filter((s) => s.start < sentence.end && s.end > sentence.start),
      );
    }
  }
  if (unmatchedEverywhere) ranges.set(activeId, indicesToSpans(activeTokens, unmatchedEverywhere));
  return ranges;
}
