/**
 * A hand-made Comparison for component and unit tests only (never shown by the app). Two
 * invented outlets report an invented story; offsets are computed from the texts below so the
 * fixture cannot drift from them. It exercises every layer: a shared quote, a paraphrased
 * quote, name variants, framing in narrator and quoted voice, unique sentences, and removed chrome.
 */
import type { Comparison, Sentence, Span } from "../../analysis/types.ts";

export const TEXT_A = `Support the Ledger!

Council Says It Will Not 'Wait For Approval' On Bridge

Mayor Anna Petrova said on Monday the city would not "wait for approval from anyone" to repair the bridge.

Engineers have warned that the structure is unsafe, and critics slammed the delay.

Petrova called the warnings "alarmist" and said repairs would begin soon.

Recent Posts
Weather today`;

export const TEXT_B = `Harbour Wire Exclusive

Mayor rejects bridge warnings as alarmist

Mayor Ana Petrowa rejected as alarmist the warnings about the bridge.

Petrowa added that the city will not ask anyone for approval to repair it.

The council also plans a new ferry route.

Recent Posts
Ferry fares rise`;

/** The span of the `occurrence`-th appearance of `fragment` in `text`; throws if absent (a fixture bug). */
export function at(text: string, fragment: string, occurrence = 0, from = 0): Span {
  let start = text.indexOf(fragment, from);
  for (let k = 0; k < occurrence && start >= 0; k++) start = text.indexOf(fragment, start + 1);
  if (start < 0) throw new Error(`fixture: "${fragment}" not found`);
  return { start, end: start + fragment.length };
}

function sentence(
  text: string,
  id: string,
  fragment: string,
  paragraph: number,
  role: Sentence["role"] = "body",
): Sentence {
  return { id, ...at(text, fragment), paragraph, role };
}

const A1 =
  'Mayor Anna Petrova said on Monday the city would not "wait for approval from anyone" to repair the bridge.';
const A3 = 'Petrova called the warnings "alarmist" and said repairs would begin soon.';
const B1 = "Mayor Ana Petrowa rejected as alarmist the warnings about the bridge.";
const B2 = "Petrowa added that the city will not ask anyone for approval to repair it.";

const b1 = at(TEXT_B, B1);

export const twoSources: Comparison = {
  schema: "comparison/1",
  sources: [
    {
      id: "A",
      name: "The Northern Ledger",
      title: "Council Says It Will Not 'Wait For Approval' On Bridge",
      text: TEXT_A,
      removed: [
        { ...at(TEXT_A, "Support the Ledger!"), reason: "Donation appeal" },
        { ...at(TEXT_A, "Recent Posts\nWeather today"), reason: "Links to other articles" },
      ],
      sentences: [
        sentence(
          TEXT_A,
          "A.0",
          "Council Says It Will Not 'Wait For Approval' On Bridge",
          0,
          "headline",
        ),
        sentence(TEXT_A, "A.1", A1, 1),
        sentence(
          TEXT_A,
          "A.2",
          "Engineers have warned that the structure is unsafe, and critics slammed the delay.",
          2,
        ),
        sentence(TEXT_A, "A.3", A3, 3),
      ],
    },
    {
      id: "B",
      name: "Harbour Wire",
      title: "Mayor rejects bridge warnings as alarmist",
      text: TEXT_B,
      removed: [
        { ...at(TEXT_B, "Recent Posts\nFerry fares rise"), reason: "Links to other articles" },
      ],
      sentences: [
        sentence(TEXT_B, "B.0", "Harbour Wire Exclusive", 0, "label"),
        sentence(TEXT_B, "B.1", "Mayor rejects bridge warnings as alarmist", 1, "headline"),
        sentence(TEXT_B, "B.2", B1, 2),
        sentence(TEXT_B, "B.3", B2, 3),
        sentence(TEXT_B, "B.4", "The council also plans a new ferry route.", 4),
      ],
    },
  ],
  alignments: [
    { sentences: ["A.0", "B.1"], kind: "related", score: 0.41 },
    { sentences: ["A.1", "B.3"], kind: "paraphrase", score: 0.62 },
    { sentences: ["A.3", "B.2"], kind: "paraphrase", score: 0.71 },
  ],
  quotes: [
    {
      id: "A.q0",
      source: "A",
      ...at(TEXT_A, "wait for approval from anyone"),
      speaker: "Anna Petrova",
      speakerSpan: at(TEXT_A, "Anna Petrova"),
      matches: [
        {
          source: "B",
          sentence: "B.3",
          ...at(TEXT_B, "will not ask anyone for approval"),
          kind: "paraphrase",
        },
      ],
    },
    {
      id: "A.q1",
      source: "A",
      ...at(TEXT_A, "alarmist"),
      speaker: "Petrova",
      speakerSpan: at(TEXT_A, "Petrova", 1),
      matches: [
        { source: "B", sentence: "B.2", ...at(TEXT_B, "alarmist", 0, b1.start), kind: "verbatim" },
      ],
    },
  ],
  attributions: [
    {
      id: "A.a1",
      source: "A",
      speaker: "Anna Petrova",
      speakerSpan: at(TEXT_A, "Anna Petrova"),
      cue: at(TEXT_A, "said"),
      content: at(
        TEXT_A,
        'on Monday the city would not "wait for approval from anyone" to repair the bridge',
      ),
      kind: "mixed",
      quote: "A.q0",
      matches: [{ source: "B", attribution: "B.a2", kind: "paraphrase" }],
    },
    {
      id: "A.a2",
      source: "A",
      speaker: "Petrova",
      speakerSpan: at(TEXT_A, "Petrova", 1),
      cue: at(TEXT_A, "called"),
      content: at(TEXT_A, 'the warnings "alarmist"'),
      kind: "mixed",
      quote: "A.q1",
      matches: [{ source: "B", attribution: "B.a1", kind: "partial" }],
    },
    {
      id: "B.a1",
      source: "B",
      speaker: "Ana Petrowa",
      speakerSpan: at(TEXT_B, "Ana Petrowa"),
      cue: at(TEXT_B, "rejected", 0, b1.start),
      content: at(TEXT_B, "as alarmist the warnings about the bridge"),
      kind: "indirect",
      matches: [{ source: "A", attribution: "A.a2", kind: "partial" }],
    },
    {
      id: "B.a2",
      source: "B",
      speaker: "Petrowa",
      speakerSpan: at(TEXT_B, "Petrowa", 1),
      cue: at(TEXT_B, "added"),
      content: at(TEXT_B, "the city will not ask anyone for approval to repair it"),
      kind: "indirect",
      matches: [{ source: "A", attribution: "A.a1", kind: "paraphrase" }],
    },
  ],
  variants: [
    {
      id: "v0",
      kind: "transliteration",
      forms: [
        { source: "A", text: "Petrova", spans: [at(TEXT_A, "Petrova"), at(TEXT_A, "Petrova", 1)] },
        { source: "B", text: "Petrowa", spans: [at(TEXT_B, "Petrowa"), at(TEXT_B, "Petrowa", 1)] },
      ],
    },
    {
      id: "v1",
      kind: "spelling",
      forms: [
        { source: "A", text: "Anna", spans: [at(TEXT_A, "Anna")] },
        {
          source: "B",
          text: "Ana",
          spans: [at(TEXT_B, "Ana ")].map((s) => ({ start: s.start, end: s.end - 1 })),
        },
      ],
    },
  ],
  framing: [
    {
      source: "A",
      ...at(TEXT_A, "slammed"),
      category: "loaded",
      voice: "narrator",
      note: "“Slammed” paints the criticism as harsh.",
    },
    {
      source: "A",
      ...at(TEXT_A, "called"),
      category: "attribution",
      voice: "narrator",
      note: "“Called” reports the words neutrally.",
      counterpart: { source: "B", ...at(TEXT_B, "rejected", 0, b1.start) },
    },
    {
      source: "A",
      ...at(TEXT_A, "alarmist"),
      category: "loaded",
      voice: "quoted",
      note: "“Alarmist” dismisses the warnings as exaggerated.",
    },
    {
      source: "B",
      ...at(TEXT_B, "rejected", 0, b1.start),
      category: "attribution",
      voice: "narrator",
      note: "“Rejected” presents the mayor as refuting the warnings.",
      counterpart: { source: "A", ...at(TEXT_A, "called") },
    },
    {
      source: "B",
      ...at(TEXT_B, "alarmist", 0, b1.start),
      category: "loaded",
      voice: "narrator",
      note: "“Alarmist” dismisses the warnings as exaggerated.",
    },
  ],
  meta: { hitBudget: false, engine: "fixture" },
};

/** A third invented outlet, to check that three columns and more work. */
export const TEXT_C = `City Hall to fix bridge

Mayor Anna Petrova said the bridge would be repaired without waiting for approval.`;

export const threeSources: Comparison = {
  ...twoSources,
  sources: [
    ...twoSources.sources,
    {
      id: "C",
      name: "Metro Daily",
      title: "City Hall to fix bridge",
      text: TEXT_C,
      removed: [],
      sentences: [
        sentence(TEXT_C, "C.0", "City Hall to fix bridge", 0, "headline"),
        sentence(
          TEXT_C,
          "C.1",
          "Mayor Anna Petrova said the bridge would be repaired without waiting for approval.",
          1,
        ),
      ],
    },
  ],
  alignments: [
    ...twoSources.alignments,
    { sentences: ["A.1", "B.3", "C.1"], kind: "paraphrase", score: 0.55 },
  ],
};
