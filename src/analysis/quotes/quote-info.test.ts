import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { makeStory } from "../../../scripts/bench.ts";
import { analyse } from "../compare.ts";
import { tokenize, type Token } from "../text/tokens.ts";
import { findQuotes } from "./find.ts";
import { quotationTokens } from "./quote-info.ts";

describe("quote matching internals", () => {
  const corpora = (): { name: string; text: string; format?: "html" }[][] => {
    const root = new URL("../../../", import.meta.url);
    const read = (path: string) => readFileSync(new URL(path, root), "utf8");
    const out = [["moscow-times", "ifp"].map((f) => ({ name: f, text: read(`seeds/${f}.txt`) }))];
    for (const dir of readdirSync(new URL("fixtures/reports/", root), { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      const set = JSON.parse(read(`fixtures/reports/${dir.name}/set.json`)) as {
        sources: { file: string; name: string }[];
      };
      out.push(
        set.sources.map((s) => ({
          name: s.name,
          text: read(`fixtures/reports/${dir.name}/${s.file}`),
          ...(s.file.endsWith(".html") ? { format: "html" as const } : {}),
        })),
      );
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
          "“We said we'd fight,” said Petra Lind. «Nous restons» dit-il. \"And this goes on until the end",
          '"Ü-Bahn works," she said. "It is a plan by aU.S." he said. "It ends with U.S.A.", he said. "We saw two 3.5% gains" they said.',
        ].join("\n\n"),
      },
      {
        name: "B",
        text: "Officials said the deal was agreed with the U.S. on Monday. It costs 1,000.5 dollars, she said.",
      },
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
        expect(read[i]?.map(fields)).toEqual(
          tokenize(view, f.inner.start, f.inner.end).map(fields),
        );
      });
    }
  });
});
