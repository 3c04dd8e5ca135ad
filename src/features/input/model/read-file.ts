import { err, ok, type Result } from "../../../lib/result.ts";
import { assertNever } from "../../../lib/assert.ts";
import { formatMegabytes, MAX_SOURCE_BYTES } from "./validate.ts";

/** What the file picker offers; other files are still read, and refused only if not text. */
export const ACCEPTED_FILES = ".txt,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown";

export interface LoadedFile {
  readonly name: string;
  readonly text: string;
  /** Named as a web page (.html, .htm): read as HTML whatever it looks like. */
  readonly html: boolean;
}

/** Why a file was not loaded. The source keeps whatever text it had. */
export type FileProblem =
  | { readonly kind: "too-large"; readonly name: string; readonly bytes: number }
  | { readonly kind: "binary"; readonly name: string }
  | { readonly kind: "unreadable"; readonly name: string };

/** The part of `File` this module reads, so tests can pass a plain Blob with a name. */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Reads a dropped or chosen file as UTF-8 text, refusing what cannot be a report: more than
 * the size limit (checked before reading a byte), a NUL byte (images, PDFs, Word files), or
 * mostly undecodable bytes. The same rules as the command line's.
 */
export async function readSourceFile(file: FileLike): Promise<Result<LoadedFile, FileProblem>> {
  if (file.size > MAX_SOURCE_BYTES) {
    return err({ kind: "too-large", name: file.name, bytes: file.size });
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return err({ kind: "unreadable", name: file.name });
  }
  if (bytes.includes(0)) return err({ kind: "binary", name: file.name });
  const text = new TextDecoder("utf-8").decode(bytes);
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (replaced > 16 && replaced / Math.max(1, text.length) > 0.01) {
    return err({ kind: "binary", name: file.name });
  }
  return ok({ name: file.name, text, html: /\.x?html?$/i.test(file.name) });
}

export function fileProblemMessage(problem: FileProblem): string {
  switch (problem.kind) {
    case "too-large":
      return `${problem.name} is too large: ${formatMegabytes(problem.bytes)}, and the limit is ${MAX_SOURCE_BYTES / 1048576} MB. Save only the article, or paste its text.`;
    case "binary":
      return `${problem.name} is not a text file. Parallax reads plain text (.txt, .md) and saved web pages (.html, .htm); for a PDF or a Word file, copy the article's text and paste it here.`;
    case "unreadable":
      return `${problem.name} could not be read. Try choosing it again, or paste its text.`;
    default:
      return assertNever(problem);
  }
}
