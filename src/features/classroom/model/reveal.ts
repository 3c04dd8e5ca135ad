import type { Comparison, FramingCategory } from "../../../analysis/types.ts";
import {
  FRAMING_CATEGORIES,
  LAYERS,
  type LayerId,
  type Visibility,
} from "../../../comparison/layers.ts";
import { tagKindInfo, type TagKind } from "./tag-kinds.ts";

/*
 * Reveal mode shows the reports as the reader prints them, with nothing Parallax found: no
 * marks, and no alignment either (its pair chips, connectors and word differences would point
 * at what only one report says, and at names written differently). The reader is given the same
 * sources and sentences with every finding left out, so it needs no mode of its own.
 */

/** The comparison with its sources and sentences only. */
export function withoutFindings(comparison: Comparison): Comparison {
  return { ...comparison, alignments: [], quotes: [], variants: [], framing: [] };
}

/** Every layer off: what the reader shows in reveal mode. */
export const NOTHING_VISIBLE: Visibility = {
  layers: Object.fromEntries(LAYERS.map((l) => [l.id, false])) as Record<LayerId, boolean>,
  framing: Object.fromEntries(FRAMING_CATEGORIES.map((c) => [c.id, false])) as Record<
    FramingCategory,
    boolean
  >,
  removed: false,
};

/** After the check: the layers, and framing categories, of the kinds the lesson asks about. */
export function visibilityFor(focus: readonly TagKind[]): Visibility {
  const infos = focus.map(tagKindInfo);
  const layers = new Set(infos.map((info) => info.layer));
  const categories = new Set(infos.flatMap((info) => info.categories));
  return {
    layers: Object.fromEntries(LAYERS.map((l) => [l.id, layers.has(l.id)])) as Record<
      LayerId,
      boolean
    >,
    framing: Object.fromEntries(
      FRAMING_CATEGORIES.map((c) => [c.id, categories.has(c.id)]),
    ) as Record<FramingCategory, boolean>,
    removed: false,
  };
}
