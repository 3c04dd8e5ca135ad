import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { longestRun } from "./longest-run.ts";

describe("quote matching internals", () => {
  it("finds the same longest common run as the classic dynamic programme", () => {
    const classic = (q: readonly number[], s: readonly number[]) => {
      let best = { qStart: 0, start: 0, length: 0 };
      let prev = new Array<number>(s.length + 1).fill(0);
      for (let i = 1; i <= q.length; i++) {
        const cur = new Array<number>(s.length + 1).fill(0);
        for (let j = 1; j <= s.length; j++) {
          if (q[i - 1] !== s[j - 1]) continue;
          cur[j] = (prev[j - 1] ?? 0) + 1;
          if ((cur[j] ?? 0) > best.length)
            best = { qStart: i - (cur[j] ?? 0), start: j - (cur[j] ?? 0), length: cur[j] ?? 0 };
        }
        prev = cur;
      }
      return best;
    };
    const ids = fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 30 });
    fc.assert(
      fc.property(ids, ids, (q, s) => {
        expect(longestRun(q, s)).toEqual(classic(q, s));
      }),
      { numRuns: 3000 },
    );
  });
});
