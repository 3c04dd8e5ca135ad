import type { FramingCategory } from "../../../analysis/types.ts";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { LayerId } from "../../../comparison/layers.ts";
import type { Mark } from "../../../comparison/marks.ts";

export interface LayerCounts {
  readonly layers: Readonly<Record<LayerId, number>>;
  readonly framing: Readonly<Record<FramingCategory, number>>;
  readonly removed: number;
}

/** How many marks each layer holds: quotes count once however many sources carry them. */
export function countLayers(index: ComparisonIndex, marks: readonly Mark[]): LayerCounts {
  const layers: Record<LayerId, number> = {
    "quote-shared": 0,
    "quote-paraphrased": 0,
    variant: 0,
    framing: 0,
    fact: 0,
    unique: 0,
  };
  const framing: Record<FramingCategory, number> = {
    attribution: 0,
    loaded: 0,
    hedge: 0,
    label: 0,
    intensifier: 0,
    other: 0,
  };
  const variantGroups = new Set<string>();
  for (const mark of marks) {
    if (mark.kind === "quote") layers[mark.layer]++;
    else if (mark.kind === "variant") variantGroups.add(mark.group.id);
    else if (mark.kind === "framing") {
      layers.framing++;
      framing[mark.framing.category]++;
    }
  }
  layers.variant = variantGroups.size;
  // A fact counts once, however many sources state it.
  layers.fact = new Set(marks.flatMap((m) => (m.kind === "fact" ? [m.fact.id] : []))).size;
  for (const source of index.sources) {
    for (const sentence of source.sentences) if (index.isUnique(sentence.id)) layers.unique++;
  }
  const removed = index.sources.reduce((n, s) => n + s.removed.length, 0);
  return { layers, framing, removed };
}
