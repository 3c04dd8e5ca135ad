/*
 * Engine constants the page needs without loading the engine (which runs in the worker): kept in
 * a module with no imports, so importing them pulls in nothing else.
 */

/** Engine version, written into every Comparison (`meta.engine`). */
export const ENGINE_VERSION = "0.1.0";

/** Most sources one comparison takes: six columns is the most a reader can follow. */
export const MAX_SOURCES = 6;

/**
 * The stages of a run, in the order they run: the one list of them. `Stage` (progress) and
 * `BudgetedStage` (what a time budget may cut short, in `meta.incomplete`) derive from it, and a
 * test holds the README's pipeline line to it.
 */
export const STAGES = [
  "reading",
  "alignment",
  "quotes",
  "variants",
  "framing",
  "facts",
  "done",
] as const;
