import { tagKindInfo, type TagKind } from "../model/tag-kinds.ts";
import type { StudentTag } from "../model/types.ts";
import { TagSample } from "./tag-badge.tsx";

/** The kinds the lesson asks for: how each is drawn, what it means, and how many the student has. */
export function KindLegend({
  focus,
  tags,
}: {
  readonly focus: readonly TagKind[];
  readonly tags: readonly StudentTag[];
}) {
  return (
    <ul className="grid gap-1.5" data-kind-legend="">
      {focus.map((kind) => {
        const info = tagKindInfo(kind);
        const count = tags.filter((t) => t.kind === kind).length;
        return (
          <li key={kind} className="flex items-start gap-2 text-sm">
            <span className="tag-glyph mt-0.5 shrink-0 text-ink" aria-hidden="true">
              {info.glyph}
            </span>
            <span className="min-w-0 flex-1">
              <span className="font-semibold text-ink">{info.label}</span>{" "}
              <TagSample kind={kind} text="sample" />
              <span className="sr-only"> (drawn with a {info.line})</span>
              <span className="block text-xs text-muted">{info.hint}</span>
            </span>
            <span
              className="shrink-0 text-xs font-semibold text-muted tabular-nums"
              data-kind-count={kind}
            >
              {count}
              <span className="sr-only"> tagged</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
