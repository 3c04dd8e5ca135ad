/**
 * Direct quotations, who said them, and where the other sources carry them: word for word
 * ("verbatim"), in part ("partial"), or reworded in indirect speech ("paraphrase").
 *
 * find.ts finds each source's quotations and their speakers; match.ts looks for them in the
 * other sources (candidates.ts picks the sentences worth testing, match-sentence.ts tests them).
 */

export { findQuotes, type FoundQuote } from "./find.ts";
export { matchQuotes, type MatchedQuote } from "./match.ts";
