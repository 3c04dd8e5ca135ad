import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { ConnectorLink } from "../components/connector-gutter.tsx";

/** The aligned pairs shown between two neighbouring columns, drawn in the gutter between them. */
export interface ColumnPairs {
  readonly left: string;
  readonly right: string;
  readonly pairs: readonly ConnectorLink[];
}

/**
 * The pairs between each column and the next. They depend on the comparison only; which of them
 * are active is the gutter's business, from the active sentence and its partners.
 */
export function columnPairs(index: ComparisonIndex): ColumnPairs[] {
  const sources = index.sources;
  return sources.flatMap((left, k) => {
    const right = sources[k + 1];
    if (!right) return [];
    const pairs: ConnectorLink[] = [];
    const seen = new Set<string>();
    for (const alignment of index.shown) {
      const located = alignment.sentences.map((id) => index.sentence(id));
      const lefts = located.filter((s) => s?.source.id === left.id);
      const rights = located.filter((s) => s?.source.id === right.id);
      for (const from of lefts) {
        for (const to of rights) {
          if (!from || !to) continue;
          const key = `${from.sentence.id}|${to.sentence.id}`;
          if (seen.has(key)) continue;
          seen.add(key);
          pairs.push({
            key,
            from: from.sentence.id,
            fromOrder: from.order,
            to: to.sentence.id,
            toOrder: to.order,
          });
        }
      }
    }
    return [{ left: left.id, right: right.id, pairs }];
  });
}
