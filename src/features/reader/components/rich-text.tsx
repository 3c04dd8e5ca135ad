import type { Rich } from "../../../comparison/wording.ts";

/** Renders explanation text; emphasised pieces are a source's own words. */
export function RichText({ value }: { readonly value: Rich }) {
  return value.map((piece, k) =>
    typeof piece === "string" ? (
      piece
    ) : (
      <em key={k} className="font-reading font-semibold text-ink not-italic">
        {piece.em}
      </em>
    ),
  );
}
