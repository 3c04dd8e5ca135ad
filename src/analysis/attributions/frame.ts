import type { Token } from "../text/tokens.ts";
import type { Span } from "../types.ts";

/*
 * What a cue's frame yields, and the clause arithmetic every frame shares: the text between two
 * tokens, where a clause starts and ends, a content span trimmed of its punctuation.
 */

/** How the text names the speaker of one attribution, before resolution. */
export interface Mention {
  readonly kind: "name" | "nominal" | "pronoun";
  /** As written, a final possessive dropped. */
  readonly text: string;
  readonly span: Span;
}

/** An attribution as the sentence gives it, in view coordinates. */
export interface Cued {
  readonly cue: Span;
  readonly content: Span;
  /** The speaker's words here; for a participle, undefined (the main clause's subject speaks). */
  readonly mention: Mention | undefined;
  /** A participle (`…, adding that …`): its speaker is the main clause's. */
  readonly participle: boolean;
  /** An impersonal or raised passive (`is expected to`): no one is named, none is guessed. */
  readonly sourceless?: boolean;
  /** A noun cue (`his refusal to`): part of a phrase, it does not end another's content. */
  readonly nominal?: boolean;
}

/** A token is inside a quotation (and so no cue of the narrator). */
export type Quoted = (t: Token) => boolean;

/** The text between two tokens (or from a token to `end`). */
export const gap = (text: string, a: Token | undefined, b: Token | undefined, end: number) =>
  a ? text.slice(a.end, b ? b.start : end) : "";

/**
 * Punctuation that ends a clause or a quotation: a comma, colon, semicolon, dash or double mark
 * (a single ’ is as often an apostrophe: `the judges’ association`).
 */
const BOUNDARY = /[,;:—–"“”«»()]|--/;
export const isBoundary = (s: string) => BOUNDARY.test(s);

/**
 * Index of the first token after the clause boundary before `verb`, or 0 at the sentence start.
 * A parenthesis closed before the verb is passed over whole: `Amina Okafor (D-Kan.) said`.
 */
export function clauseStart(text: string, tokens: readonly Token[], verb: number): number {
  for (let j = verb; j > 0; j--) {
    const g = gap(text, tokens[j - 1], tokens[j], 0);
    if (CLOSING_PARENTHESIS.test(g)) {
      const open = openingParenthesis(text, tokens, j - 1);
      if (open > 0) {
        j = open;
        continue;
      }
    }
    if (isBoundary(g)) return j;
  }
  return 0;
}

const CLOSING_PARENTHESIS = /^[\s.]*\)\s*$/;
/** Most words a parenthetical aside may hold to be passed over (`(D-Kan.)`, `(R., Ohio)`). */
const MAX_ASIDE_WORDS = 6;

/** Index of the token after the `(` that opens the parenthesis closing after token `last`, or -1. */
function openingParenthesis(text: string, tokens: readonly Token[], last: number): number {
  for (let k = last; k > 0 && last - k < MAX_ASIDE_WORDS; k--) {
    const g = gap(text, tokens[k - 1], tokens[k], 0);
    if (g.includes("(")) return /^\s*\(\s*$/.test(g) ? k : -1;
    if (isBoundary(g)) return -1;
  }
  return -1;
}

/** Index of the last token before the next clause boundary from `from`, or the last token. */
export function clauseEnd(
  text: string,
  tokens: readonly Token[],
  from: number,
  end: number,
): number {
  for (let j = from; j < tokens.length; j++)
    if (isBoundary(gap(text, tokens[j], tokens[j + 1], end))) return j;
  return tokens.length - 1;
}

/**
 * A span trimmed of white space, quotation marks and closing punctuation at both ends (a question
 * or exclamation mark that closes a quotation stays).
 */
export function trimContent(text: string, start: number, end: number): Span {
  while (start < end && /[\s"“”‘’'«»,:;—–-]/.test(text.charAt(start))) start++;
  for (;;) {
    while (end > start && /[\s"“”‘’'«»,.:;!?—–-]/.test(text.charAt(end - 1))) {
      // A question or exclamation mark closing a quotation is the speaker's: `"Is it safe?"`.
      if (/[!?]/.test(text.charAt(end - 1)) && /["”’']/.test(text.charAt(end))) break;
      end--;
    }
    // A clause cut before the next attribution may end in its joining word (`… and`, `…, which`).
    const last = /\s(and|but|or|which|who|although|though|because|while)$/i.exec(
      text.slice(Math.max(start, end - 10), end),
    );
    if (!last) return balanced(text, start, end);
    end -= last[0].length;
  }
}

/** Keeps a closing mark whose opening one is inside the span: `the plan "reckless"`, not `"reckless`. */
function balanced(text: string, start: number, end: number): Span {
  const marks = text.slice(start, end).match(/["“”]/g)?.length ?? 0;
  return marks % 2 === 1 && /["”]/.test(text.charAt(end))
    ? { start, end: end + 1 }
    : { start, end };
}

/**
 * Where the quotation ending at token `last` opens, when a quotation ends there: `"A." "B," X said`
 * attributes B, not A (quotation marks between two quoted words part them).
 */
export function quotationStart(
  text: string,
  tokens: readonly Token[],
  last: number,
  quoted: Quoted,
): number | undefined {
  const t = tokens[last];
  if (!t || !quoted(t)) return undefined;
  let j = last;
  while (j > 0) {
    const prev = tokens[j - 1] as Token;
    if (!quoted(prev) || /["“”«»]/.test(gap(text, prev, tokens[j], 0))) break;
    j--;
  }
  return (tokens[j] as Token).start;
}
