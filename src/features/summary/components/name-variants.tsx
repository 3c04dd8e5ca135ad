import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { VARIANT_KIND_LABEL, tidy } from "../../../comparison/wording.ts";
import type { Place } from "../../../comparison/summary.ts";
import { PlaceLink } from "./place-link.tsx";
import { Nothing, SummarySection } from "./summary-section.tsx";

/** Names and terms spelled differently, each form linking to where it is printed. */
export function NameVariants({
  index,
  onNavigate,
}: {
  readonly index: ComparisonIndex;
  readonly onNavigate: (place: Place) => void;
}) {
  const groups = index.comparison.variants.filter(
    (g) => new Set(g.forms.map((f) => f.source)).size > 1,
  );
  return (
    <SummarySection id="summary-variants" title="Names written differently">
      {groups.length === 0 ? (
        <Nothing>No variants found.</Nothing>
      ) : (
        <ul className="space-y-2 text-[0.8125rem]">
          {groups.map((group) => (
            <li key={group.id} className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
              {group.forms.map((form, k) => {
                const span = form.spans[0];
                const sentenceId = span ? index.sentenceAt(form.source, span.start)?.id : undefined;
                const word = (
                  <span className="mk mk-variant font-reading text-[0.9375rem] text-ink">
                    {tidy(form.text)}
                  </span>
                );
                return (
                  <span key={`${form.source}-${k}`} className="whitespace-nowrap">
                    {sentenceId ? (
                      <PlaceLink
                        place={{ sourceId: form.source, sentenceId, span }}
                        onNavigate={onNavigate}
                        className="hover:opacity-80"
                      >
                        {word}
                      </PlaceLink>
                    ) : (
                      word
                    )}{" "}
                    <span className="text-xs text-muted">{index.sourceName(form.source)}</span>
                  </span>
                );
              })}
              <span className="text-xs text-muted">
                · {VARIANT_KIND_LABEL[group.kind].toLowerCase()}
              </span>
            </li>
          ))}
        </ul>
      )}
    </SummarySection>
  );
}
