import type { SentenceTerms } from "./similarity.ts";

/**
 * Names and numbers a source needs before their share in common says whether two sources report
 * one event. 3 was chosen with scripts/train-align.ts: on MSRP pairs (one sentence a source) it
 * lets 200 more pairs be judged by the pair model, 1 and 2 fewer; ECB+ reports have dozens.
 */
const FEW_ANCHORS = 3;

/**
 * How sure we are that two sources report the same story, in 0..1, from the weighted cosine of
 * their whole vocabularies. Reports of look-alike events (two ferries sinking) share the words of
 * the event type; reports of one event share its names, places and specifics as well.
 */
export function storyConfidence(
  sentences: readonly SentenceTerms[],
  a: number,
  b: number,
  range: readonly [number, number],
  anchorRange: readonly [number, number],
): number {
  let keyCount = 0;
  for (const s of sentences) for (const id of s.ids) keyCount = Math.max(keyCount, id + 1);
  // Per side and key id: the key's largest weight in the source, and whether it is an anchor there.
  const bags = [new Float64Array(keyCount), new Float64Array(keyCount)] as const;
  const anchors = [new Uint8Array(keyCount), new Uint8Array(keyCount)] as const;
  for (const s of sentences) {
    if (s.source !== a && s.source !== b) continue;
    const side = s.source === a ? 0 : 1;
    const bag = bags[side];
    for (let x = 0; x < s.ids.length; x++) {
      const k = s.ids[x]!;
      bag[k] = Math.max(bag[k]!, s.weights[x]!);
      if (s.isAnchor[x]) anchors[side][k] = 1;
    }
  }
  let anchorsA = 0;
  let anchorsB = 0;
  let sharedAnchors = 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let k = 0; k < keyCount; k++) {
    anchorsA += anchors[0][k]!;
    anchorsB += anchors[1][k]!;
    sharedAnchors += anchors[0][k]! & anchors[1][k]!;
    const wa = bags[0][k]!;
    const wb = bags[1][k]!;
    na += wa * wa;
    nb += wb * wb;
    dot += wa * wb;
  }
  const smaller = Math.min(anchorsA, anchorsB);
  // With fewer than FEW_ANCHORS names and numbers on one side (a source of a sentence or two)
  // there is too little to compare: one name written differently, or a date one side leaves
  // out, would part two tellings of one event. The words decide alone, and the pair model
  // weighs the names of each sentence pair.
  const anchorShare = smaller < FEW_ANCHORS ? 1 : sharedAnchors / smaller;
  const cos = na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
  const ramp = (x: number, [lo, hi]: readonly [number, number]) =>
    Math.max(0, Math.min(1, (x - lo) / (hi - lo)));
  return ramp(cos, range) * ramp(anchorShare, anchorRange);
}
