import type { LocalStore } from "../ui/local-store.ts";
import type { RecentStore } from "../features/input/model/recent.ts";
import type { AnalysisClient } from "../worker/client.ts";

/** The long-lived things every page may need, made once in `main.tsx` and passed down. */
export interface AppServices {
  readonly client: AnalysisClient;
  /** localStorage, or memory when the browser refuses it. */
  readonly local: LocalStore;
  readonly recent: RecentStore;
}
