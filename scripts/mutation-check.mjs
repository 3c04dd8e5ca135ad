/**
 * A small mutation check: does each stage's test suite notice when that stage is broken?
 *
 * Copies the repository's tracked files to a temporary directory (node_modules symlinked), breaks
 * one stage there at a time (a return injected at the top of its entry point, or one line
 * replaced), runs `vitest run src/analysis src/cli` in the copy, and prints a Markdown table:
 * the stage broken, how many tests failed, and which test files. A mutant no test notices, or one
 * its own stage's tests miss, is a gap in the tests. The working tree is never touched.
 *
 *   npm run mutation [-- --jobs N]   (default: 2 mutants at a time)
 */
import { execFileSync, spawn } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const root = join(import.meta.dirname, "..");

/**
 * Each mutant: the stage, the file and function it breaks, and the body it gets instead
 * (`inject` goes first in the function, after its signature), or a line `replace`d.
 * `own` is the test file that stage's tests live in, which should be among the failures.
 */
const MUTANTS = [
  {
    stage: "HTML projection keeps the tags",
    file: "src/analysis/text/html.ts",
    fn: "export function projectHtml(",
    inject:
      "return { text: html, starts: new Int32Array(html.length).map((_, i) => i), ends: new Int32Array(html.length).map((_, i) => i + 1) };",
    own: "src/analysis/text/html.test.ts",
  },
  {
    stage: "tokenizer returns no tokens",
    file: "src/analysis/text/tokens.ts",
    fn: "export function tokenize(",
    inject: "return [];",
    own: "src/analysis/text/tokens.test.ts",
  },
  {
    stage: "cleanText removes nothing",
    file: "src/analysis/read/clean.ts",
    replace: [
      "  return finish(feats, verdict, roles, title);",
      "  verdict.fill(null);\n  return finish(feats, verdict, roles, title);",
    ],
    own: "src/analysis/read/clean.test.ts",
  },
  {
    stage: "sentence splitting returns whole paragraphs",
    file: "src/analysis/read/segment.ts",
    fn: "export function splitSentences(",
    inject: "return [{ start: paragraph.start, end: paragraph.end }];",
    own: "src/analysis/read/segment.test.ts",
  },
  {
    stage: "alignSentences returns []",
    file: "src/analysis/align/align.ts",
    fn: "export function alignSentences(",
    inject: "return [];",
    own: "src/analysis/align/align.test.ts",
  },
  {
    stage: "findQuotes returns []",
    file: "src/analysis/quotes/find.ts",
    fn: "export function findQuotes(",
    inject: "return [];",
    own: "src/analysis/quotes/find.test.ts",
  },
  {
    stage: "speaker attribution finds no one",
    file: "src/analysis/quotes/speakers.ts",
    fn: "  const make = (",
    inject: "return undefined;",
    own: "src/analysis/quotes/find.test.ts",
  },
  {
    stage: "findVariants returns []",
    file: "src/analysis/variants/group.ts",
    fn: "export function findVariants(",
    inject: "return [];",
    own: "src/analysis/variants/group.test.ts",
  },
  {
    stage: "findFraming returns []",
    file: "src/analysis/framing/framing.ts",
    fn: "export function findFraming(",
    inject: "return [];",
    own: "src/analysis/framing/framing.test.ts",
  },
];

/** The source with the mutation applied; throws if its anchor is gone (the script is stale). */
function mutate(source, m) {
  if (m.replace) {
    if (!source.includes(m.replace[0])) throw new Error(`${m.file}: line not found`);
    return source.replace(m.replace[0], m.replace[1]);
  }
  const at = source.indexOf(m.fn);
  if (at < 0) throw new Error(`${m.file}: ${m.fn} not found`);
  // The signature ends at the first line from `fn` on that ends in "{" and either is the
  // function's own line or starts with ")" (a signature wrapped over several lines).
  let lineStart = at;
  for (;;) {
    const lineEnd = source.indexOf("\n", lineStart);
    if (lineEnd < 0) throw new Error(`${m.file}: signature of ${m.fn} not found`);
    const line = source.slice(lineStart, lineEnd);
    if (line.trimEnd().endsWith("{") && (lineStart === at || /^\s*\)/.test(line)))
      return `${source.slice(0, lineEnd + 1)}  ${m.inject}\n${source.slice(lineEnd + 1)}`;
    lineStart = lineEnd + 1;
  }
}

function copyRepo() {
  const dir = mkdtempSync(join(tmpdir(), "parallax-mutant-"));
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" })
    .split("\0")
    .filter(Boolean);
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(root, f), join(dir, f));
  }
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/** Runs the engine and CLI tests in `dir`; resolves to the failed tests and their files. */
function runTests(dir) {
  const report = join(dir, "vitest-report.json");
  return new Promise((resolve) => {
    const child = spawn(
      "npx",
      ["vitest", "run", "src/analysis", "src/cli", "--reporter=json", `--outputFile=${report}`],
      { cwd: dir, stdio: "ignore" },
    );
    child.on("close", () => {
      let results;
      try {
        results = JSON.parse(readFileSync(report, "utf8"));
      } catch {
        resolve({ failed: NaN, total: NaN, files: ["(no report: the run crashed)"] });
        return;
      }
      const files = results.testResults
        .filter((f) => f.status === "failed")
        .map((f) => f.name.slice(dir.length + 1));
      resolve({ failed: results.numFailedTests, total: results.numTotalTests, files });
    });
  });
}

async function check(m) {
  const dir = copyRepo();
  try {
    if (m) {
      const path = join(dir, m.file);
      writeFileSync(path, mutate(readFileSync(path, "utf8"), m));
    }
    return await runTests(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const jobsArg = process.argv.indexOf("--jobs");
const jobs = jobsArg > 0 ? Math.max(1, Number(process.argv[jobsArg + 1]) || 1) : 2;

const baseline = await check(undefined);
if (baseline.failed !== 0) {
  console.error(`The unmutated suite fails (${baseline.failed} tests): fix that first.`);
  process.exit(1);
}
const results = new Array(MUTANTS.length);
let next = 0;
await Promise.all(
  Array.from({ length: jobs }, async () => {
    while (next < MUTANTS.length) {
      const k = next++;
      results[k] = await check(MUTANTS[k]);
      process.stderr.write(`${MUTANTS[k].stage}: ${results[k].failed} failed\n`);
    }
  }),
);

console.log(`Engine and CLI tests: ${baseline.total}, all passing unmutated.\n`);
console.log("| stage broken | failing tests | own tests fail | test files that failed |");
console.log("| --- | ---: | :---: | --- |");
let gaps = 0;
MUTANTS.forEach((m, k) => {
  const r = results[k];
  const own = r.files.includes(m.own);
  if (!(r.failed > 0) || !own) gaps++;
  const files = r.files.map((f) => `\`${f.replace("src/analysis/", "")}\``).join(", ");
  console.log(`| ${m.stage} | ${r.failed} | ${own ? "yes" : "**no**"} | ${files || "**none**"} |`);
});
process.exit(gaps > 0 ? 1 : 0);
