import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { framingWords, type Place } from "../../../comparison/summary.ts";
import { Nothing, PerSourceGrid, SourceLabel, SummarySection } from "./summary-section.tsx";
import { WordChips } from "./word-chips.tsx";

/** Loaded words, labels, hedges: in each outlet's own voice, and inside the quotes it prints. */
export function LoadedWords({
  index,
  onNavigate,
}: {
  readonly index: ComparisonIndex;
  readonly onNavigate: (place: Place) => void;
}) {
  return (
    <SummarySection
      id="summary-loaded"
      title="Loaded words: own voice or quoted"
      hint="Words the outlet chose itself, apart from words it quotes from someone else."
    >
      <PerSourceGrid>
        {index.sources.map((source) => {
          const all = framingWords(index, source.id, (c) => c !== "attribution");
          const own = all.filter((w) => w.voice === "narrator");
          const quoted = all.filter((w) => w.voice === "quoted");
          return (
            <div key={source.id}>
              <SourceLabel name={source.name} />
              <p className="mb-1 text-[0.6875rem] font-semibold tracking-wider text-muted uppercase">
                Own voice
              </p>
              {own.length ? (
                <WordChips words={own} onNavigate={onNavigate} />
              ) : (
                <Nothing>None marked.</Nothing>
              )}
              <p className="mt-3 mb-1 text-[0.6875rem] font-semibold tracking-wider text-muted uppercase">
                In quotes
              </p>
              {quoted.length ? (
                <WordChips words={quoted} onNavigate={onNavigate} />
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
