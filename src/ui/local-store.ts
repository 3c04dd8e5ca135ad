/**
 * localStorage that never throws. Private windows, blocked cookies and full quotas all make the
 * browser's storage throw; work then carries on in memory for this page's life, and the problem
 * is reported once so the page can say so once.
 */

/** Why saving on this device does not work. */
export type StorageProblem = "unavailable" | "full";

export interface LocalStore {
  /** The stored text, or undefined when there is none (or it cannot be read). */
  readonly read: (key: string) => string | undefined;
  /** False when the value could not be kept on the device (it is still kept in memory). */
  readonly write: (key: string, value: string) => boolean;
  readonly remove: (key: string) => void;
  /** The first problem met, if any. */
  readonly problem: () => StorageProblem | undefined;
  /** Called whenever `problem()` changes; returns an unsubscribe function. */
  readonly subscribe: (listener: () => void) => () => void;
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED")
  );
}

/** Wraps `getStorage()` (which may itself throw, as `window.localStorage` does when blocked). */
export function createLocalStore(getStorage: () => Storage | undefined): LocalStore {
  const memory = new Map<string, string>();
  const listeners = new Set<() => void>();
  let problem: StorageProblem | undefined;
  let storage: Storage | undefined;
  try {
    storage = getStorage();
    // Some browsers hand out a storage object that throws on first write.
    const probe = "parallax:probe";
    storage?.setItem(probe, "1");
    storage?.removeItem(probe);
  } catch (error) {
    storage = undefined;
    problem = isQuotaError(error) ? "full" : "unavailable";
  }
  if (!storage) problem ??= "unavailable";

  function report(next: StorageProblem): void {
    if (problem) return; // said once is enough
    problem = next;
    for (const listener of listeners) listener();
  }

  return {
    read(key) {
      if (memory.has(key)) return memory.get(key);
      try {
        return storage?.getItem(key) ?? undefined;
      } catch {
        report("unavailable");
        return undefined;
      }
    },
    write(key, value) {
      memory.set(key, value);
      if (!storage) return false;
      try {
        storage.setItem(key, value);
        memory.delete(key); // the device holds it now
        return true;
      } catch (error) {
        report(isQuotaError(error) ? "full" : "unavailable");
        return false;
      }
    },
    remove(key) {
      memory.delete(key);
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to keep: a value that cannot be removed cannot be read either.
      }
    },
    problem: () => problem,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The browser's localStorage, or undefined outside a browser. Reading it may throw. */
export function browserStorage(): Storage | undefined {
  return typeof window === "undefined" ? undefined : window.localStorage;
}
