import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeStory } from "../../scripts/bench.ts";
import { analyse, compare } from "./compare.ts";
import { findQuotes, longestRun, quotationTokens } from "./quotes.ts";
import { tokenize, type Token } from "./tokens.ts";
import type { Comparison } from "./types.ts";

const quotesOf = (c: Comparison) =>
  c.quotes.map((q) => {
    const text = c.sources.find((s) => s.id === q.source)?.text ?? "";
    return `${text.slice(q.start, q.end)} — ${q.speaker ?? "?"}`;
  });

const single = (text: string) => quotesOf(compare([{ name: "A", text }, { name: "B", text: "Nothing in common here at all." }]));

describe("quotes and speakers", () => {
  it("attributes quotations by said/told/according to, before or after, inverted or not", () => {
    expect(
      single(
        [
          'Mayor Ines Kovac said the bridge "will reopen in May."',
          '"We are ready," said Petra Lind, the city\'s engineer.',
          '"It was never safe," Omar Haddad told reporters.',
          'According to the police chief, Dana Ruiz, "nobody was hurt."',
        ].join("\n\n"),
      ),
    ).toEqual([
      "will reopen in May — Mayor Ines Kovac",
      "We are ready — Petra Lind",
      "It was never safe — Omar Haddad",
      "nobody was hurt — Dana Ruiz",
    ]);
  });

  it("resolves a pronoun and a bare follow-up quotation to the speaker before it", () => {
    expect(
      single(
        [
          'Farmer Jonas Weber lost his barn in the storm. "I have nothing left," he said. "Not even the tractor."',
          'Emeka Holloway-Lin, the agency\'s coordinator, told the council that "help is coming."',
        ].join("\n\n"),
      ),
    ).toEqual(["I have nothing left — Farmer Jonas Weber", "Not even the tractor — Farmer Jonas Weber", "help is coming — Emeka Holloway-Lin"]);
  });

  it("finds where the other source carries a quotation: verbatim, partial or paraphrased", () => {
    const a = [
      "Harbour plan approved after long dispute",
      'Council leader Amira Feld said the new harbour terminal "will bring four hundred jobs to the town by 2027."',
      'Feld called the opponents\' campaign "reckless and misleading."',
    ].join("\n\n");
    const b = [
      "Town approves harbour terminal",
      "Council leader Amira Feld promised the harbour terminal will bring four hundred jobs to the town by 2027.",
      "Feld criticised the campaign against the terminal as misleading.",
    ].join("\n\n");
    const c = compare([{ name: "A", text: a }, { name: "B", text: b }]);
    const kinds = c.quotes.map((q) => q.matches.map((m) => m.kind).join(","));
    expect(kinds[0]?.split(",")[0]).toBe("verbatim");
    expect(kinds[1]).toMatch(/partial|paraphrase/);
    const m = c.quotes[0]?.matches[0];
    expect(m && b.slice(m.start, m.end)).toBe("will bring four hundred jobs to the town by 2027");
  });

  it("never takes apostrophes for quotation marks", () => {
    expect(single("The agency's chief won't say whether Iran's deal, the ’90s rules or rock ’n’ roll matter.")).toEqual([]);
  });
});

describe("quote matching internals", () => {
  const corpora = (): { name: string; text: string; format?: "html" }[][] => {
    const root = new URL("../../", import.meta.url);
    const read = (path: string) => readFileSync(new URL(path, root), "utf8");
    const out = [["moscow-times", "ifp"].map((f) => ({ name: f, text: read(`seeds/${f}.txt`) }))];
    for (const dir of readdirSync(new URL("fixtures/reports/", root), { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      const set = JSON.parse(read(`fixtures/reports/${dir.name}/set.json`)) as { sources: { file: string; name: string }[] };
      out.push(set.sources.map((s) => ({ name: s.name, text: read(`fixtures/reports/${dir.name}/${s.file}`), ...(s.file.endsWith(".html") ? { format: "html" as const } : {}) })));
    }
    out.push(makeStory(5, 3, 8_000), makeStory(9, 2, 20_000));
    // Quotations ending on an abbreviation, a number, a hyphen or an apostrophe, nested and
    // unclosed ones: where a quotation's ends could tokenise differently from its sentence.
    out.push([
      {
        name: "A",
        text: [
          'Officials said the deal "was agreed with the U.S." on Monday. "It costs 1,000.5 dollars," she said.',
          '"The well-known plan," he said, "is not \'dead\' yet — far from it." Lind called it "a non-starter-".',
          '“We said we\'d fight,” said Petra Lind. «Nous restons» dit-il. "And this goes on until the end',
          '"Ü-Bahn works," she said. "It is a plan by aU.S." he said. "It ends with U.S.A.", he said. "We saw two 3.5% gains" they said.',
        ].join("\n\n"),
      },
      { name: "B", text: "Officials said the deal was agreed with the U.S. on Monday. It costs 1,000.5 dollars, she said." },
    ]);
    return out;
  };

  it("reads each quotation's words exactly as tokenising the quotation would", () => {
    const fields = (t: Token) => [t.start, t.end, t.raw, t.lower, t.stem, t.capitalized];
    for (const inputs of corpora()) {
      const { docs, vocab } = analyse(inputs);
      const found = docs.flatMap((d) => findQuotes(d));
      const read = quotationTokens(found, docs, vocab);
      found.forEach((f, i) => {
        const view = docs[f.doc]?.view ?? "";
        expect(read[i]?.map(fields)).toEqual(tokenize(view, f.inner.start, f.inner.end).map(fields));
      });
    }
  });

  it("finds the same longest common run as the classic dynamic programme", () => {
    const classic = (q: readonly number[], s: readonly number[]) => {
      let best = { qStart: 0, start: 0, length: 0 };
      let prev = new Array<number>(s.length + 1).fill(0);
      for (let i = 1; i <= q.length; i++) {
        const cur = new Array<number>(s.length + 1).fill(0);
        for (let j = 1; j <= s.length; j++) {
          if (q[i - 1] !== s[j - 1]) continue;
          cur[j] = (prev[j - 1] ?? 0) + 1;
          if ((cur[j] ?? 0) > best.length) best = { qStart: i - (cur[j] ?? 0), start: j - (cur[j] ?? 0), length: cur[j] ?? 0 };
        }
        prev = cur;
      }
      return best;
    };
    const ids = fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 30 });
    fc.assert(
      fc.property(ids, ids, (q, s) => {
        expect(longestRun(q, s)).toEqual(classic(q, s));
      }),
      { numRuns: 3000 },
    );
  });
});
