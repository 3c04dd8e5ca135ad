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

  it("shows a name of three words whole, not by its last two, and a title set aside", () => {
    const a = (n: string) =>
      `${n} met the harbour board on Monday, officials said.\n\nThe talks with ${n} lasted two hours.`;
    expect(variantsOf(a("Ada Mendes Okafor"), a("Ada Mendes Okaafor"))).toEqual([
      "transliteration: Ada Mendes Okafor / Okafor / Ada Mendes Okaafor / Okaafor",
    ]);
    expect(variantsOf(a("Justice Minister Ada Okafor"), a("Ada Okaafor"))).toEqual([
      "transliteration: Ada Okafor / Okafor / Ada Okaafor / Okaafor",
    ]);
  });

  it("shows a name transliterated in two of its words as its two word variants", () => {
    expect(
      variantsOf(story("Umar", "al-Haddad", "agency"), story("Omar", "Al Hadad", "agency")),
    ).toEqual(["transliteration: Haddad / Hadad", "transliteration: Umar / Omar"]);
  });

  it("finds the article written apart, hyphened or onto the name", () => {
    const a = (n: string) =>
      `${n} met the envoy in the capital on Tuesday, officials said.\n\nThe talks with ${n} lasted two hours.`;
    expect(variantsOf(a("al-Haddadi"), a("Al Haddadi"))).toEqual([
      "spelling: al-Haddadi / Al Haddadi",
    ]);
    expect(variantsOf(a("Karim al-Haddadi"), a("Karim al-Haddadi"))).toEqual([]);
    // a lowercase word before a hyphen is no article: "low-Haddadi" stays out of the name
    expect(variantsOf(a("the pro-Haddadi camp"), a("the pro Haddadi camp"))).toEqual([]);
  });

  it("finds an East Slavic name in its Belarusian and Russian spellings", () => {
    expect(
      variantsOf(story("Uladzimir", "Zharkou", "agency"), story("Vladimir", "Zharkov", "agency")),
    ).toEqual(["transliteration: Uladzimir Zharkou / Vladimir Zharkov"]);
  });

  it("keeps an ʿayn written as an apostrophe after the article's hyphen inside the name", () => {
    const a = (n: string) =>
      `${n} met the envoy in the capital on Tuesday, officials said.\n\nThe talks with ${n} lasted two hours.`;
    expect(variantsOf(a("Hiba Al-'Umrani"), a("Heba Al-Umrani"))).toEqual([
      "transliteration: Hiba / Hiba Al-'Umrani / Heba / Heba Al-Umrani",
      "spelling: Al-'Umrani / Al-Umrani",
    ]);
    // written alike, or with another given name: nothing to mark
    expect(variantsOf(a("Hiba Al-'Umrani"), a("Hiba Al-'Umrani"))).toEqual([]);
    expect(variantsOf(a("Hiba Al-'Umrani"), a("Salma Al-Umrani"))).toEqual([]);
  });

  it("takes a shared family name with another given name for two people", () => {
    expect(
      variantsOf(story("Layla", "Qassimi", "agency"), story("Nadia", "Kasimi", "agency")),
    ).toEqual([]);
  });

  it("reads a run that opens its sentence without its first word (a capitalised occupation)", () => {
    const a =
      "Baker Tomas Lindqvist, 52, found the coins while digging a drain behind his shop last week.";
    const b =
      "Tomas Lindkvist, 52, found the coins while digging a drain behind his shop last week.";
    expect(variantsOf(a, b)).toEqual([
      "transliteration: Tomas Lindqvist / Lindqvist / Tomas Lindkvist / Lindkvist",
    ]);
  });

  it("reads a hyphenated syllable that ends a name whose family name comes first", () => {
    const a = "Park Ji-ho met the envoy in the capital on Tuesday, officials said.";
    const b = "Park Ji Ho met the envoy in the capital on Tuesday, officials said.";
    expect(variantsOf(a, b)[0]).toBe("spelling: Park Ji-ho / Park Ji Ho");
  });

  it("reads a Korean name in McCune-Reischauer and Revised Romanization, to its last syllable", () => {
    const a = "Han Seok-yeong met the envoy in the capital on Tuesday, officials said.";
    const b = "Han Sok-yong met the envoy in the capital on Tuesday, officials said.";
    expect(variantsOf(a, b)).toEqual(["transliteration: Han Seok-yeong / Han Sok-yong"]);
    // a lowercase word of two syllables after a hyphen stays out of the name
    const c = "Han Seok-backed groups met the envoy in the capital on Tuesday, officials said.";
    const d = "Han Sok-backed groups met the envoy in the capital on Tuesday, officials said.";
    expect(variantsOf(c, d)).toEqual(["transliteration: Han Seok / Han Sok"]);
  });

  it("reads a McCune-Reischauer name with its apostrophes, and a syllable of five letters", () => {
    const said = (n: string) => `${n} met the envoy in the capital on Tuesday, officials said.`;
    expect(variantsOf(said("Myo'ng-ch'o'l Han"), said("Myong-chol Han"))).toEqual([
      "spelling: Myo'ng-ch'o'l Han / Myong-chol Han",
    ]);
    // an English word after a hyphen joins no name of five letters: the name is Karim Trump
    expect(
      variantsOf(said("Karim Trump-led delegates"), said("Karim Tromp-led delegates")),
    ).toEqual(["transliteration: Karim Trump / Trump / Karim Tromp / Tromp"]);
  });

  it("keeps a kunya that opens a sentence as part of the name (Abu Karim is not Karim)", () => {
    const a = "Abu Karim Qassimi, 52, met the envoy in the capital on Tuesday, officials said.";
    const b = "Karim Kasimi, 52, met the envoy in the capital on Tuesday, officials said.";
    expect(variantsOf(a, b)).toEqual([]);
  });

  it("does not mark a title or middle initial as a spelling", () => {
    expect(
      variantsOf(story("Yusuf", "Qassimi", "agency"), story("Yusuf K.", "Qassimi", "agency")),
    ).toEqual([]);
  });

  it("reads a middle initial as part of the name, and one on one side only as no spelling", () => {
    expect(
      variantsOf(story("Yusuf K.", "Qassimi", "agency"), story("Yusuf K.", "Kasimi", "agency")),
    ).toEqual(["transliteration: Qassimi / Yusuf K. Qassimi / Kasimi / Yusuf K. Kasimi"]);
    expect(
      variantsOf(
        story("Prince Yusuf K.", "Qassimi", "agency"),
        story("Prince Yusuf", "Qassimi", "agency"),
      ),
    ).toEqual([]);
  });

  it("finds a name one source writes in capitals, and a dotted acronym", () => {
    const a =
      "Spy agency ran NEXUS programme\n\nThe F.B.I. said the NEXUS programme collected call records for six years.";
    const b =
      "Spy agency ran Nexus programme\n\nThe FBI said the Nexus programme collected call records for six years.";
    expect(variantsOf(a, b)).toEqual(["case: NEXUS / Nexus", "abbreviation: F.B.I. / FBI"]);
  });

  it("does not take a curly apostrophe for another spelling, in a name or in I’m", () => {
    const a =
      "Dara O'Neill wins again\n\nDara O'Neill won the race in Cork on Monday. \"I'm tired and I'll rest,\" she said.";
    const b =
      "O’Neill takes the title\n\nDara O’Neill won the race in Cork on Monday. “I’m tired and I’ll rest,” she said.";
    expect(variantsOf(a, b)).toEqual([]);
  });

  it("does not take inflections or two names one source uses for variants", () => {
    const a =
      "Iran and Iraq sign water deal\n\nIranian and Iraqi ministers signed the deal in Baghdad on Monday, officials said.";
    const b =
      "Iran, Iraq sign deal\n\nIran and Iraq signed the water deal in Baghdad on Monday, officials said.";
    expect(variantsOf(a, b)).toEqual([]);
  });
});
