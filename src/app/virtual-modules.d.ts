declare module "virtual:shipped-comparisons" {
  import type { Comparison } from "../analysis/types.ts";
  /** Seed id → the engine's result for it, computed at build time (see vite.config.ts). */
  const shipped: Readonly<Record<string, Comparison>>;
  export default shipped;
}
