/*
 * The engine's text, as the views use it: one doorway into src/analysis for reading text, so the
 * views never keep a copy of their own (an entity table, a tag pattern, a word pattern) that could
 * disagree with what the engine compared. When the engine's text helpers move, only these lines
 * follow them. Both modules are small and import no library: the tokenizer (with its stemmer and
 * stopwords) and Readability stay in the worker, out of the page's initial JavaScript.
 */
export { projectHtml, type HtmlText } from "../analysis/text/html.ts";
export { WORD_PATTERN } from "../analysis/text/word-pattern.ts";
