import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare } from "../compare.ts";
import type { Comparison } from "../types.ts";
import { inventedReport } from "./test-support.ts";

/** Each attribution of source A as `[cue] content — speaker (kind)`. */
const attributionsOf = (c: Comparison, source = "A") => {
  const text = c.sources.find((s) => s.id === source)?.text ?? "";
  return (c.attributions ?? [])
    .filter((a) => a.source === source)
    .map(
      (a) =>
        `[${text.slice(a.cue.start, a.cue.end)}] ${text.slice(a.content.start, a.content.end)} — ${a.speaker ?? "?"} (${a.kind})`,
    );
};

/** A short invented report (see test-support.ts), its attributions. */
const single = (...paragraphs: string[]) => attributionsOf(inventedReport(...paragraphs));

describe("attributions: cue forms", () => {
  it("X said (that) …, X told Y (that) …, X noted that …", () => {
    expect(
      single(
        "Mayor Ines Kovac said that the crossing would reopen in the spring.",
        "Petra Lindqvist told the council the repairs had gone over budget.",
        "Omar Haddad noted that two other bridges needed the same work.",
        "Ines Kovac told Harbour Radio the ferries would run all winter.",
      ),
    ).toEqual([
      "[said] the crossing would reopen in the spring — Ines Kovac (indirect)",
      "[told] the repairs had gone over budget — Petra Lindqvist (indirect)",
      "[noted] two other bridges needed the same work — Omar Haddad (indirect)",
      "[told] the ferries would run all winter — Ines Kovac (indirect)",
    ]);
  });

  it("…, X said and said X after a quotation; a quotation resuming after the cue", () => {
    expect(
      single(
        "The cables had rusted through in places, the authority said on Monday.",
        '"We had no choice," said Petra Lindqvist, the chief engineer.',
        '"It was unsafe," Omar Haddad said, "and everyone knew it."',
      ),
    ).toEqual([
      "[said] The cables had rusted through in places — the authority (indirect)",
      "[said] We had no choice — Petra Lindqvist (direct)",
      '[said] It was unsafe," Omar Haddad said, "and everyone knew it — Omar Haddad (mixed)',
    ]);
  });

  it("according to X, before and after the content", () => {
    expect(
      single(
        "According to Omar Haddad, the repairs will take two years.",
        "The steel came from an unlicensed mill, according to the inspectors.",
      ),
    ).toEqual([
      "[According to] the repairs will take two years — Omar Haddad (indirect)",
      "[according to] The steel came from an unlicensed mill — the inspectors (indirect)",
    ]);
  });

  it("participles, a conjunction and a claim noun share the subject before them", () => {
    expect(
      single(
        "Petra Lindqvist said the bridge was safe to walk on, adding that cars would wait until May.",
        'Omar Haddad called the delay "regrettable" and said the budget would be reviewed.',
        "Omar Haddad's allegation that the steel was faulty went unanswered.",
        "Ines Kovac's claim that the mill was licensed was not borne out.",
      ),
    ).toEqual([
      "[said] the bridge was safe to walk on — Petra Lindqvist (indirect)",
      "[adding] cars would wait until May — Petra Lindqvist (indirect)",
      '[called] the delay "regrettable" — Omar Haddad (mixed)',
      "[said] the budget would be reviewed — Omar Haddad (indirect)",
      "[allegation] the steel was faulty went unanswered — Omar Haddad (indirect)",
      "[claim] the mill was licensed was not borne out — Ines Kovac (indirect)",
    ]);
  });

  it("two quotations in one sentence, each with its own speaker", () => {
    expect(single('Ines Kovac said: "We are ready." "Nobody asked us," Omar Haddad said.')).toEqual(
      [
        "[said] We are ready — Ines Kovac (direct)",
        "[said] Nobody asked us — Omar Haddad (direct)",
      ],
    );
  });

  it("a speaker label: a name and a colon opening a headline or a transcript line", () => {
    expect(
      single(
        'Kovac: "The bridge will reopen in May, and the ferries will run until then"',
        "HADDAD: Nobody on the council asked the people who cross it every day what they needed.",
        "The authority will publish the inspection report in full next month, with the costs.",
      ),
    ).toEqual([
      "[:] The bridge will reopen in May, and the ferries will run until then — Kovac (direct)",
      "[:] Nobody on the council asked the people who cross it every day what they needed — HADDAD (indirect)",
    ]);
  });

  it("a quotation standing alone after one whose speaker is known", () => {
    expect(single('"We will reopen in May," Ines Kovac said. "Not a day later."')).toEqual([
      "[said] We will reopen in May — Ines Kovac (direct)",
      '["] Not a day later — Ines Kovac (direct)',
    ]);
  });
});

describe("attributions: more cue frames", () => {
  it("a cue between commas inside the statement; a clause joined after a trailing cue", () => {
    expect(
      single(
        "The repairs, Omar Haddad said, would take until the autumn.",
        "The ferries will run all winter, Ines Kovac said, and the fares will not rise.",
      ),
    ).toEqual([
      "[said] The repairs, Omar Haddad said, would take until the autumn — Omar Haddad (indirect)",
      "[said] The ferries will run all winter — Ines Kovac (indirect)",
    ]);
  });

  it("a clause after but or and is the narrator's, not a tag on the clause before (deliberately not found)", () => {
    expect(
      single(
        "The mayor offered Ines Kovac a seat on the board, but she declined.",
        "The ferry would run on Sundays, and the council refused.",
        '"We will run it," Omar Haddad said.',
      ),
    ).toEqual(["[said] We will run it — Omar Haddad (direct)"]);
  });

  it("an indirect question, and a hearer pronoun after a trailing cue", () => {
    expect(
      single(
        "Petra Lindqvist asked whether the tolls would return.",
        "Omar Haddad questioned why the tender had been cancelled.",
        '"We did what we could," Ines Kovac told me.',
      ),
    ).toEqual([
      "[asked] whether the tolls would return — Petra Lindqvist (indirect)",
      "[questioned] why the tender had been cancelled — Omar Haddad (indirect)",
      "[told] We did what we could — Ines Kovac (direct)",
    ]);
  });

  it("a reported request after a hearer; adverbs and a colon before the subject", () => {
    expect(
      single(
        "Petra Lindqvist asked the crews to stay off the deck.",
        "Omar Haddad now says the tolls will stay.",
        "Update: Ines Kovac urges drivers to use the ferry.",
      ),
    ).toEqual([
      "[asked] to stay off the deck — Petra Lindqvist (indirect)",
      "[says] the tolls will stay — Omar Haddad (indirect)",
      "[urges] to use the ferry — Ines Kovac (indirect)",
    ]);
  });

  it("a judgement through an object and its complement: called … a, described … as", () => {
    expect(
      single(
        "Omar Haddad called the closure a mistake.",
        "Petra Lindqvist described the delay as unavoidable.",
        // Deliberately not found: no complement, so "called" is a summons.
        "Ines Kovac called the engineers to the site.",
      ),
    ).toEqual([
      "[called] the closure a mistake — Omar Haddad (indirect)",
      "[described] the delay as unavoidable — Petra Lindqvist (indirect)",
    ]);
  });
});

describe("attributions: the speaker sieve", () => {
  it("a named subject is its own speaker; an apposition names the person", () => {
    expect(
      single(
        "Omar Haddad, the authority's director, said the bridge had been neglected for years.",
        "The authority's chief engineer, Petra Lindqvist, said the cables were the weak point.",
      ),
    ).toEqual([
      "[said] the bridge had been neglected for years — Omar Haddad (indirect)",
      "[said] the cables were the weak point — Petra Lindqvist (indirect)",
    ]);
  });

  it("a title resolves to the person introduced with it; an organisation speaks as itself", () => {
    expect(
      single(
        "Authority spokesman Tomasz Wierzba said the closure was temporary.",
        "The spokesman added that ferries would run every hour.",
        "The ministry said it would pay for the repairs.",
      ),
    ).toEqual([
      "[said] the closure was temporary — Tomasz Wierzba (indirect)",
      "[added] ferries would run every hour — Tomasz Wierzba (indirect)",
      "[said] it would pay for the repairs — The ministry (indirect)",
    ]);
  });

  it("a name after a long title is the person's; a given name that is also a word stays", () => {
    expect(
      single(
        "Harbour Authority Counsel Petra Lindqvist said the permits were in order.",
        '"The bridge is safe," said Representative Omar Haddad of Ohio.',
        "Former President Bill Haddad said the bridge had been neglected for years.",
        "Haddad added that the cables were the weak point.",
      ),
    ).toEqual([
      "[said] the permits were in order — Petra Lindqvist (indirect)",
      "[said] The bridge is safe — Omar Haddad (direct)",
      "[said] the bridge had been neglected for years — Bill Haddad (indirect)",
      "[added] the cables were the weak point — Bill Haddad (indirect)",
    ]);
  });

  it("a party designation or an adverb after the name is not the speaker", () => {
    expect(
      single(
        "Rep. Omar Haddad, D-Ohio, who chairs the panel, said the bridge would reopen in May.",
        "Petra Lindqvist, the agency's director, sharply criticized the delay.",
      ),
    ).not.toContainEqual(expect.stringMatching(/— (D-Ohio|sharply) /));
    expect(
      single(
        "Rep. Omar Haddad, D-Ohio, who chairs the panel, said the bridge would reopen in May.",
      ),
    ).toEqual(["[said] the bridge would reopen in May — Omar Haddad (indirect)"]);
  });

  it("a surname two people share stays as written; a possessive is the same surname", () => {
    expect(
      single(
        "Former President Bill Haddad met the mayor on Monday.",
        "Haddad was a supporter of Rana Haddad's campaign in 2008.",
        "Haddad said the meeting had gone well.",
      ),
    ).toEqual(["[said] the meeting had gone well — Haddad (indirect)"]);
  });

  it("a reporting verb capitalised in a headline is not part of the name before it", () => {
    expect(single("Mayor Asked Petra Lindqvist to Urge Council to Drop Bridge Plan")).not.toContain(
      expect.stringContaining("Mayor Asked"),
    );
  });

  it("he / she is the nearest person of that gender, never a programme or a place", () => {
    expect(
      single(
        "Ms. Ines Kovac met Mr. Omar Haddad at the Eastbank Renewal Programme office in New Harbour.",
        "She said the programme had run out of money.",
        "He said the city would find more.",
      ),
    ).toEqual([
      "[said] the programme had run out of money — Ines Kovac (indirect)",
      "[said] the city would find more — Omar Haddad (indirect)",
    ]);
  });

  it("a relative pronoun stands for the name before it", () => {
    expect(single("The inspectors blamed Halden Steel, which denied any fault.")).toEqual([
      "[blamed] Halden Steel — The inspectors (indirect)",
      "[denied] any fault — Halden Steel (indirect)",
    ]);
  });

  it("a subject's aside, a preposition after the name and adverbs are not the speaker", () => {
    expect(
      single(
        '"The cables are sound," Councillor Ines Kovac (Greens) said at the hearing.',
        '"We will pay," wrote Omar Haddad for the Harbour Gazette.',
        "The inspectors met the mill's owners, who strongly denied cutting corners.",
        "Commissioner of Works Petra Lindqvist said the tender would reopen.",
      ),
    ).toEqual([
      "[said] The cables are sound — Ines Kovac (direct)",
      "[wrote] We will pay — Omar Haddad (direct)",
      "[denied] cutting corners — the mill's owners (indirect)",
      "[said] the tender would reopen — Petra Lindqvist (indirect)",
    ]);
  });

  it("a subject after joining words: although they say, which she said, in which he wrote", () => {
    expect(
      single(
        "Ferry crews want longer shifts, although they say the pay matters more.",
        "Petra Lindqvist listed the repairs, which she said would take a year.",
        "Omar Haddad sent a letter to the board, in which he wrote that the tolls must stay.",
      ),
    ).toEqual([
      "[say] the pay matters more — Ferry crews (indirect)",
      "[said] would take a year — Petra Lindqvist (indirect)",
      "[wrote] the tolls must stay — Omar Haddad (indirect)",
    ]);
  });

  it("a relative clause's subject, not the noun it hangs on: a toll rise that drivers say", () => {
    expect(
      single("The council approved a toll rise that drivers say will hurt small firms."),
    ).toEqual(["[say] will hurt small firms — drivers (indirect)"]);
  });

  it("a possessive's owner is not a name when it stops at a determiner (deliberately not found)", () => {
    expect(single("The family said the bridge should be renamed.")).toEqual([
      "[said] the bridge should be renamed — The family (indirect)",
    ]);
  });

  it("a quotation over two sentences, or split at its question mark, belongs to the cue after it", () => {
    expect(
      single(
        '"The deck is sound. The cables are not," said Petra Lindqvist.',
        '"Who will pay for it?" Omar Haddad asked at the meeting.',
        '"Is it safe?" asked Ines Kovac.',
      ),
    ).toEqual([
      "[said] The deck is sound. The cables are not — Petra Lindqvist (direct)",
      "[asked] Who will pay for it? — Omar Haddad (direct)",
      "[asked] Is it safe? — Ines Kovac (direct)",
    ]);
  });

  it("a quotation inside a sentence with no reporting verb is the subject's wording", () => {
    expect(
      single(
        '"We will reopen in May," Ines Kovac said.',
        'Omar Haddad sees the crews as "the best on the river" this year.',
        'The weather stayed "wild" all week.',
      ),
    ).toEqual([
      "[said] We will reopen in May — Ines Kovac (direct)",
      '["] the best on the river — Omar Haddad (direct)',
      // Deliberately not the subject: the weather cannot have said it; the speaker before it.
      '["] wild — Omar Haddad (direct)',
    ]);
  });

  it("a transcript's speaker label inside a quotation names its speaker", () => {
    expect(
      single(
        '"We will reopen in May," Ines Kovac said.',
        '"HADDAD: Nobody asked the ferry crews what they needed."',
      ),
    ).toEqual([
      "[said] We will reopen in May — Ines Kovac (direct)",
      "[:] Nobody asked the ferry crews what they needed — HADDAD (direct)",
    ]);
  });

  it("a pronoun in a later clause is the sentence's subject before any nearer person", () => {
    expect(
      single(
        "Ms. Ines Kovac wants Omar Haddad to stay on, although she says the board will decide.",
      ),
    ).toEqual([
      "[wants] Omar Haddad to stay on — Ines Kovac (indirect)",
      "[says] the board will decide — Ines Kovac (indirect)",
    ]);
  });

  it("cited, tweeted and continued report what someone said", () => {
    expect(
      single(
        "Omar Haddad cited the inspection report from March.",
        "Ines Kovac tweeted that the ferries were full.",
        'She continued, "Nobody will be left behind."',
      ),
    ).toEqual([
      "[cited] the inspection report from March — Omar Haddad (indirect)",
      "[tweeted] the ferries were full — Ines Kovac (indirect)",
      "[continued] Nobody will be left behind — Ines Kovac (direct)",
    ]);
  });

  it("a paragraph ending in 'X continued:' introduces the quotation of the next one, its cue", () => {
    expect(
      single(
        "The engineers' report ran to four pages and named no contractor. Omar Haddad continued:",
        '"The deck is sound, and the cables can be replaced one at a time, starting in the spring."',
      ),
    ).toEqual([
      "[continued] The deck is sound, and the cables can be replaced one at a time, starting in the spring — Omar Haddad (direct)",
    ]);
  });

  it("a lead-in of its own paragraph ('She said:') is the cue of the quotation after it", () => {
    expect(
      single(
        "Ines Kovac toured the flooded quay on Monday.",
        "She said:",
        '"We will rebuild the quay before the winter storms arrive."',
      ),
    ).toEqual([
      "[said] We will rebuild the quay before the winter storms arrive — Ines Kovac (direct)",
    ]);
  });

  it("a determiner closing a quotation does not make the verb after it a noun", () => {
    expect(single('"Will it reopen in May? No," said Ines Kovac.')).toEqual([
      "[said] Will it reopen in May? No — Ines Kovac (direct)",
    ]);
  });

  it("the subject before an apposition quotes; a pronoun right before the verb is its subject", () => {
    expect(
      single(
        'Another engineer, Petra Lindqvist, likened the cables to "wet string" at the hearing.',
        'Omar Haddad walked out over what he called a "reckless" delay.',
      ),
    ).toEqual([
      '[likened] the cables to "wet string" at the hearing — Petra Lindqvist (mixed)',
      '[called] a "reckless" delay — Omar Haddad (mixed)',
    ]);
  });

  it("a form that is also a noun counts only where the tagger reads a verb, or only a verb fits", () => {
    expect(
      single(
        "Federal and state inspectors said the cables had rusted.",
        "The Harbour Gazette reports that the tender was cancelled.",
      ),
    ).toEqual([
      "[said] the cables had rusted — Federal and state inspectors (indirect)",
      "[reports] the tender was cancelled — Harbour Gazette (indirect)",
    ]);
  });

  it("reporting words outside a reporting frame are not cues", () => {
    expect(
      single(
        "Engineers found rust on every cable.",
        "The council will call a meeting in March.",
        "The charges for the ferry rose in the summer.",
        'The ferry appeared on "The Evening Hour" last spring.',
        "But state rules require a second inspection.",
      ),
    ).toEqual([]);
  });
});

describe("attributions: across sources", () => {
  it("links the same statement in another source, with the speaker's name variants", () => {
    const c = compare([
      {
        name: "A",
        text: "The river authority closed the old bridge on Monday.\n\nDirector Omar Haddad said the bridge would reopen in the spring after repairs.",
      },
      {
        name: "B",
        text: "The old bridge was shut by the river authority on Monday.\n\nThe bridge will reopen in the spring after repairs, Omar Hadad said.",
      },
    ]);
    const a = (c.attributions ?? []).find((x) => x.source === "A");
    const b = (c.attributions ?? []).find((x) => x.source === "B");
    expect(a?.matches).toEqual([{ source: "B", attribution: b?.id, kind: "verbatim" }]);
    expect(b?.matches).toEqual([{ source: "A", attribution: a?.id, kind: "verbatim" }]);
  });
});

describe("attributions: invariants on arbitrary text", () => {
  const unit = fc.constantFrom(
    "a",
    "Ola Berg",
    " ",
    ", ",
    ". ",
    "\n\n",
    '"',
    "“",
    "”",
    "'",
    "😀",
    "said",
    "he",
    "told",
    "that",
    "according to",
    "adding",
    "claim",
    "the spokesman",
    "\uD800",
  );
  const text = fc.string({ unit, maxLength: 120 });
  it("no span leaves its source or splits a surrogate pair", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 3 }), (texts) => {
        const c = compare(texts.map((t, i) => ({ name: `s${String(i)}`, text: t })));
        const ids = new Set((c.attributions ?? []).map((a) => a.id));
        for (const a of c.attributions ?? []) {
          const source = c.sources.find((s) => s.id === a.source);
          expect(source).toBeDefined();
          const t = source?.text ?? "";
          for (const s of [a.cue, a.content, ...(a.speakerSpan ? [a.speakerSpan] : [])]) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.start).toBeLessThan(s.end);
            expect(s.end).toBeLessThanOrEqual(t.length);
            for (const at of [s.start, s.end]) {
              const before = t.charCodeAt(at - 1);
              const after = t.charCodeAt(at);
              expect(before >= 0xd800 && before < 0xdc00 && after >= 0xdc00 && after < 0xe000).toBe(
                false,
              );
            }
          }
          for (const m of a.matches) expect(ids.has(m.attribution)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("attributions: beliefs, intentions, stances and findings", () => {
  it("a source's belief, intention, stance or finding is attributed to it", () => {
    expect(
      single(
        "Omar Haddad reckons the ferries will be late all winter.",
        "The council wants the contractor to finish by May.",
        "Petra Lindqvist hopes to reopen the crossing in the spring.",
        "The ferry union endorsed Ines Kovac on Friday.",
        "A new survey found forty cracks in the deck.",
        "Residents fear that the ferries will stop.",
        "Ines Kovac is convinced that the deck is sound.",
        "The ferry crews were reluctant to sail in the storm.",
      ),
    ).toEqual([
      "[reckons] the ferries will be late all winter — Omar Haddad (indirect)",
      "[wants] the contractor to finish by May — The council (indirect)",
      "[hopes] to reopen the crossing in the spring — Petra Lindqvist (indirect)",
      "[endorsed] Ines Kovac on Friday — The ferry union (indirect)",
      "[found] forty cracks in the deck — A new survey (indirect)",
      "[fear] the ferries will stop — Residents (indirect)",
      "[convinced] the deck is sound — Ines Kovac (indirect)",
      "[reluctant] to sail in the storm — The ferry crews (indirect)",
    ]);
  });

  it("the same verbs with no source, a noun's place, another sense or no complement are not cues", () => {
    expect(
      single(
        "The plan needs more money before the summer.",
        "The campaign's plans to rebuild were shelved.",
        "Prices showed a rise in May.",
        "Omar Haddad backed out of the deal.",
        "Thousands of cars support the old deck every day.",
        "Engineers showed the film to the council.",
        "Ines Kovac wants more time.",
        "The old deck was certain to fail.",
        "Omar Haddad was ready.",
      ),
    ).toEqual([]);
  });
});

describe("attributions: passives with an agent", () => {
  it("the agent after 'by' is the source, the subject the content; no agent, no attribution", () => {
    expect(
      single(
        "The cracks were first reported by the harbour engineers.",
        "Ines Kovac has been endorsed by two ferry unions.",
        "The bridge was closed by noon.",
        "The figures were reported in March.",
      ),
    ).toEqual([
      "[reported by] The cracks — the harbour engineers (indirect)",
      "[endorsed by] Ines Kovac — two ferry unions (indirect)",
    ]);
  });
});

describe("attributions: a name signing a quotation", () => {
  it("a dash and a name after a quotation sign it; a dash and a lower-case phrase do not", () => {
    expect(
      single(
        "“We waited three years for this.” — and the council still had no plan.",
        "“The bridge was our lifeline.” ― Petra Lindqvist “Nobody asked the ferry crews.” ― Omar Haddad",
      ),
    ).toEqual([
      "[“] We waited three years for this — ? (direct)",
      "[“] The bridge was our lifeline — Petra Lindqvist (direct)",
      "[“] Nobody asked the ferry crews — Omar Haddad (direct)",
    ]);
  });
});
