import { describe, expect, it } from "vitest";
import { decodeShareFragment, SHARE_LIMITS } from "../share/link.ts";
import {
  fragmentForSeed,
  fragmentForSources,
  isLinkable,
  measureLink,
  pageFragment,
} from "./share-state.ts";

const sources = [
  { name: "Ledger", text: "The bridge will be repaired." },
  { name: "Wire", text: "Repairs to the bridge begin." },
];

describe("page fragments and share links", () => {
  it("keeps the home page's address bare until the view changes", () => {
    const base = { kind: "seed" as const, seed: "bridge" };
    const options = { home: true, linkable: true, recentId: undefined };
    expect(pageFragment(base, undefined, options)).toBe("");
    expect(pageFragment(base, { selected: "A.1" }, options)).toBe("seed=bridge&sel=A.1");
    expect(pageFragment(base, undefined, { ...options, home: false })).toBe("seed=bridge");
  });

  it("puts the reports and the view in the address, decodable again", () => {
    const base = { kind: "inputs" as const, sources };
    const fragment = pageFragment(
      base,
      { layers: ["variant"] },
      {
        home: false,
        linkable: true,
        recentId: "abc",
      },
    );
    const decoded = decodeShareFragment(fragment);
    expect(decoded.ok && decoded.value).toEqual({ ...base, view: { layers: ["variant"] } });
  });

  it("falls back to the recent list for reports too long for a link", () => {
    const long = [{ name: "Ledger", text: "x".repeat(SHARE_LIMITS.maxTextChars + 1) }, sources[1]!];
    expect(isLinkable({ kind: "inputs", sources: long })).toBe(false);
    expect(isLinkable({ kind: "inputs", sources })).toBe(true);
    expect(fragmentForSources(long, "abc")).toBe("recent=abc");
    expect(fragmentForSources(sources, "abc")).toMatch(/^v1=/);
  });

  it("opens the first sample at home and the others by name", () => {
    expect(fragmentForSeed("bridge", "bridge")).toBe("");
    expect(fragmentForSeed("ferry", "bridge")).toBe("seed=ferry");
  });

  it("warns about links longer than common places carry", () => {
    expect(measureLink("x".repeat(SHARE_LIMITS.warnFragmentChars))).toEqual({
      chars: SHARE_LIMITS.warnFragmentChars,
      long: false,
    });
    expect(measureLink("x".repeat(SHARE_LIMITS.warnFragmentChars + 1)).long).toBe(true);
  });
});
