import type { Span } from "../../../analysis/types.ts";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { overlaps, passageWords } from "./passages.ts";
import { tagKindInfo } from "./tag-kinds.ts";
import type { StudentTag } from "./types.ts";

/**
 * Tags are drawn over the text, not written into it, so a screen reader is told them instead:
 * the tags in one sentence of `source`, as one sentence ("" when there are none).
 */
export function spokenTags(
  index: ComparisonIndex,
  tags: readonly StudentTag[],
  source: string,
  span: Span,
  lead: string,
): string {
  const here = tags.filter((t) => t.source === source && overlaps(t, span));
  if (here.length === 0) return "";
  const each = here.map(
    (t) => `“${passageWords(index, t)}”, ${tagKindInfo(t.kind).label.toLowerCase()}`,
  );
  return `${lead}: ${each.join("; ")}.`;
}
