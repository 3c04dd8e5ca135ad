/**
 * Share links: a comparison's inputs and view state in the URL fragment, which never reaches a
 * server log. The analysis is not carried; opening a link re-runs the deterministic engine.
 *
 * Three forms:
 * - a shipped seed, short and readable: `seed=iran-russia-ties&layers=quote-shared,variant`;
 * - the user's own reports: `v1=<base64url>`, the JSON `{ sources, view? }` deflated (see
 *   `payload.ts` for the frame). The prefix is the format version;
 * - a class link or a handed-in one: `v2=<base64url>`, the JSON `{ seed | sources, view?,
 *   lesson?, work? }` in the same frame. Only states with a lesson or work are written as v2, so
 *   every other link still opens in an app that knows only v1, and such an app says a class
 *   link "needs a newer Parallax" instead of calling it damaged.
 *
 * Decoding treats the fragment as hostile: it caps the length before anything else, caps
 * inflation while it runs, refuses deep nesting before `JSON.parse`, validates the result with
 * a strict valibot schema, and reports every failure as a {@link ShareError}; it never throws
 * and never evaluates anything. Hash-codec shape after prettier's `website/playground/urlHash.js`.
 */
import { assertNever } from "../lib/assert.ts";
import { invalidError, shareError, tooLongError } from "./errors.ts";
import { SHARE_LIMITS } from "./limits.ts";
import { packPayload, unpackPayload } from "./payload.ts";
import { parseShallowJson } from "./safe-json.ts";
import {
  check,
  classPayloadSchema,
  inputsPayloadSchema,
  sharedStateSchema,
  storedLessonSchema,
  storedWorkSchema,
} from "./schema.ts";
import { formatSeedFragment, parseSeedFragment, SEED_KEY } from "./seed-fragment.ts";
import {
  type SharedLesson,
  type SharedSource,
  type SharedState,
  type SharedView,
  type SharedWork,
  type ShareError,
} from "./types.ts";
import { err, ok, type Result } from "../lib/result.ts";

export { SHARE_LIMITS } from "./limits.ts";
export type {
  SharedAnswer,
  SharedLesson,
  SharedPassage,
  SharedQuestion,
  SharedSource,
  SharedState,
  SharedTag,
  SharedView,
  SharedWork,
  ShareError,
  ShareErrorCode,
} from "./types.ts";

/**
 * The newest format version this app reads and writes. Bump it for any change to a payload (the
 * schemas are strict). Version 1 (`{ sources, view? }`) is still written for plain links and read
 * forever; version 2 added lessons and student work.
 */
export const SHARE_VERSION = 2;
/** The version of links that carry only reports and a view. */
const PLAIN_VERSION = 1;

/** "v<digits>=" at the start: a compressed link of some version. */
const PACKED_PREFIX = /^v(\d{1,9})=/;

/** Deepest nesting a v1 payload can have: root → sources → source, root → view → layers. */
const MAX_PAYLOAD_DEPTH = 3;
/** Deepest nesting of a v2 payload: root → lesson → questions → question → passages → passage. */
const MAX_CLASS_PAYLOAD_DEPTH = 6;

/**
 * The part of the link after '#'. Inputs a link cannot hold (more than 6 sources, a name too
 * long …) still encode, but will not decode: check with {@link validateSharedState} first, and
 * compare the length with `SHARE_LIMITS` (warn above `warnFragmentChars`, refuse above
 * `maxFragmentChars`).
 */
export function encodeShareFragment(state: SharedState): string {
  const view = pickView(state.view);
  if (state.lesson || state.work) return encodeClassFragment(state, view);
  switch (state.kind) {
    case "seed":
      return formatSeedFragment(
        view ? { kind: "seed", seed: state.seed, view } : { kind: "seed", seed: state.seed },
      );
    case "inputs": {
      // Copy only the known fields: extra ones (an id, a file handle) would make the strict
      // schema refuse the link, and must not leak into it either.
      const sources = state.sources.map(pickSource);
      return `v${PLAIN_VERSION}=${packPayload(JSON.stringify(view ? { sources, view } : { sources }))}`;
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
    if (version < PLAIN_VERSION) return err(shareError("malformed"));
    const encoded = body.slice(packed[0].length);
    return version === PLAIN_VERSION ? decodeInputs(encoded) : decodeClass(encoded);
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

/**
 * Checks a lesson from anywhere untrusted (this device's storage included) as strictly as a
 * link's, and returns a fresh copy with only the known fields.
 */
export function validateSharedLesson(input: unknown): Result<SharedLesson, ShareError> {
  const checked = check(storedLessonSchema, input);
  return checked.ok ? ok(pickLesson(checked.value)) : err(invalidError(checked.error));
}

/** Checks a student's work from anywhere untrusted, as strictly as a handed-in link's. */
export function validateSharedWork(input: unknown): Result<SharedWork, ShareError> {
  const checked = check(storedWorkSchema, input);
  return checked.ok ? ok(pickWork(checked.value)) : err(invalidError(checked.error));
}

/** An empty view means "the default view": drop it so equal states compare equal. */
function withoutEmptyView(state: SharedState): SharedState {
  const { view, ...rest } = state;
  return view && Object.keys(view).length > 0 ? { ...rest, view } : rest;
}

/** A v2 link: the comparison as v1 or a seed would carry it, plus the lesson and work. */
function encodeClassFragment(state: SharedState, view: SharedView | undefined): string {
  const payload = {
    ...(state.kind === "seed" ? { seed: state.seed } : { sources: state.sources.map(pickSource) }),
    ...(view && { view }),
    ...(state.lesson && { lesson: pickLesson(state.lesson) }),
    ...(state.work && { work: pickWork(state.work) }),
  };
  return `v${SHARE_VERSION}=${packPayload(JSON.stringify(payload))}`;
}

function decodeClass(encoded: string): Result<SharedState, ShareError> {
  const text = unpackPayload(encoded, SHARE_LIMITS.maxDecompressedBytes);
  if (!text.ok) return text;
  const json = parseShallowJson(text.value, MAX_CLASS_PAYLOAD_DEPTH);
  if (!json.ok) {
    return err(
      json.error === "too-deep"
        ? invalidError("its data is nested deeper than a lesson's")
        : shareError("malformed"),
    );
  }
  const payload = check(classPayloadSchema, json.value);
  if (!payload.ok) return err(invalidError(payload.error));
  const { seed, sources, ...extras } = payload.value;
  const base =
    seed !== undefined
      ? { kind: "seed" as const, seed }
      : { kind: "inputs" as const, sources: sources ?? [] };
  return ok(withoutEmptyView({ ...base, ...extras }));
}

/** Known fields only, so whatever else the UI keeps on a lesson never leaks into a link. */
function pickLesson(lesson: SharedLesson): SharedLesson {
  return {
    ...(lesson.title !== undefined && { title: lesson.title }),
    ...(lesson.instructions !== undefined && { instructions: lesson.instructions }),
    focus: [...lesson.focus],
    questions: lesson.questions.map(({ id, kind, text, passages }) => ({
      id,
      kind,
      text,
      passages: passages.map(({ source, start, end }) => ({ source, start, end })),
    })),
  };
}

function pickWork(work: SharedWork): SharedWork {
  return {
    ...(work.student !== undefined && { student: work.student }),
    tags: work.tags.map(({ id, kind, source, start, end, note, afterCheck }) => ({
      id,
      kind,
      source,
      start,
      end,
      ...(note !== undefined && { note }),
      ...(afterCheck !== undefined && { afterCheck }),
    })),
    answers: work.answers.map(({ question, text }) => ({ question, text })),
    ...(work.checked !== undefined && { checked: work.checked }),
  };
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
