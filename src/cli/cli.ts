/**
 * `compare [--json] [--name NAME ...] FILE FILE [FILE ...]`
 * `compare --json --batch LIST.jsonl`
 * `compare --json --batch -` (JSON Lines on standard input)
 *
 * A thin shell around the engine: reads files, checks them, runs `compare()`, prints the
 * Comparison as JSON (contract.md) or as a plain-text report. User errors get one line on stderr
 * and a non-zero exit, never a stack trace. Run by `npm run compare` (compare.ts, through tsx)
 * and by the `parallax` command (parallax.ts, built to plain JavaScript).
 */
import { readFileSync, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { createInterface } from "node:readline";
import { compare, MAX_SOURCES, type CompareOptions } from "../analysis/compare.ts";
import { looksLikeHtml } from "../analysis/text/html.ts";
import type { SourceInput } from "../analysis/types.ts";
import { formatReport } from "./report.ts";
import { loadVectors } from "./vectors.ts";

/**
 * Largest file the CLI reads: ten times a long feature article. The engine's time grows a little
 * faster than the input (npm run bench: 2 × 100 KB in a few tenths of a second, 2 × 1 MB in about
 * two seconds), so large inputs take seconds, not minutes. The CLI gives compare() no time budget
 * (its `budget` option): a command-line user waits for the whole result rather than a partial one.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The usage lines, for the command as it was called ("npm run -s compare --", "parallax compare"). */
const usage = (command: string): string =>
  `usage: ${command} [--json] [--lexical] [--name NAME ...] FILE FILE [FILE ...]
       ${command} --json [--lexical] --batch LIST.jsonl
       ${command} --json [--lexical] --batch -      (JSON Lines on standard input)`;

class UserError extends Error {}

interface Args {
  json: boolean;
  names: string[];
  files: string[];
  batch?: string;
  help: boolean;
  lexical: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: false, names: [], files: [], help: false, lexical: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--json") args.json = true;
    else if (a === "--help" || a === "-h") args.help = true;
    else if (a === "--lexical") args.lexical = true;
    else if (a === "--name" || a === "--batch") {
      const v = argv[++i];
      if (v === undefined) throw new UserError(`${a} needs a value`);
      if (a === "--name") args.names.push(v);
      else args.batch = v;
    } else if (a.startsWith("--")) throw new UserError(`unknown option ${a}`);
    else args.files.push(a);
  }
  return args;
}

/** Reads one source file, refusing what cannot be a report. */
export function readSource(file: string, name?: string): SourceInput {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new UserError(`${file}: not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${file}: no such file`);
  }
  if (size > MAX_FILE_BYTES)
    throw new UserError(
      `${file}: too large (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`,
    );
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new UserError(`${file}: a binary file, not text`);
  const text = bytes.toString("utf8");
  const replacement = (text.match(/\uFFFD/g) ?? []).length;
  if (replacement > 16 && replacement / text.length > 0.01)
    throw new UserError(`${file}: not UTF-8 text`);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new UserError(`${file}: empty (no words in it)`);
  const html = /\.x?html?$/i.test(file) || looksLikeHtml(text);
  return {
    name: name ?? basename(file).replace(/\.[^.]+$/, ""),
    text,
    ...(html ? { format: "html" as const } : {}),
  };
}

let parseHtml: CompareOptions["parseHtml"];
async function optionsFor(inputs: readonly SourceInput[]): Promise<CompareOptions> {
  const vectors = useVectors ? loadVectors() : undefined;
  const base: CompareOptions = vectors ? { vectors } : {};
  if (!inputs.some((i) => i.format === "html")) return base;
  if (!parseHtml) {
    const { DOMParser } = await import("linkedom");
    const parser = new DOMParser();
    parseHtml = (html) => parser.parseFromString(html, "text/html");
  }
  return { ...base, parseHtml };
}

/** False with --lexical: align by words alone, without the word vectors. */
let useVectors = true;

function checkCount(n: number): void {
  if (n < 2) throw new UserError(`need at least two sources to compare, got ${n}`);
  if (n > MAX_SOURCES)
    throw new UserError(`at most ${MAX_SOURCES} sources can be compared at once, got ${n}`);
}

/** Largest text given inline in a batch item, as a file's (in UTF-8 bytes). */
function checkInlineText(text: unknown, k: number): string {
  if (typeof text !== "string") throw new UserError(`"texts" item ${k + 1} is not text`);
  if (Buffer.byteLength(text, "utf8") > MAX_FILE_BYTES)
    throw new UserError(
      `"texts" item ${k + 1} is too large (the limit is ${MAX_FILE_BYTES / 1048576} MB)`,
    );
  if (!/[\p{L}\p{N}]/u.test(text)) throw new UserError(`"texts" item ${k + 1} is empty`);
  return text;
}

/**
 * The inputs of one batch item: `files` (paths relative to `base`) or `texts` given inline, with
 * optional `names` and, for texts, `formats` ("text" or "html"; by default HTML when it looks
 * like a page, as for files).
 */
function itemInputs(item: Record<string, unknown>, base: string): SourceInput[] {
  const { files, texts, names, formats } = item;
  const nameList = Array.isArray(names) ? names.map(String) : [];
  if (texts !== undefined) {
    if (files !== undefined) throw new UserError('an item takes "files" or "texts", not both');
    if (!Array.isArray(texts)) throw new UserError('"texts" must be a list of texts');
    checkCount(texts.length);
    if (formats !== undefined && !Array.isArray(formats))
      throw new UserError('"formats" must be a list of "text" or "html"');
    return texts.map((raw: unknown, k) => {
      const text = checkInlineText(raw, k);
      const format: unknown = formats?.[k];
      if (format !== undefined && format !== "text" && format !== "html")
        throw new UserError(`"formats" item ${k + 1} is neither "text" nor "html"`);
      const html = format === undefined ? looksLikeHtml(text) : format === "html";
      return {
        name: nameList[k] ?? String.fromCharCode(65 + k),
        text,
        ...(html ? { format: "html" as const } : {}),
      };
    });
  }
  if (!Array.isArray(files) || !files.every((f) => typeof f === "string"))
    throw new UserError('"files" must be a list of paths (or give "texts")');
  checkCount(files.length);
  return files.map((f: string, k) => readSource(resolve(base, f), nameList[k]));
}

/** One output line for one input line: never throws, so one bad item never stops the batch. */
async function batchLine(line: string, n: number, base: string): Promise<string> {
  let id = `line ${n}`;
  try {
    const item = JSON.parse(line) as unknown;
    if (!item || typeof item !== "object" || Array.isArray(item))
      throw new UserError("not a JSON object");
    const record = item as Record<string, unknown>;
    const rawId = record["id"];
    if (typeof rawId === "string" || typeof rawId === "number") id = String(rawId);
    const inputs = itemInputs(record, base);
    const comparison = compare(inputs, await optionsFor(inputs));
    return JSON.stringify({ id, comparison }) + "\n";
  } catch (e) {
    const message =
      e instanceof UserError
        ? e.message
        : e instanceof SyntaxError
          ? "not valid JSON"
          : `internal error: ${String(e)}`;
    return JSON.stringify({ id, error: message }) + "\n";
  }
}

/** Writes one line; waits when the reader is slower, so memory stays bounded on a long pipe. */
function writeLine(text: string): Promise<void> {
  return new Promise((done) => {
    if (process.stdout.write(text)) done();
    else process.stdout.once("drain", done);
  });
}

/**
 * `--batch LIST.jsonl` or `--batch -`: one output line per input line, in order, each written
 * as soon as it is computed (so the command works as a pipe stage: GNU parallel --pipe, Spark's
 * RDD.pipe). Paths in a list are relative to the list; on standard input, to the directory the
 * command runs in.
 */
async function runBatch(list: string): Promise<void> {
  let base: string;
  let lines: AsyncIterable<string> | Iterable<string>;
  if (list === "-") {
    base = process.cwd();
    lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  } else {
    try {
      lines = readFileSync(list, "utf8").split(/\r?\n/);
    } catch {
      throw new UserError(`${list}: no such file`);
    }
    base = dirname(resolve(list));
  }
  let n = 0;
  for await (const raw of lines) {
    n++;
    // A byte-order mark (Windows editors save UTF-8 with one) would make the first line bad JSON.
    const line = n === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (!line.trim()) continue;
    await writeLine(await batchLine(line, n, base));
  }
}

async function main(argv: readonly string[], invokedAs: string): Promise<number> {
  const args = parseArgs(argv);
  useVectors = !args.lexical;
  if (args.help) {
    process.stdout.write(usage(invokedAs) + "\n");
    return 0;
  }
  if (args.batch !== undefined) {
    if (args.files.length) throw new UserError("--batch takes no other files");
    await runBatch(args.batch);
    return 0;
  }
  checkCount(args.files.length);
  const inputs = args.files.map((f, k) => readSource(f, args.names[k]));
  const comparison = compare(inputs, await optionsFor(inputs));
  process.stdout.write(args.json ? JSON.stringify(comparison) + "\n" : formatReport(comparison));
  return 0;
}

/**
 * Runs the command on `argv` (the arguments after the command's name) and sets the exit code.
 * `invokedAs` is how the usage line names the command.
 */
export function runCli(argv: readonly string[], invokedAs: string): Promise<void> {
  // A reader that stops early (`compare … | head`) closes the pipe: stop quietly, as Unix tools do,
  // rather than die on an unhandled EPIPE with a stack trace. Nothing more can reach the reader.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(0);
  });

  // exitCode, never exit(): stdout to a pipe is written asynchronously and exit() would cut it off.
  return main(argv, invokedAs).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (e instanceof UserError) {
        const showUsage =
          e.message.startsWith("unknown option") || e.message.includes("needs a value");
        process.stderr.write(`compare: ${e.message}\n${showUsage ? usage(invokedAs) + "\n" : ""}`);
        process.exitCode = showUsage ? 2 : 1;
        return;
      }
      process.stderr.write(
        `compare: internal error: ${e instanceof Error ? e.message : String(e)}\n`,
      );
      process.exitCode = 70;
    },
  );
}
