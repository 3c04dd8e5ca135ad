/**
 * A hand-made Comparison with facts that differ, for component and unit tests only: two invented
 * outlets give different figures for one invented storm. Offsets come from the texts below.
 */
import type { Comparison } from "../../analysis/types.ts";
import { at } from "./two-sources.ts";

export const FACTS_A = `Storm closes the Tarvel ferry

The storm cut power to 3,200 homes on Friday, the grid operator said.

Repairs will cost $4 million, the council said.`;

export const FACTS_B = `Ferry halted as storm hits Tarvel

The storm cut power to about 3,000 homes on 14 June, the grid operator said.

Repairs will cost 6 million dollars, the council said.`;

const a1 = "The storm cut power to 3,200 homes on Friday, the grid operator said.";
const a2 = "Repairs will cost $4 million, the council said.";
const b1 = "The storm cut power to about 3,000 homes on 14 June, the grid operator said.";
const b2 = "Repairs will cost 6 million dollars, the council said.";

export const withFacts: Comparison = {
  schema: "comparison/1",
  sources: [
    {
      id: "A",
      name: "Tarvel Courier",
      title: "Storm closes the Tarvel ferry",
      text: FACTS_A,
      removed: [],
      sentences: [
        {
          id: "A.0",
          ...at(FACTS_A, "Storm closes the Tarvel ferry"),
          paragraph: 0,
          role: "headline",
        },
        { id: "A.1", ...at(FACTS_A, a1), paragraph: 1, role: "body" },
        { id: "A.2", ...at(FACTS_A, a2), paragraph: 2, role: "body" },
      ],
    },
    {
      id: "B",
      name: "Coastal Wire",
      title: "Ferry halted as storm hits Tarvel",
      text: FACTS_B,
      removed: [],
      sentences: [
        {
          id: "B.0",
          ...at(FACTS_B, "Ferry halted as storm hits Tarvel"),
          paragraph: 0,
          role: "headline",
        },
        { id: "B.1", ...at(FACTS_B, b1), paragraph: 1, role: "body" },
        { id: "B.2", ...at(FACTS_B, b2), paragraph: 2, role: "body" },
      ],
    },
  ],
  alignments: [
    { sentences: ["A.0", "B.0"], kind: "related", score: 0.3 },
    { sentences: ["A.1", "B.1"], kind: "near-identical", score: 0.8 },
    { sentences: ["A.2", "B.2"], kind: "near-identical", score: 0.8 },
  ],
  quotes: [],
  variants: [],
  framing: [],
  facts: [
    {
      id: "F1",
      kind: "number",
      compatible: "rounding",
      values: [
        { source: "A", sentence: "A.1", ...at(FACTS_A, "3,200"), value: "3200" },
        { source: "B", sentence: "B.1", ...at(FACTS_B, "about 3,000"), value: "3000" },
      ],
      note: "Tarvel Courier says 3,200 homes; Coastal Wire says about 3,000 homes: one rounds the other, not a contradiction.",
    },
    {
      id: "F2",
      kind: "date",
      values: [
        { source: "A", sentence: "A.1", ...at(FACTS_A, "on Friday"), value: "Friday" },
        { source: "B", sentence: "B.1", ...at(FACTS_B, "14 June"), value: "--06-14" },
      ],
      note: "Tarvel Courier says on Friday; Coastal Wire says 14 June: not the same day.",
    },
    {
      id: "F3",
      kind: "money",
      values: [
        { source: "A", sentence: "A.2", ...at(FACTS_A, "$4 million"), value: "USD 4000000" },
        { source: "B", sentence: "B.2", ...at(FACTS_B, "6 million dollars"), value: "USD 6000000" },
      ],
      note: "Tarvel Courier says $4 million; Coastal Wire says 6 million dollars: 2,000,000 more in Coastal Wire (50%).",
    },
  ],
  meta: { hitBudget: false, engine: "fixture" },
};
