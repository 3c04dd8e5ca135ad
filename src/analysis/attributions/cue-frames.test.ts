import { describe, expect, it } from "vitest";
import type { Comparison } from "../types.ts";
import { inventedReport } from "./test-support.ts";

/*
 * The cue frames beyond a single reporting verb: catenative chains, gerunds after a preposition,
 * phrasal verbs, objects of verbs of speaking and judging, nouns with their owner, light verbs,
 * channels, and raised passives. Each rule has cases it marks and cases it deliberately leaves.
 */

/** Each attribution of source A as `[cue] content — speaker`. */
const attributionsOf = (c: Comparison) => {
  const text = c.sources.find((s) => s.id === "A")?.text ?? "";
  return (c.attributions ?? [])
    .filter((a) => a.source === "A")
    .map(
      (a) =>
        `[${text.slice(a.cue.start, a.cue.end)}] ${text.slice(a.content.start, a.content.end)} — ${a.speaker ?? "?"}`,
    );
};

/** A short invented report (see test-support.ts), its attributions. */
const single = (...paragraphs: string[]) => attributionsOf(inventedReport(...paragraphs));

describe("cue frames: chains and non-finite verbs", () => {
  it("a catenative chain is part of the cue, its subject the speaker", () => {
    expect(
      single(
        "Petra Lindqvist went on to praise the crews who worked through the winter.",
        "Omar Haddad tried to argue that the tolls were fair.",
      ),
    ).toEqual([
      "[went on to praise] the crews who worked through the winter — Petra Lindqvist",
      "[tried to argue] the tolls were fair — Omar Haddad",
    ]);
  });

  it("a gerund after a preposition shares the main clause's subject", () => {
    expect(single("The mayor closed the session by saying the vote would wait.")).toEqual([
      "[saying] the vote would wait — The mayor",
    ]);
  });

  it("an infinitive of purpose after a verb, not after a noun", () => {
    expect(
      single(
        "Ines Kovac met the drivers on Friday to discuss the tolls.",
        "Ines Kovac has the authority to discuss the budget.",
      ),
    ).toEqual(["[discuss] the tolls — Ines Kovac"]);
  });

  it("a participle clause opening the sentence takes the main clause's subject", () => {
    expect(
      single(
        "Citing the costs, the council rejected the plan.",
        "Walking home, Omar Haddad crossed the old bridge.",
      ),
    ).toEqual(["[Citing] the costs — the council", "[rejected] the plan — the council"]);
  });

  it("an item of a list of -ing forms is no participle clause", () => {
    expect(
      single(
        "The plan has three aims, including widening the road, promoting the ferries and cutting tolls.",
      ),
    ).toEqual([]);
  });
});

describe("cue frames: objects, phrasal verbs and subjects", () => {
  it("a verb of speaking or judging takes its message as an object, a quoted one too", () => {
    expect(
      single(
        "Ines Kovac promoted her plan at a public meeting.",
        'Petra Lindqvist attacked "the old way of doing things."',
      ),
    ).toEqual([
      "[promoted] her plan at a public meeting — Ines Kovac",
      "[attacked] the old way of doing things — Petra Lindqvist",
    ]);
  });

  it("a phrasal verb of speaking, and auxiliaries after an apposition", () => {
    expect(
      single(
        "Ines Kovac laid out the timetable for the repairs.",
        "The chief engineer, a veteran of three such repairs, has since warned that the cables are old.",
      ),
    ).toEqual([
      "[laid out] the timetable for the repairs — Ines Kovac",
      "[warned] the cables are old — The chief engineer",
    ]);
  });

  it("call with a pronoun object and a bare complement, after a modal; not call to a place", () => {
    expect(
      single(
        "Critics would call them reckless gambles.",
        "The council called them to the site.",
        "The council will call a meeting in March.",
      ),
    ).toEqual(["[call] them reckless gambles — Critics"]);
  });

  it("a relative pronoun right before the verb stands for the noun phrase before it", () => {
    expect(
      single("The radio host took calls from listeners who said the tolls were too high."),
    ).toEqual(["[said] the tolls were too high — listeners"]);
  });

  it("an inverted verb before a speaker label is the cue", () => {
    expect(single('Said Haddad: "We will not wait."', "HADDAD: Nobody asked the people.")).toEqual([
      "[Said] We will not wait — Haddad",
      "[:] Nobody asked the people — HADDAD",
    ]);
  });

  it("'as X put it' attributes the clause it comments on; 'put it on' is another sense", () => {
    expect(
      single(
        "As Omar Haddad put it, the bridge is older than the town.",
        "The tolls are a burden on commuters, as one driver put it.",
        "Ines Kovac put it on the agenda.",
      ),
    ).toEqual([
      "[put it] the bridge is older than the town — Omar Haddad",
      "[put it] The tolls are a burden on commuters — one driver",
    ]);
  });

  it("a pronoun with its clitic is the subject", () => {
    expect(
      single("Petra Lindqvist chairs the board. She's argued that the tolls are fair."),
    ).toEqual(["[argued] the tolls are fair — Petra Lindqvist"]);
  });

  it("a capitalised form inside a sentence is part of a name, not a verb", () => {
    expect(single("The figures appeared in the Harbour Press on Monday.")).toEqual([]);
  });
});

describe("cue frames: nouns, light verbs and channels", () => {
  it("a noun with its owner and complement, and a noun with a source after 'from'", () => {
    expect(
      single(
        "Omar Haddad's insistence that the deck was sound surprised the council.",
        "The board ignored warnings from the inspectors that the deck was weak.",
      ),
    ).toEqual([
      "[insistence] the deck was sound surprised the council — Omar Haddad",
      "[warnings] the deck was weak — the inspectors",
    ]);
  });

  it("a light verb and a statement noun, said by a source", () => {
    expect(
      single(
        "Omar Haddad made the case that the ferries cost less.",
        "The storm made the case for a new bridge even stronger.",
      ),
    ).toEqual(["[made the case] the ferries cost less — Omar Haddad"]);
  });

  it("a channel with its owner or a piece of evidence, opening the sentence", () => {
    expect(
      single(
        "In a new survey, most drivers backed the tolls.",
        "In a small town on the coast, the ferry still runs.",
      ),
    ).toEqual(["[In a new survey] most drivers backed the tolls — a new survey"]);
  });
});

describe("cue frames: raised and impersonal passives", () => {
  it("a passive of saying or believing with its complement has no source", () => {
    expect(
      single(
        "The second span is expected to open in June.",
        "The crossing is widely considered a hazard.",
        "The figures were reported in March.",
        "The new span was finished in June.",
      ),
    ).toEqual([
      "[is expected] The second span is expected to open in June — ?",
      "[is widely considered] The crossing is widely considered a hazard — ?",
    ]);
  });
});

describe("cue frames: quantified subjects, shares, relatives and headlines", () => {
  it("a quantifier, a partitive or a share of those polled is the speaker", () => {
    expect(
      single(
        "After the vote, all agreed that the ferry should keep running.",
        "It was a hard winter for the drivers, many of whom say the tolls are too high.",
        "Among the riders asked, 40 percent oppose the new tolls.",
      ),
    ).toEqual([
      "[agreed] the ferry should keep running — all",
      "[say] the tolls are too high — many of whom",
      "[oppose] the new tolls — 40 percent",
    ]);
  });

  it("a quantifier before a noun, or a quantity of things, is no source", () => {
    expect(
      single(
        "Most of the cost fell on the towns downstream.",
        "Some of the water reached the lower fields.",
        "Many trucks backed up along the road.",
        "About 40 percent of the budget supports the ferry.",
      ),
    ).toEqual([]);
  });

  it("a relative 'that' after a noun stands for the noun", () => {
    expect(single("The council heard from several cities that oppose the tolls.")).toEqual([
      "[oppose] the tolls — cities",
    ]);
  });

  it("a study or a group named before its postmodifier is the source", () => {
    expect(
      single(
        "A 2019 study by the river authority found 40 cracks in the old bridge.",
        "On Monday, members of the council linked the closure to the budget cuts.",
      ),
    ).toEqual([
      "[found] 40 cracks in the old bridge — A 2019 study by the river authority",
      "[linked] the closure to the budget cuts — members of the council",
    ]);
  });

  it("a court's verdict and a source's refusal", () => {
    expect(
      single(
        "The appeals court ruled that the tolls were lawful.",
        "A higher court overturned the decision in March.",
        "Through a spokesman, Omar Haddad declined to comment on the tolls.",
      ),
    ).toEqual([
      "[ruled] the tolls were lawful — The appeals court",
      "[overturned] the decision in March — A higher court",
      "[declined] to comment on the tolls — Omar Haddad",
    ]);
  });

  it("a verdict noun, a ruler's line or a decline in numbers is no cue", () => {
    expect(
      single(
        "The ruling came late on Friday.",
        "She ruled the page with a pencil.",
        "The old king ruled the valley for forty years.",
        "Ferry traffic declined sharply in March.",
      ),
    ).toEqual([]);
  });

  it("a message put out is attributed; one only planned is not", () => {
    expect(
      single(
        "The council released a letter from its engineers on Friday.",
        "The authority will publish the inspection report next month.",
      ),
    ).toEqual(["[released] a letter from its engineers on Friday — The council"]);
  });

  it("a headline in title case keeps its verb, capitalised", () => {
    expect(
      single(
        "Mayor Goes After Council As The New Tolls Begin.",
        "Most people in town want the ferry to stay.",
      ),
    ).toEqual([
      "[Goes After] Council As The New Tolls Begin — Mayor",
      "[want] the ferry to stay — Most people in town",
    ]);
  });
});

describe("cue frames: a trailing cue after an apposed subject", () => {
  it("what is said ends before the subject and its apposition", () => {
    expect(
      single(
        '"The bridge is not safe, and everyone knows it," Amina Okafor, the director of the river group and a former engineer, told reporters.',
        "The ferry will keep running, Omar Haddad, the harbour master, said on Monday.",
      ),
    ).toEqual([
      "[told] The bridge is not safe, and everyone knows it — Amina Okafor",
      "[said] The ferry will keep running — Omar Haddad",
    ]);
  });

  it("an apposed subject opening the sentence leads, and is no trailing cue", () => {
    expect(
      single(
        "Amina Okafor, the director of the river group, told the council the bridge was safe.",
      ),
    ).toEqual(["[told] the bridge was safe — Amina Okafor"]);
  });
});

describe("cue frames: a long subject with its head first", () => {
  it("a head noun of people before a relative clause, a preposition or an -ing participle", () => {
    expect(
      single(
        "Several officials who had worked on the eastern span for most of the last decade have argued that the bridge was sound.",
        "Residents using the ferry at the southern landing every morning of the week before the storm say the tolls are too high.",
      ),
    ).toEqual([
      "[argued] the bridge was sound — Several officials",
      "[say] the tolls are too high — Residents",
    ]);
  });

  it("a long subject headed by a thing, or a head followed by its own verb, names no source", () => {
    expect(
      single(
        "The long list of repairs on the eastern span of the old bridge over the river supports the plan.",
        "After the storm the harbour office closed the landing and the ferry crews backed the plan.",
      ),
    ).toEqual([]);
  });
});
