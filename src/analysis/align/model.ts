import type { PairModel } from "./features.ts";
import { LEARNED } from "./data/align-model.ts";

/** A pair model with the probability at which it says yes. */
export interface ThresholdedModel extends PairModel {
  readonly threshold: number;
}

/**
 * How the alignment decides, for comparisons with and without word vectors: `align.threshold` is
 * the score (lexical similarity, scaled down for conflicting names and by the story confidence)
 * at which two sentences are related, `paraphrase` the model that says they carry the same
 * content.
 */
export interface AlignModel {
  readonly lexical: AlignPart;
  readonly vectors: AlignPart;
}

export interface AlignPart {
  readonly align: { readonly threshold: number };
  readonly paraphrase: ThresholdedModel;
}

/** Learned by scripts/train-align.ts on the development sets (data/align-model.ts). */
export const ALIGN_MODEL: AlignModel = LEARNED;
