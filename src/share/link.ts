/**
 * Share links: a comparison's inputs and view state in the URL fragment, which never reaches a
 * server log. The analysis is not carried; opening a link re-runs the deterministic engine.
 *
 * Two forms:
 * - a shipped seed, short and readable: `seed=iran-russia-ties&layers=quote-shared,variant`;
 * - the user's own reports: `v1=<base64url>`, the JSON `{ sources, view? }` deflated (see
 *   `payload.ts` for the frame). The prefix is the format version.
 *
 * Decoding treats the fragment as hostile: it caps the length before anything else, caps
 * inflation while it runs, refuses deep nesting before `JSON.parse`, validates the result with
 * a strict valibot schema, and reports every failure as a {@link ShareError}; it never throws
 * and never evaluates anything. Hash-codec shape after prettier's `website/playground/urlHash.js`.
 */
import { invalidError, shareError, tooLongError } from "./errors.ts";
import { SHARE_LIMITS } from "./limits.ts";
import { packPayload, unpackPayload } from "./payload.ts";
import { parseShallowJson } from "./safe-json.ts";
import { check, inputsPayloadSchema, sharedStateSchema } from "./schema.ts";
import { formatSeedFragment, parseSeedFragment, SEED_KEY } from "./seed-fragment.ts";
import {
  err,
  ok,
  type Result,
  type SharedSource,
  type SharedState,
  type SharedView,
  type ShareError,
} from "./types.ts";

export { SHARE_LIMITS } from "./limits.ts";
export type {
  Result,
  SharedSource,
  SharedState,
  SharedView,
  ShareError,
  ShareErrorCode,
} from "./types.ts";

/** Format version of `v1=` links. Bump it for any change to the payload (the schema is strict). */
export const SHARE_VERSION = 1;

/** "v<digits>=" at the start: a compressed link of some version. */
const PACKED_PREFIX = /^v(\d{1,9})=/;

/** Deepest nesting a payload can have: root → sources → source, root → view → layers. */
const MAX_PAYLOAD_DEPTH = 3;

/**
 * The part of the link after '#'. Inputs a link cannot hold (more than 6 sources, a name too
 * long …) still encode, but will not decode: check with {@link validateSharedState} first, and
 * compare the length with `SHARE_LIMITS` (warn above `warnFragmentChars`, refuse above
 * `maxFragmentChars`).
 */
export function encodeShareFragment(state: SharedState): string {
  const view = pickView(state.view);
  switch (state.kind) {
    case "seed":
      return formatSeedFragment(
        view ? { kind: "seed", seed: state.seed, view } : { kind: "seed", seed: state.seed },
      );
    case "inputs": {
      // Copy only the known fields: extra ones (an id, a file handle) would make the strict
      // schema refuse the link, and must not leak into it either.
      const sources = state.sources.map(pickSource);
      return `v${SHARE_VERSION}=${packPayload(JSON.stringify(view ? { sources, view } : { sources }))}`;
    }
    default:
      return assertNever(state);
  }
}

/** Reads a fragment, with or without its leading '#'. Never throws. */
export function decodeShareFragment(fragment: unknown): Result<SharedState, ShareError> {
  if (fragment === undefined || fragment === null) return err(shareError("empty"));
  if (typeof fragment !== "string") return err(shareError("malformed"));
  if (fragment.length > SHARE_LIMITS.maxFragmentChars) {
    return err(tooLongError(fragment.length));
  }
  // Whitespace around a pasted link is never part of it.
  const trimmed = fragment.trim();
  const body = trimmed.startsWith("#") ? trimmed.slice(1) : trimmed;
  if (body === "") return err(shareError("empty"));

  const packed = PACKED_PREFIX.exec(body);
  if (packed) {
    const version = Number(packed[1]);
    if (version > SHARE_VERSION) return err(shareError("future-version"));
    if (version < SHARE_VERSION) return err(shareError("malformed"));
    return decodeInputs(body.slice(packed[0].length));
  }
  if (body.split("&").some((part) => part === SEED_KEY || part.startsWith(`${SEED_KEY}=`))) {
    const candidate = parseSeedFragment(body);
    return candidate.ok ? validateSharedState(candidate.value) : candidate;
  }
  return err(shareError("malformed"));
}

/** `base` without any fragment of its own, then '#', then the encoded state. */
export function shareUrl(base: string, state: SharedState): string {
  const hashAt = base.indexOf("#");
  return `${hashAt < 0 ? base : base.slice(0, hashAt)}#${encodeShareFragment(state)}`;
}

/**
 * Checks an untrusted value against what a link may carry, and returns it as a fresh, canonical
 * state (no unknown fields; an empty view is dropped). The UI can call it before offering a link.
 */
export function validateSharedState(input: unknown): Result<SharedState, ShareError> {
  const checked = check(sharedStateSchema, input);
  if (!checked.ok) return err(invalidError(checked.error));
  return ok(withoutEmptyView(checked.value));
}

/** An empty view means "the default view": drop it so equal states compare equal. */
function withoutEmptyView(state: SharedState): SharedState {
  const { view, ...rest } = state;
  return view && Object.keys(view).length > 0 ? { ...rest, view } : rest;
}

function decodeInputs(encoded: string): Result<SharedState, ShareError> {
  const text = unpackPayload(encoded, SHARE_LIMITS.maxDecompressedBytes);
  if (!text.ok) return text;
  const json = parseShallowJson(text.value, MAX_PAYLOAD_DEPTH);
  if (!json.ok) {
    return err(
      json.error === "too-deep"
        ? invalidError("its data is nested deeper than a comparison's")
        : shareError("malformed"),
    );
  }
  const payload = check(inputsPayloadSchema, json.value);
  if (!payload.ok) return err(invalidError(payload.error));
  return ok(withoutEmptyView({ kind: "inputs", ...payload.value }));
}

function pickSource(source: SharedSource): SharedSource {
  const { name, text, format } = source;
  return format === undefined ? { name, text } : { name, text, format };
}

/** The view's known fields, or undefined when none is set. */
function pickView(view: SharedView | undefined): SharedView | undefined {
  if (!view) return undefined;
  const picked: SharedView = {
    ...(view.layers !== undefined && { layers: view.layers }),
    ...(view.selected !== undefined && { selected: view.selected }),
    ...(view.mode !== undefined && { mode: view.mode }),
  };
  return Object.keys(picked).length > 0 ? picked : undefined;
}

function assertNever(value: never): never {
  throw new Error(`Unexpected share state: ${JSON.stringify(value)}`);
}
