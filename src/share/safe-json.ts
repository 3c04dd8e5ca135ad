import { err, ok, type Result } from "../lib/result.ts";

/** Why {@link parseShallowJson} refused its text. */
export type JsonFailure = "not-json" | "too-deep";

/**
 * `JSON.parse`, refusing text nested deeper than `maxDepth` arrays and objects before parsing it.
 * A payload is at most 3 levels deep; 2 MB of "[[[[…" would otherwise cost V8 ~0.7 s to parse
 * and could overflow the stack of a recursive parser elsewhere. The scan is one linear pass.
 */
export function parseShallowJson(text: string, maxDepth: number): Result<unknown, JsonFailure> {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > maxDepth) return err("too-deep");
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return err("not-json");
  }
}
