// Written by scripts/train-align.ts (npm run -s train-align -- --write) from the development
// sets; do not edit by hand. Weights follow FEATURES in ../features.ts:
// lexical, vector, coverageMin, coverageMax, bigrams, anchorConflict, numberConflict, negation, lengthRatio, story, lead, unigramsMin, unigramsMax, bigramsMin, bigramsMax, trigramsMin, trigramsMax, editDistance.
import type { AlignModel } from "../model.ts";

export const LEARNED: AlignModel = {
  "lexical": {
    "align": {
      "threshold": 0.15
    },
    "paraphrase": {
      "bias": 0.7133,
      "weights": [
        -0.7199,
        -0.7199,
        1.8199,
        1.6891,
        -1.4301,
        1.2956,
        -0.8734,
        -1.1012,
        -1.1598,
        0.155,
        -1.3969,
        4.6119,
        0.5965,
        2.8205,
        -0.9854,
        -0.3041,
        -2.6525,
        -2.7883
      ],
      "threshold": 0.35
    }
  },
  "vectors": {
    "align": {
      "threshold": 0.15
    },
    "paraphrase": {
      "bias": 1.1416,
      "weights": [
        -0.9638,
        -0.6521,
        1.5289,
        1.5479,
        -1.4175,
        1.2886,
        -0.8556,
        -1.1027,
        -1.0774,
        0.1362,
        -1.3613,
        4.676,
        0.648,
        2.8066,
        -0.9828,
        -0.319,
        -2.6634,
        -2.7944
      ],
      "threshold": 0.375
    }
  }
};
