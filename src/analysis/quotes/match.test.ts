import { describe, expect, it } from "vitest";
import { compare } from "../compare.ts";

describe("quotes and speakers", () => {
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
    const c = compare([
      { name: "A", text: a },
      { name: "B", text: b },
    ]);
    const kinds = c.quotes.map((q) => q.matches.map((m) => m.kind).join(","));
    expect(kinds[0]?.split(",")[0]).toBe("verbatim");
    expect(kinds[1]).toMatch(/partial|paraphrase/);
    const m = c.quotes[0]?.matches[0];
    expect(m && b.slice(m.start, m.end)).toBe("will bring four hundred jobs to the town by 2027");
  });
});
