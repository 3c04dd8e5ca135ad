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

  it("lists a related sentence apart, without calling it aligned", () => {
    // The two headlines are only `related`: same story, other content.
    const html = card("A.0");
    expect(html).toContain("No other source reports this in other words");
    expect(html).not.toContain("data-pair=");
    expect(html).toContain('data-related-sentence="B.1"');
    expect(html).toContain("1 related sentence: the same story, told with other content");
    expect(html).toContain("Mayor rejects bridge warnings as alarmist");
    expect(html).toContain("Show in Harbour Wire →");
  });
});
