/**
 * Escaping for Markdown built from untrusted text (outlet names, article words). Everything a
 * renderer could read as markup is escaped, and `<` never opens an HTML tag.
 */

/** One line of prose: whitespace collapsed, Markdown punctuation escaped, no raw HTML. */
export function mdText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]{}#+!|~]/g, (c) => `\\${c}`)
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/^(\d+)\./, "$1\\.") // "1." at the start would begin a list
    .replace(/^-/, "\\-");
}

/** A table row; each cell is escaped text (a `|` inside cannot split the cell). */
export function mdRow(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

/** A header row and its separator. */
export function mdHeader(cells: readonly string[]): string {
  return `${mdRow(cells)}\n${mdRow(cells.map(() => "---"))}`;
}

/** Quoted words as printed, in curly quotes. */
export function mdQuote(text: string): string {
  return `“${mdText(text)}”`;
}
