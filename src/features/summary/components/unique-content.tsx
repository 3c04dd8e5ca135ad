import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { uniqueContent, type Place } from "../../../comparison/summary.ts";
import { SentenceLinks } from "./sentence-links.tsx";
import { Nothing, SummarySection } from "./summary-section.tsx";

/** What only one source reports, each line a link to its sentence. */
export function UniqueContent({
  index,
  onNavigate,
}: {
  readonly index: ComparisonIndex;
  readonly onNavigate: (place: Place) => void;
}) {
  return (
    <SummarySection
      id="summary-unique"
      title="Only one source reports"
      hint="Sentences no other source carries."
    >
      <div className="space-y-4">
        {index.sources.map((source) => {
          const lines = uniqueContent(index, source.id);
          return (
            <div key={source.id}>
              <p className="mb-1.5 text-xs font-semibold text-muted">Only in {source.name}</p>
              {lines.length === 0 ? (
                <Nothing>Nothing: everything here is also elsewhere.</Nothing>
              ) : (
                <SentenceLinks lines={lines} onNavigate={onNavigate} hatched />
              )}
            </div>
          );
        })}
      </div>
    </SummarySection>
  );
}
