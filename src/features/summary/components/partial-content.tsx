import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { coveragePhrase } from "../../../comparison/coverage.ts";
import { partialCoverage, type Place } from "../../../comparison/summary.ts";
import { SentenceLinks } from "./sentence-links.tsx";
import { Nothing, SummarySection } from "./summary-section.tsx";

/** With three or more sources: what some carry and others leave out, by which sources. */
export function PartialContent({
  index,
  onNavigate,
}: {
  readonly index: ComparisonIndex;
  readonly onNavigate: (place: Place) => void;
}) {
  if (index.sources.length < 3) return null;
  const groups = partialCoverage(index);
  const byId = (ids: readonly string[]) => index.sources.filter((s) => ids.includes(s.id));
  return (
    <SummarySection
      id="summary-partial"
      title="Some sources, not all"
      hint="Sentences two or more sources carry and the others leave out."
    >
      {groups.length === 0 ? (
        <Nothing>Nothing: what is shared is shared by all.</Nothing>
      ) : (
        <div className="space-y-4">
          {groups.map((group) => (
            <div key={group.present.join()}>
              <p className="mb-1.5 text-xs font-semibold text-muted">
                {coveragePhrase({ present: byId(group.present), absent: byId(group.absent) })}
              </p>
              <SentenceLinks lines={group.lines} onNavigate={onNavigate} />
            </div>
          ))}
        </div>
      )}
    </SummarySection>
  );
}
