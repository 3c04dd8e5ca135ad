import { describe, expect, it } from "vitest";
import { createLocalStore } from "../../../ui/local-store.ts";
import { createRecentStore, MAX_RECENT, parseRecent, provisionalTitle } from "./recent.ts";

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const pair = (n: number) => [
  { name: "Ledger", text: `Report ${n} from the Ledger.` },
  { name: "Wire", text: `Report ${n} from the Wire.`, format: "text" as const },
];

describe("recent comparisons", () => {
  it("lists newest first, once each, capped", () => {
    let clock = 0;
    const storage = memoryStorage();
    const recent = createRecentStore(
      createLocalStore(() => storage),
      () => ++clock,
    );
    for (let n = 0; n < MAX_RECENT + 3; n++) recent.remember(pair(n));
    const again = recent.remember(pair(5));
    const list = recent.list();
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]?.id).toBe(again);
    expect(list.filter((e) => e.id === again)).toHaveLength(1);
    // Another page (or a reload) reads the same list from storage.
    const reloaded = createRecentStore(
      createLocalStore(() => storage),
      () => 0,
    );
    expect(reloaded.list().map((e) => e.id)).toEqual(list.map((e) => e.id));
  });

  it("takes a headline once known, and forgets on request", () => {
    const recent = createRecentStore(createLocalStore(memoryStorage), () => 1);
    const id = recent.remember(pair(1));
    expect(recent.get(id)?.title).toBe("Report 1 from the Ledger.");
    let changes = 0;
    recent.subscribe(() => changes++);
    recent.retitle(id, "  Bridge   to be repaired ");
    expect(recent.get(id)?.title).toBe("Bridge to be repaired");
    recent.forget(id);
    expect(recent.list()).toEqual([]);
    expect(changes).toBe(2);
  });

  it("reads a damaged list as empty and skips damaged entries", () => {
    expect(parseRecent("{oops")).toEqual([]);
    const good = { id: "a", openedAtMs: 1, title: "T", sources: pair(1) };
    const stored = JSON.stringify({
      v: 1,
      items: [good, { id: 2 }, { ...good, id: "b", sources: [] }],
    });
    expect(parseRecent(stored).map((e) => e.id)).toEqual(["a"]);
  });

  it("titles HTML by its <title> until the headline is known", () => {
    expect(
      provisionalTitle([
        { name: "A", text: "<html><title>Flood | Herald</title>", format: "html" },
      ]),
    ).toBe("Flood | Herald");
  });
});
