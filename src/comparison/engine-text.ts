/*
 * The engine's text, as the views use it: one doorway into src/analysis for reading text, so the
 * views never keep a copy of their own (an entity table, a tag pattern, a word pattern) that could
 * disagree with what the engine compared. When the engine's text helpers move, only these lines
 * follow them.
 */
export { htmlToText, type HtmlText } from "../analysis/text/html.ts";
export { WORD_PATTERN } from "../analysis/text/tokens.ts";
