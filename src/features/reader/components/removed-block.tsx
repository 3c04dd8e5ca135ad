import type { RemovedSpan } from "../../../analysis/types.ts";
import { markupToLines, visibleText } from "../../../comparison/display-text.ts";

/** Page chrome the engine removed, shown in place with the reason, when the reader asks. */
export function RemovedBlock({
  text,
  spans,
  html,
}: {
  readonly text: string;
  readonly spans: readonly RemovedSpan[];
  /** `text` is a web page's markup: show the removed part as the page's visible lines. */
  readonly html: boolean;
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
            {html
              ? markupToLines(text.slice(span.start, span.end))
              : visibleText(text.slice(span.start, span.end), false).trim()}
          </p>
        </div>
      ))}
    </div>
  );
}
