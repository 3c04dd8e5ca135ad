// Written by scripts/train-align.ts (npm run -s train-align -- --write) from the development
// sets; do not edit by hand. Weights follow FEATURES in ../features.ts:
// lexical, vector, coverageMin, coverageMax, bigrams, anchorConflict, numberConflict, negation, lengthRatio, story, lead, unsharedMin, unsharedMax, unsharedInformationMin, unsharedInformationMax, unigramsMin, unigramsMax, bigramsMin, bigramsMax, trigramsMin, trigramsMax, editDistance.
import type { AlignModel } from "../model.ts";

export const LEARNED: AlignModel = {
  "lexical": {
    "align": {
      "threshold": 0.15
    },
    "paraphrase": {
      "bias": 3.4448,
      "weights": [
        -0.7718,
        -0.7718,
        0.9753,
        1.5479,
        -1.3162,
        1.1217,
        -0.7869,
        -1.1614,
        -2.0671,
        0.2932,
        -1.3797,
        0.265,
        -1.5779,
        0.265,
        -1.5779,
        4.6051,
        0.5245,
        2.5678,
        -0.8836,
        -0.4468,
        -2.3819,
        -2.8424
      ],
      "threshold": 0.375
    }
  },
  "vectors": {
    "align": {
      "threshold": 0.15
    },
    "paraphrase": {
      "bias": 3.6523,
      "weights": [
        -1.1843,
        -0.3404,
        0.6299,
        1.5238,
        -1.3568,
        1.1328,
        -0.5981,
        -1.1708,
        -2.0032,
        0.2511,
        -1.4337,
        1.6849,
        0.4639,
        -1.2056,
        -3.9697,
        4.5583,
        0.5397,
        2.476,
        -0.8608,
        -0.4884,
        -2.3106,
        -2.8909
      ],
      "threshold": 0.35
    }
  }
};
