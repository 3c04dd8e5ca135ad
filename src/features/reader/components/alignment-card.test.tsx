import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { twoSources } from "../../../comparison/__fixtures__/two-sources.ts";
import { indexComparison } from "../../../comparison/comparison-index.ts";
import { AlignmentCard } from "./alignment-card.tsx";

const index = indexComparison(twoSources);
const card = (sentenceId: string) =>
  renderToStaticMarkup(
    <AlignmentCard
      index={index}
      atoms={new Map()}
      sentenceId={sentenceId}
      headingId="h"
      onGoTo={() => {}}
    />,
  );

describe("the alignment card", () => {
  it("sets a sentence beside its partner, with nothing listed as related", () => {
    const html = card("A.3");
    expect(html).toContain("Aligned with 1 sentence elsewhere");
    expect(html).toContain('data-pair="B.2"');
    expect(html).not.toContain("data-related");
  });

  it("lists apart a sentence past a partner's best two, without calling it aligned", () => {
    // B.3 is A.1's partner; A.1 is also close to B.2 and B.4, whose own best lie elsewhere.
    const crowded = indexComparison({
      ...twoSources,
      alignments: [
        ...twoSources.alignments,
        { sentences: ["A.1", "B.4"], kind: "related", score: 0.2 },
        { sentences: ["A.3", "B.4"], kind: "paraphrase", score: 0.5 },
        { sentences: ["A.0", "B.4"], kind: "related", score: 0.45 },
      ],
    });
    const html = renderToStaticMarkup(
      <AlignmentCard
        index={crowded}
        atoms={new Map()}
        sentenceId="A.1"
        headingId="h"
        onGoTo={() => {}}
      />,
    );
    expect(html).toContain("Aligned with 1 sentence elsewhere");
    expect(html).toContain('data-pair="B.3"');
    expect(html).toContain('data-related-sentence="B.4"');
    expect(html).toContain("1 related sentence elsewhere, not as close");
    expect(html).toContain("The council also plans a new ferry route.");
    expect(html).toContain("Show in Harbour Wire →");
  });
});
