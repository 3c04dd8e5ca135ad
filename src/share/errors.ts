import { SHARE_LIMITS } from "./limits.ts";
import type { ShareError, ShareErrorCode } from "./types.ts";

type FixedCode = Exclude<ShareErrorCode, "too-long" | "invalid">;

const MESSAGES: Record<FixedCode, string> = {
  empty: "This link has no comparison in it.",
  malformed: "This link is not a Parallax link, so there is no comparison in it to open.",
  damaged:
    "This link is damaged: some of its characters were changed after Parallax made it, so it cannot be opened as it was shared.",
  truncated:
    "This link is incomplete, probably cut off when it was copied: copy the whole link and try again.",
  "too-large": `This link holds more text than Parallax opens from a link (${SHARE_LIMITS.maxDecompressedBytes / 1024 / 1024} MB).`,
  "future-version":
    "This link was made by a newer version of Parallax: reload the page to update it, then open the link again.",
};

/** The error for a failure whose sentence does not depend on the link. */
export function shareError(code: FixedCode): ShareError {
  return { code, message: MESSAGES[code] };
}

/** The link is `chars` characters long, over `SHARE_LIMITS.maxFragmentChars`. */
export function tooLongError(chars: number): ShareError {
  const limit = SHARE_LIMITS.maxFragmentChars.toLocaleString("en");
  return {
    code: "too-long",
    message: `This link is too long to open safely: ${chars.toLocaleString("en")} characters, where the limit is ${limit}.`,
  };
}

/**
 * The link reads, but is not a comparison this app opens. `reason` is a clause without a final
 * stop, written by the schema ("it has 1 source, and a comparison takes 2 to 6"); it never
 * quotes the link's own content.
 */
export function invalidError(reason: string): ShareError {
  return { code: "invalid", message: `This link cannot be opened: ${reason}.` };
}
