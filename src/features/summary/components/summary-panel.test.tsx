import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { withFacts } from "../../../comparison/__fixtures__/facts.ts";
import { twoSources } from "../../../comparison/__fixtures__/two-sources.ts";
import { indexComparison } from "../../../comparison/comparison-index.ts";
import { SummaryPanel } from "./summary-panel.tsx";

describe("summary panel", () => {
  it("lists speakers, attribution verbs and unique content with links", () => {
    const index = indexComparison(twoSources);
    const html = renderToStaticMarkup(<SummaryPanel index={index} onNavigate={() => {}} />);
    expect(html).toContain("Anna Petrova / Ana Petrowa");
    expect(html).toContain("rejected");
    expect(html).toContain('href="#s-B.4"');
  });

  it("lines up who said what: the first speaker open, each statement a row, each source a cell", () => {
    const index = indexComparison(twoSources);
    const html = renderToStaticMarkup(<SummaryPanel index={index} onNavigate={() => {}} />);
    const table = html.slice(html.indexOf("said-table"));
    expect(table).toContain('aria-expanded="true"');
    expect(count(table, 'class="said-statement')).toBe(2);
    expect(count(table, 'data-carriage="partly quoted"')).toBe(2);
    expect(count(table, 'data-carriage="paraphrased"')).toBe(2);
    // Each source named for screen readers, not only by its letter.
    expect(table).toContain("Harbour Wire</bdi> gives it in its own words; show where");
  });

  it("tables the facts that differ, each value linking to its sentence", () => {
    const index = indexComparison(withFacts);
    const html = renderToStaticMarkup(<SummaryPanel index={index} onNavigate={() => {}} />);
    expect(html).toContain("Facts that differ");
    expect(html).toMatch(/<th scope="col"[^>]*>Tarvel Courier<\/th>/);
    expect(html).toContain('href="#s-B.2"');
    expect(html).toContain("6 million dollars");
    expect(html).toContain("rounded, can both be true");
  });
});

const count = (html: string, needle: string): number => html.split(needle).length - 1;
