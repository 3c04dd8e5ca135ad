import {
  validateSharedLesson,
  validateSharedWork,
  type SharedLesson,
  type SharedWork,
} from "../../../share/link.ts";

/*
 * What this device keeps between visits, as JSON: a student's work, a teacher's draft lesson.
 * Stored text is read back as untrusted (another tab, an older version, a hand-edited value)
 * and checked with the link's own schemas; anything that fails is ignored, never half-used.
 */

/** Bump when the stored shape changes; older values are then ignored (v1: the link's shapes). */
const STORED_VERSION = 1;

function parse(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === "object" && value !== null && "v" in value && value.v === STORED_VERSION
      ? (value as { data?: unknown }).data
      : undefined;
  } catch {
    return undefined;
  }
}

export function serializeWork(work: SharedWork): string {
  return JSON.stringify({ v: STORED_VERSION, data: work });
}

export function deserializeWork(text: string | undefined): SharedWork | undefined {
  const data = parse(text);
  if (data === undefined) return undefined;
  const checked = validateSharedWork(data);
  return checked.ok ? checked.value : undefined;
}

export function serializeLesson(lesson: SharedLesson): string {
  return JSON.stringify({ v: STORED_VERSION, data: lesson });
}

export function deserializeLesson(text: string | undefined): SharedLesson | undefined {
  const data = parse(text);
  if (data === undefined) return undefined;
  const checked = validateSharedLesson(data);
  return checked.ok ? checked.value : undefined;
}
