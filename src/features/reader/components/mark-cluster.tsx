import type { Source } from "../../../analysis/types.ts";
import type { Run } from "../model/sentence-runs.ts";
import { framingCategoryInfo, LAYERS } from "../../../comparison/layers.ts";
import type { Mark } from "../../../comparison/marks.ts";
import { TextPartView } from "./text-part.tsx";

type Cluster = Extract<Run, { kind: "cluster" }>;

/** What a screen reader hears after the words: which layers mark them. */
function spokenKinds(marks: readonly Mark[]): string {
  const names = marks.map((mark) => {
    if (mark.kind === "framing")
      return `framing: ${framingCategoryInfo(mark.framing.category).label.toLowerCase()}`;
    if (mark.kind === "quote" && mark.layer === "unique") return "quoted only here";
    return LAYERS.find((layer) => layer.id === mark.layer)?.label.toLowerCase() ?? mark.layer;
  });
  return [...new Set(names)].join(", ");
}

interface MarkClusterProps {
  readonly source: Source;
  readonly run: Cluster;
  readonly expanded: boolean;
  readonly onActivate: (
    markIds: readonly string[],
    preferredId: string | undefined,
    anchor: HTMLElement,
  ) => void;
}

/**
 * Overlapping marks as one control that reads like the text around it. Activating it explains
 * every mark inside, the one under the pointer first.
 */
export function MarkCluster({ source, run, expanded, onActivate }: MarkClusterProps) {
  const activate = (target: EventTarget, anchor: HTMLElement): void => {
    const mark = target instanceof Element ? target.closest("[data-mark-id]") : null;
    onActivate(
      run.marks.map((m) => m.id),
      mark?.getAttribute("data-mark-id") ?? undefined,
      anchor,
    );
  };
  // A span, not a <button>: a button is laid out as an inline block, so a long quotation could
  // not wrap across lines with the text around it.
  return (
    <span
      role="button"
      tabIndex={0}
      className="mark-cluster"
      data-start={run.start}
      data-end={run.end}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      onClick={(event) => {
        event.stopPropagation();
        activate(event.target, event.currentTarget);
      }}
      onKeyDown={(event) => {
        if (event.key !== "Enter" && event.key !== " ") return;
        event.preventDefault();
        event.stopPropagation();
        activate(event.target, event.currentTarget);
      }}
    >
      {run.parts.map((part) => (
        <TextPartView key={part.start} source={source} part={part} />
      ))}
      <span className="sr-only"> ({spokenKinds(run.marks)})</span>
    </span>
  );
}
