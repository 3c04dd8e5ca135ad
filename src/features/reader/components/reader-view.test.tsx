import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { withFacts } from "../../../comparison/__fixtures__/facts.ts";
import { threeSources, twoSources } from "../../../comparison/__fixtures__/two-sources.ts";
import { indexComparison } from "../../../comparison/comparison-index.ts";
import { DEFAULT_VISIBILITY, LAYERS } from "../../../comparison/layers.ts";
import { buildMarks } from "../../../comparison/marks.ts";
import { ReaderView } from "./reader-view.tsx";
import type { Comparison } from "../../../analysis/types.ts";

/** Server rendering is enough to check structure: what is in the markup, and what is not. */
function render(comparison: Comparison, visibility = DEFAULT_VISIBILITY): string {
  const index = indexComparison(comparison);
  return renderToStaticMarkup(
    <ReaderView index={index} marks={buildMarks(index)} visibility={visibility} wide={false} />,
  );
}

const count = (html: string, needle: string): number => html.split(needle).length - 1;

describe("reader view", () => {
  it("renders one column per source with its outlet and headline", () => {
    const html = render(twoSources);
    expect(count(html, "data-column=")).toBe(2);
    expect(html).toContain("The Northern Ledger");
    expect(html).toMatch(/<h2[^>]*>.*Council Says It Will Not/);
  });

  it("works with three columns, saying which source leaves a sentence out", () => {
    const html = render(threeSources);
    expect(count(html, "data-column=")).toBe(3);
    expect(html).toContain('title="In The Northern Ledger and Harbour Wire but not Metro Daily"');
    expect(html).toContain("· not C");
    expect(html).toContain("In all three sources. Press Enter to compare.");
  });

  it("draws a mark of every layer", () => {
    const html = render(twoSources);
    // The bridge story states no fact differently: its layer is drawn from its own fixture.
    for (const layer of LAYERS.filter((l) => l.id !== "fact"))
      expect(html, layer.id).toContain(`data-layer="${layer.id}"`);
    const facts = render(withFacts);
    expect(count(facts, 'data-layer="fact"')).toBe(6);
    expect(facts).toContain("mk mk-fact fact-compatible");
    expect(count(facts, "≠")).toBe(6);
    expect(html).toContain("Only in Harbour Wire");
  });

  it("keeps removed text out unless asked, then shows it with its reason", () => {
    expect(render(twoSources)).not.toContain("Recent Posts");
    const shown = render(twoSources, { ...DEFAULT_VISIBILITY, removed: true });
    expect(shown).toContain("Recent Posts");
    expect(shown).toContain("Links to other articles");
  });

  it("drops the marks of a layer that is off", () => {
    const html = render(twoSources, {
      ...DEFAULT_VISIBILITY,
      layers: { ...DEFAULT_VISIBILITY.layers, variant: false },
    });
    expect(html).not.toContain('data-layer="variant"');
    expect(html).toContain('data-layer="framing"');
  });

  it("renders the printed text unchanged between marks", () => {
    const html = render(twoSources).replace(/<[^>]+>/g, "");
    expect(html).toContain(
      "Engineers have warned that the structure is unsafe, and critics slammed",
    );
  });
});

/** Two invented reports of `n` one-sentence paragraphs, sentence k of each aligned with k. */
function longComparison(n: number): Comparison {
  const source = (id: string) => {
    const lines = Array.from({ length: n }, (_, k) => `Sentence ${k} of report ${id} says little.`);
    let at = 0;
    const sentences = lines.map((line, k) => {
      const sentence = { id: `${id}.${k}`, start: at, end: at + line.length, paragraph: k };
      at += line.length + 2;
      return sentence;
    });
    return { id, name: `Outlet ${id}`, text: lines.join("\n\n"), removed: [], sentences };
  };
  return {
    schema: "comparison/1",
    sources: [source("A"), source("B")],
    alignments: Array.from({ length: n }, (_, k) => ({
      sentences: [`A.${k}`, `B.${k}`],
      kind: "identical" as const,
      score: 1,
    })),
    quotes: [],
    variants: [],
    framing: [],
  };
}

describe("long reports", () => {
  it("renders the first paragraphs of a long column and leaves the rest for scrolling", () => {
    const html = render(longComparison(3_000));
    expect(count(html, "data-chunks=")).toBe(2);
    expect(html).toContain('data-sentence-id="A.0"');
    expect(html).not.toContain('data-sentence-id="A.2999"');
    expect(count(html, 'class="sentence"')).toBeLessThan(400);
    expect(html).toMatch(/[\d,]+ more paragraphs load as you scroll/);
    expect(html).toContain("Show them all now");
    expect(count(html, 'tabindex="0"')).toBeGreaterThan(0); // the roving tab stop is there
  });

  it("renders a report of ordinary length whole", () => {
    const html = render(longComparison(150));
    expect(html).not.toContain("data-chunks=");
    expect(html).toContain('data-sentence-id="A.149"');
  });
});
