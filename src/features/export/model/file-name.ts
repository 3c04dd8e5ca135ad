/** A safe, readable file name from a title: "iran-answers-the-cia-chief" + extension. */
export function exportFileName(title: string, extension: "md" | "json"): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `parallax-${slug || "comparison"}.${extension}`;
}

/** The Comparison exactly as the engine returned it (the contract's shape), indented. */
export function comparisonJson(comparison: unknown): string {
  return `${JSON.stringify(comparison, null, 2)}\n`;
}
