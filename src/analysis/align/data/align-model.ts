// Written by scripts/train-align.ts (npm run -s train-align -- --write) from the development
// sets; do not edit by hand. Weights follow FEATURES in ../features.ts:
// lexical, vector, coverageMin, coverageMax, bigrams, anchorConflict, numberConflict, negation, lengthRatio, story, lead.
import type { AlignModel } from "../model.ts";

export const LEARNED: AlignModel = {
  "lexical": {
    "align": {
      "threshold": 0.15
    },
    "paraphrase": {
      "bias": -1.7482,
      "weights": [
        0.2982,
        0.2982,
        1.5657,
        2.6251,
        -1.1062,
        1.3031,
        -0.7234,
        -1.4525,
        1.75,
        -0.9075,
        -0.7854
      ],
      "threshold": 0.275
    }
  },
  "vectors": {
    "align": {
      "threshold": 0.15
    },
    "paraphrase": {
      "bias": -4.585,
      "weights": [
        -0.0184,
        3.9723,
        1.7475,
        2.5396,
        -1.2031,
        1.8132,
        -0.8526,
        -1.4202,
        1.3369,
        -0.7688,
        -1.1065
      ],
      "threshold": 0.325
    }
  }
};
