import { describe, expect, it } from "vitest";
import { compare } from "../analysis/compare.ts";
import { indexComparison } from "./comparison-index.ts";
import { describeStatement, parseSpeaker, statementsIn, whoSaidWhat } from "./who-said-what.ts";

describe("parseSpeaker", () => {
  it("takes titles, initials and suffixes off a person's name", () => {
    expect(parseSpeaker("Harbour Commissioner Tomas J. Varga Jr.")).toEqual({
      kind: "person",
      given: "Tomas",
      surname: "Varga",
      label: "Tomas Varga",
    });
    expect(parseSpeaker("Ms. Varga")).toMatchObject({ given: undefined, label: "Varga" });
    expect(parseSpeaker("Sen. Lotte de Wit")).toMatchObject({ given: "Lotte", surname: "de Wit" });
  });

  it("names a body or a description by its whole wording", () => {
    expect(parseSpeaker("the port authority")).toMatchObject({
      kind: "other",
      label: "port authority",
    });
    expect(parseSpeaker("Norland's Transport Ministry")).toMatchObject({ kind: "other" });
    // Capitalised, a body is still named by its head noun, not a person by a surname.
    expect(parseSpeaker("Justice Department")).toMatchObject({
      kind: "other",
      label: "Justice Department",
    });
    expect(parseSpeaker("Harbour Board")).toMatchObject({ kind: "other", label: "Harbour Board" });
  });
});

const HERALD = `Ferry strike ends after talks

Harbour Commissioner Tomas Varga said on Tuesday that the ferries would run again by Friday.

"We have reached a fair deal for the crews," Varga told reporters.

The port authority said the timetable would be published later.`;

const GAZETTE = `Crews back at work as ferry dispute settles

Ferries will sail again by Friday, according to Commissioner Varga.

Mr. Varga said the agreement was fair to the crews.

Union leader Ilse Marten said her members had voted to accept the offer.`;

describe("whoSaidWhat on two invented reports", () => {
  const index = indexComparison(
    compare([
      { name: "Herald", text: HERALD },
      { name: "Gazette", text: GAZETTE },
    ]),
  );
  const rows = whoSaidWhat(index);
  const varga = rows.find((r) => r.label === "Tomas Varga");

  it("folds every way the sources name one person into one row", () => {
    expect(varga).toBeDefined();
    expect(rows.filter((r) => r.label.includes("Varga"))).toHaveLength(1);
    expect(varga!.aliases).toEqual(expect.arrayContaining(["Varga"]));
  });

  it("puts the person both sources report first, and a speaker only one reports after", () => {
    expect(rows[0]).toBe(varga);
    const marten = rows.find((r) => r.label === "Ilse Marten");
    expect(marten?.tally.map((t) => t.quoted + t.paraphrased)).toEqual([0, 1]);
  });

  it("tells quoting from paraphrasing, source by source", () => {
    const [herald, gazette] = varga!.tally;
    expect(herald!.quoted).toBeGreaterThanOrEqual(1);
    expect(gazette!.quoted).toBe(0);
    expect(gazette!.paraphrased).toBeGreaterThanOrEqual(1);
  });

  it("links every statement to a sentence of the source that carries it", () => {
    for (const row of rows)
      for (const statement of row.statements)
        statement.cells.forEach((cell, column) => {
          expect(cell.carriage === undefined).toBe(cell.attributions.length === 0);
          for (const place of cell.places) {
            expect(place.sourceId).toBe(index.sources[column]!.id);
            expect(index.sentence(place.sentenceId)?.source.id).toBe(place.sourceId);
          }
        });
  });
});

describe("whoSaidWhat folding", () => {
  it("keeps two people who share a surname apart, and the bare surname apart from both", () => {
    const text = `Dana Holm said the vote was close. Erik Holm said the count was fair. Holm said more would follow.`;
    const rows = whoSaidWhat(
      indexComparison(
        compare([
          { name: "One", text },
          { name: "Two", text: "Nothing here." },
        ]),
      ),
    );
    const labels = rows.map((r) => r.label);
    expect(labels).toEqual(expect.arrayContaining(["Dana Holm", "Erik Holm", "Holm"]));
  });

  it("gives no row to a speaker whose only statement another speaker's line holds", () => {
    // Source A quotes the words with no speaker; B gives them to a named one: one line, under
    // the unnamed speaker, and no empty row for B's.
    const rows = whoSaidWhat(
      indexComparison(
        compare([
          {
            name: "A",
            text: 'Ferry strike ends after talks\n\n"We have reached a fair deal for the crews and the town."\n\nThe ferries will run again by Friday.',
          },
          {
            name: "B",
            text: 'Crews back at work\n\nFerries will sail again by Friday.\n\n"We have reached a fair deal for the crews and the town," a union steward said.',
          },
        ]),
      ),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.statements.length, row.label).toBeGreaterThan(0);
  });

  it("has no rows when no one is reported as saying anything", () => {
    const rows = whoSaidWhat(
      indexComparison(
        compare([
          { name: "One", text: "Rain fell all day." },
          { name: "Two", text: "It rained." },
        ]),
      ),
    );
    expect(rows).toEqual([]);
  });
});

describe("describeStatement", () => {
  it("says what each source does with a statement, naming the speaker as each source does", async () => {
    const { twoSources } = await import("./__fixtures__/two-sources.ts");
    const index = indexComparison(twoSources);
    const [entry] = whoSaidWhat(index);
    const [first] = statementsIn(index, "A.1");
    expect(first?.entry).toBe(entry);
    expect(describeStatement(index, first!.entry, first!.statement)).toBe(
      "The Northern Ledger quotes Anna Petrova in part; Harbour Wire gives this as Petrowa’s words, without quotation marks.",
    );
  });
});
