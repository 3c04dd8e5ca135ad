import type { FramingCategory } from "../../../analysis/types.ts";
import { framingCategoryInfo, type LayerId } from "../../../comparison/layers.ts";

/**
 * A small sample of a layer's line style, as it appears on the text (the legend and each
 * explanation use it), so the key is the mark itself.
 */
export function LayerSample({
  layer,
  category,
  text = "Aa",
}: {
  readonly layer: LayerId;
  readonly category?: FramingCategory | undefined;
  readonly text?: string;
}) {
  if (layer === "unique") {
    return (
      <span
        aria-hidden="true"
        className="hatch inline-block rounded-sm border border-dashed border-muted px-0.5 font-sans text-[0.625rem] leading-[1.25rem] text-ink"
      >
        only
      </span>
    );
  }
  const framing = layer === "framing";
  const cat = category ?? "loaded";
  return (
    <span aria-hidden="true" className="swatch whitespace-nowrap text-ink">
      <span className={`mk mk-${layer}${framing ? ` mk-framing cat-${cat}` : ""}`}>
        {text}
        {framing ? <span className="glyph">{framingCategoryInfo(cat).glyph}</span> : null}
        {layer === "fact" ? <span className="fact-glyph">≠</span> : null}
      </span>
    </span>
  );
}
