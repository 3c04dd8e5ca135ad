import { tagKindInfo, type TagKind } from "../model/tag-kinds.ts";

/** A kind as lists show it: its glyph in a box, its name, and a sample of its line. */
export function TagBadge({
  kind,
  short = false,
}: {
  readonly kind: TagKind;
  readonly short?: boolean;
}) {
  const info = tagKindInfo(kind);
  return (
    <span className="inline-flex items-center gap-1.5 text-ink" data-tag-kind={kind}>
      <span className="tag-glyph" aria-hidden="true">
        {info.glyph}
      </span>
      <span className={short ? "text-xs font-semibold" : "text-sm font-semibold"}>
        {info.label}
      </span>
    </span>
  );
}

/** A few words drawn with a kind's line, as the reader draws the student's tag. */
export function TagSample({ kind, text }: { readonly kind: TagKind; readonly text: string }) {
  return <span className={`tag-line kind-${kind} font-reading`}>{text}</span>;
}
