import { describe, expect, it } from "vitest";
import { threeSources, twoSources } from "./__fixtures__/two-sources.ts";
import { indexComparison } from "./comparison-index.ts";
import { coveragePhrase, sentenceCoverage } from "./coverage.ts";
import { decodeEntities, markupToLines, stripInlineMarkup, visibleText } from "./display-text.ts";

describe("which sources carry a sentence", () => {
  it("says 'in X and Y but not Z' with three or more sources", () => {
    const index = indexComparison(threeSources);
    expect(coveragePhrase(sentenceCoverage(index, "A.1"))).toBe("In all three sources");
    expect(coveragePhrase(sentenceCoverage(index, "A.3"))).toBe(
      "In The Northern Ledger and Harbour Wire but not Metro Daily",
    );
    expect(coveragePhrase(sentenceCoverage(index, "A.2"))).toBe("Only in The Northern Ledger");
    // Partners light up in every column the group reaches.
    expect(index.partners("B.3")).toEqual(["A.1", "C.1"]);
  });

  it("joins more than one missing source with 'or'", () => {
    const index = indexComparison(twoSources);
    const [a, b] = index.sources;
    expect(
      coveragePhrase({
        present: [a!, b!],
        absent: [
          { ...a!, name: "C" },
          { ...b!, name: "D" },
        ],
      }),
    ).toBe("In The Northern Ledger and Harbour Wire but not C or D");
  });
});

describe("words of a web page's slice", () => {
  it("drops inline tags and decodes entities", () => {
    expect(
      stripInlineMarkup(
        'on <a href="/x">Mill Lane</a>,&nbsp;said &ldquo;no&rdquo; &#8211; &#x2014;',
      ),
    ).toBe("on Mill Lane,\u00a0said “no” – —");
    expect(decodeEntities("&bogus; &#0; &amp;")).toBe("&bogus; &#0; &");
    // A quoted attribute may hold "<" and ">": the tag still goes as a whole.
    expect(
      stripInlineMarkup(`on <a href="data:text/html,<b>x</b>" title='a > b'>its page</a>.`),
    ).toBe("on its page.");
  });

  it("turns removed chrome into its visible lines", () => {
    expect(
      markupToLines(
        'Home</a></li>\n<li><a href="/news">News</a></li><script>x()</script><p>© 2024 Herald</p><div cla',
      ),
    ).toBe("Home\nNews\n© 2024 Herald");
  });

  it("leaves out direction overrides, and only those, from what is shown", () => {
    expect(visibleText("He \u202Edias eh\u202C today.", false)).toBe("He dias eh\u202C today.");
    expect(visibleText("<b>\u202Dx</b>&#x202E;y", true)).toBe("xy");
    // Embeddings, isolates and marks are part of right-to-left writing: kept.
    expect(visibleText("\u2067عربي\u2069 \u202Bالنص\u202C\u200F", false)).toBe(
      "\u2067عربي\u2069 \u202Bالنص\u202C\u200F",
    );
    expect(markupToLines("<p>\u202Eevil</p><p>b</p>")).toBe("evil\nb");
  });
});
