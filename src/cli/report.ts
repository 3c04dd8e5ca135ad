import type { Comparison, Source, Span } from "../analysis/types.ts";
import { displayLines, displaySlice } from "../comparison/display-text.ts";
import { readerLinks } from "../comparison/reader-links.ts";

/**
 * The plain-text report: the same findings as the JSON, for a person at a terminal. Reads only
 * the Comparison, and prints each span as the reader does (`displaySlice`): a web page's words as
 * the engine read them, entities decoded and tags gone, never the markup behind the offsets.
 */
export function formatReport(c: Comparison): string {
  const byId = new Map(c.sources.map((s) => [s.id, s]));
  const sentence = new Map<string, { source: Source; text: string }>();
  for (const s of c.sources)
    for (const x of s.sentences) sentence.set(x.id, { source: s, text: clip(shown(s, x)) });
  const name = (id: string) => byId.get(id)?.name ?? id;
  const slice = (id: string, start: number, end: number) => {
    const source = byId.get(id);
    return source ? shown(source, { start, end }) : "";
  };
  const out: string[] = [];
  const h = (title: string) => out.push("", title, "-".repeat(title.length));

  out.push(`Parallax comparison of ${c.sources.length} sources`);
  for (const s of c.sources) {
    out.push(
      `  ${s.id}  ${s.name}: ${s.title ? `"${clip(s.title, 80)}"` : "(no headline found)"}, ${s.sentences.length} sentences, ${s.removed.length} boilerplate blocks removed`,
    );
  }

  // As the reader shows them: each sentence with its best one or two per source (reader-links.ts).
  const links = readerLinks(c.alignments, (id) => sentence.get(id)?.source.id);
  h("Aligned sentences");
  if (links.shown.length === 0)
    out.push("  (none: these reports share nothing a reader would pair)");
  for (const a of links.shown) {
    out.push(`  [${a.kind}, ${a.score.toFixed(2)}]`);
    for (const id of a.sentences) out.push(`    ${id.padEnd(6)} ${sentence.get(id)?.text ?? ""}`);
  }

  if (links.related.length > 0)
    out.push(
      `  (and ${links.related.length} more ${links.related.length === 1 ? "pair" : "pairs"} past a sentence's best two in the other source; --json lists every pair)`,
    );

  h("Only in one source");
  const aligned = new Set(c.alignments.flatMap((a) => a.sentences));
  for (const s of c.sources) {
    const only = s.sentences.filter(
      (x) => !aligned.has(x.id) && (x.role === "body" || x.role === undefined),
    );
    if (only.length) out.push(`  ${s.name}:`);
    for (const x of only) out.push(`    ${x.id.padEnd(6)} ${clip(shown(s, x))}`);
  }

  h("Quotations");
  if (c.quotes.length === 0) out.push("  (no direct quotations)");
  for (const q of c.quotes) {
    const where = q.matches.length
      ? q.matches.map((m) => `${m.kind} in ${name(m.source)} (${m.sentence})`).join("; ")
      : "no other source carries it";
    out.push(
      `  ${name(q.source)}: "${clip(slice(q.source, q.start, q.end), 90)}" (${q.speaker ?? "speaker unknown"}): ${where}`,
    );
  }

  h("Names written differently");
  if (c.variants.length === 0) out.push("  (none)");
  for (const v of c.variants)
    out.push(`  ${v.kind}: ${v.forms.map((f) => `${name(f.source)} "${f.text}"`).join(" / ")}`);

  h("Framing");
  if (c.framing.length === 0) out.push("  (none)");
  for (const f of c.framing) {
    const counterpart = f.counterpart
      ? `; ${name(f.counterpart.source)} writes "${slice(f.counterpart.source, f.counterpart.start, f.counterpart.end)}"`
      : "";
    out.push(
      `  ${name(f.source)} [${f.category}, ${f.voice === "quoted" ? "in a quotation" : "own words"}] "${slice(f.source, f.start, f.end)}"${counterpart}: ${f.note}`,
    );
  }

  h("Removed as boilerplate");
  for (const s of c.sources)
    for (const r of s.removed)
      out.push(`  ${s.name}: "${clip(displayLines(s, r.start, r.end), 60)}" (${r.reason})`);
  return out.join("\n") + "\n";
}

const shown = (source: Source, span: Span) => displaySlice(source, span.start, span.end);

function clip(s: string, max = 110): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > max ? one.slice(0, max - 1) + "…" : one;
}
