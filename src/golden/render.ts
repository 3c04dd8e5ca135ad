import type { Comparison, Source, Span } from "../analysis/types.ts";

/**
 * A Comparison as a reviewer reads it: one line per sentence, alignment, quotation, variant form,
 * framing mark, attribution and fact that differs, each span followed by the words it covers. Every field the contract defines is
 * written (scores in full), and fields it does not know yet as JSON, so a change to the output
 * reads as a line diff: "A.3 ~ B.5 paraphrase 0.412" became "related 0.297".
 *
 * The source texts themselves are not repeated (they sit beside the expected file); only what
 * the engine found in them.
 */
export function renderComparison(c: Comparison): string {
  const bySource = new Map(c.sources.map((s) => [s.id, s]));
  const text = (source: string, span: Span) => quote(bySource.get(source), span);
  const out: string[] = [`schema ${c.schema}`];

  for (const s of c.sources) {
    out.push("", `## source ${s.id} ${JSON.stringify(s.name)}${s.format ? ` (${s.format})` : ""}`);
    if (s.title !== undefined) out.push(`title ${JSON.stringify(s.title)}`);
    out.push(`text ${String(s.text.length)} chars`);
    for (const r of s.removed)
      out.push(`removed ${spanOf(r)} ${JSON.stringify(r.reason)} ${quote(s, r)}`);
    for (const x of s.sentences)
      out.push(
        `${x.id} p${String(x.paragraph)}${x.role ? ` ${x.role}` : ""} ${spanOf(x)} ${quote(s, x)}`,
      );
  }

  out.push("", `## alignments (${String(c.alignments.length)})`);
  for (const a of c.alignments) out.push(`${a.sentences.join(" ~ ")} ${a.kind} ${String(a.score)}`);

  out.push("", `## quotes (${String(c.quotes.length)})`);
  for (const q of c.quotes) {
    const speaker =
      q.speaker === undefined
        ? "no speaker"
        : `speaker ${JSON.stringify(q.speaker)}${q.speakerSpan ? ` ${spanOf(q.speakerSpan)}` : ""}`;
    out.push(`${q.id} ${q.source} ${spanOf(q)} ${text(q.source, q)} ${speaker}`);
    for (const m of q.matches) {
      const at =
        m.start !== undefined && m.end !== undefined
          ? ` ${spanOf({ start: m.start, end: m.end })} ${text(m.source, { start: m.start, end: m.end })}`
          : "";
      out.push(`  ${m.kind} in ${m.source} ${m.sentence}${at}`);
    }
  }

  out.push("", `## variants (${String(c.variants.length)})`);
  for (const v of c.variants) {
    out.push(`${v.id} ${v.kind}`);
    for (const f of v.forms)
      out.push(`  ${f.source} ${JSON.stringify(f.text)} at ${f.spans.map(spanOf).join(" ")}`);
  }

  out.push("", `## framing (${String(c.framing.length)})`);
  for (const f of c.framing) {
    const counterpart = f.counterpart
      ? ` | counterpart ${f.counterpart.source} ${spanOf(f.counterpart)} ${text(f.counterpart.source, f.counterpart)}`
      : "";
    out.push(
      `${f.source} ${spanOf(f)} ${text(f.source, f)} ${f.category} ${f.voice} ${JSON.stringify(f.note)}${counterpart}`,
    );
  }

  if (c.attributions) {
    out.push("", `## attributions (${String(c.attributions.length)})`);
    for (const a of c.attributions) {
      const speaker =
        a.speaker === undefined
          ? "no speaker"
          : `speaker ${JSON.stringify(a.speaker)}${a.speakerSpan ? ` ${spanOf(a.speakerSpan)} ${text(a.source, a.speakerSpan)}` : ""}`;
      out.push(
        `${a.id} ${a.source} cue ${spanOf(a.cue)} ${text(a.source, a.cue)} content ${spanOf(a.content)} ${text(a.source, a.content)} ${speaker} ${a.kind}${a.quote ? ` quote ${a.quote}` : ""}`,
      );
      for (const m of a.matches) out.push(`  ${m.kind} ${m.source} ${m.attribution}`);
    }
  }

  if (c.facts) {
    out.push("", `## facts (${String(c.facts.length)})`);
    for (const f of c.facts) {
      out.push(
        `${f.id} ${f.kind}${f.compatible ? ` ${f.compatible}` : ""} ${JSON.stringify(f.note)}`,
      );
      for (const v of f.values)
        out.push(
          `  ${v.source} ${v.sentence} ${spanOf(v)} ${text(v.source, v)}${v.value !== undefined ? ` = ${JSON.stringify(v.value)}` : ""}`,
        );
    }
  }

  const { meta } = c;
  out.push("", "## meta");
  if (meta) {
    out.push(`engine ${meta.engine}`, `hitBudget ${String(meta.hitBudget)}`);
    if (meta.incomplete) out.push(`incomplete ${meta.incomplete.join(" ")}`);
  }
  // Fields added to the contract later still reach the file, so no change goes unseen.
  const known = new Set([
    "schema",
    "sources",
    "alignments",
    "quotes",
    "variants",
    "framing",
    "attributions",
    "facts",
    "meta",
  ]);
  for (const [key, value] of Object.entries(c))
    if (!known.has(key)) out.push("", `## ${key}`, JSON.stringify(value, null, 1));
  return out.join("\n") + "\n";
}

const spanOf = (s: Span) => `[${String(s.start)},${String(s.end)})`;

/** The covered text on one line, long spans shortened in the middle. */
function quote(source: Source | undefined, span: Span): string {
  if (!source) return "«?»";
  const t = source.text.slice(span.start, span.end).replace(/\s+/g, " ");
  return `«${t.length > 160 ? `${t.slice(0, 100)} … ${t.slice(-50)}` : t}»`;
}
