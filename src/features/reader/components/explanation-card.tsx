import type { Explanation, CounterpartLink } from "../../../comparison/explain-mark.ts";
import { RichText } from "./rich-text.tsx";
import { LayerSample } from "./layer-icon.tsx";
import type { FramingCategory } from "../../../analysis/types.ts";
import { useContext } from "react";
import { ExplanationExtra } from "../../../ui/explanation-extra.ts";

interface ExplanationCardProps {
  readonly explanation: Explanation;
  readonly category: FramingCategory | undefined;
  readonly headingId: string | undefined;
  readonly onGoTo: (target: NonNullable<CounterpartLink["target"]>) => void;
}

/** One mark explained: what it is, why the engine thinks so, and its counterparts elsewhere. */
export function ExplanationCard({
  explanation,
  category,
  headingId,
  onGoTo,
}: ExplanationCardProps) {
  const extra = useContext(ExplanationExtra);
  return (
    <article className="space-y-3" data-explanation={explanation.layer}>
      <header className="flex items-center gap-2.5 pr-20">
        <LayerSample layer={explanation.layer} category={category} />
        <div className="min-w-0">
          <h3 id={headingId} className="font-sans text-[0.9375rem] font-semibold text-ink">
            {explanation.title}
          </h3>
          {explanation.kicker ? <p className="text-xs text-muted">{explanation.kicker}</p> : null}
        </div>
      </header>
      <p className="text-[0.9375rem] leading-relaxed text-ink">
        <RichText value={explanation.summary} />
      </p>
      {explanation.values ? (
        <dl
          className="grid grid-cols-2 gap-2"
          aria-label="Each source's value, side by side"
          data-fact-values=""
        >
          {explanation.values.map((side, k) => (
            <div key={k} className="rounded-md border border-rule bg-paper px-3 py-2">
              <dt className="text-xs font-semibold text-muted">{side.sourceName}</dt>
              <dd className="mt-0.5 font-reading text-lg leading-snug font-semibold text-ink">
                {side.words}
              </dd>
              {side.value !== undefined ? (
                <dd className="text-xs text-muted">
                  <span className="sr-only">read as </span>
                  {side.value}
                </dd>
              ) : null}
            </div>
          ))}
        </dl>
      ) : null}
      <p className="text-sm leading-relaxed text-muted">
        <RichText value={explanation.reason} />
      </p>
      {explanation.counterparts.length > 0 ? (
        <ul className="space-y-2" aria-label="Counterparts in other sources">
          {explanation.counterparts.map((link, k) => (
            <li key={k} className="rounded-md border border-rule bg-paper px-3 py-2">
              <p className="text-xs font-semibold text-muted">
                {link.sourceName} <span className="font-normal">· {link.relation}</span>
              </p>
              <p className="mt-0.5 font-reading text-[0.9375rem] leading-snug text-ink">
                “{link.excerpt}”
              </p>
              {link.target ? (
                <button
                  type="button"
                  className="mt-1.5 text-xs font-semibold text-link underline-offset-2 hover:underline"
                  onClick={() => link.target && onGoTo(link.target)}
                >
                  Show in {link.sourceName} →
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {explanation.absences.map((absence, k) => (
        <p
          key={k}
          className="rounded-md border border-dashed border-rule px-3 py-2 text-sm text-muted"
        >
          <RichText value={absence} />
        </p>
      ))}
      {extra?.(explanation, category)}
    </article>
  );
}
