import { describe, expect, it } from "vitest";
import { encodeShareFragment } from "../share/link.ts";
import { parseRoute } from "./route.ts";
import type { SeedComparison } from "./seeds.ts";

const seeds: readonly SeedComparison[] = [
  {
    id: "bridge",
    title: "Bridge",
    date: undefined,
    about: undefined,
    inputs: [
      { name: "A", text: "One." },
      { name: "B", text: "Two." },
    ],
  },
];
const sources = [
  { name: "Ledger", text: "The bridge will be repaired." },
  { name: "Wire", text: "Repairs to the bridge begin." },
];

describe("parseRoute", () => {
  it("opens the home page with no fragment, or an in-page target", () => {
    expect(parseRoute("", seeds)).toEqual({ kind: "home" });
    expect(parseRoute("#", seeds)).toEqual({ kind: "home" });
    expect(parseRoute("#reader", seeds)).toEqual({ kind: "home" });
    expect(parseRoute("#s-A.3", seeds)).toEqual({ kind: "home" });
  });

  it("knows the New page and a recent comparison", () => {
    expect(parseRoute("#new", seeds)).toEqual({ kind: "new" });
    expect(parseRoute("#recent=0af3", seeds)).toEqual({ kind: "recent", id: "0af3" });
  });

  it("opens a seed with its view, and refuses one it does not ship", () => {
    const route = parseRoute("#seed=bridge&layers=variant,removed&sel=A.2", seeds);
    expect(route.kind).toBe("seed");
    if (route.kind !== "seed") return;
    expect(route.seed.id).toBe("bridge");
    expect(route.view).toEqual({ layers: ["variant", "removed"], selected: "A.2" });
    const missing = parseRoute("#seed=ferry", seeds);
    expect(missing.kind).toBe("bad");
    if (missing.kind === "bad") expect(missing.message).not.toContain("ferry"); // no echo
  });

  it("opens the user's reports from a v1 link", () => {
    const fragment = encodeShareFragment({
      kind: "inputs",
      sources,
      view: { layers: ["variant"] },
    });
    expect(parseRoute(`#${fragment}`, seeds)).toEqual({
      kind: "inputs",
      sources,
      view: { layers: ["variant"] },
    });
    expect(parseRoute(fragment, seeds).kind).toBe("inputs"); // with or without '#'
  });

  it("opens classroom mode from a class link, a handed-in link, or mode=class", () => {
    const lesson = { focus: ["loaded"], questions: [] };
    const work = { tags: [], answers: [{ question: "q", text: "An answer." }] };
    expect(
      parseRoute(
        `#${encodeShareFragment({ kind: "inputs", sources, view: { mode: "class" } })}`,
        seeds,
      ),
    ).toEqual({
      kind: "class",
      comparison: { kind: "inputs", sources },
      view: { mode: "class" },
      lesson: undefined,
      work: undefined,
    });
    const handedIn = parseRoute(
      `#${encodeShareFragment({ kind: "seed", seed: "bridge", lesson, work })}`,
      seeds,
    );
    expect(handedIn).toMatchObject({ kind: "class", comparison: { kind: "seed" }, lesson, work });
    expect(parseRoute("#seed=bridge&mode=class", seeds)).toMatchObject({
      kind: "class",
      lesson: undefined,
    });
    const missing = parseRoute(
      `#${encodeShareFragment({ kind: "seed", seed: "ferry", lesson })}`,
      seeds,
    );
    expect(missing.kind).toBe("bad");
  });

  it("leaves an article from the bookmarklet to the page that checks it", () => {
    // Read and checked by arrival-route.tsx (share/article.ts), loaded only when one arrives.
    expect(parseRoute("#add=AAAA", seeds)).toEqual({ kind: "add", fragment: "#add=AAAA" });
    expect(parseRoute("add=AAAA", seeds)).toEqual({ kind: "add", fragment: "#add=AAAA" });
  });

  it("turns every broken link into a plain message", () => {
    for (const hash of ["#v1=%%%", "#v3=AAAA", "#utm_source=x", "#v1=", "#<script>"]) {
      const route = parseRoute(hash, seeds);
      expect(route.kind, hash).toBe("bad");
      if (route.kind === "bad") expect(route.message.length).toBeGreaterThan(10);
    }
    const future = parseRoute("#v3=AAAA", seeds);
    expect(future.kind === "bad" && future.title).toMatch(/newer/);
  });
});
