import { useMemo } from "react";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { Place } from "../../../comparison/summary.ts";
import { whoSaidWhat } from "../../../comparison/who-said-what.ts";
import { AttributionVerbs } from "./attribution-verbs.tsx";
import { FactsDiffer } from "./facts-differ.tsx";
import { LoadedWords } from "./loaded-words.tsx";
import { NameVariants } from "./name-variants.tsx";
import { PartialContent } from "./partial-content.tsx";
import { UniqueContent } from "./unique-content.tsx";
import { WhoSaidWhat } from "./who-said-what.tsx";

interface SummaryPanelProps {
  readonly index: ComparisonIndex;
  readonly onNavigate: (place: Place) => void;
}

/** The comparison at a glance; every line links back to the sentence it comes from. */
export function SummaryPanel({ index, onNavigate }: SummaryPanelProps) {
  const speakers = useMemo(() => whoSaidWhat(index), [index]);
  return (
    <>
      <WhoSaidWhat index={index} entries={speakers} onNavigate={onNavigate} />
      <AttributionVerbs index={index} onNavigate={onNavigate} />
      <LoadedWords index={index} onNavigate={onNavigate} />
      <FactsDiffer index={index} onNavigate={onNavigate} />
      <UniqueContent index={index} onNavigate={onNavigate} />
      <PartialContent index={index} onNavigate={onNavigate} />
      <NameVariants index={index} onNavigate={onNavigate} />
    </>
  );
}
