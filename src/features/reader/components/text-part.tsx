import type { ReactNode } from "react";
import { framingCategoryInfo } from "../../../comparison/layers.ts";
import type { Mark } from "../../../comparison/marks.ts";
import type { TextPart } from "../model/sentence-runs.ts";
import { displaySlice } from "../../../comparison/display-text.ts";
import type { Source } from "../../../analysis/types.ts";

/** CSS classes of one mark's decoration: its layer's line style, and its category for framing. */
export function markClass(mark: Mark): string {
  const layer = `mk mk-${mark.layer}`;
  if (mark.kind === "fact") return mark.fact.compatible ? `${layer} fact-compatible` : layer;
  return mark.kind === "framing" ? `${layer} mk-framing cat-${mark.framing.category}` : layer;
}

/**
 * One stretch of text with its marks as nested spans (outermost first) and, when it is part of
 * a word difference in the active pair, the diff highlight innermost. A framing word's category
 * glyph follows the word's last part, glued to its last word so a line never starts with it.
 */
export function TextPartView({
  source,
  part,
}: {
  /** The source the part's offsets point into; a web page prints as the engine read it. */
  readonly source: Source;
  readonly part: TextPart;
}) {
  const words = displaySlice(source, part.start, part.end);
  // A <mark>: the difference is a highlight in the accessibility tree too, not a tint alone.
  const diff = (inner: string): ReactNode => {
    const marked = part.diff ? (
      <mark className="diff" data-diff="">
        {inner}
      </mark>
    ) : (
      inner
    );
    // An attribution's cue or speaker: styled only while its sentence is active (reading.css).
    return part.said ? <span data-said={part.said}>{marked}</span> : marked;
  };
  const glyphs = part.marks.flatMap((mark) =>
    mark.kind === "framing" && part.end === mark.end ? [mark.framing.category] : [],
  );

  let node: ReactNode;
  if (glyphs.length === 0) {
    node = diff(words);
  } else {
    const cut = Math.max(0, words.search(/\S+\s*$/));
    node = (
      <>
        {cut > 0 ? diff(words.slice(0, cut)) : null}
        <span className="whitespace-nowrap">
          {diff(words.slice(cut))}
          {glyphs.map((category) => (
            <span key={category} className={`glyph cat-${category}`} aria-hidden="true">
              {framingCategoryInfo(category).glyph}
            </span>
          ))}
        </span>
      </>
    );
  }
  for (const mark of part.marks.toReversed()) {
    node = (
      <span
        className={markClass(mark)}
        data-layer={mark.layer}
        data-mark-id={mark.id}
        data-category={mark.kind === "framing" ? mark.framing.category : undefined}
      >
        {node}
        {mark.kind === "fact" && part.end === mark.end ? (
          <span className="fact-glyph" aria-hidden="true">
            ≠
          </span>
        ) : null}
      </span>
    );
  }
  return node;
}
