import type { Alignment } from "../analysis/types.ts";

/**
 * Which of the engine's alignments a reader is shown as "these report the same thing".
 *
 * The engine lists every pair it judged, up to four partners per sentence and source, because
 * that is what "mentions the same event" asks for (ECB+). A reader asks something narrower of a
 * connector or of "in all three sources": that the other sentence carries this one's content.
 * So a sentence is shown with the one or two sentences of each other source that carry it best,
 * not with every sentence on the topic: a link is shown when each of its two sentences ranks it
 * among its best two in the other's source. Two is what a sentence split in two needs (each half
 * ranks the long sentence first, and the long one ranks both halves in its top two); a sentence
 * about nothing in particular ("This is about the ministry."), which the engine pairs with every
 * sentence naming the ministry, keeps its best two and is no longer a hub.
 *
 * The rank is over every link, `related` ones included: the engine's kind says how close the
 * wording is, and a paraphrase across outlets often scores as `related` ("acts independently in
 * regulating its foreign relations" / "acts independently when it forges its foreign
 * relations"). A `related` link is shown only where it is also the closest match one of its two
 * sentences has in the other source: a sentence about nothing in particular is the second-best
 * match of many, and the best of none. On the seed's hand-aligned pairs, links shown this way
 * find seven of the eight required pairs and nothing else, where leaving every `related` link
 * out found five (and ranking them like the others, eight with one wrong). The rest are listed
 * apart, under the sentence, as related.
 */
export interface ReaderLinks {
  /** Alignments a reader is shown: connectors, partners, coverage, numbers. */
  readonly shown: readonly Alignment[];
  /** Alignments listed only as related: those past the best two of one of their sentences. */
  readonly related: readonly Alignment[];
}

/** How many partners in one other source a sentence is shown with. */
export const SHOWN_PER_SOURCE = 2;

/**
 * Splits `alignments` into those shown and those only related. `sourceOf` gives a sentence's
 * source id (an alignment between sentences of one source, or of unknown ones, is kept as shown:
 * there is nothing to rank it against).
 */
export function readerLinks(
  alignments: readonly Alignment[],
  sourceOf: (sentenceId: string) => string | undefined,
): ReaderLinks {
  // Each sentence's links to each other source, best first (ties: engine order).
  const ranked = new Map<string, Alignment[]>();
  const key = (sentenceId: string, otherSource: string) => `${sentenceId}\u0000${otherSource}`;
  for (const alignment of alignments) {
    const [a, b] = alignment.sentences;
    if (a === undefined || b === undefined) continue;
    const sa = sourceOf(a);
    const sb = sourceOf(b);
    if (sa === undefined || sb === undefined || sa === sb) continue;
    for (const [self, other] of [
      [a, sb],
      [b, sa],
    ] as const) {
      const list = ranked.get(key(self, other)) ?? [];
      list.push(alignment);
      ranked.set(key(self, other), list);
    }
  }
  const top = new Map<string, ReadonlySet<Alignment>>();
  const best = new Set<Alignment>();
  for (const [k, list] of ranked) {
    list.sort((x, y) => y.score - x.score);
    top.set(k, new Set(list.slice(0, SHOWN_PER_SOURCE)));
    if (list[0]) best.add(list[0]);
  }
  const ranksFor = (alignment: Alignment, self: string, otherSource: string) =>
    top.get(key(self, otherSource))?.has(alignment) === true;

  const shown: Alignment[] = [];
  const related: Alignment[] = [];
  for (const alignment of alignments) {
    const [a, b] = alignment.sentences;
    const sa = a === undefined ? undefined : sourceOf(a);
    const sb = b === undefined ? undefined : sourceOf(b);
    if (a === undefined || b === undefined || sa === undefined || sb === undefined || sa === sb) {
      shown.push(alignment);
      continue;
    }
    const ranked2 = ranksFor(alignment, a, sb) && ranksFor(alignment, b, sa);
    // A `related` link must also be the closest match one of its sentences has over there.
    if (ranked2 && (alignment.kind !== "related" || best.has(alignment))) shown.push(alignment);
    else related.push(alignment);
  }
  return { shown, related };
}
