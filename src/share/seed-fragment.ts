import { shareError } from "./errors.ts";
import { type SharedState, type SharedView, type ShareError } from "./types.ts";
import { err, ok, type Result } from "../lib/result.ts";

/*
 * The readable form for a shipped comparison, query-like so a person can read and edit it:
 *
 *   seed=iran-russia-ties&layers=quote-shared,variant&sel=A.3&mode=class
 *
 * Keys are written in this order and only when set; `layers=` (empty) means every layer off.
 * It has no version key: version 1 is implied. A later format adds `v=2`, which this version
 * refuses as "future-version"; other unknown keys are ignored, and the first of a repeated
 * key wins.
 */

type SeedState = Extract<SharedState, { kind: "seed" }>;

/** The key that marks a fragment as a seed link. */
export const SEED_KEY = "seed";

export function formatSeedFragment(state: SeedState): string {
  const parts = [`${SEED_KEY}=${encodeURIComponent(state.seed)}`];
  const view: SharedView = state.view ?? {};
  if (view.layers) parts.push(`layers=${view.layers.map(encodeURIComponent).join(",")}`);
  if (view.selected !== undefined) parts.push(`sel=${encodeURIComponent(view.selected)}`);
  if (view.mode !== undefined) parts.push(`mode=${encodeURIComponent(view.mode)}`);
  return parts.join("&");
}

/**
 * Reads a seed fragment (without '#') into an unvalidated candidate state: the values are
 * untrusted strings, and the caller validates the result with the state schema.
 */
export function parseSeedFragment(fragment: string): Result<unknown, ShareError> {
  const params = new Map<string, string>();
  for (const part of fragment.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const key = eq < 0 ? part : part.slice(0, eq);
    if (!params.has(key)) params.set(key, eq < 0 ? "" : part.slice(eq + 1));
  }
  const version = params.get("v");
  if (version !== undefined && version !== "1") {
    return err(
      shareError(/^\d+$/.test(version) && Number(version) > 1 ? "future-version" : "malformed"),
    );
  }
  try {
    const layers = params.get("layers");
    const selected = params.get("sel");
    const mode = params.get("mode");
    const view = {
      ...(layers !== undefined && {
        layers: layers === "" ? [] : layers.split(",").map(decodeURIComponent),
      }),
      ...(selected !== undefined && { selected: decodeURIComponent(selected) }),
      ...(mode !== undefined && { mode: decodeURIComponent(mode) }),
    };
    const seed = decodeURIComponent(params.get(SEED_KEY) ?? "");
    return ok(Object.keys(view).length > 0 ? { kind: "seed", seed, view } : { kind: "seed", seed });
  } catch {
    // decodeURIComponent throws URIError on a broken %-escape: a seed link, altered.
    return err(shareError("damaged"));
  }
}
