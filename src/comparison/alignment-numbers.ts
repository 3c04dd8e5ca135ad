import type { ComparisonIndex } from "./comparison-index.ts";

/**
 * A small number per alignment shown, shared by all its sentences, so a reader can pair sentences
 * without colour or connectors (stacked columns on a phone, print, greyscale). Numbered in
 * reading order of each alignment's earliest sentence.
 */
export function alignmentNumbers(index: ComparisonIndex): ReadonlyMap<string, readonly number[]> {
  const position = (id: string): [number, number] => {
    const located = index.sentence(id);
    return located ? [located.column, located.order] : [Infinity, Infinity];
  };
  const earliest = (ids: readonly string[]): [number, number] =>
    ids
      .map(position)
      .reduce<[number, number]>(
        (a, b) => (b[0] < a[0] || (b[0] === a[0] && b[1] < a[1]) ? b : a),
        [Infinity, Infinity],
      );

  const ordered = index.shown
    .map((alignment) => ({ alignment, at: earliest(alignment.sentences) }))
    .filter(
      ({ alignment }) =>
        new Set(alignment.sentences.map((id) => index.sentence(id)?.source.id)).size > 1,
    )
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]);

  const numbers = new Map<string, number[]>();
  ordered.forEach(({ alignment }, k) => {
    for (const id of alignment.sentences) {
      const list = numbers.get(id) ?? [];
      if (!list.includes(k + 1)) list.push(k + 1);
      numbers.set(id, list);
    }
  });
  return numbers;
}
