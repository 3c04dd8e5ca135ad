import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";

/**
 * The sentences `j`/`k` step through in a column: those with a partner elsewhere. When nothing
 * is aligned at all (an engine still warming up, or unrelated texts) every sentence counts, so
 * the keys still move.
 */
export function steppableSentences(index: ComparisonIndex, sourceId: string): readonly string[] {
  const sentences = index.source(sourceId)?.sentences ?? [];
  const anyAligned = index.shown.length > 0;
  return sentences.filter((s) => !anyAligned || index.partners(s.id).length > 0).map((s) => s.id);
}

/** The next (`step` 1) or previous (-1) steppable sentence; the first one when nothing is current. */
export function stepSentence(
  index: ComparisonIndex,
  currentId: string | undefined,
  step: 1 | -1,
): string | undefined {
  const current = currentId ? index.sentence(currentId) : undefined;
  const sourceId = current?.source.id ?? index.sources[0]?.id;
  if (sourceId === undefined) return undefined;
  const ids = steppableSentences(index, sourceId);
  if (!current) return step === 1 ? ids[0] : ids.at(-1);
  // Position by reading order, so stepping works from a sentence that is not itself steppable.
  const orders = ids.map((id) => index.sentence(id)?.order ?? -1);
  if (step === 1) return ids[orders.findIndex((o) => o > current.order)] ?? ids.at(-1);
  const before = orders.findLastIndex((o) => o < current.order);
  return before >= 0 ? ids[before] : ids[0];
}

/** A partner of the current sentence in the nearest column to the right (1) or left (-1). */
export function partnerAcross(
  index: ComparisonIndex,
  currentId: string,
  direction: 1 | -1,
): string | undefined {
  const current = index.sentence(currentId);
  if (!current) return undefined;
  const partners = index
    .partners(currentId)
    .map((id) => index.sentence(id))
    .filter((p) => p !== undefined)
    .filter((p) => (direction === 1 ? p.column > current.column : p.column < current.column))
    .sort((a, b) => direction * (a.column - b.column) || a.order - b.order);
  return partners[0]?.sentence.id;
}
