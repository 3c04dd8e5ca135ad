import { describe, expect, it } from "vitest";
import {
  addSource,
  deserializeDraft,
  emptyDraft,
  isBlank,
  MAX_SOURCES,
  removeSource,
  serializeDraft,
  updateSource,
} from "./draft.ts";

describe("the draft", () => {
  it("holds two to six sources", () => {
    let draft = emptyDraft();
    expect(draft.sources).toHaveLength(2);
    expect(removeSource(draft, draft.sources[0]!.key)).toBe(draft);
    for (let k = 0; k < 10; k++) draft = addSource(draft);
    expect(draft.sources).toHaveLength(MAX_SOURCES);
    expect(new Set(draft.sources.map((s) => s.key)).size).toBe(MAX_SOURCES);
  });

  it("survives a round trip through storage, with fresh keys", () => {
    const start = emptyDraft();
    const draft = updateSource(start, start.sources[1]!.key, (s) => ({
      ...s,
      text: "Some words\n\twith tabs and “quotes”",
      name: "Tellam Post",
      nameEdited: true,
      file: { name: "tellam.html", html: true },
    }));
    const restored = deserializeDraft(serializeDraft(draft));
    expect(restored?.sources.map(({ key: _, ...rest }) => rest)).toEqual(
      draft.sources.map(({ key: _, ...rest }) => rest),
    );
    expect(isBlank(draft)).toBe(false);
    expect(isBlank(start)).toBe(true);
  });

  it("ignores anything stored that is not a draft", () => {
    for (const stored of [
      undefined,
      "",
      "{",
      "null",
      '{"v":2,"sources":[]}',
      '{"v":1,"sources":[{"text":1}]}',
    ]) {
      expect(deserializeDraft(stored), String(stored)).toBeUndefined();
    }
    expect(deserializeDraft('{"v":1,"sources":[]}')?.sources).toHaveLength(2);
  });
});
