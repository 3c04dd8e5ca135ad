import { describe, expect, it } from "vitest";
import { err, ok } from "../../../lib/result.ts";
import { addSource, emptyDraft, MAX_SOURCES, updateSource } from "./draft.ts";
import { placeFiles } from "./place-files.ts";

const page = (name: string, text: string) => ok({ name, text, html: name.endsWith(".html") });

describe("placing dropped files", () => {
  it("fills the source dropped on, then empty ones, then new ones", () => {
    const draft = emptyDraft();
    const first = draft.sources[0]!.key;
    const placed = placeFiles(
      draft,
      first,
      [{ name: "alpha.txt" }, { name: "b.html" }, { name: "c.txt" }],
      [
        page("alpha.txt", "Alpha report"),
        page("b.html", "<title>B story | Bravo News</title>"),
        page("c.txt", "Charlie report"),
      ],
    );
    expect(placed.draft.sources.map((s) => s.text)).toEqual([
      "Alpha report",
      "<title>B story | Bravo News</title>",
      "Charlie report",
    ]);
    expect(placed.draft.sources[1]?.name).toBe("Bravo News");
    expect(placed.draft.sources[0]?.name).toBe("alpha");
    expect(placed.replaced.size).toBe(0);
  });

  it("keeps replaced text for Undo, and refused files leave the text alone", () => {
    const start = emptyDraft();
    const key = start.sources[0]!.key;
    const typed = updateSource(start, key, (s) => ({ ...s, text: "My own notes" }));
    const placed = placeFiles(
      typed,
      key,
      [{ name: "x.pdf" }],
      [err({ kind: "binary", name: "x.pdf" })],
    );
    expect(placed.draft.sources[0]?.text).toBe("My own notes");
    expect(placed.errors.get(key)).toContain("not a text file");

    const replacing = placeFiles(typed, key, [{ name: "a.txt" }], [page("a.txt", "From a file")]);
    expect(replacing.draft.sources[0]?.text).toBe("From a file");
    expect(replacing.replaced.get(key)?.text).toBe("My own notes");
  });

  it("leaves out what does not fit in six sources", () => {
    let draft = emptyDraft();
    while (draft.sources.length < MAX_SOURCES) draft = addSource(draft);
    draft = { sources: draft.sources.map((s) => ({ ...s, text: "taken" })) };
    const last = draft.sources.at(-1)!.key;
    const placed = placeFiles(
      draft,
      last,
      [{ name: "a.txt" }, { name: "b.txt" }],
      [page("a.txt", "A"), page("b.txt", "B")],
    );
    expect(placed.skipped).toEqual(["b.txt"]);
    expect(placed.draft.sources).toHaveLength(MAX_SOURCES);
  });
});
