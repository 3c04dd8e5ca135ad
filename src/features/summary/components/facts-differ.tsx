import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { sliceText } from "../../../comparison/comparison-index.ts";
import { FACT_KIND_LABEL } from "../../../comparison/explain-mark.ts";
import type { Place } from "../../../comparison/summary.ts";
import { tidy } from "../../../comparison/wording.ts";
import { PlaceLink } from "./place-link.tsx";
import { Nothing, SummarySection } from "./summary-section.tsx";

/**
 * Facts the reports state differently, as a table: the kind, then each source's value as
 * printed, linking to its sentence. A source that does not state the fact in an aligned
 * sentence has an empty cell.
 */
export function FactsDiffer({
  index,
  onNavigate,
}: {
  readonly index: ComparisonIndex;
  readonly onNavigate: (place: Place) => void;
}) {
  const facts = index.comparison.facts ?? [];
  const sources = index.sources.filter((s) =>
    facts.some((f) => f.values.some((v) => v.source === s.id)),
  );
  return (
    <SummarySection id="summary-facts" title="Facts that differ">
      {facts.length === 0 ? (
        <Nothing>No numbers, dates, amounts or places stated differently.</Nothing>
      ) : (
        <table className="w-full border-collapse text-left text-[0.8125rem]">
          <caption className="sr-only">
            Facts that differ: the kind of fact, then each source's value
          </caption>
          <thead>
            <tr className="border-b border-rule text-xs text-muted">
              <th scope="col" className="py-1 pr-2 font-semibold">
                Kind
              </th>
              {sources.map((s) => (
                <th key={s.id} scope="col" className="py-1 pr-2 font-semibold">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {facts.map((fact) => (
              <tr key={fact.id} className="border-b border-rule align-baseline" data-fact={fact.id}>
                <th scope="row" className="py-1.5 pr-2 text-xs font-normal text-muted">
                  {FACT_KIND_LABEL[fact.kind]}
                  {fact.compatible ? (
                    <span className="block">
                      {fact.compatible === "rounding" ? "rounded" : "a bound"}, can both be true
                    </span>
                  ) : null}
                </th>
                {sources.map((s) => {
                  const value = fact.values.find((v) => v.source === s.id);
                  if (!value) return <td key={s.id} className="py-1.5 pr-2" />;
                  const words = tidy(sliceText(index.source(s.id), value));
                  return (
                    <td key={s.id} className="py-1.5 pr-2">
                      <PlaceLink
                        place={{
                          sourceId: s.id,
                          sentenceId: value.sentence,
                          span: { start: value.start, end: value.end },
                        }}
                        onNavigate={onNavigate}
                        className="font-reading text-[0.9375rem] text-ink underline decoration-fact decoration-1 underline-offset-3 hover:decoration-2"
                      >
                        {words}
                        <span className="sr-only"> in {s.name}</span>
                      </PlaceLink>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </SummarySection>
  );
}
