import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { withFacts } from "../../../comparison/__fixtures__/facts.ts";
import { twoSources } from "../../../comparison/__fixtures__/two-sources.ts";
import { indexComparison } from "../../../comparison/comparison-index.ts";
import { buildMarks } from "../../../comparison/marks.ts";
import { SummaryPanel } from "./summary-panel.tsx";

describe("summary panel", () => {
  it("lists speakers, attribution verbs and unique content with links", () => {
    const index = indexComparison(twoSources);
    const html = renderToStaticMarkup(
      <SummaryPanel index={index} marks={buildMarks(index)} onNavigate={() => {}} />,
    );
    expect(html).toContain("Petrova / Petrowa");
    expect(html).toContain("rejected");
    expect(html).toContain('href="#s-B.4"');
  });

  it("tables the facts that differ, each value linking to its sentence", () => {
    const index = indexComparison(withFacts);
    const html = renderToStaticMarkup(
      <SummaryPanel index={index} marks={buildMarks(index)} onNavigate={() => {}} />,
    );
    expect(html).toContain("Facts that differ");
    expect(html).toMatch(/<th scope="col"[^>]*>Tarvel Courier<\/th>/);
    expect(html).toContain('href="#s-B.2"');
    expect(html).toContain("6 million dollars");
    expect(html).toContain("rounded, can both be true");
  });
});
