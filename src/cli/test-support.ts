/** What the CLI tests share: the CLI run in a child process, the inputs, and readers of its output. */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { Comparison, Source } from "../analysis/types.ts";

export const root = join(import.meta.dirname, "../..");
export const tsx = join(root, "node_modules/.bin/tsx");
export const cliPath = join(root, "src/cli/compare.ts");
/** The module that holds the command line's constants. */
const cliSource = join(root, "src/cli/cli.ts");

/** `MAX_FILE_BYTES` read from the CLI's source: importing the module would run its `main()`. */
export const MAX_FILE_BYTES = (() => {
  const m = /export const MAX_FILE_BYTES = ([\d\s*]+);/.exec(readFileSync(cliSource, "utf8"));
  if (!m?.[1]) throw new Error("MAX_FILE_BYTES not found in src/cli/cli.ts");
  return m[1].split("*").reduce((product, factor) => product * Number(factor), 1);
})();

export const seedA = "seeds/moscow-times.txt";
export const seedB = "seeds/ifp.txt";
export const seedTextA = readFileSync(join(root, seedA), "utf8");
export const seedTextB = readFileSync(join(root, seedB), "utf8");

/** An article page: navigation, the article (with an inline link and an entity), a footer. */
export const articleHtml = `<!doctype html>
<html><head><meta charset="utf-8"><title>Harbour bridge reopens after repairs - Coastal Gazette</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe now</a></li></ul></nav>
<main><article>
<h1>Harbour bridge reopens after months of repairs</h1>
<p class="byline">By Mara Okonkwo</p>
<p>The Kestrel Harbour bridge reopened to traffic on Monday after eleven months of repairs, the city council said.</p>
<p>Engineers from <a href="/firms/brightwater">Brightwater &amp; Sons</a> replaced the corroded steel cables and resurfaced the entire deck, according to the council's transport office.</p>
<p>"We are proud that the bridge is safe again," said Mayor Daniel Fenwick at the reopening ceremony.</p>
<p>Commuters had faced detours of up to forty minutes while the crossing was closed to cars and buses.</p>
</article></main>
<footer><p>© 2024 Coastal Gazette. All rights reserved.</p><p><a href="/privacy">Privacy policy</a> | <a href="/contact">Contact us</a></p></footer>
</body></html>
`;
export const wireText = `Kestrel Harbour bridge open again after long repairs

The Kestrel Harbour bridge reopened to traffic on Monday after nearly a year of repairs, city officials said.

Workers replaced the corroded steel cables and laid a new road surface on the deck.

"We are proud that the bridge is safe again," Mayor Daniel Fenwick told reporters.

Drivers had faced long detours while the crossing was closed.
`;

export interface Run {
  /** Exit code; null when a signal ended the process. */
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `command` in the repo root. Never rejects, so a pending run cannot go unhandled. */
export function run(command: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", (e) => resolve({ status: null, stdout, stderr: stderr + String(e) }));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** At most `slots` processes at once; a freed slot passes straight to the next waiting run. */
export function limiter(slots: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (active < slots) active++;
    else await new Promise<void>((r) => waiting.push(r));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

export function parseComparison(stdout: string): Comparison {
  return JSON.parse(stdout) as Comparison;
}

/** JSON Lines: one parsed object per line; stdout must end with a newline. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  expect(stdout.endsWith("\n")).toBe(true);
  return stdout
    .slice(0, -1)
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Everything but the source names, which differ between runs that name sources differently. */
export function unnamed(c: Comparison): unknown {
  return { ...c, sources: c.sources.map(({ name: _name, ...rest }) => rest) };
}

export const sliceOf = (s: Source, span: { start: number; end: number }) =>
  s.text.slice(span.start, span.end);

/** One line on stderr naming the problem, exit 1 (a user error, not 70, a crash), no stdout. */
export function expectUserError(r: Run, ...fragments: string[]): void {
  expect(r.stdout).toBe("");
  expect(r.stderr).not.toMatch(/^ {4}at /m);
  expect(r.stderr).toMatch(/^compare: [^\n]+\n$/);
  for (const f of fragments) expect(r.stderr).toContain(f);
  expect(r.status).toBe(1);
}

/** The HTML pair, named as the `html` run names it, for batch items that must match it. */
export const htmlNames = ["Coastal Gazette", "Harbour Wire"];
export const MANY = 30;

/** Writes every input file the CLI runs read, `at` placing each under the temp dir. */
export function writeInputs(at: (...parts: string[]) => string): void {
  mkdirSync(at("lists", "sub"), { recursive: true });
  mkdirSync(at("a-directory"));
  writeFileSync(at("article.html"), articleHtml);
  writeFileSync(at("wire.txt"), wireText);
  writeFileSync(at("empty.txt"), "");
  writeFileSync(at("whitespace.txt"), " \n\t\r\n  \u00a0\n\n");
  writeFileSync(
    at("binary.txt"),
    Buffer.concat([
      Buffer.from("Some words, then a header."),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      Buffer.alloc(64),
    ]),
  );
  // Plain words, so the size is the only thing wrong with it.
  writeFileSync(
    at("too-large.txt"),
    Buffer.alloc(MAX_FILE_BYTES + 1, "The council met on Monday. "),
  );
  // Batch paths resolve against the list's directory: one file beside the lists, one in them,
  // one below them. None of these names exists in the repo root, the CLI's working directory.
  writeFileSync(at("mt.txt"), seedTextA);
  writeFileSync(at("lists", "ifp.txt"), seedTextB);
  writeFileSync(at("lists", "sub", "wire.txt"), wireText);

  const items: string[] = [
    JSON.stringify({
      id: "seeds",
      files: ["../mt.txt", "ifp.txt"],
      names: ["The Moscow Times", "Iran Front Page"],
    }),
    "",
    JSON.stringify({ id: "missing", files: ["../mt.txt", "nope.txt"] }),
    '{"id": "broken", "files": [',
    JSON.stringify({ id: "single", files: ["ifp.txt"] }),
    "   \t",
    JSON.stringify({ id: 7, files: ["sub/wire.txt", "../mt.txt", "ifp.txt"] }),
    JSON.stringify({ files: ["../mt.txt", "../empty.txt"] }),
    "42",
    JSON.stringify({
      id: "absolute",
      files: [at("article.html"), at("wire.txt")],
      names: htmlNames,
    }),
  ];
  // A byte-order mark (as Windows editors save UTF-8) and mixed line endings.
  writeFileSync(
    at("lists", "mixed.jsonl"),
    "\uFEFF" + items.map((line, i) => line + (i % 2 ? "\r\n" : "\n")).join(""),
  );
  const many = Array.from({ length: MANY }, (_, i) =>
    JSON.stringify(
      i % 3 === 0
        ? { id: `n${i}`, files: ["../article.html", "sub/wire.txt"], names: htmlNames }
        : i % 3 === 1
          ? { id: `n${i}`, files: ["sub/wire.txt", "ifp.txt"] }
          : { id: `n${i}`, files: ["ifp.txt", "sub/wire.txt"] },
    ),
  );
  writeFileSync(at("lists", "many.jsonl"), many.join("\n") + "\n");
  writeFileSync(at("lists", "few.jsonl"), many.slice(0, 6).join("\n") + "\n");
}
