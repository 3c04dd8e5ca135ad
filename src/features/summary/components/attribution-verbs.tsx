import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { framingWords, type Place } from "../../../comparison/summary.ts";
import { Nothing, PerSourceGrid, SourceLabel, SummarySection } from "./summary-section.tsx";
import { WordChips } from "./word-chips.tsx";

/** How each outlet reports speech ("said", "claimed", "admitted"), side by side. */
export function AttributionVerbs({
  index,
  onNavigate,
}: {
  readonly index: ComparisonIndex;
  readonly onNavigate: (place: Place) => void;
}) {
  return (
    <SummarySection
      id="summary-attribution"
      title="How speech is attributed"
      hint="The verbs each outlet uses to report what someone said."
    >
      <PerSourceGrid>
        {index.sources.map((source) => {
          const words = framingWords(index, source.id, (c) => c === "attribution");
          return (
            <div key={source.id}>
              <SourceLabel name={source.name} />
              {words.length ? (
                <WordChips words={words} onNavigate={onNavigate} />
              ) : (
                <Nothing>None marked.</Nothing>
              )}
            </div>
          );
        })}
      </PerSourceGrid>
    </SummarySection>
  );
}
