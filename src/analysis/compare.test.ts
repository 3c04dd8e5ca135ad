import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare, STAGES } from "./compare.ts";
import { renamer, structureOf } from "./test-support.ts";
import type { Comparison, SourceInput } from "./types.ts";

const root = join(import.meta.dirname, "../..");
const seed: SourceInput[] = [
  { name: "Outlet one", text: readFileSync(join(root, "seeds/moscow-times.txt"), "utf8") },
  { name: "Outlet two", text: readFileSync(join(root, "seeds/ifp.txt"), "utf8") },
];
/** Every invented plain-text fixture set (fixtures/reports), as inputs. */
const fixtureSets: [string, SourceInput[]][] = readdirSync(join(root, "fixtures/reports"), {
  withFileTypes: true,
})
  .filter((d) => d.isDirectory())
  .map((d) => {
    const set = JSON.parse(
      readFileSync(join(root, "fixtures/reports", d.name, "set.json"), "utf8"),
    ) as { sources: { file: string; name: string }[] };
    const sources = set.sources.filter((s) => s.file.endsWith(".txt"));
    return [
      d.name,
      sources.map((s) => ({
        name: s.name,
        text: readFileSync(join(root, "fixtures/reports", d.name, s.file), "utf8"),
      })),
    ] as [string, SourceInput[]];
  })
  .filter(([, inputs]) => inputs.length >= 2);
const corpora: [string, SourceInput[]][] = [["seed pair", seed], ...fixtureSets];

function checkInvariants(c: Comparison, inputs: readonly SourceInput[]): void {
  const lowSurrogate = (t: string, i: number) =>
    i > 0 &&
    i < t.length &&
    /[\uDC00-\uDFFF]/.test(t.charAt(i)) &&
    /[\uD800-\uDBFF]/.test(t.charAt(i - 1));
  const ids = new Set<string>();
  expect(c.schema).toBe("comparison/1");
  expect(c.sources).toHaveLength(inputs.length);
  c.sources.forEach((s, k) => {
    const text = inputs[k]?.text ?? "";
    expect(s.text).toBe(text);
    let last = 0;
    for (const x of s.sentences) {
      expect(ids.has(x.id)).toBe(false);
      ids.add(x.id);
      expect(x.start).toBeGreaterThanOrEqual(last);
      expect(x.end).toBeGreaterThan(x.start);
      expect(x.end).toBeLessThanOrEqual(text.length);
      expect(lowSurrogate(text, x.start) || lowSurrogate(text, x.end)).toBe(false);
      last = x.end;
    }
    for (const r of s.removed)
      expect(r.start >= 0 && r.end <= text.length && r.start < r.end).toBe(true);
  });
  const textOf = (id: string) => c.sources.find((s) => s.id === id)?.text ?? "";
  for (const a of c.alignments) {
    expect(a.sentences.every((id) => ids.has(id))).toBe(true);
    expect(new Set(a.sentences.map((id) => id.split(".")[0])).size).toBeGreaterThanOrEqual(2);
    expect(a.score).toBeGreaterThanOrEqual(0);
    expect(a.score).toBeLessThanOrEqual(1);
  }
  for (const x of [...c.quotes, ...c.framing]) {
    expect(x.start).toBeGreaterThanOrEqual(0);
    expect(x.end).toBeLessThanOrEqual(textOf(x.source).length);
    expect(x.start).toBeLessThan(x.end);
  }
  for (const v of c.variants)
    for (const f of v.forms)
      for (const sp of f.spans) expect(sp.end).toBeLessThanOrEqual(textOf(f.source).length);
}

describe("compare: invariants on arbitrary text", () => {
  const unit = fc.constantFrom(
    "a",
    "Bob",
    " ",
    ". ",
    "\n",
    "\n\n",
    "\r\n",
    '"',
    "“",
    "”",
    "'",
    "’",
    "😀",
    "e\u0301",
    "U.S.",
    "said",
    "Kanu",
    "…",
    "-",
    "\uD800",
    "\u202E",
    "\u200B",
    "<b>",
  );
  const text = fc.string({ unit, maxLength: 200 });
  it("never throws; offsets are in bounds, ordered and on code-point boundaries; deterministic", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 4 }), (texts) => {
        const inputs = texts.map((t, i) => ({ name: `s${i}`, text: t }));
        const c = compare(inputs);
        checkInvariants(c, inputs);
        expect(JSON.stringify(compare(inputs))).toBe(JSON.stringify(c));
      }),
      { numRuns: 200 },
    );
  });

  it.each(corpora)("holds on %s", (_, inputs) => {
    checkInvariants(compare(inputs), inputs);
  });
});

describe("compare: metamorphic relations (nothing depends on particular names, order or typography)", () => {
  it.each(corpora)("renaming every name consistently keeps the structure (%s)", (_, inputs) => {
    const rename = renamer(inputs.map((i) => i.text));
    const renamed = inputs.map((i) => ({ ...i, text: rename(i.text) }));
    expect(structureOf(compare(renamed))).toEqual(structureOf(compare(inputs), undefined, rename));
  });

  it.each(corpora)("swapping the order of the sources keeps the structure (%s)", (_, inputs) => {
    const n = inputs.length;
    const reversed = compare([...inputs].reverse());
    // Source k of the reversed run is source n-1-k of the original.
    const { framing: fa, ...a } = structureOf(compare(inputs));
    const { framing: fb, ...b } = structureOf(reversed, undefined, undefined, (k) => n - 1 - k);
    expect(b).toEqual(a);
    // Marks are the same; which of two equally good counterparts a mark names may differ.
    expect(fb).toEqual(fa);
  });

  it.each(corpora)("straight quotes to curly ones keeps the structure (%s)", (_, inputs) => {
    const curly = inputs.map((i) => ({ ...i, text: curlQuotes(i.text) }));
    const straight = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
    expect(structureOf(compare(curly), undefined, straight)).toEqual(
      structureOf(compare(inputs), undefined, straight),
    );
  });

  it.each(corpora)("LF to CRLF keeps the structure (%s)", (_, inputs) => {
    const crlf = inputs.map((i) => ({ ...i, text: i.text.replace(/\r?\n/g, "\r\n") }));
    // Map CRLF offsets back to LF offsets: subtract the carriage returns before each offset.
    const back = crlf.map((i) => {
      const map: number[] = [];
      let cr = 0;
      for (let k = 0; k <= i.text.length; k++) {
        map[k] = k - cr;
        if (i.text.charAt(k) === "\r") cr++;
      }
      return map;
    });
    expect(structureOf(compare(crlf), (s, o) => back[s]?.[o] ?? o)).toEqual(
      structureOf(compare(inputs.map((i) => ({ ...i, text: i.text.replace(/\r\n/g, "\n") })))),
    );
  });

  it.each(corpora)(
    "shuffling the paragraphs after the lead keeps alignments, quotes and variants (%s)",
    (_, inputs) => {
      // The headline and the two lead sentences stay on top: the engine deliberately reads the top
      // of a report as its summary (the inverted pyramid). Everything below may move.
      const a = compare(inputs);
      const shuffled = inputs.map((input, k) => ({
        ...input,
        text: shuffleBody(input.text, a.sources[k]?.sentences ?? [], k + 1),
      }));
      const b = compare(shuffled);
      const byText = (c: Comparison) => {
        const textOf = (id: string) => {
          const s = c.sources.find((x) => id.startsWith(`${x.id}.`));
          const sent = s?.sentences.find((x) => x.id === id);
          return s && sent ? `${s.id}:${s.text.slice(sent.start, sent.end)}` : id;
        };
        return {
          alignments: c.alignments.map((x) => x.sentences.map(textOf).sort().join(" | ")).sort(),
          quotes: c.quotes
            .map(
              (q) =>
                `${q.source}:${c.sources.find((s) => s.id === q.source)?.text.slice(q.start, q.end)} (${q.speaker ?? "-"})`,
            )
            .sort(),
          variants: c.variants
            .map((v) =>
              v.forms
                .map((f) => `${f.source}:${f.text}`)
                .sort()
                .join(" / "),
            )
            .sort(),
        };
      };
      const sa = byText(a);
      const sb = byText(b);
      expect(sb.alignments).toEqual(sa.alignments);
      expect(sb.variants).toEqual(sa.variants);
      // A pronoun or a bare quotation takes its speaker from the sentence before it, so moving a
      // paragraph may move that; the quotations themselves must all be found.
      expect(sb.quotes.map((q) => q.replace(/ \(.*\)$/, ""))).toEqual(
        sa.quotes.map((q) => q.replace(/ \(.*\)$/, "")),
      );
    },
  );
});

/** Straight quotes to typographic ones, by context: an opening mark follows a space or a line start. */
function curlQuotes(text: string): string {
  return text
    .replace(/(\p{L})'(\p{L})/gu, "$1’$2")
    .replace(/(^|[\s([—–])"/gmu, "$1“")
    .replace(/"/g, "”")
    .replace(/(^|[\s([—–“])'/gmu, "$1‘")
    .replace(/'/g, "’");
}

/**
 * Deterministically permutes the article's paragraphs below the lead: the paragraphs that hold
 * body sentences, after the first two of them (page chrome and the top stay where they are).
 */
function shuffleBody(
  text: string,
  sentences: Comparison["sources"][number]["sentences"],
  seedValue: number,
): string {
  const paragraphs = [
    ...new Set(sentences.filter((s) => s.role === "body").map((s) => s.paragraph)),
  ].slice(2);
  const spans = paragraphs.map((p) => {
    const inP = sentences.filter((s) => s.paragraph === p);
    return { start: inP[0]?.start ?? 0, end: inP[inP.length - 1]?.end ?? 0 };
  });
  if (spans.length < 3) return text;
  const order = spans.map((_, i) => i);
  let x = seedValue * 2654435761;
  for (let i = order.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  let out = "";
  let at = 0;
  spans.forEach((span, i) => {
    const from = spans[order[i] ?? i] ?? span;
    out += text.slice(at, span.start) + text.slice(from.start, from.end);
    at = span.end;
  });
  return out + text.slice(at);
}

describe("stages", () => {
  it("are the one list the README's pipeline line and the progress reports follow", () => {
    const readme = readFileSync(join(import.meta.dirname, "../../README.md"), "utf8");
    expect(readme).toContain(STAGES.join(" → "));
    const seen: string[] = [];
    compare(
      [
        { name: "a", text: "One said the talks ended." },
        { name: "b", text: "Another said the talks ended." },
      ],
      { onProgress: (p) => seen.push(p.stage) },
    );
    expect(seen).toEqual(STAGES);
  });
});
