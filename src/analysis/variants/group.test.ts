import { describe, expect, it } from "vitest";
import { compare } from "../compare.ts";

const variantsOf = (a: string, b: string) =>
  compare([
    { name: "A", text: a },
    { name: "B", text: b },
  ]).variants.map((v) => `${v.kind}: ${v.forms.map((f) => f.text).join(" / ")}`);

const story = (name: string, surname: string, agency: string) =>
  [
    `${surname} rejects claims on water deal`,
    `Water minister ${name} ${surname} on Tuesday rejected claims that the ${agency} had hidden test results from the public.`,
    `${surname} said the results would be published in full next week.`,
  ].join("\n\n");

describe("variants", () => {
  it("finds a transliterated name in sentences that report the same thing", () => {
    expect(
      variantsOf(story("Yusuf", "Qassimi", "agency"), story("Yusuf", "Kasimi", "agency")),
    ).toEqual(["transliteration: Qassimi / Yusuf Qassimi / Kasimi / Yusuf Kasimi"]);
  });

  it("finds a doubled letter next to the same first name, and an acronym for its expansion", () => {
    expect(
      variantsOf(
        story("Helena", "Marchetti", "National Water Board"),
        story("Helena", "Marcheti", "NWB"),
      ),
    ).toEqual([
      "transliteration: Marchetti / Helena Marchetti / Marcheti / Helena Marcheti",
      "abbreviation: National Water Board / NWB",
    ]);
  });

  it("finds a keyboard slip in a surname only where the first name agrees", () => {
    expect(
      variantsOf(story("Helena", "Kessler", "agency"), story("Helena", "Kesdler", "agency")),
    ).toEqual(["typo: Kessler / Helena Kessler / Kesdler / Helena Kesdler"]);
    // s and t are not neighbours on a keyboard: Kestler is another name.
    expect(
      variantsOf(story("Helena", "Kessler", "agency"), story("Helena", "Kestler", "agency")),
    ).toEqual([]);
  });

  it("does not take inflections or two names one source uses for variants", () => {
    const a =
      "Iran and Iraq sign water deal\n\nIranian and Iraqi ministers signed the deal in Baghdad on Monday, officials said.";
    const b =
      "Iran, Iraq sign deal\n\nIran and Iraq signed the water deal in Baghdad on Monday, officials said.";
    expect(variantsOf(a, b)).toEqual([]);
  });
});
