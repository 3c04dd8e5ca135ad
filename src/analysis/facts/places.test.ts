import { describe, expect, it } from "vitest";
import { compare } from "../compare.ts";
import { tagText } from "../text/tagger.ts";
import type { Comparison } from "../types.ts";
import { differentPlaces, findPlaceNames, placeFact } from "./places.ts";

/**
 * Two reports of one story, the sentence under test in the middle of each. They share a name
 * besides the place: reports whose only names differ are taken for two look-alike events.
 */
function pair(a: string, b: string): Comparison {
  const story = (middle: string) =>
    [
      "Storm damage closes the old harbour road",
      "",
      "Crews led by Marta Oyelaran worked through the night to clear fallen trees from the highway.",
      "",
      middle,
      "",
      "The transport ministry said repairs would take several weeks to complete.",
    ].join("\n");
  return compare([
    { name: "Ledger", text: story(a) },
    { name: "Courier", text: story(b) },
  ]);
}

/** The place differences, as "A-words / B-words". */
function places(c: Comparison): string[] {
  return (c.facts ?? [])
    .filter((f) => f.kind === "place")
    .map((f) =>
      f.values
        .map((v) => c.sources.find((s) => s.id === v.source)?.text.slice(v.start, v.end))
        .join(" / "),
    );
}

/** The place fact of one sentence, as its value, or "-". */
function placeIn(text: string): string {
  const sentence = { start: 0, end: text.length };
  const fact = placeFact(sentence, findPlaceNames(text, 0, text.length), tagText(text));
  return fact ? `${fact.value ?? "?"} (${fact.slot} … ${fact.head})` : "-";
}

describe("place names", () => {
  it("finds countries, states and cities, multiword names whole", () => {
    const text = "Flights from Saudi Arabia to New Zealand and Texas were cut, in Osaka too.";
    expect(findPlaceNames(text, 0, text.length).map((m) => m.name)).toEqual([
      "Saudi Arabia",
      "New Zealand",
      "Texas",
      "Osaka",
    ]);
  });

  it("reads an older spelling as the same city", () => {
    const [old] = findPlaceNames("in Kiev", 0, 7);
    const [now] = findPlaceNames("in Kyiv", 0, 7);
    expect(old && now && differentPlaces(old.places, now.places)).toBe(false);
  });

  it("takes neither a demonym, a lower-case word nor a name that is a common word", () => {
    const text = "Iranian officials in reading rooms met in Mobile and china shops.";
    expect(findPlaceNames(text, 0, text.length)).toEqual([]);
  });

  it("states a place only in a slot, as a whole proper noun", () => {
    expect(placeIn("Protesters gathered in Lisbon on Sunday.")).toBe("Lisbon (in … gather)");
    expect(placeIn("Protesters gathered near the Netherlands border.")).toBe("-");
    expect(placeIn("The report ran in the New York Times on Sunday.")).toBe("-");
    expect(placeIn("A Lisbon-based group organised the march.")).toBe("-");
    expect(placeIn("Lisbon hosted the summit.")).toBe("-");
    expect(placeIn("Talks in Lisbon government offices went on late.")).toBe("-");
    expect(placeIn("The claim first ran in the Washington Post last spring.")).toBe("-");
    expect(placeIn("Photographers crowded in Paris Hilton's hotel lobby.")).toBe("-");
  });

  it("takes no city whose name is a common word or a first name", () => {
    expect(placeIn("Jurors gathered in Mobile for the verdict.")).toBe("-");
    expect(placeIn("Jurors gathered in Reading for the verdict.")).toBe("-");
    expect(placeIn("Jurors gathered in Victoria for the verdict.")).toBe("-");
    expect(placeIn("Jurors gathered in Paris for the verdict.")).toBe("Paris (in … gather)");
  });

  it("states nothing when a sentence names two places", () => {
    expect(placeIn("Protesters gathered in Lisbon, Portugal, on Sunday.")).toBe("-");
  });
});

describe("place differences", () => {
  it("flags two cities far apart in the same slot", () => {
    const c = pair(
      "Rescuers pulled six people from a collapsed building in Kherson on Monday.",
      "Rescuers pulled six people from a collapsed building in Kharkiv on Monday.",
    );
    expect(places(c)).toEqual(["Kherson / Kharkiv"]);
    expect(c.facts?.find((f) => f.kind === "place")?.note).toBe(
      "Ledger says Kherson; Courier says Kharkiv.",
    );
  });

  it("flags two countries and two states", () => {
    expect(
      places(
        pair(
          "The damaged fuel tanker ran aground in Norway after the storm passed overnight.",
          "The damaged fuel tanker ran aground in Sweden after the storm passed overnight.",
        ),
      ),
    ).toEqual(["Norway / Sweden"]);
    expect(
      places(
        pair(
          "The tornado touched down in Kansas late in the evening.",
          "The tornado touched down in Nebraska late in the evening.",
        ),
      ),
    ).toEqual(["Kansas / Nebraska"]);
  });

  it("does not flag a city against the country or state that holds it", () => {
    expect(
      places(
        pair(
          "Rescuers pulled six people from a collapsed building in Kyiv on Monday.",
          "Rescuers pulled six people from a collapsed building in Ukraine on Monday.",
        ),
      ),
    ).toEqual([]);
    expect(
      places(
        pair(
          "The tornado touched down in Wichita late in the evening.",
          "The tornado touched down in Kansas late in the evening.",
        ),
      ),
    ).toEqual([]);
  });

  it("does not flag one city spelled two ways, nor a suburb against its city", () => {
    expect(
      places(
        pair(
          "Rescuers pulled six people from a collapsed building in Kiev on Monday.",
          "Rescuers pulled six people from a collapsed building in Kyiv on Monday.",
        ),
      ),
    ).toEqual([]);
    expect(
      places(
        pair(
          "The fire broke out at a warehouse in Pasadena overnight.",
          "The fire broke out at a warehouse in Los Angeles overnight.",
        ),
      ),
    ).toEqual([]);
  });

  it("does not flag a name inside a newspaper's, a demonym or two places in one sentence", () => {
    expect(
      places(
        pair(
          "The figures were first reported in the Moscow Times on Monday.",
          "The figures were first reported in the Guardian on Monday.",
        ),
      ),
    ).toEqual([]);
    expect(
      places(
        pair(
          "Iranian navy divers searched the sunken wreck in Bahrain for two long days.",
          "Navy divers searched the sunken wreck in Qatar for two long days, Iranian officials said.",
        ),
      ),
    ).toEqual(["Bahrain / Qatar"]);
    expect(
      places(
        pair(
          "The convoy left in Lyon and stopped in Turin before dawn.",
          "The convoy left in Marseille before dawn.",
        ),
      ),
    ).toEqual([]);
  });

  it("does not flag places tied to different words (two moments of the story)", () => {
    expect(
      places(
        pair(
          "The champion, who won his first title in Germany, trained for the bout in Spain.",
          "The champion arrived in Italy on Monday to train for the bout.",
        ),
      ),
    ).toEqual([]);
    expect(
      places(
        pair(
          "The minister spoke in Vienna after the talks ended.",
          "The minister signed the deal in Prague after the talks ended.",
        ),
      ),
    ).toEqual([]);
  });

  it("metamorphic: changing one city in a copy flags exactly that city", () => {
    const cities = ["Manila", "Lagos", "Lima", "Hanoi", "Nairobi"];
    for (const [k, city] of cities.entries()) {
      const other = cities[(k + 1) % cities.length] ?? "Lima";
      const text = (place: string) =>
        `Thousands marched in ${place} on Saturday to demand cleaner air, organisers said.`;
      expect(places(pair(text(city), text(other)))).toEqual([`${city} / ${other}`]);
      expect(places(pair(text(city), text(city)))).toEqual([]);
    }
  });
});
