import type { ComparisonIndex } from "../../reader/model/comparison-index.ts";
import { uniqueContent, type Place } from "../model/summary.ts";
import { PlaceLink } from "./place-link.tsx";
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
                <ul className="space-y-1.5">
                  {lines.map((line) => (
                    <li
                      key={line.place.sentenceId}
                      className="hatch rounded-md border border-dashed border-rule px-2.5 py-1.5"
                    >
                      <PlaceLink
                        place={line.place}
                        onNavigate={onNavigate}
                        className="block font-reading text-[0.875rem] leading-snug text-ink hover:underline"
                      >
                        {line.text}
                      </PlaceLink>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
    </SummarySection>
  );
}
