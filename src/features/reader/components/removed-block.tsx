import type { RemovedSpan, Source } from "../../../analysis/types.ts";
import { displayLines } from "../../../comparison/display-text.ts";

/** Page chrome the engine removed, shown in place with the reason, when the reader asks. */
export function RemovedBlock({
  source,
  spans,
}: {
  readonly source: Source;
  readonly spans: readonly RemovedSpan[];
}) {
  return (
    <div
      data-removed=""
      className="hatch my-6 rounded-md border border-dashed border-muted/60 px-4 py-3 font-sans text-[0.8125rem] leading-relaxed"
    >
      {spans.map((span, k) => (
        <div
          key={span.start}
          className={k > 0 ? "mt-3 border-t border-dashed border-rule pt-3" : undefined}
        >
          <p className="mb-1 text-[0.6875rem] font-semibold tracking-wider text-muted uppercase">
            Removed · <span className="tracking-normal normal-case">{span.reason}</span>
          </p>
          <p className="whitespace-pre-line text-muted">
            {displayLines(source, span.start, span.end)}
          </p>
        </div>
      ))}
    </div>
  );
}
