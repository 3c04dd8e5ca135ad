import type { Comparison } from "../../../analysis/types.ts";
import { alignmentNumbers } from "../../../comparison/alignment-numbers.ts";
import {
  indexComparison,
  sliceText,
  type ComparisonIndex,
} from "../../../comparison/comparison-index.ts";
import { coveragePhrase } from "../../../comparison/coverage.ts";
import { FRAMING_CATEGORIES } from "../../../comparison/layers.ts";
import { buildMarks, type Mark, type QuoteMark } from "../../../comparison/marks.ts";
import {
  ALIGNMENT_KIND_LABEL,
  excerpt,
  joinNames,
  tidy,
  VARIANT_KIND_LABEL,
} from "../../../comparison/wording.ts";
import { partialCoverage, uniqueContent } from "../../../comparison/summary.ts";
import { whoSaidWhat } from "../../../comparison/who-said-what.ts";
import { factsSection } from "./markdown-facts.ts";
import { mdHeader, mdQuote, mdRow, mdText } from "./markdown-text.ts";
import { budgetNote } from "../../../worker/budget.ts";

export interface MarkdownOptions {
  /** The comparison's title (a seed's, or the first headline). */
  readonly title: string;
  /** A line under the title, e.g. the date or where the reports come from. */
  readonly about?: string | undefined;
  /** Where the comparison can be reopened, when a link can carry it. */
  readonly link?: string | undefined;
}

const QUOTE_RELATION = {
  verbatim: "same words",
  partial: "part of the words",
  paraphrase: "paraphrased",
};

function sourcesSection(index: ComparisonIndex): string[] {
  const lines = [
    "## Sources",
    "",
    mdHeader(["", "Outlet", "Headline", "Sentences", "Aligned", "Only here", "Removed passages"]),
  ];
  index.sources.forEach((source, column) => {
    const body = source.sentences;
    const aligned = body.filter((s) => index.partners(s.id).length > 0).length;
    const unique = body.filter((s) => index.isUnique(s.id)).length;
    lines.push(
      mdRow([
        String.fromCharCode(65 + column),
        mdText(source.name),
        source.title ? mdText(source.title) : "—",
        String(body.length),
        String(aligned),
        String(unique),
        String(source.removed.length),
      ]),
    );
  });
  return lines;
}

function alignmentSection(index: ComparisonIndex): string[] {
  const alignments = index.shown;
  const lines = ["## Alignment summary", ""];
  const related = index.comparison.alignments.length - alignments.length;
  const relatedNote =
    related > 0
      ? ` ${related} more ${related === 1 ? "pair, past its sentences' best two, is" : "pairs, past their sentences' best two, are"} not listed.`
      : "";
  if (alignments.length === 0) {
    lines.push(
      `Nothing aligns: no sentence in one source was found to report the same thing as a sentence in another.${relatedNote}`,
    );
    return lines;
  }
  const byKind = Object.entries(ALIGNMENT_KIND_LABEL)
    .map(([kind, label]) => [label, alignments.filter((a) => a.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${n} ${label.toLowerCase()}`);
  lines.push(
    `${alignments.length} aligned ${alignments.length === 1 ? "pair" : "pairs"} of sentences report the same thing (${byKind.join(", ")}).${relatedNote}`,
    "",
  );
  // Numbered as in the reader's ⇄ chips, each alignment once, in reading order.
  const numbers = alignmentNumbers(index);
  const seen = new Set<string>();
  const first = (ids: readonly string[]): number =>
    Math.min(...ids.map((id) => numbers.get(id)?.[0] ?? Infinity));
  const ordered = alignments
    .map((alignment) => ({ alignment, n: first(alignment.sentences) }))
    .sort((a, b) => a.n - b.n);
  for (const { alignment } of ordered) {
    const key = alignment.sentences.join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    const similarity = Math.round(alignment.score * 100);
    lines.push(`${seen.size}. ${ALIGNMENT_KIND_LABEL[alignment.kind]}, similarity ${similarity}%`);
    for (const id of alignment.sentences) {
      const located = index.sentence(id);
      if (!located) continue;
      const words = sliceText(located.source, located.sentence);
      lines.push(`   - ${mdText(located.source.name)}: ${mdQuote(words)}`);
    }
  }
  return lines;
}

function quotesSection(index: ComparisonIndex, marks: readonly Mark[]): string[] {
  const quotes = marks.filter((m): m is QuoteMark => m.kind === "quote");
  const lines = ["## Quotes", ""];
  if (quotes.length === 0) return [...lines, "No quotations found."];
  lines.push(mdHeader(["Speaker", "Quoted by", "Words", "Elsewhere"]));
  for (const mark of quotes) {
    const elsewhere = mark.counterparts.map(
      (c) => `${mdText(index.sourceName(c.source))} (${QUOTE_RELATION[c.kind]})`,
    );
    const name = mdText(index.sourceName(mark.source));
    lines.push(
      mdRow([
        mark.quote.speaker ? mdText(mark.quote.speaker) : "not named",
        name,
        mdQuote(excerpt(sliceText(index.source(mark.source), mark), 200)),
        elsewhere.length > 0 ? [...new Set(elsewhere)].join(", ") : `only in ${name}`,
      ]),
    );
  }
  return lines;
}

/**
 * Who said what: per speaker, each statement lined up across the sources, with what each does
 * with it. Where one source quotes what another gives in its own words or leaves out, the table
 * shows it in one row.
 */
function whoSaidWhatSection(index: ComparisonIndex): string[] {
  const entries = whoSaidWhat(index);
  const lines = ["## Who said what", ""];
  if (entries.length === 0) return [...lines, "No one is reported as saying anything."];
  lines.push(mdHeader(["Speaker", "Statement", ...index.sources.map((s) => mdText(s.name))]));
  for (const entry of entries) {
    entry.statements.forEach((statement, k) => {
      lines.push(
        mdRow([
          k === 0 ? mdText(entry.label) : "",
          mdQuote(statement.excerpt),
          ...statement.cells.map((cell) => cell.carriage ?? "—"),
        ]),
      );
    });
  }
  return lines;
}

function variantsSection(index: ComparisonIndex): string[] {
  const groups = index.comparison.variants.filter(
    (g) => new Set(g.forms.map((f) => f.source)).size > 1,
  );
  const lines = ["## Names written differently", ""];
  if (groups.length === 0) return [...lines, "No variants found."];
  lines.push(mdHeader(["Kind", ...index.sources.map((s) => mdText(s.name))]));
  for (const group of groups) {
    lines.push(
      mdRow([
        VARIANT_KIND_LABEL[group.kind],
        ...index.sources.map((source) => {
          const own = group.forms.filter((f) => f.source === source.id);
          const forms = [...new Set(own.map((f) => tidy(f.text)))];
          return forms.length > 0 ? forms.map(mdText).join(", ") : "—";
        }),
      ]),
    );
  }
  return lines;
}

function framingSection(index: ComparisonIndex): string[] {
  const { framing } = index.comparison;
  const lines = ["## Framing", ""];
  if (framing.length === 0) return [...lines, "No framing words marked."];
  lines.push(mdHeader(["Outlet", "Word", "Kind", "Voice", "Other source's wording", "Note"]));
  const label = (category: string) =>
    FRAMING_CATEGORIES.find((c) => c.id === category)?.label ?? category;
  const ordered = framing.toSorted(
    (a, b) => index.column(a.source) - index.column(b.source) || a.start - b.start,
  );
  for (const mark of ordered) {
    const other = mark.counterpart;
    const counterpart = other
      ? `${mdText(index.sourceName(other.source))}: ${mdQuote(sliceText(index.source(other.source), other))}`
      : "—";
    lines.push(
      mdRow([
        mdText(index.sourceName(mark.source)),
        mdQuote(sliceText(index.source(mark.source), mark)),
        label(mark.category),
        mark.voice === "narrator" ? "the outlet's own" : "inside a quotation",
        counterpart,
        mdText(mark.note),
      ]),
    );
  }
  return lines;
}

function onlyInSection(index: ComparisonIndex): string[] {
  const lines = ["## Only in one source"];
  for (const source of index.sources) {
    const unique = uniqueContent(index, source.id);
    lines.push("", `### Only in ${mdText(source.name)}`, "");
    if (unique.length === 0) lines.push("Nothing: everything here is also elsewhere.");
    for (const line of unique) lines.push(`- ${mdText(line.text)}`);
  }
  const partial = partialCoverage(index);
  if (partial.length > 0) {
    lines.push("", "## In some sources but not all");
    for (const group of partial) {
      const pick = (ids: readonly string[]) => index.sources.filter((s) => ids.includes(s.id));
      const phrase = coveragePhrase({ present: pick(group.present), absent: pick(group.absent) });
      lines.push("", `### ${mdText(phrase)}`, "");
      for (const line of group.lines) lines.push(`- ${mdText(line.text)}`);
    }
  }
  return lines;
}

/**
 * A plain report of a Comparison for reading, printing or pasting into notes: the sources, the
 * alignment summary, quotes, name variants, framing words and what only some sources carry.
 * Every word from the reports is escaped, so a hostile name or text cannot inject markup.
 */
export function comparisonToMarkdown(comparison: Comparison, options: MarkdownOptions): string {
  const index = indexComparison(comparison);
  const marks = buildMarks(index);
  const names = joinNames(index.sources.map((s) => mdText(s.name)));
  const head = [`# ${mdText(options.title)}`, ""];
  if (options.about) head.push(mdText(options.about), "");
  head.push(`How ${names} report the story, compared by Parallax.`);
  if (options.link) {
    const link = options.link.replace(/[<>\s]/g, encodeURIComponent);
    head.push("", `Reopen this comparison: <${link}>`);
  }
  const budget = budgetNote(comparison.meta);
  if (budget) head.push("", budget);
  const sections = [
    head,
    sourcesSection(index),
    alignmentSection(index),
    whoSaidWhatSection(index),
    quotesSection(index, marks),
    variantsSection(index),
    factsSection(index),
    framingSection(index),
    onlyInSection(index),
  ];
  return `${sections.map((lines) => lines.join("\n")).join("\n\n")}\n`;
}
