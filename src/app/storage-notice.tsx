import { useState, useSyncExternalStore } from "react";
import type { LocalStore } from "../ui/local-store.ts";

const MESSAGES = {
  unavailable:
    "This browser does not let Parallax keep anything on this device (a private window, or storage turned off). Everything still works, but what you type and your recent comparisons are gone when you close the page.",
  full: "This device's storage for Parallax is full, so some of your work could not be kept. Everything still works; delete a few recent comparisons to make room.",
} as const;

/** Says once, and only once, that work cannot be kept on this device; dismissible. */
export function StorageNotice({ local }: { readonly local: LocalStore }) {
  const problem = useSyncExternalStore(local.subscribe, local.problem, local.problem);
  const [dismissed, setDismissed] = useState(false);
  if (!problem || dismissed) return null;
  return (
    <div
      role="status"
      className="fixed right-3 bottom-3 left-3 z-50 flex items-start gap-3 rounded-xl border border-rule bg-panel px-4 py-3 text-[0.8125rem] leading-relaxed text-ink shadow-xl shadow-black/10 sm:left-auto sm:max-w-md print:hidden"
      data-storage-notice={problem}
    >
      <p className="flex-1">{MESSAGES[problem]}</p>
      <button
        type="button"
        onClick={() => setDismissed(true)}
        className="shrink-0 rounded-md px-2 py-0.5 text-xs font-semibold text-muted hover:bg-ink/5 hover:text-ink"
      >
        Dismiss
      </button>
    </div>
  );
}
