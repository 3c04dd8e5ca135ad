import { describe, expect, it } from "vitest";
import { createLocalStore } from "./local-store.ts";

/** A Storage whose every write can be made to fail. */
function fakeStorage(options: { quota?: number; throwOnRead?: boolean } = {}): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    getItem(key) {
      if (options.throwOnRead) throw new DOMException("denied", "SecurityError");
      return data.get(key) ?? null;
    },
    setItem(key, value) {
      const used = [...data.entries()].reduce((n, [k, v]) => n + (k === key ? 0 : v.length), 0);
      if (options.quota !== undefined && used + value.length > options.quota) {
        throw new DOMException("full", "QuotaExceededError");
      }
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
}

describe("the local store", () => {
  it("reads back what it wrote", () => {
    const store = createLocalStore(() => fakeStorage());
    expect(store.write("a", "1")).toBe(true);
    expect(store.read("a")).toBe("1");
    store.remove("a");
    expect(store.read("a")).toBeUndefined();
    expect(store.problem()).toBeUndefined();
  });

  it("keeps working in memory when storage is blocked, and says so", () => {
    const store = createLocalStore(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    expect(store.problem()).toBe("unavailable");
    expect(store.write("a", "1")).toBe(false);
    expect(store.read("a")).toBe("1");
  });

  it("reports a full quota once, keeping the value in memory", () => {
    const store = createLocalStore(() => fakeStorage({ quota: 10 }));
    let told = 0;
    store.subscribe(() => told++);
    expect(store.write("a", "x".repeat(20))).toBe(false);
    expect(store.write("b", "y".repeat(20))).toBe(false);
    expect(store.problem()).toBe("full");
    expect(told).toBe(1);
    expect(store.read("a")).toBe("x".repeat(20));
  });
});
