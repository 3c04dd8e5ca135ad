import { describe, expect, it } from "vitest";
import { compare } from "../compare.ts";
import type { Comparison } from "../types.ts";

const quotesOf = (c: Comparison) =>
  c.quotes.map((q) => {
    const text = c.sources.find((s) => s.id === q.source)?.text ?? "";
    return `${text.slice(q.start, q.end)} — ${q.speaker ?? "?"}`;
  });

const single = (text: string) =>
  quotesOf(
    compare([
      { name: "A", text },
      { name: "B", text: "Nothing in common here at all." },
    ]),
  );

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
      "will reopen in May — Ines Kovac",
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
    ).toEqual([
      "I have nothing left — Farmer Jonas Weber",
      "Not even the tractor — Farmer Jonas Weber",
      "help is coming — Emeka Holloway-Lin",
    ]);
  });

  it("never takes apostrophes for quotation marks", () => {
    expect(
      single(
        "The agency's chief won't say whether Iran's deal, the ’90s rules or rock ’n’ roll matter.",
      ),
    ).toEqual([]);
  });
});
