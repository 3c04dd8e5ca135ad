import { describe, expect, it } from "vitest";
import { DEFAULT_VISIBILITY } from "../comparison/layers.ts";
import { DEFAULT_VIEW, fromSharedView, toSharedView, type ViewState } from "./view-state.ts";

const view = (change: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...change });

describe("view state in a link", () => {
  it("carries nothing for the default view", () => {
    expect(toSharedView(DEFAULT_VIEW)).toBeUndefined();
    expect(fromSharedView(undefined)).toEqual(DEFAULT_VIEW);
  });

  it("lists the layers that are on, the removed text, the selection and the mode", () => {
    const changed = view({
      visibility: {
        ...DEFAULT_VISIBILITY,
        layers: { ...DEFAULT_VISIBILITY.layers, framing: false, unique: false },
        removed: true,
      },
      selected: "q-A.q1",
      mode: "class",
    });
    const shared = toSharedView(changed);
    expect(shared).toEqual({
      layers: ["quote-shared", "quote-paraphrased", "variant", "fact", "removed"],
      selected: "q-A.q1",
      mode: "class",
    });
    expect(fromSharedView(shared)).toEqual(changed);
  });

  it("lists framing categories only when some are off", () => {
    const changed = view({
      visibility: {
        ...DEFAULT_VISIBILITY,
        framing: { ...DEFAULT_VISIBILITY.framing, hedge: false, other: false },
      },
    });
    const shared = toSharedView(changed);
    expect(shared?.layers).toContain("framing-loaded");
    expect(shared?.layers).not.toContain("framing-hedge");
    expect(fromSharedView(shared)).toEqual(changed);
  });

  it("reads an empty list as everything off, and ignores ids it does not know", () => {
    const off = fromSharedView({ layers: [] });
    expect(Object.values(off.visibility.layers).every((on) => !on)).toBe(true);
    const unknown = fromSharedView({ layers: ["variant", "sparkles"], selected: "A.1" });
    expect(unknown.visibility.layers.variant).toBe(true);
    expect(unknown.visibility.layers.framing).toBe(false);
    expect(unknown.selected).toBe("A.1");
  });
});
