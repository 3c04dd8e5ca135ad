import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { Place, SpeakerRow } from "../../../comparison/summary.ts";
import { PlaceLink } from "./place-link.tsx";
import { Nothing, SummarySection } from "./summary-section.tsx";

function Cell({
  cell,
  sourceName,
  speaker,
  onNavigate,
}: {
  readonly cell: SpeakerRow["cells"][number];
  readonly sourceName: string;
  readonly speaker: string;
  readonly onNavigate: (place: Place) => void;
}) {
  const [firstDirect] = cell.direct;
  const [firstParaphrase] = cell.paraphrased;
  if (firstDirect) {
    return (
      <PlaceLink place={firstDirect} onNavigate={onNavigate}>
        <span className="sr-only">{sourceName} </span>
        quotes ×{cell.direct.length}
        <span className="sr-only"> {speaker} directly; show the first</span>
      </PlaceLink>
    );
  }
  if (firstParaphrase) {
    return (
      <PlaceLink place={firstParaphrase} onNavigate={onNavigate}>
        <span className="sr-only">{sourceName} </span>
        <em>paraphrases only</em>
        <span className="sr-only"> {speaker}; show where</span>
      </PlaceLink>
    );
  }
  return <span className="text-muted">—</span>;
}

/** Who is quoted by whom: directly, only paraphrased, or not at all. */
export function QuotedSpeakers({
  index,
  rows,
  onNavigate,
}: {
  readonly index: ComparisonIndex;
  readonly rows: readonly SpeakerRow[];
  readonly onNavigate: (place: Place) => void;
}) {
  return (
    <SummarySection
      id="summary-quoted"
      title="Who is quoted"
      hint="Direct quotation, or the same words given only as paraphrase."
    >
      {rows.length === 0 ? (
        <Nothing>No quotations found.</Nothing>
      ) : (
        <div className="-mx-1 overflow-x-auto px-1">
          <table className="w-full text-left text-[0.8125rem]">
            <thead>
              <tr className="text-xs text-muted">
                <th scope="col" className="pr-3 pb-1.5 font-semibold">
                  Speaker
                </th>
                {index.sources.map((s) => (
                  <th key={s.id} scope="col" className="pr-3 pb-1.5 font-semibold">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className="border-t border-rule align-top">
                  <th scope="row" className="py-2 pr-3 font-medium text-ink">
                    {row.label}
                  </th>
                  {row.cells.map((cell, k) => (
                    <td
                      key={index.sources[k]?.id ?? k}
                      className="py-2 pr-3 whitespace-nowrap text-ink"
                    >
                      <Cell
                        cell={cell}
                        sourceName={index.sources[k]?.name ?? ""}
                        speaker={row.label}
                        onNavigate={onNavigate}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </SummarySection>
  );
}
