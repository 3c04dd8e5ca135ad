import { describe, expect, it } from "vitest";
import type { Comparison } from "../../../analysis/types.ts";
import { withFacts } from "../../../comparison/__fixtures__/facts.ts";
import { threeSources, twoSources } from "../../../comparison/__fixtures__/two-sources.ts";
import { exportFileName } from "./file-name.ts";
import { comparisonToMarkdown } from "./markdown.ts";
import { mdText } from "./markdown-text.ts";

const md = (comparison: Comparison, title = "Bridge repairs") =>
  comparisonToMarkdown(comparison, { title });

/** The lines of one `## ` section, without its heading. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split("\n");
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const end = lines.findIndex((line, k) => k > start && line.startsWith("## "));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((line) => line !== "");
}

describe("the Markdown report", () => {
  it("has a title, the outlets, and every section in order", () => {
    const report = md(twoSources);
    expect(
      report.startsWith("# Bridge repairs\n\nHow The Northern Ledger and Harbour Wire report"),
    ).toBe(true);
    const headings = report.split("\n").filter((line) => line.startsWith("## "));
    expect(headings).toEqual([
      "## Sources",
      "## Alignment summary",
      "## Who said what",
      "## Quotes",
      "## Names written differently",
      "## Facts that differ",
      "## Framing",
      "## Only in one source",
    ]);
  });

  it("counts sentences per source in a table", () => {
    expect(section(md(twoSources), "Sources")).toEqual([
      "|  | Outlet | Headline | Sentences | Aligned | Only here | Removed passages |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      "| A | The Northern Ledger | Council Says It Will Not 'Wait For Approval' On Bridge | 4 | 3 | 1 | 2 |",
      "| B | Harbour Wire | Mayor rejects bridge warnings as alarmist | 5 | 3 | 1 | 1 |",
    ]);
  });

  it("summarises the alignments and lists each pair's sentences", () => {
    const lines = section(md(twoSources), "Alignment summary");
    expect(lines[0]).toBe(
      "3 aligned pairs of sentences report the same thing (2 paraphrase, 1 related).",
    );
    expect(lines).toContain("1. Related, similarity 41%");
    expect(lines).toContain(
      "   - Harbour Wire: “Petrowa added that the city will not ask anyone for approval to repair it.”",
    );
  });

  it("says so when nothing aligns", () => {
    const lines = section(md({ ...twoSources, alignments: [] }), "Alignment summary");
    expect(lines[0]).toMatch(/^Nothing aligns/);
  });

  it("lines up each speaker's statements across the sources", () => {
    expect(section(md(twoSources), "Who said what")).toEqual([
      "| Speaker | Statement | The Northern Ledger | Harbour Wire |",
      "| --- | --- | --- | --- |",
      '| Anna Petrova / Ana Petrowa | “on Monday the city would not "wait for approval from anyone" to repair the bridge” | partly quoted | paraphrased |',
      '|  | “the warnings "alarmist"” | partly quoted | paraphrased |',
    ]);
    const silent = section(md({ ...twoSources, attributions: [] }), "Who said what");
    expect(silent).toEqual(["No one is reported as saying anything."]);
  });

  it("tables the quotes, the variants and the framing words", () => {
    const report = md(twoSources);
    const quotes = section(report, "Quotes");
    expect(quotes).toContain(
      "| Anna Petrova | The Northern Ledger | “wait for approval from anyone” | Harbour Wire (paraphrased) |",
    );
    expect(section(report, "Names written differently")).toContain(
      "| Transliteration | Petrova | Petrowa |",
    );
    expect(section(report, "Framing")).toContain(
      "| The Northern Ledger | “called” | Attribution | the outlet's own | Harbour Wire: “rejected” | “Called” reports the words neutrally. |",
    );
  });

  it("lists what only one source reports, per source", () => {
    const lines = section(md(twoSources), "Only in one source");
    expect(lines).toEqual([
      "### Only in The Northern Ledger",
      "- Engineers have warned that the structure is unsafe, and critics slammed the delay.",
      "### Only in Harbour Wire",
      "- The council also plans a new ferry route.",
    ]);
  });

  it("with three sources, lists what some carry and others do not", () => {
    const lines = section(md(threeSources), "In some sources but not all");
    expect(lines[0]).toBe("### In The Northern Ledger and Harbour Wire but not Metro Daily");
    expect(lines).toContain(
      '- Petrova called the warnings "alarmist" and said repairs would begin soon.',
    );
    expect(md(twoSources)).not.toContain("In some sources but not all");
  });

  it("escapes names and words so no markup or HTML gets through", () => {
    const hostile: Comparison = {
      ...twoSources,
      sources: twoSources.sources.map((s, k) =>
        k === 0 ? { ...s, name: "<script>alert(1)</script> | *Evil* [x](y)" } : s,
      ),
    };
    const report = md(hostile, "# Title <img src=x>");
    expect(report).not.toMatch(/<script|<img/);
    expect(report).toContain("&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*Evil\\* \\[x\\](y)");
    expect(report.startsWith("# \\# Title &lt;img src=x&gt;\n")).toBe(true);
    // Every table row still has the right number of cells.
    for (const row of section(report, "Sources").slice(2)) {
      expect(row.split(/(?<!\\)\|/).length - 2).toBe(7);
    }
  });

  it("puts a link to reopen the comparison when there is one", () => {
    const report = comparisonToMarkdown(twoSources, {
      title: "Bridge",
      link: "https://parallax.example/#seed=bridge&sel=A.1",
    });
    expect(report).toContain(
      "Reopen this comparison: <https://parallax.example/#seed=bridge&sel=A.1>",
    );
  });
});

describe("export helpers", () => {
  it("makes file names from titles", () => {
    expect(exportFileName("Iran answers the CIA chief: “no permission”", "md")).toBe(
      "parallax-iran-answers-the-cia-chief-no-permission.md",
    );
    expect(exportFileName("¿¿??", "json")).toBe("parallax-comparison.json");
  });

  it("escapes one line of text", () => {
    expect(mdText("  1. first\n line_with *stars* ")).toBe("1\\. first line\\_with \\*stars\\*");
  });

  it("tables the facts that differ, each source's value with its sentence and the note", () => {
    expect(section(md(twoSources), "Facts that differ")).toEqual([
      "No numbers, dates, amounts or places stated differently.",
    ]);
    const rows = section(md(withFacts), "Facts that differ");
    expect(rows[0]).toBe("| Kind | Tarvel Courier | Coastal Wire | Note |");
    expect(rows[2]).toBe(
      "| Number (rounded, can both be true) | 3,200 (A.1) | about 3,000 (B.1) | Tarvel Courier says 3,200 homes; Coastal Wire says about 3,000 homes: one rounds the other, not a contradiction. |",
    );
    expect(rows[4]).toContain("| Amount of money | $4 million (A.2) | 6 million dollars (B.2) |");
  });
});
