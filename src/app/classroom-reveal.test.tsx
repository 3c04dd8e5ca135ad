import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { twoSources } from "../comparison/__fixtures__/two-sources.ts";
import { ReaderView } from "../features/reader/components/reader-view.tsx";
import { indexComparison } from "../comparison/comparison-index.ts";
import { buildMarks } from "../comparison/marks.ts";
import {
  NOTHING_VISIBLE,
  visibilityFor,
  withoutFindings,
} from "../features/classroom/model/reveal.ts";

function render(comparison = twoSources, visibility = NOTHING_VISIBLE): string {
  const index = indexComparison(comparison);
  return renderToStaticMarkup(
    <ReaderView index={index} marks={buildMarks(index)} visibility={visibility} wide={false} />,
  );
}

describe("reveal mode", () => {
  it("prints the reports with no highlight, pair chip, 'only in' label or connector", () => {
    const html = render(withoutFindings(twoSources));
    for (const needle of [
      "data-layer=",
      "data-mark-id",
      "data-pair-chip",
      "data-unique-chip",
      "mark-cluster",
      "Only in",
      'data-aligned="true"',
    ]) {
      expect(html, needle).not.toContain(needle);
    }
    // …but every sentence is there, keyboard-reachable.
    for (const source of twoSources.sources) {
      for (const sentence of source.sentences)
        expect(html).toContain(`data-sentence-id="${sentence.id}"`);
    }
    expect(html).toContain('tabindex="0"');
  });

  it("after the check, shows only the layers the lesson asks about", () => {
    const html = render(twoSources, visibilityFor(["attribution", "name"]));
    expect(html).toContain('data-category="attribution"');
    expect(html).toContain('data-layer="variant"');
    expect(html).not.toContain('data-category="loaded"');
    expect(html).not.toContain('data-layer="quote-shared"');
    expect(html).not.toContain("data-unique-chip");
  });

  it("maps kinds to the reader's layers and categories", () => {
    const v = visibilityFor(["loaded", "only-here"]);
    expect(v.layers).toMatchObject({ framing: true, unique: true, variant: false });
    expect(v.framing).toMatchObject({
      loaded: true,
      label: true,
      attribution: false,
      hedge: false,
    });
  });
});
