import { describe, expect, it } from "vitest";
import type { Span } from "../../../analysis/types.ts";
import {
  changedSentences,
  EMPTY_LIVE,
  LiveStore,
  sentenceLive,
  type LiveState,
} from "./live-state.ts";

function hovering(activeId: string, partners: string[], diff: [string, Span[]][] = []): LiveState {
  return { ...EMPTY_LIVE, activeId, partnerIds: new Set(partners), diffRanges: new Map(diff) };
}

describe("live state", () => {
  it("names the sentences whose share changed, and only those", () => {
    const spans: Span[] = [{ start: 0, end: 3 }];
    const a = hovering("A.1", ["B.1", "B.2"], [["B.1", spans]]);
    const b = hovering("A.2", ["B.2", "B.3"]);
    expect([...changedSentences(a, b)].sort()).toEqual(["A.1", "A.2", "B.1", "B.3"]);
    // The same diff spans (same array) are no change; a new array is.
    const same = { ...a, diffRanges: new Map([["B.1", spans]]) };
    const copied = { ...a, diffRanges: new Map([["B.1", [...spans]]]) };
    expect([...changedSentences(a, same)]).toEqual([]);
    expect([...changedSentences(a, copied)]).toEqual(["B.1"]);
    const tabbing = { ...EMPTY_LIVE, tabbableId: "A.4" };
    expect([...changedSentences(EMPTY_LIVE, tabbing)]).toEqual(["A.4"]);
    const open = { ...EMPTY_LIVE, openMarkIds: new Set(["m1"]), openSentenceIds: new Set(["A.5"]) };
    expect([...changedSentences(EMPTY_LIVE, open)]).toEqual(["A.5"]);
  });

  it("gives each sentence its share", () => {
    const live = { ...hovering("A.1", ["B.1"]), tabbableId: "A.1" };
    expect(sentenceLive(live, "A.1")).toMatchObject({ state: "active", tabbable: true });
    expect(sentenceLive(live, "B.1")).toMatchObject({ state: "partner", tabbable: false });
    expect(sentenceLive(live, "B.9")).toMatchObject({ state: undefined, diff: undefined });
  });

  it("tells only the sentences concerned, and moves their versions", () => {
    const store = new LiveStore(EMPTY_LIVE);
    const heard: string[] = [];
    const stops = ["A.1", "B.1", "B.2"].map((id) => store.subscribe(id, () => heard.push(id)));
    store.set(hovering("A.1", ["B.1"]));
    expect(heard.sort()).toEqual(["A.1", "B.1"]);
    expect(store.version("A.1")).toBe(1);
    expect(store.version("B.2")).toBe(0);

    heard.length = 0;
    stops.forEach((stop) => stop());
    store.set(EMPTY_LIVE);
    expect(heard).toEqual([]);
    expect(store.version("A.1")).toBe(2);
  });
});
