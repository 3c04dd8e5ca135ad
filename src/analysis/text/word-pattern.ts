/**
 * What a token is, as a regular expression: letters, marks and digits, allowing ' ’ and . between
 * letters (won't, U.S.), and a final period only after a single letter chain like U.S. — never
 * the sentence's full stop. A number with inner separators (3.5, 1,000,000) is tried first.
 *
 * This is the specification; `tokenize` does not run it but a hand-written scanner that gives the
 * same matches faster (see `tokenize` in tokens.ts), held to this regex by a property test in tokens.test.ts.
 */
export const WORD_PATTERN =
  /\p{N}+(?:[.,]\p{N}+)+(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*(?:\.(?=\p{Lu}\.)\p{Lu})*(?:(?<=\b\p{Lu}(?:\.\p{Lu})+)\.)?/gu;
